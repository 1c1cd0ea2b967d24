import { Card, SimpleGrid, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/i18n';
import { TableFrame } from '../../app/TableFrame';
import type { StatsReportDto } from './stats.api';

/** Times to the first response and to the answer, and how the deadlines were kept. */
export function TimesCard({ report }: { report: StatsReportDto }) {
  const { t } = useTranslation();
  const format = useFormat();
  const value = (v: number | null) => (v === null ? '—' : format.number(v));
  const measures = (['firstResponse', 'resolution'] as const).map((key) => ({ key, ...report.times[key] }));
  const { deadlines } = report;
  const figures = [
    { label: t('stats.kpi.answered'), value: deadlines.answered },
    { label: t('stats.kpi.onTime'), value: deadlines.onTime },
    { label: t('stats.kpi.openOverdue'), value: deadlines.openOverdue },
  ];
  return (
    <Card withBorder radius="lg" padding="md">
      <Title order={2} size="h4" mb="sm">
        {t('stats.times')}
      </Title>
      <TableFrame label={t('stats.times')} minWidth={720}>
        <Table striped verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('stats.columns.measure')}</Table.Th>
              <Table.Th ta="right">{t('stats.columns.cases')}</Table.Th>
              <Table.Th ta="right">{t('stats.columns.medianHours')}</Table.Th>
              <Table.Th ta="right">{t('stats.columns.p90Hours')}</Table.Th>
              <Table.Th ta="right">{t('stats.columns.medianWorkingDays')}</Table.Th>
              <Table.Th ta="right">{t('stats.columns.p90WorkingDays')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {measures.map((m) => (
              <Table.Tr key={m.key}>
                <Table.Th scope="row" fw={500}>
                  {t(`stats.measures.${m.key}`)}
                </Table.Th>
                <Table.Td ta="right">{format.number(m.cases)}</Table.Td>
                <Table.Td ta="right">{value(m.medianHours)}</Table.Td>
                <Table.Td ta="right">{value(m.p90Hours)}</Table.Td>
                <Table.Td ta="right">{value(m.medianWorkingDays)}</Table.Td>
                <Table.Td ta="right">{value(m.p90WorkingDays)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableFrame>
      <SimpleGrid cols={{ base: 1, xs: 3 }} mt="md" spacing="md">
        {figures.map((f) => (
          <div key={f.label}>
            <Text size="sm" c="dimmed">
              {f.label}
            </Text>
            <Text fw={700} fz="lg">
              {format.number(f.value)}
            </Text>
          </div>
        ))}
      </SimpleGrid>
    </Card>
  );
}
