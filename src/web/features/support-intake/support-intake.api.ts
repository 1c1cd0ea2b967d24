import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LocalizedText } from '../../../lib/contracts/localized';
import type { StaffCaseInput, TopicDto } from '../../../server/modules/support/support.schema';
import type { TopicField } from '../../../server/modules/support/support.tables';
import { api } from '../../app/api';
import type { Language } from '../../app/i18n';

/** The inbox's copy of the topics, shared with the intake screen. */
export { useTopics } from '../support/support.api';

export type { StaffCaseInput, TopicDto, TopicField };
export type StaffChannel = StaffCaseInput['channel'];
export type CallOutcome = NonNullable<StaffCaseInput['call']>['outcome'];
export type CaseRegistered = { id: string; number: string; accessCode: string };

export const callOutcomes: readonly CallOutcome[] = ['answered', 'consultation', 'case_opened', 'transferred', 'dropped'];

export const localized = (text: LocalizedText, language: Language) => text[language] || text.kk;

/** The topic's fields as the server defines them; the DTO leaves their shape open. */
export const topicFields = (topic: TopicDto | undefined) => (topic?.fields ?? []) as TopicField[];

export function useRegisterCase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: StaffCaseInput) => api<CaseRegistered>('/cases', { method: 'POST', body: input }),
    // The new case shows up in the inbox and on the person's page.
    onSuccess: () => queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] === 'cases' || q.queryKey[0] === 'people' }),
  });
}
