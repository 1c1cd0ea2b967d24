import { SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PersonFieldName, PersonForm } from './intake-form';

type Props = {
  fields: PersonFieldName[];
  value: PersonForm;
  onChange: (field: PersonFieldName, value: string) => void;
  errors: Record<string, string>;
  /** The label of the name input: "applicant", "caller" or "sender". */
  nameLabel: string;
};

const inputProps: Record<PersonFieldName, { type?: string; maxLength: number; inputMode?: 'numeric' | 'tel' | 'email'; autoComplete?: string }> = {
  name: { maxLength: 200, autoComplete: 'off' },
  iin: { maxLength: 14, inputMode: 'numeric', autoComplete: 'off' },
  passportNumber: { maxLength: 20, autoComplete: 'off' },
  phone: { type: 'tel', maxLength: 40, inputMode: 'tel', autoComplete: 'off' },
  email: { type: 'email', maxLength: 254, inputMode: 'email', autoComplete: 'off' },
  birthDate: { type: 'date', maxLength: 10 },
  address: { maxLength: 500, autoComplete: 'off' },
};

/** The applicant's details; the server checks the IIN, phone and e-mail and links them to the person registry. */
export function IntakePersonFields({ fields, value, onChange, errors, nameLabel }: Props) {
  const { t } = useTranslation();
  const labels: Record<PersonFieldName, string> = {
    name: nameLabel,
    iin: t('intake.iin'),
    passportNumber: t('intake.passport'),
    phone: t('intake.phone'),
    email: t('intake.email'),
    birthDate: t('intake.birthDate'),
    address: t('intake.address'),
  };
  const hints: Partial<Record<PersonFieldName, string>> = {
    iin: t('intake.iinHint'),
    passportNumber: t('intake.passportHint'),
    phone: t('intake.phoneHint'),
  };
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="md">
      {fields.map((field) => (
        <TextInput
          key={field}
          label={labels[field]}
          description={hints[field]}
          required={field === 'name'}
          {...inputProps[field]}
          max={field === 'birthDate' ? new Date().toISOString().slice(0, 10) : undefined}
          value={value[field]}
          onChange={(e) => onChange(field, e.currentTarget.value)}
          error={errors[`person.${field}`]}
          style={field === 'address' ? { gridColumn: '1 / -1' } : undefined}
        />
      ))}
    </SimpleGrid>
  );
}
