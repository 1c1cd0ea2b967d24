import { Code, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/i18n';
import { TableFrame } from '../../app/TableFrame';
import type { ScheduleDto } from './jobs.api';

export function SchedulesTable({ schedules }: { schedules: ScheduleDto[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <TableFrame label={t('jobs.schedulesTitle')} minWidth={620}>
      <Table verticalSpacing="sm" horizontalSpacing="md">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('jobs.name')}</Table.Th>
            <Table.Th scope="col">{t('jobs.cron')}</Table.Th>
            <Table.Th scope="col">{t('jobs.nextRun')}</Table.Th>
            <Table.Th scope="col">{t('jobs.lastRun')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {schedules.map((schedule) => (
            <Table.Tr key={schedule.name}>
              <Table.Td className="mono" fw={600}>
                {schedule.name}
              </Table.Td>
              <Table.Td>
                <Code>{schedule.cron}</Code>
              </Table.Td>
              <Table.Td className="nowrap">{format.dateTime(schedule.nextRunAt)}</Table.Td>
              <Table.Td className="nowrap">{schedule.lastRunAt ? format.dateTime(schedule.lastRunAt) : t('jobs.neverRun')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableFrame>
  );
}
