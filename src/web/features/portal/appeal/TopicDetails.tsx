import { Checkbox, List, NativeSelect, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { IconFileText } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../app/i18n';
import { localized, type AppealTopic, type TopicField } from './appeal.api';

type Props = {
  topic: AppealTopic;
  values: Record<string, string | string[]>;
  errors: Record<string, string | undefined>;
  onChange: (code: string, value: string | string[]) => void;
};

/** What the chosen topic needs: the documents to have at hand, and the topic's own questions. */
export function TopicDetails({ topic, values, errors, onChange }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Stack gap="md">
      {topic.documents.length ? (
        <Paper withBorder radius="md" p="md" bg="otandas.0">
          <Title order={3} fz="md" mb={4}>
            {t('appeal.documentsTitle')}
          </Title>
          <Text fz="sm" c="dimmed" mb="xs">
            {t('appeal.documentsHint')}
          </Text>
          <List spacing={4} fz="sm" icon={<IconFileText size={18} aria-hidden />}>
            {topic.documents.map((document) => (
              <List.Item key={document.code}>
                {localized(document.name, language)}
                {document.required ? null : ` (${t('appeal.documentOptional')})`}
              </List.Item>
            ))}
          </List>
        </Paper>
      ) : null}
      {topic.fields.map((field) => (
        <TopicFieldInput key={field.code} field={field} value={values[field.code]} error={errors[`fields.${field.code}`]} onChange={(v) => onChange(field.code, v)} />
      ))}
    </Stack>
  );
}

type FieldProps = { field: TopicField; value: string | string[] | undefined; error: string | undefined; onChange: (value: string | string[]) => void };

function TopicFieldInput({ field, value, error, onChange }: FieldProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const label = localized(field.label, language);
  const common = { label, required: field.required, error, size: 'md' as const };
  const text = typeof value === 'string' ? value : '';
  const options = (field.values ?? []).map((v) => ({ value: v.key, label: localized(v.name, language) }));
  switch (field.datatype) {
    case 'text':
      return <Textarea {...common} autosize minRows={2} maxLength={2000} value={text} onChange={(e) => onChange(e.currentTarget.value)} />;
    case 'number':
      return <TextInput {...common} inputMode="decimal" maxLength={20} value={text} onChange={(e) => onChange(e.currentTarget.value)} />;
    case 'datetime':
      return <TextInput {...common} type="date" value={text} onChange={(e) => onChange(e.currentTarget.value)} />;
    case 'singlevaluelist':
      return <NativeSelect {...common} data={[{ value: '', label: t('appeal.choose') }, ...options]} value={text} onChange={(e) => onChange(e.currentTarget.value)} />;
    case 'multivaluelist':
      return (
        <Checkbox.Group label={label} required={field.required} error={error} value={Array.isArray(value) ? value : []} onChange={onChange}>
          <Stack gap="xs" mt="xs">
            {options.map((o) => (
              <Checkbox key={o.value} value={o.value} label={o.label} size="md" />
            ))}
          </Stack>
        </Checkbox.Group>
      );
    default:
      return <TextInput {...common} maxLength={2000} value={text} onChange={(e) => onChange(e.currentTarget.value)} />;
  }
}
