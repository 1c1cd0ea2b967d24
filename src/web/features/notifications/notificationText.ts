import type { TFunction } from 'i18next';
import type { StaffNotificationDto } from './notifications.api';

const hourMs = 3_600_000;

/** One notice as a sentence in the user's language; `now` fixes "in N hours" for a render. */
export function notificationText(notice: StaffNotificationDto, t: TFunction, now: number): string {
  const number = notice.caseNumber;
  if (!number) return t('notifications.generic');
  switch (notice.kind) {
    case 'case_assigned':
      return t('notifications.caseAssigned', { number });
    case 'case_reopened':
      return t('notifications.caseReopened', { number });
    case 'deadline_warning': {
      const left = notice.caseDueAt ? new Date(notice.caseDueAt).getTime() - now : 0;
      // Rounded up: 20 minutes left still reads "in 1 hour", never "in 0 hours".
      return left > 0 ? t('notifications.deadlineIn', { number, count: Math.ceil(left / hourMs) }) : t('notifications.deadlinePassed', { number });
    }
    default:
      return t('notifications.other', { number });
  }
}
