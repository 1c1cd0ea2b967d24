import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useFormat } from '../../../app/i18n';
import { QueryState } from '../../../app/QueryState';
import { placeName, useRanking, useRegionNames } from '../advisor.api';
import { districtAndRegion } from '../place-name';
import { encodeAdvisorState, toRankRequest, type AdvisorState } from '../advisor-url';
import { roundPoints } from '../explanation';
import { settlementPath } from '../ranking/RankingList';
import { ScoreExplanation } from '../settlement/ScoreExplanation';
import { DemoBadge } from '../ui/IndicatorValue';

/** How many settlements the wizard explains in full; the advisor shows the rest. */
const wizardTop = 5;

/** The wizard's answer: the settings it chose, the best few settlements each explained, and the way on to the advisor. */
export function WizardResults({ state }: { state: AdvisorState }) {
  const { t } = useTranslation();
  const format = useFormat();
  const ranking = useRanking(toRankRequest(state, { limit: wizardTop }));
  const regionNames = useRegionNames();
  const search = encodeAdvisorState(state);
  return (
    <Stack gap="md" component="section" aria-labelledby="wizard-results-title" mt="lg">
      <Text component="h2" id="wizard-results-title" fw={700} fz="xl" m={0}>
        {t('advisor.wizard.resultsTitle')}
      </Text>
      <Text fz="sm">
        {state.preset ? t('advisor.wizard.basedOn', { preset: t(`advisor.presets.${state.preset}`) }) : t('advisor.wizard.adjusted')}{' '}
        {state.mustHave.length ? t('advisor.wizard.mustHaves', { list: state.mustHave.map((key) => t(`advisor.mustHave.${key}`)).join(', ') }) : ''}
      </Text>
      <Button component={Link} to={`/advisor${search}`} rightSection={<IconArrowRight size={18} aria-hidden />} style={{ alignSelf: 'flex-start' }}>
        {t('advisor.wizard.openAdvisor')}
      </Button>
      <QueryState isPending={ranking.isPending} error={ranking.error}>
        {ranking.data?.items.length === 0 ? (
          <Alert color="sun" c="dark.9">
            {t('advisor.results.none')}
          </Alert>
        ) : null}
        <Stack component="ol" gap="md" m={0} p={0} style={{ listStyle: 'none' }}>
          {(ranking.data?.items ?? []).map((item, index) => (
            <Paper key={item.kato} component="li" withBorder radius="md" p="md" aria-labelledby={`wizard-item-${item.kato}`}>
              <Stack gap="sm">
                <Group justify="space-between" align="flex-start">
                  <Stack gap={2}>
                    <Text component="h3" id={`wizard-item-${item.kato}`} fw={700} fz="lg" m={0}>
                      {item.rank}.{' '}
                      <Anchor component={Link} to={settlementPath(item.kato, search)}>
                        {placeName(item.name, format.language)}
                      </Anchor>
                    </Text>
                    <Text fz="sm" c="dimmed">
                      {districtAndRegion(item, regionNames, format.language)}
                    </Text>
                  </Stack>
                  <Group gap={6}>
                    <Badge size="lg" variant="light">
                      {t('advisor.results.score', { score: format.number(roundPoints(item.score)) })}
                    </Badge>
                    {item.demo.length ? <DemoBadge /> : null}
                  </Group>
                </Group>
                <details open={index === 0}>
                  <summary>{t('advisor.wizard.why')}</summary>
                  <ScoreExplanation item={item} criterionWeights={ranking.data!.criterionWeights} method={state.method} headingOrder={4} />
                </details>
              </Stack>
            </Paper>
          ))}
        </Stack>
      </QueryState>
    </Stack>
  );
}
