import { Alert, Button, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconRestore } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { errorMessage } from '../../app/errors';
import { useFormat } from '../../app/i18n';
import { QueryState } from '../../app/QueryState';
import { useSession } from '../../app/session';
import { TableFrame } from '../../app/TableFrame';
import { DiffView } from './DiffView';
import { StatusBadge } from './KbBadges';
import { translationStatuses, type KbTranslationStatus } from './kb-list';
import { canPublishKb } from './kb-workflow';
import { useRestoreRevision, useRevisionDiff, type KbStaffTranslationDto } from './knowledgeAdmin.api';
import { notifySuccess } from './notify';

type Version = KbStaffTranslationDto['versions'][number];

const asStatus = (status: string): KbTranslationStatus | null => (translationStatuses as readonly string[]).includes(status) ? (status as KbTranslationStatus) : null;

/** The translation's revisions, the differences between any two, and restoring an earlier one. */
export function HistoryPanel({ translation }: { translation: KbStaffTranslationDto }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { user } = useSession();
  const canRestore = canPublishKb(user?.role);
  const versions = translation.versions;
  const [to, setTo] = useState<number | null>(versions[0]?.revision ?? null);
  const [from, setFrom] = useState<number | null>(versions[1]?.revision ?? null);
  const diff = useRevisionDiff(translation.id, from, to);
  const restore = useRestoreRevision(translation.id);
  const [restoring, setRestoring] = useState<Version | null>(null);
  const options = versions.map((v) => ({ value: String(v.revision), label: t('kbAdmin.history.revisionOption', { revision: v.revision, date: format.date(v.createdAt) }) }));
  const author = (v: Version) => (v.authorId === null ? t('kbAdmin.history.imported') : v.authorId === user?.id ? t('kbAdmin.history.you') : t('kbAdmin.history.colleague'));

  return (
    <Stack gap="lg">
      <section aria-labelledby="kb-versions">
        <Title order={2} fz="h4" mb="xs" id="kb-versions">
          {t('kbAdmin.history.versions', { count: versions.length })}
        </Title>
        {restore.error ? (
          <Alert color="red" icon={<IconAlertTriangle aria-hidden />} role="alert" mb="sm">
            {errorMessage(restore.error, t)}
          </Alert>
        ) : null}
        <TableFrame label={t('kbAdmin.history.tableLabel')} minWidth={640}>
          <Table verticalSpacing="xs" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('kbAdmin.history.revision')}</Table.Th>
                <Table.Th scope="col">{t('kbAdmin.list.state')}</Table.Th>
                <Table.Th scope="col">{t('kbAdmin.history.note')}</Table.Th>
                <Table.Th scope="col">{t('kbAdmin.history.date')}</Table.Th>
                <Table.Th scope="col">{t('kbAdmin.history.author')}</Table.Th>
                {canRestore ? (
                  <Table.Th scope="col">
                    <span className="visually-hidden">{t('kbAdmin.history.actions')}</span>
                  </Table.Th>
                ) : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {versions.map((v) => {
                const status = asStatus(v.status);
                return (
                  <Table.Tr key={v.revision}>
                    <Table.Th scope="row">
                      {v.revision}
                      {v.revision === translation.publishedRevision ? (
                        <Text component="span" size="xs" c="dimmed">
                          {` · ${t('kbAdmin.history.live')}`}
                        </Text>
                      ) : null}
                    </Table.Th>
                    <Table.Td>{status ? <StatusBadge status={status} /> : v.status}</Table.Td>
                    <Table.Td maw={280} style={{ overflowWrap: 'anywhere' }}>
                      {v.note ?? '—'}
                    </Table.Td>
                    <Table.Td className="nowrap">
                      <time dateTime={v.createdAt}>{format.dateTime(v.createdAt)}</time>
                    </Table.Td>
                    <Table.Td>{author(v)}</Table.Td>
                    {canRestore ? (
                      <Table.Td>
                        {v.revision === translation.revision ? null : (
                          <Button
                            size="xs"
                            variant="light"
                            leftSection={<IconRestore size={14} aria-hidden />}
                            onClick={() => setRestoring(v)}
                            aria-label={t('kbAdmin.history.restoreRevision', { revision: v.revision })}
                          >
                            {t('kbAdmin.history.restore')}
                          </Button>
                        )}
                      </Table.Td>
                    ) : null}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </TableFrame>
      </section>

      <section aria-labelledby="kb-diff">
        <Title order={2} fz="h4" mb="xs" id="kb-diff">
          {t('kbAdmin.diff.title')}
        </Title>
        {versions.length < 2 ? (
          <Text size="sm" c="dimmed">
            {t('kbAdmin.diff.onlyOne')}
          </Text>
        ) : (
          <Stack gap="md">
            <Group gap="md" wrap="wrap">
              <Select label={t('kbAdmin.diff.from')} data={options} allowDeselect={false} value={from === null ? null : String(from)} onChange={(v) => v && setFrom(Number(v))} w={260} />
              <Select label={t('kbAdmin.diff.to')} data={options} allowDeselect={false} value={to === null ? null : String(to)} onChange={(v) => v && setTo(Number(v))} w={260} />
            </Group>
            {from === to ? (
              <Text size="sm" c="dimmed">
                {t('kbAdmin.diff.sameRevision')}
              </Text>
            ) : (
              <QueryState isPending={diff.isPending} error={diff.error} onRetry={() => void diff.refetch()}>
                {diff.data ? (
                  <Stack gap="md" aria-busy={diff.isFetching}>
                    <DiffView label={t('kbAdmin.editor.title')} parts={diff.data.title} lang={translation.lang} />
                    <DiffView label={t('kbAdmin.editor.summary')} parts={diff.data.summary} lang={translation.lang} />
                    <DiffView label={t('kbAdmin.editor.body')} parts={diff.data.body} lang={translation.lang} />
                  </Stack>
                ) : null}
              </QueryState>
            )}
          </Stack>
        )}
      </section>

      <ConfirmDialog
        opened={restoring !== null}
        title={t('kbAdmin.history.restoreTitle', { revision: restoring?.revision ?? 0 })}
        message={t('kbAdmin.history.restoreMessage', { revision: restoring?.revision ?? 0 })}
        confirmLabel={t('kbAdmin.history.restore')}
        loading={restore.isPending}
        onCancel={() => setRestoring(null)}
        onConfirm={() => {
          if (!restoring) return;
          restore.mutate(restoring.revision, {
            onSuccess: (restored) => {
              setRestoring(null);
              setTo(restored.revision);
              setFrom(restoring.revision);
              notifySuccess(t('kbAdmin.history.restored', { revision: restored.revision }), t);
            },
            onError: () => setRestoring(null),
          });
        }}
      />
    </Stack>
  );
}
