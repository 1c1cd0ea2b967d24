import { Paper, SimpleGrid, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { REGION_INDICATORS, SETTLEMENT_INDICATORS } from '../../../../lib/contracts/settlements';
import { Fact } from '../../../app/Fact';
import { useFormat } from '../../../app/i18n';
import { TableFrame } from '../../../app/TableFrame';
import type { IndicatorValueDto } from '../../../../server/modules/settlements/settlements.schema';
import { placeName, type SettlementCardDto } from '../advisor.api';
import { IndicatorValue } from '../ui/IndicatorValue';

export function PageSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper component="section" aria-labelledby={id} withBorder radius="md" p={{ base: 'sm', sm: 'md' }}>
      <Text component="h2" id={id} fw={700} fz="lg" m={0} mb="sm">
        {title}
      </Text>
      {children}
    </Paper>
  );
}

/** Where the settlement is and how many live there, each with where that comes from. */
export function SettlementFacts({ card }: { card: SettlementCardDto }) {
  const { t } = useTranslation();
  const format = useFormat();
  const km = (value: number | null) => (value === null ? t('advisor.value.unknown') : t('advisor.value.km', { value: format.number(Math.round(value * 10) / 10) }));
  return (
    <PageSection id="advisor-facts-title" title={t('advisor.settlement.facts')}>
      <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="sm" m={0}>
        <Fact label={t('advisor.settlement.population')}>
          {card.population === null ? t('advisor.value.unknown') : format.number(card.population)}
          {card.populationSource ? ` (${t(`advisor.settlement.populationSource.${card.populationSource}`)})` : ''}
        </Fact>
        <Fact label={t('advisor.settlement.coordinates')}>
          {card.lat === null || card.lon === null
            ? t('advisor.value.unknown')
            : `${format.number(Math.round(card.lat * 1e4) / 1e4)}, ${format.number(Math.round(card.lon * 1e4) / 1e4)}`}
          {card.coordinatesSource ? ` (${t(`advisor.settlement.coordinatesSource.${card.coordinatesSource}`)})` : ''}
        </Fact>
        <Fact label={t('advisor.settlement.districtCentre')}>
          {card.isDistrictCentre ? t('advisor.settlement.isDistrictCentre') : `${card.districtCentre ? `${placeName(card.districtCentre.name, format.language)}, ` : ''}${km(card.districtCentreKm)}`}
        </Fact>
        <Fact label={t('advisor.indicators.regionalCentreKm')}>{km(card.regionalCentreKm)}</Fact>
        {card.okrugName ? <Fact label={t('advisor.settlement.okrug')}>{placeName(card.okrugName, format.language)}</Fact> : null}
      </SimpleGrid>
      <Text fz="xs" c="dimmed" mt="sm">
        {t('advisor.settlement.distanceNote')}
      </Text>
    </PageSection>
  );
}

type IndicatorRow = { key: string; kind: (typeof SETTLEMENT_INDICATORS)[number]['kind'] | (typeof REGION_INDICATORS)[number]['kind'] };
type IndicatorValues = Partial<Record<string, IndicatorValueDto>>;

/**
 * Indicators as a table: one column of values per place (a settlement, or a
 * region beside the country), then the year and source of the first; demo values marked in words.
 */
export function IndicatorTable(props: { id: string; title: string; rows: readonly IndicatorRow[]; columns: readonly { label: string; values: IndicatorValues }[] }) {
  const { t } = useTranslation();
  const { id, title, rows, columns } = props;
  return (
    <PageSection id={id} title={title}>
      <TableFrame label={title} minWidth={columns.length > 1 ? 480 : 420}>
        <Table striped verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('advisor.settlement.indicator')}</Table.Th>
              {columns.map((column) => (
                <Table.Th scope="col" key={column.label}>
                  {column.label}
                </Table.Th>
              ))}
              <Table.Th scope="col">{t('advisor.settlement.yearSource')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map(({ key, kind }) => {
              const first = columns[0]?.values[key];
              return (
                <Table.Tr key={key}>
                  <Table.Th scope="row" fw={500}>
                    {t(`advisor.indicators.${key}`)}
                  </Table.Th>
                  {columns.map((column) => (
                    <Table.Td key={column.label}>
                      <IndicatorValue indicatorKey={key} kind={kind} value={column.values[key]?.value ?? null} demo={column.values[key]?.demo ?? false} />
                    </Table.Td>
                  ))}
                  <Table.Td fz="sm" c="dimmed">
                    {first ? (first.demo ? t('advisor.settlement.demoSource') : [first.year, first.source].filter(Boolean).join(', ')) : '—'}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </TableFrame>
    </PageSection>
  );
}

export const settlementIndicatorRows: readonly IndicatorRow[] = SETTLEMENT_INDICATORS;
export const regionIndicatorRows: readonly IndicatorRow[] = REGION_INDICATORS;
