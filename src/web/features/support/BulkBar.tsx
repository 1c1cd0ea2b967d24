import { Alert, Button, Group, Paper, Select, Text } from '@mantine/core';
import { IconCircleCheck, IconUserCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session';
import { ActionError } from './ActionError';
import { useAssignees, useBulkCases, type BulkResult, type CaseSummaryDto } from './support.api';

/** The server's own message for a refusal code; those live in the server's dictionary section. */
const serverErrorKey = (code: string) => ['errors', code].join('.');

type Props = { selected: CaseSummaryDto[]; onDone: () => void };

/** What bulk actions did, case by case: those done, and the refusals with the server's reason. */
function BulkOutcome({ result, numbers, onClose }: { result: BulkResult; numbers: Map<string, string>; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color={result.failed.length ? 'orange' : 'teal'} withCloseButton closeButtonLabel={t('common.close')} onClose={onClose} role="status" mb="md">
      <Text size="sm">{t('cases.bulkDone', { count: result.done.length })}</Text>
      {result.failed.length ? (
        <>
          <Text size="sm" fw={600}>
            {t('cases.bulkFailed', { count: result.failed.length })}
          </Text>
          {result.failed.map((f) => (
            <Text size="sm" key={f.id}>
              {numbers.get(f.id) ?? f.id}: {t(serverErrorKey(f.code), { defaultValue: t('common.unexpectedError') })}
            </Text>
          ))}
        </>
      ) : null}
    </Alert>
  );
}

/** Assign or close the selected cases at once; each case succeeds or fails on its own. */
export function BulkBar({ selected, onDone }: Props) {
  const { t } = useTranslation();
  const { user } = useSession();
  const bulk = useBulkCases();
  const assignees = useAssignees();
  const [assignee, setAssignee] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<{ result: BulkResult; numbers: Map<string, string> } | null>(null);

  const run = (action: 'assign' | 'close', assigneeId?: string) => {
    const numbers = new Map(selected.map((c) => [c.id, c.number]));
    bulk.mutate(
      { caseIds: selected.map((c) => c.id), action, ...(assigneeId ? { assigneeId } : {}) },
      {
        onSuccess: (result) => {
          setOutcome({ result, numbers });
          onDone();
        },
      },
    );
  };

  return (
    <>
      {outcome ? <BulkOutcome {...outcome} onClose={() => setOutcome(null)} /> : null}
      <ActionError error={bulk.error} />
      {selected.length ? (
        <Paper withBorder radius="lg" p="sm" mb="md" role="region" aria-label={t('cases.bulkLabel')}>
          <Group gap="sm" align="flex-end" wrap="wrap">
            <Text size="sm" fw={600} pb={6} role="status">
              {t('cases.selectedCount', { count: selected.length })}
            </Text>
            <Button size="sm" variant="light" leftSection={<IconUserCheck size={16} aria-hidden />} loading={bulk.isPending} onClick={() => user && run('assign', user.id)}>
              {t('cases.assignToMe')}
            </Button>
            <Select
              size="sm"
              label={t('cases.bulkAssignee')}
              placeholder={t('cases.chooseColleague')}
              data={(assignees.data ?? []).map((a) => ({ value: a.id, label: a.displayName }))}
              value={assignee}
              onChange={setAssignee}
              searchable
              style={{ flex: '0 1 240px' }}
            />
            <Button size="sm" variant="light" disabled={!assignee} loading={bulk.isPending} onClick={() => assignee && run('assign', assignee)}>
              {t('cases.bulkAssign')}
            </Button>
            <Button size="sm" variant="default" leftSection={<IconCircleCheck size={16} aria-hidden />} loading={bulk.isPending} onClick={() => run('close')}>
              {t('cases.bulkClose')}
            </Button>
          </Group>
        </Paper>
      ) : null}
    </>
  );
}
