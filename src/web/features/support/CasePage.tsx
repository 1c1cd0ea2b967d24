import { Alert, Anchor, Badge, Card, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { PageHeader } from '../../app/PageHeader';
import { QueryState } from '../../app/QueryState';
import { NotFoundPage } from '../../app/StatusPages';
import { RegionLabel } from '../reference/regions/RegionLabel';
import { CaseActions } from './CaseActions';
import { uuidPattern } from './caseFilters';
import { CaseComposer } from './CaseComposer';
import { CaseDetails } from './CaseDetails';
import { DemoBadge, DueLabel, StatusBadge, useTopicName } from './caseLabels';
import { CaseTimeline } from './CaseTimeline';
import { useAssignees, useCase, type CaseDetailDto } from './support.api';
import { useShortcuts } from './useShortcuts';

function CaseHeader({ item }: { item: CaseDetailDto }) {
  const { t } = useTranslation();
  const topicName = useTopicName();
  const facts: Array<[string, ReactNode]> = [
    [t('cases.applicant'), <Anchor component={Link} to={`/staff/people/${item.personId}`} key="a">{item.applicantName}</Anchor>],
    [t('cases.topic'), topicName(item.topicCode)],
    [t('cases.channelColumn'), t(`cases.channel.${item.channel}`)],
    [t('cases.region'), <RegionLabel code={item.regionCode} key="r" />],
    [t('cases.teamLabel'), t(`cases.team.${item.team}`)],
    [t('cases.assignee'), item.assigneeName ?? t('cases.unassigned')],
    [t('cases.due'), <DueLabel item={item} countdown key="d" />],
  ];
  return (
    <Card withBorder radius="lg" mb="md" component="section" aria-label={t('cases.summary')}>
      <Group gap="xs" mb="sm">
        <StatusBadge status={item.status} />
        <DemoBadge demo={item.demo} />
        {item.anonymized ? (
          <Badge color="gray" variant="filled" radius="sm">
            {t('cases.anonymized')}
          </Badge>
        ) : null}
      </Group>
      <Group gap="xl" align="flex-start" wrap="wrap" component="dl" m={0}>
        {facts.map(([label, value]) => (
          <div key={label}>
            <Text component="dt" size="xs" c="dimmed">
              {label}
            </Text>
            <Text component="dd" size="sm" m={0} fw={500}>
              {value}
            </Text>
          </div>
        ))}
      </Group>
    </Card>
  );
}

function CaseView({ item }: { item: CaseDetailDto }) {
  const { t } = useTranslation();
  const replyRef = useRef<HTMLTextAreaElement>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const assignees = useAssignees();
  const names = new Map((assignees.data ?? []).map((a) => [a.id, a.displayName]));
  if (item.assigneeId && item.assigneeName) names.set(item.assigneeId, item.assigneeName);
  for (const entry of item.entries) if (entry.authorId && entry.authorName) names.set(entry.authorId, entry.authorName);

  const focus = (ref: typeof replyRef) => () => {
    ref.current?.scrollIntoView({ block: 'center' });
    ref.current?.focus();
  };
  useShortcuts({ r: focus(replyRef), n: focus(noteRef) });

  return (
    <>
      <PageHeader
        title={t('cases.caseTitle', { number: item.number })}
        description={item.subject}
        actions={
          <Anchor component={Link} to="/staff/cases" size="sm">
            <Group gap={4}>
              <IconArrowLeft size={16} aria-hidden />
              {t('cases.backToInbox')}
            </Group>
          </Anchor>
        }
      />
      <CaseHeader item={item} />
      {item.anonymized ? (
        <Alert color="gray" mb="md">
          {t('cases.anonymizedHint')}
        </Alert>
      ) : null}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="md">
            <section aria-labelledby="timeline-heading">
              <Title order={2} size="h4" id="timeline-heading" mb="sm">
                {t('cases.timeline')}
              </Title>
              <CaseTimeline caseId={item.id} entries={item.entries} staffName={(id) => names.get(id)} />
            </section>
            <CaseComposer item={item} replyRef={replyRef} noteRef={noteRef} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="md">
            <CaseActions item={item} />
            <CaseDetails item={item} />
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}

/** One case: who wrote, what was answered, what happened, and what to do next. */
export default function CasePage() {
  const { id = '' } = useParams();
  if (!uuidPattern.test(id)) return <NotFoundPage inConsole />;
  return <CaseLoader id={id} />;
}

function CaseLoader({ id }: { id: string }) {
  const query = useCase(id);
  return (
    <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()}>
      {query.data ? <CaseView item={query.data} /> : null}
    </QueryState>
  );
}
