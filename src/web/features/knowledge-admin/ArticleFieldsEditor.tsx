import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, fieldErrors } from '../../app/errors';
import { useLanguage } from '../../app/i18n';
import { ArticleFieldsInputs } from './ArticleFieldsInputs';
import { fromFieldsForm, toFieldsForm, type ArticleFieldsForm } from './kb-workflow';
import { useKbCategories, useUpdateArticleFields, type KbStaffArticleDto } from './knowledgeAdmin.api';
import { notifySuccess } from './notify';

type Props = {
  article: KbStaffArticleDto;
  /** Tells the page about unsaved edits, for the leave guard. */
  onDirtyChange: (dirty: boolean) => void;
};

/** The article's shared fields, saved for all its translations at once. */
export function ArticleFieldsEditor({ article, onDirtyChange }: Props) {
  const { t } = useTranslation();
  const categories = useKbCategories(useLanguage());
  const save = useUpdateArticleFields(article.id);
  // By value: a refetched list (after any save) must not wipe edits in progress.
  const savedJson = JSON.stringify(toFieldsForm(article));
  const saved = useMemo(() => JSON.parse(savedJson) as ArticleFieldsForm, [savedJson]);
  const [form, setForm] = useState<ArticleFieldsForm>(saved);
  useEffect(() => setForm(saved), [saved]);
  const dirty = JSON.stringify(form) !== savedJson;
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await save.mutateAsync(fromFieldsForm(form));
      save.reset();
      notifySuccess(t('kbAdmin.fields.saved'), t);
    } catch {
      // Shown from save.error below.
    }
  };

  const errors = fieldErrors(save.error);
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        {/* The tab names the panel on screen; the heading gives the legal-acts list its place in the outline. */}
        <Title order={2} className="visually-hidden">
          {t('kbAdmin.fields.heading')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('kbAdmin.fields.lead')}
        </Text>
        {save.error ? (
          <Alert color="red" icon={<IconAlertTriangle aria-hidden />} role="alert">
            {Object.keys(errors).length ? t('kbAdmin.checkFields') : errorMessage(save.error, t)}
          </Alert>
        ) : null}
        <ArticleFieldsInputs value={form} onChange={setForm} categories={categories.data?.items ?? []} errors={errors} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" disabled={!dirty} onClick={() => setForm(saved)}>
            {t('kbAdmin.discard')}
          </Button>
          <Button type="submit" loading={save.isPending} disabled={!dirty}>
            {t('kbAdmin.fields.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
