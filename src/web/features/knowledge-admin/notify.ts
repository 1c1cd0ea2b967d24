import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';

/** A success toast whose close button is named for screen readers. */
export function notifySuccess(message: string, t: TFunction): void {
  notifications.show({ color: 'teal', message, closeButtonProps: { 'aria-label': t('common.close') } });
}
