import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../app/i18n';
import { useShortlist } from '../advisor.api';
import { shortlistAppealMessage } from './shortlist-appeal';

/**
 * The appeal text for /appeal?shortlist={id}: pending while the list loads,
 * then the message, or null when there is no list (or it cannot be read; the
 * form then starts empty rather than blocking the appeal).
 */
export function useShortlistAppealMessage(id: string | null): { pending: boolean; message: string | null } {
  const { t } = useTranslation();
  const language = useLanguage();
  const shortlist = useShortlist(id);
  if (!id) return { pending: false, message: null };
  if (shortlist.isPending) return { pending: true, message: null };
  if (!shortlist.data) return { pending: false, message: null };
  return { pending: false, message: shortlistAppealMessage(shortlist.data, { t, language, origin: window.location.origin }) };
}
