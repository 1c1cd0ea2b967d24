import { Group, Table, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../app/i18n';
import { TableFrame } from '../../../app/TableFrame';
import { chartGeometry, type SeriesPoint } from './income-chart';

const frame = { width: 640, height: 280, left: 64, right: 16, top: 12, bottom: 28 };
const regionColour = 'var(--mantine-color-otandas-7)';
const nationalColour = 'var(--mantine-color-gray-7)';

/**
 * Income per capita, the region against the country, as lines. The picture
 * is described in words for a screen reader, and the same figures follow as
 * a table under a disclosure.
 */
export function IncomeChart({ region, national, regionName }: { region: SeriesPoint[]; national: SeriesPoint[]; regionName: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const descriptionId = useId();
  const geometry = chartGeometry([region, national], frame);
  const first = region[0];
  const last = region[region.length - 1];
  const nationalByYear = new Map(national.map((p) => [p.year, p.value]));
  const regionByYear = new Map(region.map((p) => [p.year, p.value]));
  const labelEvery = Math.max(1, Math.ceil(geometry.years.length / 6));
  const cell = (values: Map<number, number>, year: number) => (values.has(year) ? format.number(values.get(year)!) : '—');
  if (!region.length && !national.length) return <Text c="dimmed">{t('advisor.region.noSeries')}</Text>;

  return (
    <>
      <Group gap="md" fz="sm" aria-hidden>
        <Group gap={6}>
          <svg width="24" height="4"><line x1="0" y1="2" x2="24" y2="2" stroke={regionColour} strokeWidth="3" /></svg>
          {regionName}
        </Group>
        <Group gap={6}>
          <svg width="24" height="4"><line x1="0" y1="2" x2="24" y2="2" stroke={nationalColour} strokeWidth="3" strokeDasharray="6 4" /></svg>
          {t('advisor.region.national')}
        </Group>
      </Group>
      <svg viewBox={`0 0 ${frame.width} ${frame.height}`} width="100%" role="img" aria-label={t('advisor.region.chartTitle')} aria-describedby={descriptionId} style={{ maxWidth: frame.width }}>
        <g fontSize="12" fill="var(--mantine-color-gray-7)">
          {geometry.ticks.map((tick) => (
            <g key={tick.value}>
              <line x1={frame.left} x2={frame.width - frame.right} y1={tick.y} y2={tick.y} stroke="var(--mantine-color-gray-3)" />
              <text x={frame.left - 6} y={tick.y + 4} textAnchor="end">
                {format.number(tick.value)}
              </text>
            </g>
          ))}
          {geometry.years.map((year, i) =>
            i % labelEvery === 0 || i === geometry.years.length - 1 ? (
              <text key={year.year} x={year.x} y={frame.height - 8} textAnchor="middle">
                {year.year}
              </text>
            ) : null,
          )}
        </g>
        <path d={geometry.paths[1]} fill="none" stroke={nationalColour} strokeWidth="2.5" strokeDasharray="6 4" />
        <path d={geometry.paths[0]} fill="none" stroke={regionColour} strokeWidth="3" />
      </svg>
      <Text id={descriptionId} fz="sm" c="dimmed">
        {!region.length
          ? t('advisor.region.noRegionSeries', { region: regionName })
          : first && last
          ? t('advisor.region.chartSummary', {
              region: regionName,
              from: first.year,
              to: last.year,
              start: format.number(first.value),
              end: format.number(last.value),
              national: cell(nationalByYear, last.year),
            })
          : ''}
      </Text>
      <details>
        <summary>{t('advisor.region.showTable')}</summary>
        <TableFrame label={t('advisor.region.chartTitle')} minWidth={320}>
          <Table striped verticalSpacing={4} fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('advisor.region.year')}</Table.Th>
                <Table.Th scope="col">{regionName}</Table.Th>
                <Table.Th scope="col">{t('advisor.region.national')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {geometry.years.map(({ year }) => (
                <Table.Tr key={year}>
                  <Table.Th scope="row">{year}</Table.Th>
                  <Table.Td>{cell(regionByYear, year)}</Table.Td>
                  <Table.Td>{cell(nationalByYear, year)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableFrame>
      </details>
    </>
  );
}
