import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconGitMerge, IconUserX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useFormat } from '../../app/i18n';
import { PageHeader } from '../../app/PageHeader';
import { QueryState } from '../../app/QueryState';
import { RegionLabel } from '../reference/regions/RegionLabel';
import { MergeModal } from './MergeModal';
import { withNotice } from './notify';
import { useDismissProposal, useMatchProposals, type MatchProposalDto, type PersonSummaryDto } from './people.api';

function PersonColumn({ person }: { person: PersonSummaryDto }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Stack gap={4} p="md" bg="var(--mantine-color-gray-0)" style={{ borderRadius: 'var(--mantine-radius-md)' }}>
      <Anchor component={Link} to={`/staff/people/${person.id}`} fw={700}>
        {person.fullName}
      </Anchor>
      <Text size="sm">
        {t('people.birthDate')}: {person.birthDate ? format.date(person.birthDate) : '—'}
      </Text>
      <Text size="sm">
        {t('people.iin')}: {person.iin ?? '—'}
      </Text>
      <Text size="sm">
        {t('people.region')}: <RegionLabel code={person.regionCode} />
      </Text>
    </Stack>
  );
}

function ProposalCard({ proposal, onMerge }: { proposal: MatchProposalDto; onMerge: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const dismiss = useDismissProposal();
  const percent = (value: number) => `${format.number(Math.round(value * 100))}%`;
  const names = { a: proposal.person.fullName, b: proposal.candidate.fullName };

  const notSame = () => withNotice(() => dismiss.mutateAsync(proposal.id), () => t('people.dismissed'), t);

  return (
    <Card withBorder radius="lg" padding="lg" component="li" aria-label={t('people.proposalLabel', names)}>
      <Group justify="space-between" mb="sm" gap="sm">
        <Group gap="xs">
          <Badge variant="filled" radius="sm" color={proposal.score >= 0.9 ? 'teal.8' : 'blue.8'}>
            {t('people.score', { value: percent(proposal.score) })}
          </Badge>
          {proposal.reasons.map((reason) => (
            <Badge key={reason.kind} variant="light" radius="sm" color="gray" c="dark">
              {t(`people.reasons.${reason.kind}`, { defaultValue: reason.kind })}
              {reason.score !== undefined ? ` ${percent(reason.score)}` : ''}
            </Badge>
          ))}
        </Group>
        <Text size="xs" c="dimmed">
          {t('people.proposedAt', { date: format.dateTime(proposal.createdAt) })}
        </Text>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" mb="md">
        <PersonColumn person={proposal.candidate} />
        <PersonColumn person={proposal.person} />
      </SimpleGrid>
      <Group justify="flex-end" gap="sm">
        <Button variant="default" leftSection={<IconUserX size={18} aria-hidden />} loading={dismiss.isPending} onClick={() => void notSame()} aria-label={t('people.dismissFor', names)}>
          {t('people.dismiss')}
        </Button>
        <Button leftSection={<IconGitMerge size={18} aria-hidden />} onClick={onMerge} aria-label={t('people.mergeFor', names)}>
          {t('people.merge')}
        </Button>
      </Group>
    </Card>
  );
}

/** Likely duplicates found by the matcher, waiting for a person to decide; nothing merges on its own. */
export default function MatchProposalsPage() {
  const { t } = useTranslation();
  const proposals = useMatchProposals();
  const [merging, setMerging] = useState<MatchProposalDto | null>(null);
  const items = proposals.data ?? [];
  return (
    <>
      <PageHeader title={t('people.proposalsTitle')} description={t('people.proposalsLead')} />
      <QueryState isPending={proposals.isPending} error={proposals.error} onRetry={() => void proposals.refetch()}>
        <Text size="sm" c="dimmed" mb="sm" role="status" aria-live="polite">
          {t('people.proposalsShown', { count: items.length })}
        </Text>
        {items.length ? (
          <Stack gap="md" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
            {items.map((proposal) => (
              <ProposalCard key={proposal.id} proposal={proposal} onMerge={() => setMerging(proposal)} />
            ))}
          </Stack>
        ) : (
          <Card withBorder radius="lg" p="xl">
            <Title order={2} size="h4" ta="center" c="dimmed" fw={500}>
              {t('people.noProposals')}
            </Title>
          </Card>
        )}
      </QueryState>
      <MergeModal
        proposal={merging}
        onClose={() => setMerging(null)}
        onMerged={(survivor) => {
          setMerging(null);
          notifications.show({ color: 'teal', message: t('people.merged', { name: survivor.fullName }) });
        }}
      />
    </>
  );
}
