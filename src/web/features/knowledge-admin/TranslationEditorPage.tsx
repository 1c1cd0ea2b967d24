import { Alert, Anchor, Badge, Button, Card, Group, Stack, Tabs, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconArrowLeft, IconDeviceFloppy, IconFileText, IconHistory, IconListDetails, IconPaperclip } from '@tabler/icons-react';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { errorMessage, fieldErrors } from '../../app/errors';
import { PageHeader } from '../../app/PageHeader';
import { QueryState } from '../../app/QueryState';
import { useSession } from '../../app/session';
import { ArticleFieldsEditor } from './ArticleFieldsEditor';
import { AttachmentsPanel } from './AttachmentsPanel';
import { translationPath } from './ArticlesTable';
import { ContentInputs, type ContentForm } from './ContentInputs';
import { HistoryPanel } from './HistoryPanel';
import { OutdatedBadge, SampleBadge, StatusBadge } from './KbBadges';
import { canEditKb } from './kb-workflow';
import { LanguageLinks } from './LanguageLinks';
import { UnsavedChangesGuard } from './UnsavedChangesGuard';
import { WorkflowActions } from './WorkflowActions';
import { useKbArticles, useKbTranslation, useSaveTranslation, type KbStaffTranslationDto } from './knowledgeAdmin.api';
import { notifySuccess } from './notify';

const contentOf = (t: KbStaffTranslationDto): ContentForm => ({ slug: t.slug, title: t.title, summary: t.summary, body: t.body });
const sameContent = (a: ContentForm, b: ContentForm) => a.slug === b.slug && a.title === b.title && a.summary === b.summary && a.body === b.body;

/** The editor of one translation: its text with a live preview, the workflow, the article's fields and the history. */
export default function TranslationEditorPage() {
  const { id = '' } = useParams();
  // A fresh editor per translation: switching languages never carries one text into another.
  return <TranslationEditor key={id} id={id} />;
}

function TranslationEditor({ id }: { id: string }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const translation = useKbTranslation(id);
  const articles = useKbArticles();
  const article = articles.data?.items.find((a) => a.id === translation.data?.articleId);
  const [textDirty, setTextDirty] = useState(false);
  const [fieldsDirty, setFieldsDirty] = useState(false);
  const onFieldsDirty = useCallback((dirty: boolean) => setFieldsDirty(dirty), []);

  return (
    <>
      <UnsavedChangesGuard dirty={textDirty || fieldsDirty} />
      <Anchor component={Link} to="/staff/kb" size="sm" mb="xs" display="inline-flex" style={{ alignItems: 'center', gap: 4 }}>
        <IconArrowLeft size={16} aria-hidden />
        {t('kbAdmin.editor.back')}
      </Anchor>
      <QueryState isPending={translation.isPending} error={translation.error} onRetry={() => void translation.refetch()}>
        {translation.data ? (
          <>
            <PageHeader title={translation.data.title} description={article ? t('kbAdmin.editor.lead', { key: article.key, language: t(`topicsAdmin.languages.${translation.data.lang}`) }) : undefined} />
            <Stack gap="md">
              <Group gap="xs" wrap="wrap">
                <StatusBadge status={translation.data.status} />
                {translation.data.outdated ? <OutdatedBadge /> : null}
                {article?.sample ? <SampleBadge /> : null}
                <Badge color="gray" c="dark" variant="outline">
                  {translation.data.publishedRevision === null
                    ? t('kbAdmin.list.revisionUnpublished', { revision: translation.data.revision })
                    : t('kbAdmin.list.revisionPublished', { revision: translation.data.revision, published: translation.data.publishedRevision })}
                </Badge>
              </Group>
              {article ? <LanguageLinks article={article} currentId={id} canEdit={canEditKb(user?.role)} /> : null}
              {translation.data.outdated ? <OutdatedNotice translation={translation.data} sourceId={article?.translations.find((x) => x.lang === translation.data.sourceLang)?.id} /> : null}
              {/* Panels stay mounted: unsaved text survives a look at the history. */}
              <Tabs defaultValue="text">
                <Tabs.List>
                  <Tabs.Tab value="text" leftSection={<IconFileText size={16} aria-hidden />}>
                    {t('kbAdmin.editor.textTab')}
                  </Tabs.Tab>
                  <Tabs.Tab value="fields" leftSection={<IconListDetails size={16} aria-hidden />}>
                    {t('kbAdmin.fields.heading')}
                  </Tabs.Tab>
                  <Tabs.Tab value="history" leftSection={<IconHistory size={16} aria-hidden />}>
                    {t('kbAdmin.history.tab')}
                  </Tabs.Tab>
                  <Tabs.Tab value="files" leftSection={<IconPaperclip size={16} aria-hidden />}>
                    {t('kbAdmin.attachments.tab')}
                  </Tabs.Tab>
                </Tabs.List>
                <Tabs.Panel value="text" pt="md">
                  <TextForm translation={translation.data} onDirtyChange={setTextDirty} />
                </Tabs.Panel>
                <Tabs.Panel value="fields" pt="md">
                  {article ? <ArticleFieldsEditor article={article} onDirtyChange={onFieldsDirty} /> : null}
                </Tabs.Panel>
                <Tabs.Panel value="history" pt="md">
                  {/* A new revision starts the comparison afresh, from the previous one to it. */}
                  <HistoryPanel key={translation.data.revision} translation={translation.data} />
                </Tabs.Panel>
                <Tabs.Panel value="files" pt="md">
                  <AttachmentsPanel articleId={translation.data.articleId} />
                </Tabs.Panel>
              </Tabs>
            </Stack>
          </>
        ) : null}
      </QueryState>
    </>
  );
}

function OutdatedNotice({ translation, sourceId }: { translation: KbStaffTranslationDto; sourceId: string | undefined }) {
  const { t } = useTranslation();
  const language = t(`topicsAdmin.languages.${translation.sourceLang}`);
  return (
    <Alert color="yellow" icon={<IconAlertTriangle aria-hidden />} title={t('kbAdmin.editor.outdatedTitle')}>
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t('kbAdmin.editor.outdatedText', { language })}</Text>
        {sourceId ? (
          <Anchor component={Link} to={translationPath(sourceId)} size="sm">
            {t('kbAdmin.editor.openSource', { language })}
          </Anchor>
        ) : null}
      </Stack>
    </Alert>
  );
}

/** The working copy's text: each Save is a new draft revision; the workflow moves the saved copy. */
function TextForm({ translation, onDirtyChange }: { translation: KbStaffTranslationDto; onDirtyChange: (dirty: boolean) => void }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const save = useSaveTranslation(translation.id);
  const [content, setContent] = useState<ContentForm>(() => contentOf(translation));
  const [note, setNote] = useState('');
  // A new revision from elsewhere (a restore, a save) replaces the form's text.
  useEffect(() => setContent(contentOf(translation)), [translation]);
  const dirty = !sameContent(content, contentOf(translation));
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);
  useEffect(() => () => onDirtyChange(false), [onDirtyChange]);
  const editable = canEditKb(user?.role);
  // An out-of-date translation that still reads right is saved unchanged, to be published against the new source.
  const canSave = dirty || translation.outdated || note.trim() !== '';

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const saved = await save.mutateAsync({ slug: content.slug.trim(), title: content.title.trim(), summary: content.summary.trim(), body: content.body, note: note.trim() || null });
      save.reset();
      setNote('');
      notifySuccess(t('kbAdmin.editor.saved', { revision: saved.revision }), t);
    } catch {
      // Shown from save.error below.
    }
  };

  const errors = fieldErrors(save.error);
  return (
    <Card withBorder radius="lg" padding="md">
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          {save.error && !Object.keys(errors).length ? (
            <Alert color="red" icon={<IconAlertTriangle aria-hidden />} role="alert">
              {errorMessage(save.error, t)}
            </Alert>
          ) : null}
          <ContentInputs value={content} onChange={setContent} errors={errors} lang={translation.lang} withPreview />
          <TextInput label={t('kbAdmin.editor.note')} description={t('kbAdmin.editor.noteHint')} maxLength={500} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={errors.note} />
          <Group justify="space-between" gap="sm" wrap="wrap">
            <WorkflowActions translation={translation} dirty={dirty} />
            {editable ? (
              <Group gap="sm">
                <Button variant="default" disabled={!dirty} onClick={() => setContent(contentOf(translation))}>
                  {t('kbAdmin.discard')}
                </Button>
                <Button type="submit" leftSection={<IconDeviceFloppy size={16} aria-hidden />} loading={save.isPending} disabled={!canSave}>
                  {t('common.save')}
                </Button>
              </Group>
            ) : null}
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
