import { Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconListNumbers, IconSend, IconStar } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useFormat } from '../../../app/i18n';
import { QueryState } from '../../../app/QueryState';
import { placeName, useShortlist, type ShortlistDto } from '../advisor.api';
import { decodeAdvisorState, encodeAdvisorState } from '../advisor-url';
import { settlementPath } from '../ranking/RankingList';
import { AdvisorLayout } from '../ui/AdvisorLayout';
import { useCompareChoice } from './compare-choice';
import { CompareAction, CompareCheckbox, CompareHint } from './CompareChoice';
import { ShortlistPanel } from './ShortlistPanel';
import { shortlistAppealPath } from './shortlist-appeal';
import { useShortlistCodes } from './shortlist-store';

/** A saved list as anyone with its link sees it: the places (tick two to four to compare), the ranking it came from, and "send as an appeal". */
function SavedShortlist({ shortlist }: { shortlist: ShortlistDto }) {
  const { t } = useTranslation();
  const format = useFormat();
  const local = useShortlistCodes();
  // The ranking the list was made with, read through the same decoder, so a tampered query cannot reach the page.
  const search = encodeAdvisorState(decodeAdvisorState(shortlist.rankingQuery));
  const codes = useMemo(() => shortlist.items.map((item) => item.kato), [shortlist]);
  const compare = useCompareChoice(shortlist.id, codes);
  return (
    <Stack gap="md">
      <Paper component="section" aria-labelledby="advisor-saved-title" withBorder radius="md" p="md">
        <Text component="h2" id="advisor-saved-title" fw={700} fz="lg" m={0} mb="xs">
          {t('advisor.shortlist.savedTitle', { count: shortlist.items.length })}
        </Text>
        <Text fz="sm" c="dimmed" mb="sm">
          {t('advisor.shortlist.savedOn', { date: format.date(shortlist.createdAt) })}
        </Text>
        <Stack component="ol" gap={6} m={0} pl="lg">
          {shortlist.items.map((item) => (
            <li key={item.kato}>
              <Group gap="xs" wrap="nowrap" align="flex-start">
                {codes.length >= 2 ? <CompareCheckbox compare={compare} code={item.kato} name={placeName(item.name, format.language)} /> : null}
                <div>
                  <Anchor component={Link} to={settlementPath(item.kato, search)} fw={600}>
                    {placeName(item.name, format.language)}
                  </Anchor>
                  <Text span fz="sm" c="dimmed">
                    {' '}
                    — {placeName(item.districtName, format.language)}, {placeName(item.regionName, format.language)}
                  </Text>
                </div>
              </Group>
            </li>
          ))}
        </Stack>
        {codes.length >= 2 ? <CompareHint compare={compare} /> : null}
      </Paper>
      <Group gap="xs">
        <Button component={Link} to={shortlistAppealPath(shortlist.id)} size="md" leftSection={<IconSend size={18} aria-hidden />}>
          {t('advisor.shortlist.sendAppeal')}
        </Button>
        {codes.length >= 2 ? <CompareAction compare={compare} search={search} /> : null}
        <Button component={Link} to={`/advisor${search}`} variant="light" leftSection={<IconListNumbers size={18} aria-hidden />}>
          {t('advisor.shortlist.openRanking')}
        </Button>
        <Button variant="subtle" onClick={() => codes.forEach(local.add)} leftSection={<IconStar size={18} aria-hidden />}>
          {t('advisor.shortlist.keep')}
        </Button>
      </Group>
      <Text fz="sm" c="dimmed">
        {t('advisor.shortlist.appealHint')}
      </Text>
    </Stack>
  );
}

/** /advisor/shortlist: the list kept in this browser; /advisor/shortlist/{id}: a saved one. */
export default function ShortlistPage() {
  const { t } = useTranslation();
  const { id = null } = useParams();
  const saved = useShortlist(id);
  return (
    <AdvisorLayout title={t('advisor.shortlist.pageTitle')} lead={t('advisor.shortlist.lead')}>
      {id ? (
        <QueryState isPending={saved.isPending} error={saved.error}>
          {saved.data ? <SavedShortlist key={saved.data.id} shortlist={saved.data} /> : null}
        </QueryState>
      ) : (
        <ShortlistPanel search="" />
      )}
    </AdvisorLayout>
  );
}
