import { Alert, Modal, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../lib/i18n/core';
import { errorMessage, fieldErrors } from '../../app/errors';
import { QueryState } from '../../app/QueryState';
import { FormActions } from '../support-admin/FormActions';
import { ContentInputs, type ContentForm } from './ContentInputs';
import { useAddTranslation, useKbTranslation, type KbStaffTranslationDto } from './knowledgeAdmin.api';

type Props = {
  articleId: string;
  /** The language to add; null keeps the modal closed. */
  lang: Language | null;
  /** The translation to translate from: its text fills the form. */
  sourceId: string | undefined;
  onClose: () => void;
  onAdded: (translation: KbStaffTranslationDto) => void;
};

/** Adds a language to an article as a draft, starting from the source text to translate. */
export function AddTranslationModal({ articleId, lang, sourceId, onClose, onAdded }: Props) {
  const { t } = useTranslation();
  const small = useMediaQuery('(max-width: 48em)');
  const source = useKbTranslation(lang ? sourceId : undefined);
  const add = useAddTranslation(articleId);
  const [content, setContent] = useState<ContentForm>({ slug: '', title: '', summary: '', body: '' });
  useEffect(() => {
    if (lang && source.data) setContent({ slug: source.data.slug, title: source.data.title, summary: source.data.summary, body: source.data.body });
  }, [lang, source.data]);

  const close = () => {
    add.reset();
    onClose();
  };
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!lang) return;
    try {
      const added = await add.mutateAsync({ lang, slug: content.slug.trim(), title: content.title.trim(), summary: content.summary.trim(), body: content.body });
      add.reset();
      onAdded(added);
    } catch {
      // Shown from add.error below.
    }
  };

  const errors = fieldErrors(add.error);
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.close') }}
      opened={lang !== null}
      onClose={close}
      title={lang ? t('kbAdmin.translate.title', { language: t(`topicsAdmin.languages.${lang}`) }) : ''}
      size="xl"
      fullScreen={small}
    >
      <QueryState isPending={Boolean(sourceId) && source.isPending} error={source.error}>
        <form onSubmit={onSubmit} noValidate>
          <Stack gap="md">
            <Text size="sm">{t('kbAdmin.translate.lead')}</Text>
            {add.error && !Object.keys(errors).length ? (
              <Alert color="red" icon={<IconAlertTriangle aria-hidden />} role="alert">
                {errorMessage(add.error, t)}
              </Alert>
            ) : null}
            <ContentInputs value={content} onChange={setContent} errors={errors} lang={lang ?? 'kk'} />
            <FormActions onCancel={close} saving={add.isPending} />
          </Stack>
        </form>
      </QueryState>
    </Modal>
  );
}
