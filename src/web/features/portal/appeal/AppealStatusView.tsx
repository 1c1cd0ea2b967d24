import { Alert, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconAlertTriangle, IconSend } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../app/api';
import { errorMessage, fieldErrors } from '../../../app/errors';
import { useFormat } from '../../../app/i18n';
import { localized, useAppealFollowUp, useAppealTopics, type AppealCredentials, type AppealStatusDto } from './appeal.api';

/**
 * A wrong number and a wrong code get one answer from the API, so that
 * neither can be probed alone; the page keeps it that way.
 */
export function appealErrorMessage(error: unknown, t: TFunction): string {
  if (error instanceof ApiError && error.status === 404) return t('appeal.lookupNotFound');
  return errorMessage(error, t);
}

const statusColors: Record<AppealStatusDto['status'], string> = {
  new: 'blue',
  assigned: 'cyan',
  in_progress: 'cyan',
  waiting_applicant: 'orange',
  waiting_authority: 'orange',
  answered: 'teal',
  closed: 'gray',
};

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text fz="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text fw={600}>{value}</Text>
    </div>
  );
}

type Props = { credentials: AppealCredentials; initial: AppealStatusDto; onClose: () => void };

/** The appeal as its author sees it: where it stands, the answers, and a way to write more. */
export function AppealStatusView({ credentials, initial, onClose }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const topics = useAppealTopics();
  const followUp = useAppealFollowUp();
  const [appeal, setAppeal] = useState(initial);
  const [message, setMessage] = useState('');
  const [sent, setSent] = useState(false);
  const [empty, setEmpty] = useState(false);

  const topic = topics.data?.find((item) => item.code === appeal.topic);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSent(false);
    setEmpty(!message.trim());
    if (!message.trim()) return;
    try {
      setAppeal(await followUp.mutateAsync({ ...credentials, message: message.trim() }));
      setMessage('');
      setSent(true);
    } catch {
      // Shown below from followUp.error.
    }
  };
  const fields = fieldErrors(followUp.error);
  // A message after the answer opens the appeal again (the server does this).
  const reopens = appeal.status === 'answered' || appeal.status === 'closed';

  return (
    <Stack gap="lg">
      <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="appeal-summary-title">
        <Group justify="space-between" align="flex-start" gap="xs" mb="md">
          <Title order={2} fz="lg" id="appeal-summary-title">
            {t('appeal.caseTitle', { number: appeal.number })}
          </Title>
          <Badge size="lg" color={statusColors[appeal.status]} variant="light">
            {t(`appeal.statusNames.${appeal.status}`)}
          </Badge>
        </Group>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <Fact label={t('appeal.topic')} value={topic ? localized(topic.name, format.language) : appeal.topic} />
          <Fact label={t('appeal.filedAt')} value={format.dateTime(appeal.createdAt)} />
          <Fact label={t('appeal.dueAt')} value={format.date(appeal.dueAt)} />
          {appeal.answeredAt ? <Fact label={t('appeal.answeredAt')} value={format.dateTime(appeal.answeredAt)} /> : null}
          {appeal.closedAt ? <Fact label={t('appeal.closedAt')} value={format.dateTime(appeal.closedAt)} /> : null}
        </SimpleGrid>
        <Text fz="sm" c="dimmed" mt="md">
          {t(`appeal.statusHelp.${appeal.status}`)}
        </Text>
      </Paper>

      <Stack gap="sm" component="section" aria-labelledby="appeal-thread-title">
        <Title order={2} fz="lg" id="appeal-thread-title">
          {t('appeal.threadTitle')}
        </Title>
        <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {appeal.entries.map((entry, index) => {
            const reply = entry.kind === 'reply';
            return (
              <Paper key={index} component="li" withBorder radius="md" p="md" bg={reply ? 'otandas.0' : 'white'} ml={reply ? 0 : { base: 16, sm: 48 }} mr={reply ? { base: 16, sm: 48 } : 0}>
                <Group justify="space-between" gap="xs" mb={6}>
                  <Text fw={700} fz="sm">
                    {reply ? t('appeal.fromFoundation') : t('appeal.fromYou')}
                  </Text>
                  <Text fz="xs" c="dimmed">
                    {format.dateTime(entry.createdAt)}
                  </Text>
                </Group>
                <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{entry.body}</Text>
              </Paper>
            );
          })}
        </Stack>
      </Stack>

      <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="appeal-followup-title">
        <form onSubmit={onSubmit} noValidate>
          <Stack gap="md">
            <Title order={2} fz="lg" id="appeal-followup-title">
              {t('appeal.followUpTitle')}
            </Title>
            <Textarea
              size="md"
              label={t('appeal.followUpMessage')}
              description={reopens ? t('appeal.followUpReopens') : undefined}
              autosize
              minRows={3}
              maxLength={10_000}
              value={message}
              onChange={(e) => setMessage(e.currentTarget.value)}
              required
              error={fields.message ?? (empty && !message.trim() ? t('appeal.problem_required') : undefined)}
            />
            {followUp.error && !Object.keys(fields).length ? (
              <Alert color="red" role="alert" icon={<IconAlertTriangle aria-hidden />}>
                {appealErrorMessage(followUp.error, t)}
              </Alert>
            ) : null}
            {sent ? (
              <Alert color="teal" role="status">
                {t('appeal.followUpSent')}
              </Alert>
            ) : null}
            <Button type="submit" size="lg" loading={followUp.isPending} leftSection={<IconSend size={20} aria-hidden />}>
              {t('appeal.followUpSend')}
            </Button>
          </Stack>
        </form>
      </Paper>
      <Button variant="subtle" size="md" onClick={onClose}>
        {t('appeal.lookupAnother')}
      </Button>
    </Stack>
  );
}
