import { Button, Card, Checkbox, Group, Modal, Select, Stack, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowsExchange, IconUserCheck, IconUserMinus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/i18n';
import { useSession } from '../../app/session';
import { regionName, sortByName, useRegions } from '../reference/regions/regions.api';
import { ActionError } from './ActionError';
import { nextStatuses, teams, useAssignCase, useAssignees, useChangeStatus, useTransfer, type CaseDetailDto, type CaseStatus, type Team } from './support.api';

type Props = { item: CaseDetailDto };

const done = (message: string) => notifications.show({ color: 'teal', message });

function StatusControl({ item }: Props) {
  const { t } = useTranslation();
  const change = useChangeStatus(item.id);
  const [to, setTo] = useState<CaseStatus | null>(null);
  const [note, setNote] = useState('');
  const options = nextStatuses(item.status);
  return (
    <Stack gap="xs">
      <Select
        label={t('cases.newStatus')}
        placeholder={t('cases.chooseStatus')}
        data={options.map((s) => ({ value: s, label: t(`cases.status.${s}`) }))}
        value={to}
        onChange={(value) => setTo(value as CaseStatus | null)}
        disabled={!options.length || item.anonymized}
      />
      <Textarea label={t('cases.statusNote')} value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize minRows={1} maxRows={4} maxLength={2000} />
      <Group>
        <Button
          variant="light"
          disabled={!to}
          loading={change.isPending}
          onClick={() =>
            to &&
            change.mutate(
              { status: to, ...(note.trim() ? { note: note.trim() } : {}) },
              {
                onSuccess: () => {
                  setTo(null);
                  setNote('');
                  done(t('cases.statusChanged'));
                },
              },
            )
          }
        >
          {t('cases.changeStatus')}
        </Button>
      </Group>
      <ActionError error={change.error} />
    </Stack>
  );
}

function AssignControl({ item }: Props) {
  const { t } = useTranslation();
  const { user } = useSession();
  const assign = useAssignCase();
  const assignees = useAssignees(item.regionCode);
  const [colleague, setColleague] = useState<string | null>(null);
  const run = (assigneeId: string | null) =>
    assign.mutate({ caseId: item.id, assigneeId }, { onSuccess: () => (setColleague(null), done(t('cases.assignChanged'))) });
  return (
    <Stack gap="xs">
      <Group gap="xs" wrap="wrap">
        {user && item.assigneeId !== user.id ? (
          <Button size="sm" variant="light" leftSection={<IconUserCheck size={16} aria-hidden />} loading={assign.isPending} onClick={() => run(user.id)}>
            {t('cases.assignToMe')}
          </Button>
        ) : null}
        {item.assigneeId ? (
          <Button size="sm" variant="default" leftSection={<IconUserMinus size={16} aria-hidden />} loading={assign.isPending} onClick={() => run(null)}>
            {t('cases.unassign')}
          </Button>
        ) : null}
      </Group>
      <Group gap="xs" align="flex-end" wrap="wrap">
        <Select
          label={t('cases.assignColleague')}
          placeholder={t('cases.chooseColleague')}
          data={(assignees.data ?? []).filter((a) => a.id !== item.assigneeId).map((a) => ({ value: a.id, label: a.displayName }))}
          value={colleague}
          onChange={setColleague}
          searchable
          style={{ flex: '1 1 12rem' }}
        />
        <Button variant="light" disabled={!colleague} loading={assign.isPending} onClick={() => colleague && run(colleague)}>
          {t('cases.assign')}
        </Button>
      </Group>
      <ActionError error={assign.error} />
    </Stack>
  );
}

function TransferModal({ item, opened, onClose }: Props & { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const regions = useRegions();
  const transfer = useTransfer(item.id);
  const [team, setTeam] = useState<Team>(item.team);
  const [region, setRegion] = useState<string | null>(item.regionCode);
  const [reason, setReason] = useState('');
  const [referral, setReferral] = useState(false);
  const regionOptions = sortByName(regions.data ?? [], (r) => regionName(r, language, t), language).map((r) => ({ value: r.code, label: regionName(r, language, t) }));
  const submit = () =>
    transfer.mutate(
      { team, region, reason: reason.trim(), referral },
      {
        onSuccess: () => {
          setReason('');
          onClose();
          done(t(referral ? 'cases.referred' : 'cases.transferred'));
        },
      },
    );
  return (
    <Modal opened={opened} onClose={onClose} title={t('cases.transferTitle')} closeButtonProps={{ 'aria-label': t('common.close') }} centered>
      <Stack component="form" gap="sm" onSubmit={(e) => (e.preventDefault(), reason.trim() && submit())}>
        <Select label={t('cases.teamLabel')} data={teams.map((v) => ({ value: v, label: t(`cases.team.${v}`) }))} value={team} onChange={(v) => v && setTeam(v as Team)} allowDeselect={false} />
        <Select label={t('cases.region')} placeholder={t('regions.none')} data={regionOptions} value={region} onChange={setRegion} searchable clearable clearButtonProps={{ 'aria-label': t('cases.clearRegion') }} />
        <Textarea label={t('cases.transferReason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} required autosize minRows={2} maxLength={2000} />
        <Checkbox label={t('cases.referral')} description={t('cases.referralHint')} checked={referral} onChange={(e) => setReferral(e.currentTarget.checked)} />
        <ActionError error={transfer.error} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={transfer.isPending} disabled={!reason.trim()}>
            {t('cases.transferSubmit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** What staff do to a case besides writing: its status, who holds it, which team. */
export function CaseActions({ item }: Props) {
  const { t } = useTranslation();
  const [transferring, setTransferring] = useState(false);
  return (
    <Card withBorder radius="lg" component="section" aria-labelledby="case-actions-heading">
      <Stack gap="md">
        <Title order={2} size="h4" id="case-actions-heading">
          {t('cases.actions')}
        </Title>
        <StatusControl item={item} />
        <AssignControl item={item} />
        <Button variant="default" leftSection={<IconArrowsExchange size={16} aria-hidden />} onClick={() => setTransferring(true)}>
          {t('cases.transfer')}
        </Button>
      </Stack>
      {transferring ? <TransferModal item={item} opened onClose={() => setTransferring(false)} /> : null}
    </Card>
  );
}
