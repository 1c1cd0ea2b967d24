import { Badge, Button, Card, Tabs, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isForbidden } from '../../app/api';
import { errorMessage } from '../../app/errors';
import { useFormat } from '../../app/i18n';
import { PageHeader } from '../../app/PageHeader';
import { QueryState } from '../../app/QueryState';
import { ForbiddenPage } from '../../app/StatusPages';
import { JobCounts } from './JobCounts';
import { useJobs, useRetryJob, type JobDto, type JobState } from './jobs.api';
import { JobsTable } from './JobsTable';
import { SchedulesTable } from './SchedulesTable';

type Tab = JobState | 'all';
const tabs: Tab[] = ['all', 'queued', 'running', 'done', 'dead'];

/** Background work: what waits, what runs, what failed for good ("dead letters") and can be retried. */
export default function JobsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [tab, setTab] = useState<Tab>('all');
  // Only a click spins the button; the quiet 15-second poll does not.
  const [refreshing, setRefreshing] = useState(false);
  const jobs = useJobs(tab);
  const retry = useRetryJob();
  if (isForbidden(jobs.error)) return <ForbiddenPage />;

  const onRetry = (job: JobDto) =>
    retry.mutate(job.id, {
      onSuccess: () => notifications.show({ color: 'teal', message: t('jobs.retried', { id: job.id }) }),
      onError: (error) => notifications.show({ color: 'red', title: t('common.actionFailed'), message: errorMessage(error, t) }),
    });

  const counts = jobs.data?.counts ?? {};
  const tabLabel = (value: Tab) => (value === 'all' ? t('jobs.tabAll') : value === 'dead' ? t('jobs.tabDead') : t(`jobs.state_${value}`));
  return (
    <>
      <PageHeader
        title={t('jobs.title')}
        description={t('jobs.lead')}
        actions={
          <Button
            variant="default"
            leftSection={<IconRefresh size={18} aria-hidden />}
            loading={refreshing}
            onClick={async () => {
              setRefreshing(true);
              await jobs.refetch();
              setRefreshing(false);
            }}
          >
            {t('common.refresh')}
          </Button>
        }
      />
      <QueryState isPending={jobs.isPending} error={jobs.error} onRetry={() => void jobs.refetch()}>
        <JobCounts counts={counts} />
        <Card withBorder radius="lg" padding={0} mb="xl">
          <Tabs value={tab} onChange={(value) => setTab((value ?? 'all') as Tab)} keepMounted={false}>
            <Tabs.List px="sm" pt="xs" style={{ overflowX: 'auto', flexWrap: 'nowrap' }}>
              {tabs.map((value) => (
                <Tabs.Tab
                  key={value}
                  value={value}
                  color={value === 'dead' ? 'red' : undefined}
                  rightSection={
                    value !== 'all' ? (
                      <Badge size="xs" variant="light" color={value === 'dead' ? 'red' : 'gray'} aria-hidden>
                        {format.number(counts[value] ?? 0)}
                      </Badge>
                    ) : null
                  }
                >
                  {tabLabel(value)}
                  {value !== 'all' ? <span className="visually-hidden"> ({format.number(counts[value] ?? 0)})</span> : null}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            {tabs.map((value) => (
              <Tabs.Panel key={value} value={value}>
                {value === 'dead' ? (
                  <Text size="sm" c="dimmed" px="md" pt="md">
                    {t('jobs.deadHint')}
                  </Text>
                ) : null}
                {jobs.data?.items.length ? (
                  <JobsTable jobs={jobs.data.items} retrying={retry.isPending ? (retry.variables ?? null) : null} onRetry={onRetry} />
                ) : (
                  <Text p="xl" ta="center" c="dimmed">
                    {value === 'dead' ? t('jobs.emptyDead') : t('jobs.empty')}
                  </Text>
                )}
              </Tabs.Panel>
            ))}
          </Tabs>
        </Card>
        <Title order={2} fz="lg" mb="xs">
          {t('jobs.schedulesTitle')}
        </Title>
        <Text size="sm" c="dimmed" mb="md">
          {t('jobs.schedulesLead')}
        </Text>
        <Card withBorder radius="lg" padding={0}>
          {jobs.data?.schedules.length ? (
            <SchedulesTable schedules={jobs.data.schedules} />
          ) : (
            <Text p="xl" ta="center" c="dimmed">
              {t('jobs.noSchedules')}
            </Text>
          )}
        </Card>
      </QueryState>
    </>
  );
}
