import { Badge, Button, Card, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../../lib/contracts/localized';
import { can } from '../../../server/platform/rbac/roles';
import { errorMessage } from '../../app/errors';
import { useFormat, useLanguage } from '../../app/i18n';
import { useSession } from '../../app/session';
import { useCaseLetters, useCompleteTask, useTopics, type CaseDetailDto } from './support.api';

type Props = { item: CaseDetailDto };
type TopicField = { code?: unknown; label?: LocalizedText; values?: Array<{ key: string; name: LocalizedText }> };

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card withBorder radius="lg" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Card>
  );
}

/** Label and value pairs as a description list. */
function Facts({ rows }: { rows: Array<[string, ReactNode]> }) {
  return (
    <Stack gap={6} component="dl" m={0}>
      {rows.map(([label, value]) => (
        <div key={label}>
          <Text component="dt" size="xs" c="dimmed">
            {label}
          </Text>
          <Text component="dd" size="sm" m={0} style={{ overflowWrap: 'anywhere' }}>
            {value}
          </Text>
        </div>
      ))}
    </Stack>
  );
}

/** The topic's own fields, labelled and with list values named as the topic names them. */
function TopicFields({ item }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const topic = useTopics().data?.find((x) => x.code === item.topicCode);
  const defined = (topic?.fields ?? []) as TopicField[];
  const entries = Object.entries(item.fields);
  const documents = item.documentsSeen.map((code) => topic?.documents.find((d) => d.code === code)?.name[language] ?? code);
  if (!entries.length && !documents.length) return null;
  const show = (code: string, value: unknown): string => {
    const field = defined.find((f) => f.code === code);
    const name = (key: unknown) => field?.values?.find((v) => v.key === key)?.name[language] ?? String(key);
    return Array.isArray(value) ? value.map(name).join(', ') : name(value);
  };
  return (
    <Section id="case-fields-heading" title={t('cases.fields')}>
      <Stack gap="sm">
        {entries.length ? <Facts rows={entries.map(([code, value]) => [defined.find((f) => f.code === code)?.label?.[language] ?? code, show(code, value)])} /> : null}
        {documents.length ? (
          <div>
            <Text size="xs" c="dimmed">
              {t('cases.documentsSeen')}
            </Text>
            <List size="sm">
              {documents.map((name) => (
                <List.Item key={name}>{name}</List.Item>
              ))}
            </List>
          </div>
        ) : null}
      </Stack>
    </Section>
  );
}

/** How the appeal came: the call's length and outcome, or the letter's registration. */
function ChannelDetails({ item }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const d = item.channelDetails;
  const rows: Array<[string, ReactNode]> = [];
  if (typeof d.durationSeconds === 'number') {
    const minutes = Math.floor(d.durationSeconds / 60);
    rows.push([t('cases.callDuration'), t('cases.minutesSeconds', { minutes, seconds: String(d.durationSeconds % 60).padStart(2, '0') })]);
  }
  if (typeof d.outcome === 'string') rows.push([t('cases.callOutcome'), t(`cases.outcome.${d.outcome}`, { defaultValue: d.outcome })]);
  if (typeof d.phoneNumber === 'string' && d.phoneNumber) rows.push([t('cases.callPhone'), d.phoneNumber]);
  if (typeof d.registrationNumber === 'string') rows.push([t('cases.letterNumber'), d.registrationNumber]);
  if (typeof d.registrationDate === 'string') rows.push([t('cases.letterDate'), format.date(d.registrationDate)]);
  if (!rows.length) return null;
  return (
    <Section id="case-channel-heading" title={t('cases.channelDetails')}>
      <Facts rows={rows} />
    </Section>
  );
}

function Tasks({ item }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const complete = useCompleteTask(item.id);
  const open = item.tasks.filter((task) => !task.doneAt);
  if (!open.length) return null;
  return (
    <Section id="case-tasks-heading" title={t('cases.tasks')}>
      <Stack gap="sm">
        {open.map((task) => (
          <Group key={task.id} justify="space-between" wrap="nowrap" align="flex-start">
            <div>
              <Text size="sm" fw={600}>
                {t(`cases.taskKind.${task.kind}`, { defaultValue: task.kind })}
              </Text>
              <Text size="xs" c={Date.parse(task.dueAt) < Date.now() ? 'red.9' : 'dimmed'}>
                {t('cases.taskDue', { date: format.dateTime(task.dueAt) })}
              </Text>
              {task.note ? <Text size="sm">{task.note}</Text> : null}
            </div>
            <Button
              size="xs"
              variant="light"
              leftSection={<IconCheck size={14} aria-hidden />}
              loading={complete.isPending && complete.variables?.taskId === task.id}
              aria-label={t('cases.taskDoneFor', { task: t(`cases.taskKind.${task.kind}`, { defaultValue: task.kind }) })}
              onClick={() =>
                complete.mutate(
                  { taskId: task.id },
                  { onError: (error) => notifications.show({ color: 'red', title: t('common.actionFailed'), message: errorMessage(error, t) }) },
                )
              }
            >
              {t('cases.taskDone')}
            </Button>
          </Group>
        ))}
      </Stack>
    </Section>
  );
}

/** Official letters to and from government bodies about this case. */
function Letters({ item }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const { user } = useSession();
  const allowed = Boolean(user && can(user.role, 'correspondence.read'));
  const letters = useCaseLetters(item.id, allowed);
  if (!allowed) return null;
  const items = letters.data ?? [];
  return (
    <Section id="case-letters-heading" title={t('cases.letters')}>
      {letters.error ? (
        <Text size="sm" c="red.9">
          {errorMessage(letters.error, t)}
        </Text>
      ) : items.length ? (
        <Table verticalSpacing={4}>
          <Table.Tbody>
            {items.map((letter) => (
              <Table.Tr key={letter.id}>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {letter.number}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {format.date(letter.letterDate)} · {letter.counterparty}
                  </Text>
                  <Text size="sm">{letter.subject}</Text>
                </Table.Td>
                <Table.Td>
                  <Stack gap={4} align="flex-end">
                    <Badge size="sm" radius="sm" variant="light" color="gray" c="dark">
                      {t(letter.direction === 'outgoing' ? 'cases.letterOutgoing' : 'cases.letterIncoming')}
                    </Badge>
                    {letter.replyOverdue ? (
                      <Badge size="sm" radius="sm" variant="filled" color="red.9">
                        {t('correspondence.overdue')}
                      </Badge>
                    ) : null}
                  </Stack>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : (
        <Text size="sm" c="dimmed">
          {letters.isPending ? t('common.loading') : t('cases.noLetters')}
        </Text>
      )}
    </Section>
  );
}

/** The case's side column: what the topic asks, how it came, what is open, what was written to officials. */
export function CaseDetails({ item }: Props) {
  return (
    <Stack gap="md">
      <Tasks item={item} />
      <TopicFields item={item} />
      <ChannelDetails item={item} />
      <Letters item={item} />
    </Stack>
  );
}
