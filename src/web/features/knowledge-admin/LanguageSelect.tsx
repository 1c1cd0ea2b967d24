import { Select, type SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { languages, type Language } from '../../../lib/i18n/core';

type Props = Omit<SelectProps, 'value' | 'onChange' | 'data'> & { value: Language | null; onChange: (value: Language | null) => void };

/** A filter by article language; empty means all three. */
export function LanguageSelect({ value, onChange, ...props }: Props) {
  const { t } = useTranslation();
  return (
    <Select
      label={t('kbAdmin.list.language')}
      placeholder={t('kbAdmin.list.anyLanguage')}
      clearable
      data={languages.map((lang) => ({ value: lang, label: t(`topicsAdmin.languages.${lang}`) }))}
      value={value}
      onChange={(next) => onChange(next as Language | null)}
      {...props}
    />
  );
}
