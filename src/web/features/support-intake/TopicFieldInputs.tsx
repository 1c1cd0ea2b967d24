import { Checkbox, NumberInput, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useLanguage } from '../../app/i18n';
import type { FieldValue } from './intake-form';
import { localized, type TopicField } from './support-intake.api';

type Props = {
  definitions: TopicField[];
  values: Record<string, FieldValue>;
  onChange: (code: string, value: FieldValue) => void;
  errors: Record<string, string>;
};

/** The topic's own questions (Open311 attributes), drawn from its definition. */
export function TopicFieldInputs({ definitions, values, onChange, errors }: Props) {
  const language = useLanguage();
  if (!definitions.length) return null;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="md">
      {definitions.map((field) => {
        const common = { label: localized(field.label, language), required: field.required, error: errors[`fields.${field.code}`] };
        const value = values[field.code];
        const options = (field.values ?? []).map((v) => ({ value: v.key, label: localized(v.name, language) }));
        switch (field.datatype) {
          case 'number':
            return (
              <NumberInput key={field.code} {...common} value={typeof value === 'number' ? value : ''} onChange={(next) => onChange(field.code, typeof next === 'number' ? next : '')} />
            );
          case 'text':
            return (
              <Textarea key={field.code} {...common} autosize minRows={2} maxLength={2000} value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(field.code, e.currentTarget.value)} style={{ gridColumn: '1 / -1' }} />
            );
          case 'datetime':
            return <TextInput key={field.code} {...common} type="date" value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(field.code, e.currentTarget.value)} />;
          case 'singlevaluelist':
            return (
              <Select
                key={field.code}
                {...common}
                data={options}
                clearable={!field.required}
                value={typeof value === 'string' && value ? value : null}
                onChange={(next) => onChange(field.code, next ?? '')}
                comboboxProps={{ withinPortal: true }}
              />
            );
          case 'multivaluelist':
            return (
              <Checkbox.Group key={field.code} {...common} value={Array.isArray(value) ? value : []} onChange={(next) => onChange(field.code, next)}>
                <Stack gap="xs" mt="xs">
                  {options.map((option) => (
                    <Checkbox key={option.value} value={option.value} label={option.label} />
                  ))}
                </Stack>
              </Checkbox.Group>
            );
          default:
            return <TextInput key={field.code} {...common} maxLength={2000} value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(field.code, e.currentTarget.value)} />;
        }
      })}
    </SimpleGrid>
  );
}
