import { Badge } from '@mantine/core';
import { IconAlertTriangle, IconCalendarDue } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/i18n';
import { todayInAlmaty } from '../correspondence/LetterFormModal';
import { reviewDueState, type KbTranslationStatus } from './kb-list';

// Light tints whose text passes WCAG AA (see RoleBadge); grey and yellow take dark text.
const statusColors: Record<KbTranslationStatus, { color: string; c?: string }> = {
  draft: { color: 'gray', c: 'dark' },
  review: { color: 'violet' },
  published: { color: 'teal' },
};

export function StatusBadge({ status }: { status: KbTranslationStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" {...statusColors[status]}>
      {t(`kbAdmin.status.${status}`)}
    </Badge>
  );
}

export function OutdatedBadge() {
  const { t } = useTranslation();
  return (
    <Badge color="yellow" c="dark" variant="light" leftSection={<IconAlertTriangle size={12} aria-hidden />}>
      {t('kbAdmin.outdated')}
    </Badge>
  );
}

export function SampleBadge() {
  const { t } = useTranslation();
  return (
    <Badge color="grape" variant="light" title={t('kbAdmin.sampleHint')}>
      {t('kbAdmin.sample')}
    </Badge>
  );
}

/** The review date, red when past and orange within 30 days, and always in words too. */
export function ReviewDueBadge({ reviewDue }: { reviewDue: string | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const state = reviewDueState(reviewDue, todayInAlmaty());
  if (!reviewDue || !state) return null;
  const date = format.date(reviewDue);
  const icon = <IconCalendarDue size={12} aria-hidden />;
  if (state === 'overdue') {
    return (
      <Badge color="red.9" variant="filled" leftSection={icon}>
        {t('kbAdmin.reviewOverdue', { date })}
      </Badge>
    );
  }
  if (state === 'soon') {
    return (
      <Badge color="orange" c="dark" variant="light" leftSection={icon} style={{ border: '1px solid var(--mantine-color-orange-6)' }}>
        {t('kbAdmin.reviewSoon', { date })}
      </Badge>
    );
  }
  return (
    <Badge color="gray" c="dark" variant="outline" leftSection={icon}>
      {t('kbAdmin.reviewOn', { date })}
    </Badge>
  );
}
