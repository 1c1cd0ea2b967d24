import { Alert, Divider, Modal, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { languages, type Language } from '../../../lib/i18n/core';
import { errorMessage, fieldErrors } from '../../app/errors';
import { FormActions } from '../support-admin/FormActions';
import { ArticleFieldsInputs } from './ArticleFieldsInputs';
import { ContentInputs, type ContentForm } from './ContentInputs';
import { fromFieldsForm, type ArticleFieldsForm } from './kb-workflow';
import { useCreateArticle, type KbCategory } from './knowledgeAdmin.api';

/** What a link may fill in ahead: an unanswered search's words and language. */
export type CreatePreset = { title?: string; lang?: Language };

type Props = {
  /** null keeps the modal closed. */
  preset: CreatePreset | null;
  categories: readonly KbCategory[];
  onClose: () => void;
  onCreated: (translationId: string) => void;
};

const emptyFields = (categoryCode: string): ArticleFieldsForm => ({ categoryCode, position: 0, tags: '', legalActs: [], validFrom: '', validUntil: '', reviewDue: '' });

/** A new article: its key, source language, first translation (a draft) and shared fields. */
export function CreateArticleModal({ preset, categories, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const small = useMediaQuery('(max-width: 48em)');
  const create = useCreateArticle();
  const [key, setKey] = useState('');
  const [sourceLang, setSourceLang] = useState<Language>('kk');
  const [content, setContent] = useState<ContentForm>({ slug: '', title: '', summary: '', body: '' });
  const [fields, setFields] = useState<ArticleFieldsForm>(() => emptyFields(''));
  useEffect(() => {
    if (!preset) return;
    setKey('');
    setSourceLang(preset.lang ?? 'kk');
    setContent({ slug: '', title: preset.title ?? '', summary: '', body: '' });
    setFields(emptyFields(categories[0]?.code ?? ''));
  }, [preset, categories]);

  const close = () => {
    create.reset();
    onClose();
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const created = await create.mutateAsync({
        ...fromFieldsForm(fields),
        key: key.trim(),
        sourceLang,
        translation: { slug: content.slug.trim(), title: content.title.trim(), summary: content.summary.trim(), body: content.body },
      });
      create.reset();
      onCreated(created.translationId);
    } catch {
      // Shown from create.error below.
    }
  };

  const errors = fieldErrors(create.error);
  const contentErrors = {
    slug: errors.slug ?? errors['translation.slug'],
    title: errors['translation.title'],
    summary: errors['translation.summary'],
    body: errors['translation.body'],
  };
  const hasFieldErrors = Object.keys(errors).length > 0;
  return (
    <Modal closeButtonProps={{ 'aria-label': t('common.close') }} opened={preset !== null} onClose={close} title={t('kbAdmin.create.title')} size="xl" fullScreen={small}>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          {create.error ? (
            <Alert color="red" icon={<IconAlertTriangle aria-hidden />} role="alert">
              {hasFieldErrors ? t('kbAdmin.checkFields') : errorMessage(create.error, t)}
            </Alert>
          ) : null}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput
              label={t('kbAdmin.create.key')}
              description={t('kbAdmin.create.keyHint')}
              required
              maxLength={80}
              value={key}
              onChange={(e) => setKey(e.currentTarget.value)}
              error={errors.key}
              data-autofocus
            />
            <Select
              label={t('kbAdmin.create.sourceLang')}
              description={t('kbAdmin.create.sourceLangHint')}
              required
              allowDeselect={false}
              data={languages.map((value) => ({ value, label: t(`topicsAdmin.languages.${value}`) }))}
              value={sourceLang}
              onChange={(value) => value && setSourceLang(value as Language)}
            />
          </SimpleGrid>
          <ContentInputs value={content} onChange={setContent} errors={contentErrors} lang={sourceLang} />
          <Divider />
          <Text component="h3" fw={700} size="md">
            {t('kbAdmin.fields.heading')}
          </Text>
          <ArticleFieldsInputs value={fields} onChange={setFields} categories={categories} errors={errors} />
          <FormActions onCancel={close} saving={create.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
