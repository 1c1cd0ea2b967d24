import { Badge, Group, Text, type MantineColor } from '@mantine/core';
import { IconPlayerPause } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat, useLanguage } from '../../app/i18n';
import { useTopics, type CaseStatus, type CaseSummaryDto } from './support.api';

const statusColors: Record<CaseStatus, MantineColor> = {
  new: 'blue',
  assigned: 'indigo',
  in_progress: 'cyan',
  waiting_applicant: 'yellow',
  waiting_authority: 'orange',
  answered: 'teal',
  closed: 'gray',
};

export function StatusBadge({ status }: { status: CaseStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={statusColors[status]} variant="light" radius="sm" className="nowrap" c={`${statusColors[status]}.9`}>
      {t(`cases.status.${status}`)}
    </Badge>
  );
}

/** Marks generated demonstration cases, so nobody answers them as real ones. */
export function DemoBadge({ demo }: { demo: boolean | undefined }) {
  const { t } = useTranslation();
  if (!demo) return null;
  return (
    <Badge color="grape" variant="outline" radius="sm" title={t('cases.demoHint')}>
      {t('common.demo')}
    </Badge>
  );
}

/** A topic's name in the interface language; the code while the topics load. */
export function useTopicName() {
  const topics = useTopics();
  const language = useLanguage();
  return (code: string) => topics.data?.find((topic) => topic.code === code)?.name[language] ?? code;
}

const dayMs = 86_400_000;

type Due = Pick<CaseSummaryDto, 'dueAt' | 'overdue' | 'paused' | 'status'>;

/**
 * The deadline: its date, and whether the clock is stopped (waiting), run
 * out, or still running. With `countdown`, the days left or past are spelt out.
 */
export function DueLabel({ item, countdown = false, now = Date.now() }: { item: Due; countdown?: boolean; now?: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const finished = item.status === 'answered' || item.status === 'closed';
  const span = Math.abs(Date.parse(item.dueAt) - now) / dayMs;
  // Days left round up (a few hours left is still "1 day left"); days late count whole days only.
  const days = item.overdue ? Math.floor(span) : Math.ceil(span);
  return (
    <Group gap={6} wrap={countdown ? 'nowrap' : 'wrap'}>
      <Text size="sm" className="nowrap" c={item.overdue ? 'red.9' : undefined} fw={item.overdue ? 600 : undefined}>
        <time dateTime={item.dueAt}>{format.dateTime(item.dueAt)}</time>
      </Text>
      {item.overdue ? (
        <Badge color="red.9" variant="filled" radius="sm" className="nowrap">
          {countdown && days > 0 ? t('cases.overdueBy', { count: days }) : t('cases.overdue')}
        </Badge>
      ) : null}
      {item.paused ? (
        <Badge color="yellow" c="dark" variant="light" radius="sm" leftSection={<IconPlayerPause size={12} aria-hidden />} className="nowrap">
          {t('cases.paused')}
        </Badge>
      ) : null}
      {countdown && !item.overdue && !item.paused && !finished ? (
        <Text size="sm" c="dimmed" className="nowrap">
          {t('cases.daysLeft', { count: days })}
        </Text>
      ) : null}
    </Group>
  );
}
