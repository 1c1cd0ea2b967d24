import { Anchor, Button, Card, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useFormat } from '../../../app/i18n';
import { QueryState } from '../../../app/QueryState';
import { placeName, useRegionSummaries } from '../advisor.api';
import { AdvisorLayout } from '../ui/AdvisorLayout';
import { IndicatorValue } from '../ui/IndicatorValue';
import { rankInRegionPath } from './RegionPage';

const shownIndicators = [
  { key: 'wage', kind: 'kzt' },
  { key: 'unemployment', kind: 'percent' },
  { key: 'population', kind: 'count' },
] as const;

/** /advisor/regions: the priority regions, each with a few figures, its overview and its ranking. */
export default function RegionsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const regions = useRegionSummaries();
  const priority = (regions.data ?? []).filter((r) => r.priority).sort((a, b) => placeName(a.name, format.language).localeCompare(placeName(b.name, format.language), format.language));

  return (
    <AdvisorLayout title={t('advisor.regions.title')} lead={t('advisor.regions.lead')}>
      <QueryState isPending={regions.isPending} error={regions.error}>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {priority.map((region) => {
            const name = placeName(region.name, format.language);
            return (
              <Card key={region.kato} component="li" withBorder radius="md" padding="md">
                <Stack gap="xs" h="100%">
                  <Text component="h2" fw={700} fz="lg" m={0}>
                    <Anchor component={Link} to={`/advisor/regions/${region.kato}`}>
                      {name}
                    </Anchor>
                  </Text>
                  <Stack component="dl" gap={2} m={0}>
                    {shownIndicators.map(({ key, kind }) => {
                      const value = region.indicators[key];
                      return (
                        <Text key={key} fz="sm" component="div">
                          <Text component="dt" span c="dimmed" fz="sm">
                            {t(`advisor.indicators.${key}`)}:{' '}
                          </Text>
                          <Text component="dd" span m={0} fz="sm">
                            <IndicatorValue indicatorKey={key} kind={kind} value={value?.value ?? null} demo={value?.demo ?? false} />
                          </Text>
                        </Text>
                      );
                    })}
                  </Stack>
                  <Button component={Link} to={rankInRegionPath(region.kato)} variant="light" mt="auto" aria-label={t('advisor.regions.rankNamed', { region: name })}>
                    {t('advisor.regions.rank')}
                  </Button>
                </Stack>
              </Card>
            );
          })}
        </SimpleGrid>
      </QueryState>
    </AdvisorLayout>
  );
}
