import { Alert, Button, Grid, Group, Stack, Text } from '@mantine/core';
import { IconArrowDown, IconWand } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { useFormat } from '../../../app/i18n';
import { QueryState } from '../../../app/QueryState';
import { useRanking, useRegionNames } from '../advisor.api';
import { advisorParams, decodeAdvisorState, encodeAdvisorState, noWeights, toRankRequest, type AdvisorState } from '../advisor-url';
import { ShortlistPanel } from '../shortlist/ShortlistPanel';
import { AdvisorLayout } from '../ui/AdvisorLayout';
import { AdvisorControls } from './AdvisorControls';
import { AdvisorMap, mapTopCount } from './AdvisorMap';
import { RankingList } from './RankingList';

const pageSizes = [mapTopCount, 30, 100] as const;

/**
 * /advisor: every settlement of the priority regions ranked for a family's
 * needs. The settings are the address, so the list can be shared and comes
 * back the same.
 */
export default function AdvisorPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => decodeAdvisorState(params), [params]);
  const search = encodeAdvisorState(state);
  const [limit, setLimit] = useState<number>(mapTopCount);
  const request = useMemo(() => (noWeights(state.weights) ? null : toRankRequest(state, { limit, includeScores: true })), [state, limit]);
  const ranking = useRanking(request);
  const regionNames = useRegionNames();
  const setState = (next: AdvisorState) => setParams(advisorParams(next), { replace: true, flushSync: true });
  const nextSize = pageSizes.find((size) => size > limit);
  const items = ranking.data?.items ?? [];

  return (
    <AdvisorLayout title={t('advisor.pageTitle')} lead={t('advisor.lead')}>
      <Group>
        <Button component={Link} to="/advisor/wizard" variant="light" leftSection={<IconWand size={18} aria-hidden />}>
          {t('advisor.openWizard')}
        </Button>
        {/* On a phone the settings come first and run long: one tap to the results. */}
        <Button component="a" href="#advisor-results-title" variant="subtle" hiddenFrom="md" leftSection={<IconArrowDown size={18} aria-hidden />}>
          {t('advisor.results.jump')}
        </Button>
      </Group>
      <Grid gap="lg">
        {/* On a phone the results come right after the settings a family touches first; the map below the list. */}
        <Grid.Col span={{ base: 12, md: 4 }} order={{ base: 1, md: 1 }}>
          <AdvisorControls state={state} onChange={setState} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }} order={{ base: 2, md: 2 }}>
          <Stack gap="md">
            <Stack gap="xs" component="section" aria-labelledby="advisor-results-title">
              <Text component="h2" id="advisor-results-title" fw={700} fz="xl" m={0}>
                {t('advisor.results.title')}
              </Text>
              {request === null ? (
                <Alert color="sun" c="dark.9">
                  {t('advisor.results.noWeights')}
                </Alert>
              ) : (
                <QueryState isPending={ranking.isPending} error={ranking.error} onRetry={() => void ranking.refetch()}>
                  <Text role="status" aria-live="polite" fz="sm" data-testid="advisor-total">
                    {ranking.data ? t('advisor.results.total', { count: ranking.data.total, value: format.number(ranking.data.total) }) : ''}
                    {ranking.isFetching && !ranking.isPending ? ` ${t('common.loading')}` : ''}
                  </Text>
                  {ranking.data && ranking.data.total === 0 ? (
                    <Alert color="sun" c="dark.9">
                      {t('advisor.results.none')}
                    </Alert>
                  ) : null}
                  {state.method !== 'weighted' ? (
                    <Text fz="sm" c="dimmed">
                      {t(`advisor.results.methodNote.${state.method}`)}
                    </Text>
                  ) : null}
                  <RankingList items={items} regionNames={regionNames} search={search} />
                  {nextSize && ranking.data && ranking.data.total > items.length ? (
                    <Button variant="light" onClick={() => setLimit(nextSize)} loading={ranking.isFetching} style={{ alignSelf: 'center' }}>
                      {t('advisor.results.showMore', { n: Math.min(nextSize, ranking.data.total) })}
                    </Button>
                  ) : null}
                </QueryState>
              )}
            </Stack>
            <AdvisorMap ranking={ranking.data} search={search} focusRegion={state.regions.length === 1 ? (state.regions[0] ?? null) : null} />
            <ShortlistPanel search={search} />
          </Stack>
        </Grid.Col>
      </Grid>
    </AdvisorLayout>
  );
}
