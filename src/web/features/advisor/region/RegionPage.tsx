import { Anchor, Button, Grid, Stack, Text } from '@mantine/core';
import { IconListNumbers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useFormat } from '../../../app/i18n';
import { QueryState } from '../../../app/QueryState';
import { placeName, useMapLayers, useRegionOverview, type RegionOverviewDto } from '../advisor.api';
import { advisorParams, defaultAdvisorState } from '../advisor-url';
import { RegionMiniMap } from '../map/RegionMiniMap';
import { AdvisorLayout } from '../ui/AdvisorLayout';
import { IndicatorTable, PageSection, regionIndicatorRows } from '../settlement/SettlementFacts';
import { IncomeChart } from './IncomeChart';

/** The ranking of this region's settlements, with the default family preset. */
export const rankInRegionPath = (kato: string) => `/advisor?${advisorParams({ ...defaultAdvisorState(), regions: [kato] }).toString()}`;

/** The quota and aid of the latest year an admin entered. */
function ProgrammeSection({ overview }: { overview: RegionOverviewDto }) {
  const { t } = useTranslation();
  const format = useFormat();
  const latest = [...overview.programmes].sort((a, b) => b.year - a.year)[0];
  return (
    <PageSection id="advisor-region-programme-title" title={latest ? t('advisor.region.programmeYear', { year: latest.year }) : t('advisor.region.programme')}>
      {latest ? (
        <Stack gap="xs">
          <Text>
            <strong>{t('advisor.region.quota')}:</strong> {latest.quota === null ? t('advisor.value.unknown') : t('advisor.region.quotaPeople', { count: latest.quota, value: format.number(latest.quota) })}
          </Text>
          <Text style={{ whiteSpace: 'pre-line' }}>
            <strong>{t('advisor.region.aid')}:</strong> {latest.aid ? latest.aid[format.language] || latest.aid.kk : t('advisor.value.unknown')}
          </Text>
          <Text fz="sm" c="dimmed">
            {[latest.source, t('advisor.region.updated', { date: format.date(latest.updatedAt) })].filter(Boolean).join(' · ')}
          </Text>
        </Stack>
      ) : (
        <Text c="dimmed">{t('advisor.region.noProgramme')}</Text>
      )}
    </PageSection>
  );
}

/** /advisor/regions/{kato}: assess a region before choosing a settlement in it. */
export default function RegionPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { kato = '' } = useParams();
  const overview = useRegionOverview(kato);
  const layers = useMapLayers();
  const name = overview.data ? placeName(overview.data.name, format.language) : '';

  return (
    <AdvisorLayout title={name || t('advisor.region.title')} lead={t('advisor.region.lead')}>
      <QueryState isPending={overview.isPending} error={overview.error}>
        {overview.data ? (
          <Stack gap="md">
            <Button component={Link} to={rankInRegionPath(kato)} leftSection={<IconListNumbers size={18} aria-hidden />} style={{ alignSelf: 'flex-start' }}>
              {t('advisor.region.rankHere', { count: overview.data.settlementCount, value: format.number(overview.data.settlementCount) })}
            </Button>
            <IndicatorTable
              id="advisor-region-indicators-title"
              title={t('advisor.region.indicators')}
              rows={regionIndicatorRows}
              columns={[
                { label: name, values: overview.data.indicators },
                { label: t('advisor.region.national'), values: overview.data.national },
              ]}
            />
            <PageSection id="advisor-income-title" title={t('advisor.region.chartTitle')}>
              <IncomeChart region={overview.data.incomeSeries} national={overview.data.nationalIncomeSeries} regionName={name} />
            </PageSection>
            <ProgrammeSection overview={overview.data} />
            <Grid gap="md">
              <Grid.Col span={{ base: 12, md: 7 }}>
                <PageSection id="advisor-region-map-title" title={t('advisor.region.map')}>
                  {layers.data ? <RegionMiniMap layers={layers.data} regionKato={kato} ariaLabel={t('advisor.region.mapLabel', { region: name })} /> : null}
                </PageSection>
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 5 }}>
                <PageSection id="advisor-region-districts-title" title={t('advisor.region.districts')}>
                  <Stack component="ul" gap={4} m={0} p={0} style={{ listStyle: 'none' }}>
                    {overview.data.districts.map((district) => (
                      <Text component="li" key={district.kato} fz="sm">
                        {placeName(district.name, format.language)} — {t('advisor.region.settlementCount', { count: district.settlementCount, value: format.number(district.settlementCount) })}
                      </Text>
                    ))}
                  </Stack>
                </PageSection>
              </Grid.Col>
            </Grid>
            <Anchor component={Link} to="/advisor/regions">
              {t('advisor.region.allRegions')}
            </Anchor>
          </Stack>
        ) : null}
      </QueryState>
    </AdvisorLayout>
  );
}
