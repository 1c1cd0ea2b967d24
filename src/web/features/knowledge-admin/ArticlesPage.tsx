import { Button, Card, Checkbox, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconChartBar, IconFilePlus, IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { isLanguage } from '../../../lib/i18n/core';
import { can } from '../../../server/platform/rbac/roles';
import { useLanguage } from '../../app/i18n';
import { PageHeader } from '../../app/PageHeader';
import { QueryState } from '../../app/QueryState';
import { useSession } from '../../app/session';
import { todayInAlmaty } from '../correspondence/LetterFormModal';
import { ArticlesTable, translationPath } from './ArticlesTable';
import { CreateArticleModal, type CreatePreset } from './CreateArticleModal';
import { LanguageSelect } from './LanguageSelect';
import { emptyFilter, filterArticles, groupByCategory, translationStatuses, type ArticleFilter, type KbTranslationStatus } from './kb-list';
import { canEditKb } from './kb-workflow';
import { useKbArticles, useKbCategories } from './knowledgeAdmin.api';

/**
 * Every article of the knowledge base by category, with the state of each
 * translation: what waits for review, what fell out of date, what is due
 * for a legal check.
 */
export default function ArticlesPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const articles = useKbArticles();
  const categories = useKbCategories(useLanguage());
  const [filter, setFilter] = useState<ArticleFilter>(emptyFilter);
  const set = <K extends keyof ArticleFilter>(key: K, value: ArticleFilter[K]) => setFilter((f) => ({ ...f, [key]: value }));

  // "Create an article" from the report arrives as ?create=<words>&lang=<language>.
  const createParam = params.get('create');
  const langParam = params.get('lang');
  const linkedPreset = useMemo<CreatePreset | null>(
    () => (createParam === null ? null : { title: createParam, ...(isLanguage(langParam) ? { lang: langParam } : {}) }),
    [createParam, langParam],
  );
  const [opened, setOpened] = useState<CreatePreset | null>(null);
  const preset = opened ?? linkedPreset;
  const closeCreate = () => {
    setOpened(null);
    if (createParam !== null) setParams({}, { replace: true });
  };

  const groups = useMemo(
    () => groupByCategory(filterArticles(articles.data?.items ?? [], filter, todayInAlmaty()), categories.data?.items ?? []),
    [articles.data, categories.data, filter],
  );
  const shown = groups.reduce((n, g) => n + g.articles.length, 0);
  const dirty = filter.q !== '' || filter.lang !== null || filter.status !== null || filter.outdatedOnly || filter.reviewDueOnly;

  return (
    <>
      <PageHeader
        title={t('kbAdmin.list.title')}
        description={t('kbAdmin.list.lead')}
        actions={
          <>
            {user && can(user.role, 'kb.reports') ? (
              <Button component={Link} to="/staff/kb/report" variant="default" leftSection={<IconChartBar size={18} aria-hidden />}>
                {t('kbAdmin.report.title')}
              </Button>
            ) : null}
            {canEditKb(user?.role) ? (
              <Button leftSection={<IconFilePlus size={18} aria-hidden />} onClick={() => setOpened({})}>
                {t('kbAdmin.create.button')}
              </Button>
            ) : null}
          </>
        }
      />
      <Paper withBorder radius="lg" p="md" mb="md" component="form" role="search" aria-label={t('kbAdmin.list.filters')} onSubmit={(e) => e.preventDefault()}>
        <Group gap="md" align="flex-end" wrap="wrap">
          <TextInput
            label={t('kbAdmin.list.search')}
            leftSection={<IconSearch size={16} aria-hidden />}
            type="search"
            value={filter.q}
            onChange={(e) => set('q', e.currentTarget.value)}
            style={{ flex: '1 1 220px' }}
          />
          <LanguageSelect value={filter.lang} onChange={(lang) => set('lang', lang)} w={170} />
          <Select
            label={t('kbAdmin.list.state')}
            placeholder={t('kbAdmin.list.anyStatus')}
            clearable
            data={translationStatuses.map((value) => ({ value, label: t(`kbAdmin.status.${value}`) }))}
            value={filter.status}
            onChange={(value) => set('status', value as KbTranslationStatus | null)}
            w={170}
          />
          <Group gap="md" wrap="wrap" pb={8}>
            <Checkbox label={t('kbAdmin.list.outdatedOnly')} checked={filter.outdatedOnly} onChange={(e) => set('outdatedOnly', e.currentTarget.checked)} />
            <Checkbox label={t('kbAdmin.list.reviewDueOnly')} checked={filter.reviewDueOnly} onChange={(e) => set('reviewDueOnly', e.currentTarget.checked)} />
          </Group>
          {dirty ? (
            <Button variant="subtle" color="gray.8" onClick={() => setFilter(emptyFilter)}>
              {t('common.resetFilters')}
            </Button>
          ) : null}
        </Group>
      </Paper>
      <QueryState isPending={articles.isPending || categories.isPending} error={articles.error ?? categories.error} onRetry={() => void articles.refetch()}>
        <Text size="sm" c="dimmed" mb="sm" role="status" aria-live="polite">
          {t('kbAdmin.list.shown', { count: shown })}
        </Text>
        {groups.length ? (
          <Stack gap="xl">
            {groups.map((group) => (
              <section key={group.code} aria-labelledby={`kb-category-${group.code}`}>
                <Title order={2} fz="h3" mb="xs" id={`kb-category-${group.code}`}>
                  {group.name}
                </Title>
                <Card withBorder radius="lg" padding={0}>
                  <ArticlesTable group={group} />
                </Card>
              </section>
            ))}
          </Stack>
        ) : (
          <Card withBorder radius="lg">
            <Text ta="center" c="dimmed" p="lg">
              {t('kbAdmin.list.empty')}
            </Text>
          </Card>
        )}
      </QueryState>
      <CreateArticleModal preset={preset} categories={categories.data?.items ?? []} onClose={closeCreate} onCreated={(id) => navigate(translationPath(id))} />
    </>
  );
}
