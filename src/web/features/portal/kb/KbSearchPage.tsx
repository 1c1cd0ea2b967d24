import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconMessageQuestion, IconRoute } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { languageNames, languages, useLanguage, type Language } from '../../../app/i18n';
import { QueryState } from '../../../app/QueryState';
import { isLanguage } from '../../../../lib/i18n/core';
import { PublicPageLayout } from '../PublicPageLayout';
import { appealHref, articleHref, searchHref, useKbSearch } from './kb.api';
import { KbCategories } from './KbCategories';
import { KbSearchBox } from './KbSearchBox';
import { Highlighted } from './Highlighted';

/**
 * /kb?q=…: the knowledge base's search. The question lives in the address, so
 * a search can be shared, reloaded and gone back to; `lang` searches another
 * language than the interface's.
 */
export default function KbSearchPage() {
  const { t } = useTranslation();
  const uiLang = useLanguage();
  const [params] = useSearchParams();
  const q = (params.get('q') ?? '').trim();
  const asked = params.get('lang');
  const lang: Language = isLanguage(asked) ? asked : uiLang;
  return (
    <PublicPageLayout
      size="md"
      title={t('kbSearch.pageTitle')}
      lead={t('kbSearch.pageLead')}
      documentTitle={q ? t('kbSearch.pageTitleWithQuery', { query: q }) : undefined}
    >
      <Stack gap="xl">
        <KbSearchBox key={`${lang}:${q}`} lang={lang} initialQuery={q} keepLang={lang !== uiLang} />
        {q ? (
          <SearchResults query={q} lang={lang} uiLang={uiLang} />
        ) : (
          <Stack gap="lg" component="section" aria-labelledby="kb-categories-title">
            <Group justify="space-between" align="baseline">
              <Title order={2} fz="xl" id="kb-categories-title">
                {t('kbSearch.categoriesTitle')}
              </Title>
              <Anchor component={Link} to="/guide" fw={600}>
                <Group gap={6} component="span" wrap="nowrap">
                  <IconRoute size={18} aria-hidden />
                  {t('kbSearch.openGuide')}
                </Group>
              </Anchor>
            </Group>
            <KbCategories lang={lang} />
          </Stack>
        )}
      </Stack>
    </PublicPageLayout>
  );
}

function SearchResults({ query, lang, uiLang }: { query: string; lang: Language; uiLang: Language }) {
  const { t } = useTranslation();
  const search = useKbSearch(query, lang);
  const items = search.data?.items ?? [];
  const corrected = search.data?.correctedQuery;
  return (
    <Stack gap="lg" component="section" aria-labelledby="kb-results-title">
      <QueryState isPending={search.isPending} error={search.error} onRetry={() => void search.refetch()}>
        <Stack gap={4}>
          <Title order={2} fz="xl" id="kb-results-title">
            {items.length ? t('kbSearch.resultsTitle') : t('kbSearch.nothingFoundTitle', { query })}
          </Title>
          <Text c="dimmed" fz="sm" role="status">
            {t('kbSearch.resultsCount', { count: items.length })}
          </Text>
          {corrected ? <Text data-testid="kb-corrected">{t('kbSearch.showingResultsFor', { query: corrected })}</Text> : null}
        </Stack>
        {items.length ? (
          <Stack gap="md" component="ol" m={0} p={0} style={{ listStyle: 'none' }} data-testid="kb-results">
            {items.map((hit) => (
              <Paper key={hit.id} component="li" withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
                <Title order={3} fz="lg" mb={6}>
                  <Anchor href={articleHref(hit.lang, hit.slug)}>
                    <Highlighted text={hit.title} ranges={hit.titleHighlights} />
                  </Anchor>
                </Title>
                <Text c="dark.6">
                  <Highlighted text={hit.snippet} ranges={hit.highlights} />
                </Text>
              </Paper>
            ))}
          </Stack>
        ) : null}
        <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} bg={items.length ? undefined : 'sun.0'}>
          <Stack gap="sm" align="flex-start">
            <Text fw={items.length ? undefined : 600}>{items.length ? t('kbSearch.notWhatYouNeed') : t('kbSearch.nothingFoundText')}</Text>
            <Button component={Link} to={appealHref(query)} leftSection={<IconMessageQuestion size={18} aria-hidden />}>
              {t('kbSearch.askSupport')}
            </Button>
          </Stack>
        </Paper>
        <OtherLanguages query={query} lang={lang} uiLang={uiLang} />
      </QueryState>
    </Stack>
  );
}

/** Some answers exist only in one language yet: the same question, searched in the others. */
function OtherLanguages({ query, lang, uiLang }: { query: string; lang: Language; uiLang: Language }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" component="nav" aria-label={t('kbSearch.otherLanguagesLabel')}>
      <Text fz="sm">{t('kbSearch.searchOtherLanguages')}</Text>
      {languages
        .filter((other) => other !== lang)
        .map((other) => (
          <Anchor key={other} component={Link} to={searchHref(query, other === uiLang ? undefined : other)} fz="sm" fw={600} lang={other}>
            {languageNames[other]}
          </Anchor>
        ))}
    </Group>
  );
}
