import { Box, Paper, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/errors';
import { usePreview } from './knowledgeAdmin.api';

export type ContentForm = { slug: string; title: string; summary: string; body: string };

type Props = {
  value: ContentForm;
  onChange: (value: ContentForm) => void;
  errors: Record<string, string | undefined>;
  /** The language the text is written in, for spell checkers and screen readers. */
  lang: string;
  /** Show the rendered article beside the Markdown. */
  withPreview?: boolean;
};

/** What readers will see, rendered and sanitised by the server as the Markdown is typed. */
function MarkdownPreview({ body, lang }: { body: string; lang: string }) {
  const { t } = useTranslation();
  const [debounced] = useDebouncedValue(body, 400);
  const preview = usePreview(debounced);
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500} id="kb-preview-label">
        {t('kbAdmin.editor.preview')}
      </Text>
      <Paper withBorder radius="md" p="md" role="region" aria-labelledby="kb-preview-label" aria-busy={preview.isFetching} tabIndex={0} mih={240} style={{ overflowWrap: 'anywhere' }}>
        {preview.error ? (
          <Text c="red.8" size="sm" role="alert">
            {errorMessage(preview.error, t)}
          </Text>
        ) : (
          // The server sanitises the HTML (no scripts, no event handlers, no foreign frames).
          <Box className="kb-preview" lang={lang} dangerouslySetInnerHTML={{ __html: preview.data?.html ?? '' }} />
        )}
      </Paper>
    </Stack>
  );
}

/** The text of one translation: address, title, summary and the Markdown body. */
export function ContentInputs({ value, onChange, errors, lang, withPreview = false }: Props) {
  const { t } = useTranslation();
  const set = (key: keyof ContentForm) => (text: string) => onChange({ ...value, [key]: text });
  const body = (
    <Textarea
      label={t('kbAdmin.editor.body')}
      description={t('kbAdmin.editor.bodyHint')}
      required
      autosize
      minRows={withPreview ? 14 : 6}
      maxRows={withPreview ? 40 : 12}
      maxLength={100_000}
      lang={lang}
      value={value.body}
      onChange={(e) => set('body')(e.currentTarget.value)}
      error={errors.body}
      styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 14 } }}
    />
  );
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput label={t('kbAdmin.editor.title')} required maxLength={200} lang={lang} value={value.title} onChange={(e) => set('title')(e.currentTarget.value)} error={errors.title} />
        <TextInput
          label={t('kbAdmin.editor.slug')}
          description={t('kbAdmin.editor.slugHint')}
          required
          maxLength={120}
          value={value.slug}
          onChange={(e) => set('slug')(e.currentTarget.value)}
          error={errors.slug}
        />
      </SimpleGrid>
      <Textarea label={t('kbAdmin.editor.summary')} autosize minRows={2} maxRows={5} maxLength={600} lang={lang} value={value.summary} onChange={(e) => set('summary')(e.currentTarget.value)} error={errors.summary} />
      {withPreview ? (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          {body}
          <MarkdownPreview body={value.body} lang={lang} />
        </SimpleGrid>
      ) : (
        body
      )}
    </Stack>
  );
}
