import { Card, ColorSwatch, Group, Switch, Table, Text, Title } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/i18n';
import { TableFrame } from '../../app/TableFrame';

/**
 * Small SVG charts. Each one is an image with a name for screen readers, and
 * its card can switch it for a table of the same figures: the text
 * alternative, and the exact numbers for anyone who wants them.
 */

export type BarItem = { key: string; label: string; value: number };
export type Series = { key: string; label: string; color: string };

const palette = ['blue.7', 'teal.7', 'grape.7', 'orange.7', 'cyan.8', 'indigo.6', 'lime.8', 'pink.7'];
/** A Mantine colour ("teal.7") as the CSS variable an SVG fill can use. */
export const cssColor = (color: string) => `var(--mantine-color-${color.replace('.', '-')})`;
export const seriesColor = (index: number) => palette[index % palette.length]!;

const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

type TableSpec = { columns: string[]; rows: Array<{ key: string; cells: ReactNode[] }> };

function FiguresTable({ label, table }: { label: string; table: TableSpec }) {
  return (
    <TableFrame label={label} minWidth={Math.min(900, 160 * table.columns.length)}>
      <Table striped withTableBorder={false} verticalSpacing={6}>
        <Table.Thead>
          <Table.Tr>
            {table.columns.map((column, i) => (
              <Table.Th key={column} ta={i ? 'right' : undefined}>
                {column}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {table.rows.map((row) => (
            <Table.Tr key={row.key}>
              {row.cells.map((cell, i) => (
                <Table.Td key={i} ta={i ? 'right' : undefined}>
                  {cell}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableFrame>
  );
}

type CardProps = { title: string; table: TableSpec; children: ReactNode; legend?: Series[] };

/** A titled card with a chart, or its table when the reader asks for it. */
export function ChartCard({ title, table, children, legend }: CardProps) {
  const { t } = useTranslation();
  const [asTable, setAsTable] = useState(false);
  return (
    <Card withBorder radius="lg" padding="md">
      <Group justify="space-between" align="center" mb="sm" gap="sm">
        <Title order={2} size="h4">
          {title}
        </Title>
        <Switch size="sm" label={t('stats.showTable')} checked={asTable} onChange={(e) => setAsTable(e.currentTarget.checked)} />
      </Group>
      {asTable ? (
        <FiguresTable label={title} table={table} />
      ) : (
        <>
          {children}
          {legend ? (
            <Group gap="md" mt="xs" aria-hidden>
              {legend.map((s) => (
                <Group key={s.key} gap={6} wrap="nowrap">
                  <ColorSwatch color={cssColor(s.color)} size={12} withShadow={false} />
                  <Text size="xs">{s.label}</Text>
                </Group>
              ))}
            </Group>
          ) : null}
        </>
      )}
    </Card>
  );
}

/** Charts are drawn at the width they get, so their text stays at its real size on a phone too. */
function useChartWidth() {
  const { ref, width } = useElementSize<HTMLDivElement>();
  return { ref, width: Math.max(280, Math.round(width) || 640) };
}

const charWidth = 7.5;

/** Horizontal bars, in the order given; labels that do not fit are cut and kept whole in a tooltip. */
export function BarChart({ title, items, color = 'otandas.6' }: { title: string; items: BarItem[]; color?: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { ref, width } = useChartWidth();
  if (!items.length) return <Text c="dimmed" size="sm">{t('stats.empty')}</Text>;
  const row = 30;
  const labelWidth = Math.min(240, Math.round(width * 0.42));
  const valueWidth = 56;
  const max = Math.max(1, ...items.map((i) => i.value));
  const scale = (width - labelWidth - valueWidth) / max;
  return (
    <div ref={ref}>
      <svg viewBox={`0 0 ${width} ${items.length * row}`} width={width} height={items.length * row} role="img" aria-label={t('stats.chartOf', { title })} style={{ display: 'block' }}>
        {items.map((item, index) => (
          <g key={item.key} transform={`translate(0 ${index * row})`}>
            <text x={labelWidth - 8} y={row / 2} textAnchor="end" dominantBaseline="middle" fontSize={13} fill="currentColor">
              <title>{item.label}</title>
              {shorten(item.label, Math.floor((labelWidth - 8) / charWidth))}
            </text>
            <rect x={labelWidth} y={6} height={row - 12} width={Math.max(item.value ? 2 : 0, item.value * scale)} rx={3} fill={cssColor(color)} />
            <text x={labelWidth + item.value * scale + 6} y={row / 2} dominantBaseline="middle" fontSize={13} fill="currentColor">
              {format.number(item.value)}
            </text>
          </g>
        ))}
      </svg>
    </div>
  );
}

export type Column = { key: string; label: string; values: Record<string, number> };

/** Columns stacked by series, e.g. appeals per month split by channel. */
export function StackedColumns({ title, columns, series }: { title: string; columns: Column[]; series: Series[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { ref, width } = useChartWidth();
  if (!columns.length) return <Text c="dimmed" size="sm">{t('stats.empty')}</Text>;
  const height = 240;
  const left = 44;
  const bottom = 26;
  const top = 8;
  const totals = columns.map((c) => series.reduce((sum, s) => sum + (c.values[s.key] ?? 0), 0));
  const max = Math.max(1, ...totals);
  const plot = height - bottom - top;
  const slot = (width - left) / columns.length;
  const bar = Math.min(40, slot * 0.7);
  // Every label when they fit, else every second or third.
  const labelEvery = Math.ceil((columns.length * 60) / (width - left));
  const ticks = [0, Math.round(max / 2), max].filter((v, i, all) => all.indexOf(v) === i);
  return (
    <div ref={ref}>
      <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label={t('stats.chartOf', { title })} style={{ display: 'block' }}>
        {ticks.map((tick) => {
          const y = top + plot - (tick / max) * plot;
          return (
            <g key={tick}>
              <line x1={left} x2={width} y1={y} y2={y} stroke="var(--mantine-color-gray-3)" />
              <text x={left - 6} y={y} textAnchor="end" dominantBaseline="middle" fontSize={11} fill="currentColor">
                {format.number(tick)}
              </text>
            </g>
          );
        })}
        {columns.map((column, index) => {
          const x = left + index * slot + (slot - bar) / 2;
          let y = top + plot;
          return (
            <g key={column.key}>
              {series.map((s) => {
                const h = ((column.values[s.key] ?? 0) / max) * plot;
                y -= h;
                return h > 0 ? <rect key={s.key} x={x} y={y} width={bar} height={h} fill={cssColor(s.color)} /> : null;
              })}
              {index % labelEvery === 0 ? (
                <text x={x + bar / 2} y={height - 8} textAnchor="middle" fontSize={11} fill="currentColor">
                  {column.label}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
    </div>
  );
}

export { FiguresTable, type TableSpec };
