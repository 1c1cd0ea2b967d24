import { Fieldset, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LocalizedText } from './supportAdmin.api';

const uiLanguages = ['kk', 'ru', 'en'] as const;

type Props = {
  legend: string;
  value: LocalizedText;
  onChange: (value: LocalizedText) => void;
  /** Field errors by language, e.g. from the 422 details at `<path>.kk`. */
  errors?: Partial<Record<keyof LocalizedText, string | undefined>>;
  multiline?: boolean;
  maxLength?: number;
};

/** One text in the three UI languages, as a labelled group: every language is required. */
export function LocalizedInputs({ legend, value, onChange, errors = {}, multiline = false, maxLength = 200 }: Props) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={legend} variant="unstyled">
      <SimpleGrid cols={{ base: 1, sm: multiline ? 1 : 3 }} spacing="xs" verticalSpacing="xs">
        {uiLanguages.map((language) => {
          const common = {
            label: t(`topicsAdmin.languages.${language}`),
            required: true,
            value: value[language],
            maxLength,
            error: errors[language],
            lang: language,
          };
          const update = (text: string) => onChange({ ...value, [language]: text });
          return multiline ? (
            <Textarea key={language} {...common} autosize minRows={2} maxRows={5} onChange={(e) => update(e.currentTarget.value)} />
          ) : (
            <TextInput key={language} {...common} onChange={(e) => update(e.currentTarget.value)} />
          );
        })}
      </SimpleGrid>
    </Fieldset>
  );
}

/** The errors of a localized text at `path` (e.g. `documents.0.name`) out of flat 422 field errors. */
export function localizedErrors(errors: Record<string, string>, path: string) {
  return { kk: errors[`${path}.kk`], ru: errors[`${path}.ru`], en: errors[`${path}.en`] };
}
