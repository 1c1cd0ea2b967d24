import { Badge, Button, Table, Text } from '@mantine/core';
import { IconRotateClockwise } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/i18n';
import { TableFrame } from '../../app/TableFrame';
import type { JobDto, JobState } from './jobs.api';

const stateColors: Record<JobState, string> = { queued: 'otandas', running: 'indigo', done: 'teal', dead: 'red' };

type Props = { jobs: JobDto[]; retrying: number | null; onRetry: (job: JobDto) => void };

export function JobsTable({ jobs, retrying, onRetry }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <TableFrame label={t('jobs.tableCaption')} minWidth={900}>
      <Table striped verticalSpacing="sm" horizontalSpacing="md">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('jobs.id')}</Table.Th>
            <Table.Th scope="col">{t('jobs.name')}</Table.Th>
            <Table.Th scope="col">{t('jobs.state')}</Table.Th>
            <Table.Th scope="col">{t('jobs.attempts')}</Table.Th>
            <Table.Th scope="col">{t('jobs.runAt')}</Table.Th>
            <Table.Th scope="col">{t('jobs.finishedAt')}</Table.Th>
            <Table.Th scope="col">{t('jobs.lastError')}</Table.Th>
            <Table.Th scope="col">
              <span className="visually-hidden">{t('jobs.actions')}</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {jobs.map((job) => (
            <Table.Tr key={job.id}>
              <Table.Td className="mono">{job.id}</Table.Td>
              <Table.Td>
                <Text size="sm" fw={600} className="mono">
                  {job.name}
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={stateColors[job.state]} radius="sm">
                  {t(`jobs.state_${job.state}`)}
                </Badge>
              </Table.Td>
              <Table.Td>{t('jobs.attemptsOf', { attempts: job.attempts, max: job.maxAttempts })}</Table.Td>
              <Table.Td className="nowrap">{format.dateTime(job.runAt)}</Table.Td>
              <Table.Td className="nowrap">{job.finishedAt ? format.dateTime(job.finishedAt) : '—'}</Table.Td>
              <Table.Td maw={280}>
                <Text size="xs" c={job.lastError ? 'red.9' : undefined} style={{ overflowWrap: 'anywhere' }}>
                  {job.lastError ?? '—'}
                </Text>
              </Table.Td>
              <Table.Td ta="right">
                {job.state === 'dead' ? (
                  <Button
                    size="xs"
                    variant="light"
                    leftSection={<IconRotateClockwise size={14} aria-hidden />}
                    loading={retrying === job.id}
                    onClick={() => onRetry(job)}
                    aria-label={t('jobs.retryJob', { id: job.id, name: job.name })}
                  >
                    {t('jobs.retry')}
                  </Button>
                ) : null}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableFrame>
  );
}
