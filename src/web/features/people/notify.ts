import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import { errorMessage } from '../../app/errors';

/** Runs a decision on a person and says how it went; the caller closes its dialog either way. */
export async function withNotice<T>(action: () => Promise<T>, success: (result: T) => string, t: TFunction): Promise<void> {
  try {
    const result = await action();
    notifications.show({ color: 'teal', message: success(result) });
  } catch (error) {
    notifications.show({ color: 'red', title: t('common.actionFailed'), message: errorMessage(error, t) });
  }
}
