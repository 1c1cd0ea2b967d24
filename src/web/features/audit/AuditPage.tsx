import { Button, Card, Group, Text } from '@mantine/core';
import { IconDownload, IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isForbidden } from '../../app/api';
import { fieldErrors } from '../../app/errors';
import { PageHeader } from '../../app/PageHeader';
import { QueryState } from '../../app/QueryState';
import { ForbiddenPage } from '../../app/StatusPages';
import { auditCsvUrl, emptyAuditFilter, useAuditLog, type AuditFilter } from './audit.api';
import { AuditFilters } from './AuditFilters';
import { AuditTable } from './AuditTable';

/** Who did what and when, newest first; times in Almaty. */
export default function AuditPage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<AuditFilter>(emptyAuditFilter);
  const log = useAuditLog(filter);
  if (isForbidden(log.error)) return <ForbiddenPage />;

  const entries = log.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <>
      <PageHeader
        title={t('audit.title')}
        description={t('audit.lead')}
        actions={
          <>
            <Button
              variant="default"
              leftSection={<IconRefresh size={18} aria-hidden />}
              onClick={() => void log.refetch()}
              loading={log.isRefetching && !log.isFetchingNextPage}
            >
              {t('common.refresh')}
            </Button>
            {/* A plain link: the browser downloads with the session cookie, streaming any size. */}
            <Button component="a" href={auditCsvUrl(filter)} download leftSection={<IconDownload size={18} aria-hidden />}>
              {t('audit.exportCsv')}
            </Button>
          </>
        }
      />
      <AuditFilters applied={filter} onApply={setFilter} errors={fieldErrors(log.error)} />
      <Card withBorder radius="lg" padding={0}>
        <QueryState isPending={log.isPending} error={log.error} onRetry={() => void log.refetch()}>
          <Text size="sm" c="dimmed" px="md" pt="md" pb="xs" role="status" aria-live="polite">
            {t('audit.shown', { count: entries.length })}
          </Text>
          {entries.length ? (
            <AuditTable entries={entries} onFilter={(patch) => setFilter((f) => ({ ...f, ...patch }))} />
          ) : (
            <Text p="xl" ta="center" c="dimmed">
              {t('audit.empty')}
            </Text>
          )}
          {log.hasNextPage ? (
            <Group justify="center" p="md">
              <Button variant="light" onClick={() => void log.fetchNextPage()} loading={log.isFetchingNextPage}>
                {t('audit.loadMore')}
              </Button>
            </Group>
          ) : entries.length ? (
            <Text size="sm" c="dimmed" ta="center" p="md">
              {t('audit.end')}
            </Text>
          ) : null}
        </QueryState>
      </Card>
    </>
  );
}
