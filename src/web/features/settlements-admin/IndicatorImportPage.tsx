import { Alert, Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconCheck, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { errorMessage } from '../../app/errors';
import { useFormat } from '../../app/i18n';
import { PageHeader } from '../../app/PageHeader';
import { QueryState } from '../../app/QueryState';
import { ChangesTable, ImportStatusBadge, ImportSummary, ProblemsTable } from './ImportReport';
import { useImportAction, useIndicatorImport, type ImportPreviewDto } from './settlementsAdmin.api';

type Action = 'commit' | 'discard';

/** One import: its report, and while it is a preview, what committing it changes, with Commit and Discard. */
export default function IndicatorImportPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const found = useIndicatorImport(id);
  const action = useImportAction(id);
  const [asking, setAsking] = useState<Action | null>(null);
  const run = async (chosen: Action) => {
    try {
      await action.mutateAsync(chosen);
      notifications.show({ color: 'teal', message: t(chosen === 'commit' ? 'settlementsAdmin.committed' : 'settlementsAdmin.discarded'), closeButtonProps: { 'aria-label': t('common.close') } });
    } catch (error) {
      notifications.show({ color: 'red', title: t('common.actionFailed'), message: errorMessage(error, t), closeButtonProps: { 'aria-label': t('common.close') } });
    }
    setAsking(null);
  };
  const item = found.data;

  return (
    <>
      <PageHeader
        title={item ? item.fileName : t('settlementsAdmin.importTitle')}
        description={
          <Anchor component={Link} to="/staff/settlements/imports" size="sm">
            <Group gap={4} component="span">
              <IconArrowLeft size={14} aria-hidden />
              {t('settlementsAdmin.backToImports')}
            </Group>
          </Anchor>
        }
        actions={
          item?.status === 'previewed' ? (
            <>
              <Button variant="default" leftSection={<IconX size={18} aria-hidden />} onClick={() => setAsking('discard')}>
                {t('settlementsAdmin.discard')}
              </Button>
              <Button leftSection={<IconCheck size={18} aria-hidden />} onClick={() => setAsking('commit')} disabled={item.summary.goodRows === 0}>
                {t('settlementsAdmin.commit')}
              </Button>
            </>
          ) : null
        }
      />
      <QueryState isPending={found.isPending} error={found.error} onRetry={() => void found.refetch()}>
        {item ? <ImportDetails item={item} /> : null}
      </QueryState>
      <ConfirmDialog
        opened={asking === 'commit'}
        title={t('settlementsAdmin.commitTitle')}
        message={t('settlementsAdmin.commitMessage', { count: item?.summary.goodRows ?? 0 })}
        confirmLabel={t('settlementsAdmin.commit')}
        loading={action.isPending}
        onConfirm={() => void run('commit')}
        onCancel={() => setAsking(null)}
      />
      <ConfirmDialog
        opened={asking === 'discard'}
        title={t('settlementsAdmin.discardTitle')}
        message={t('settlementsAdmin.discardMessage')}
        confirmLabel={t('settlementsAdmin.discard')}
        danger
        loading={action.isPending}
        onConfirm={() => void run('discard')}
        onCancel={() => setAsking(null)}
      />
    </>
  );
}

function ImportDetails({ item }: { item: ImportPreviewDto }) {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  const changed = item.summary.newValues + item.summary.changedValues;
  return (
    <Stack gap="lg">
      <Card withBorder radius="lg">
        <Group justify="space-between" mb="md" wrap="wrap">
          <Group gap="sm">
            <ImportStatusBadge status={item.status} />
            <Text size="sm" c="dimmed">
              {item.committedAt ? t('settlementsAdmin.committedAt', { at: dateTime(item.committedAt) }) : t('settlementsAdmin.uploadedAt', { at: dateTime(item.createdAt) })}
            </Text>
          </Group>
        </Group>
        <ImportSummary summary={item.summary} />
        {item.status === 'previewed' ? (
          <Alert color="blue" mt="md">
            {t('settlementsAdmin.previewNote')}
          </Alert>
        ) : null}
      </Card>
      <Card withBorder radius="lg">
        <Title order={2} size="h4" mb="sm">
          {t('settlementsAdmin.problemsTitle')}
        </Title>
        <ProblemsTable problems={item.problems} fileName={item.fileName} />
      </Card>
      {item.changes.length ? (
        <Card withBorder radius="lg">
          <Title order={2} size="h4" mb={4}>
            {t('settlementsAdmin.changesTitle')}
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            {t('settlementsAdmin.changesShown', { count: changed, shown: item.changes.length })}
          </Text>
          <ChangesTable changes={item.changes} />
        </Card>
      ) : null}
    </Stack>
  );
}
