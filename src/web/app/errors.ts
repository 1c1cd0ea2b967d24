import type { TFunction } from 'i18next';
import { ApiError } from './api';

/**
 * The text to show for a failure. The API already answers in the user's
 * language; only failures that never reached it need our own words.
 */
export function errorMessage(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    if (error.code === 'network_error') return t('common.networkError');
    if (error.message) return error.message;
    return t(error.status >= 500 ? 'common.serverError' : 'common.unexpectedError');
  }
  return t('common.unexpectedError');
}

export function fieldErrors(error: unknown): Record<string, string> {
  return error instanceof ApiError ? error.fieldErrors : {};
}
