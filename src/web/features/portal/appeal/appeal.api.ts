import { useMutation, useQuery } from '@tanstack/react-query';
import type { AppealInput, AppealStatusDto, TopicDto } from '../../../../server/modules/support/support.schema';
import type { TopicDocument, TopicField } from '../../../../server/modules/support/support.tables';
import type { LocalizedText } from '../../../../lib/contracts/localized';
import { api } from '../../../app/api';
import type { Language } from '../../../app/i18n';

export type { AppealInput, AppealStatusDto, TopicDocument, TopicField };
export type AppealCreated = { number: string; accessCode: string };
export type AppealChallenge = { challenge: string; bits: number; expiresAt: string };
/** A topic as the form uses it: the API sends fields loosely typed, they are the admin's TopicField list. */
export type AppealTopic = Omit<TopicDto, 'fields'> & { fields: TopicField[] };

/**
 * The version of the consent text this page shows. The server keeps its own
 * version with each case; a test holds the two equal, so changing the
 * server's version forces a look at the text here.
 */
export const consentVersion = 'pd-2026-01';

/** How long the foundation keeps an appeal (support.retentionYears, default 5). */
export const retentionYears = 5;

export const localized = (text: LocalizedText, language: Language) => text[language] || text.kk;

export function useAppealTopics() {
  return useQuery({
    queryKey: ['appeal', 'topics'],
    queryFn: () => api<{ items: AppealTopic[] }>('/appeals/topics').then((r) => r.items),
    staleTime: 10 * 60_000,
  });
}

export const fetchChallenge = () => api<AppealChallenge>('/appeals/challenge');

/** Files the appeal. The same key on a retry answers with the case filed first, never a second one. */
export function useFileAppeal() {
  return useMutation({
    mutationFn: ({ input, idempotencyKey }: { input: AppealInput; idempotencyKey: string }) =>
      api<AppealCreated>('/appeals', { method: 'POST', body: input, headers: { 'Idempotency-Key': idempotencyKey } }),
  });
}

export type AppealCredentials = { number: string; code: string };

/** A lookup is a POST-like action the person starts, so it is a mutation, not a cached query. */
export function useAppealLookup() {
  return useMutation({
    mutationFn: (credentials: AppealCredentials) => api<AppealStatusDto>('/appeals/status', { query: credentials }),
  });
}

export function useAppealFollowUp() {
  return useMutation({
    mutationFn: (input: AppealCredentials & { message: string }) => api<AppealStatusDto>('/appeals/messages', { method: 'POST', body: input }),
  });
}
