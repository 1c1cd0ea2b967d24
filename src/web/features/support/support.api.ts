import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { LetterDto } from '../../../server/modules/correspondence/correspondence.schema';
import type { KbAnswerDto } from '../../../server/modules/knowledge/knowledge.schema';
import type { AssigneeDto } from '../../../server/modules/support/assignees';
import { statusTransitions } from '../../../server/modules/support/status-transitions';
import type {
  cannedAnswerDto,
  CaseDetailDto,
  CaseEntryDto,
  CaseListQuery,
  CaseStatus,
  CaseSummaryDto,
  Channel,
  Team,
  TopicDto,
} from '../../../server/modules/support/support.schema';
import type { z } from 'zod';
import { api, apiBase } from '../../app/api';

export type { AssigneeDto, CaseDetailDto, CaseEntryDto, CaseStatus, CaseSummaryDto, Channel, LetterDto, Team, TopicDto };

// The server's enums, repeated as values: the schema module is server code and stays out of the bundle.
export const channels: readonly Channel[] = ['web', 'front_office', 'call', 'back_office', 'email', 'telegram', 'partner'];
export const caseStatuses: readonly CaseStatus[] = ['new', 'assigned', 'in_progress', 'waiting_applicant', 'waiting_authority', 'answered', 'closed'];
export const teams: readonly Team[] = ['front_office', 'back_office', 'contact_center'];
/** Statuses a reply may leave the case in (the reply request's choices). */
export const replyStatuses = ['answered', 'waiting_applicant', 'in_progress'] as const;
export type ReplyStatus = (typeof replyStatuses)[number];
/** Statuses staff set by hand; new and assigned follow from assigning. */
const manualStatuses: readonly CaseStatus[] = ['in_progress', 'waiting_applicant', 'waiting_authority', 'answered', 'closed'];

/** The moves the server accepts from a status, limited to those made by hand. */
export function nextStatuses(from: CaseStatus): CaseStatus[] {
  return statusTransitions[from].filter((to) => manualStatuses.includes(to));
}

/** The inbox filters as they stand in the URL; the cursor and limit are the query's business. */
export type CaseFilter = Partial<Pick<CaseListQuery, 'q' | 'channel' | 'topic' | 'status' | 'region' | 'assignee' | 'due'>> & {
  sort: CaseListQuery['sort'];
};

const casesKey = ['support', 'cases'] as const;
const pageSize = 50;

export function useCases(filter: CaseFilter) {
  return useInfiniteQuery({
    queryKey: [...casesKey, 'list', filter],
    queryFn: ({ pageParam, signal }) =>
      api<{ items: CaseSummaryDto[]; nextCursor: string | null }>('/cases', { query: { ...filter, limit: pageSize, cursor: pageParam }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: (previous) => previous,
  });
}

export function useCase(id: string) {
  return useQuery({ queryKey: [...casesKey, 'one', id], queryFn: ({ signal }) => api<CaseDetailDto>(`/cases/${encodeURIComponent(id)}`, { signal }) });
}

/** Topics change rarely; the inbox and the case view share one copy. */
export function useTopics() {
  return useQuery({
    queryKey: ['support', 'topics'],
    queryFn: () => api<{ items: TopicDto[] }>('/support/topics').then((r) => r.items),
    staleTime: 10 * 60_000,
  });
}

/** Colleagues who can take a case; for a case, those of its region. */
export function useAssignees(region?: string | null) {
  return useQuery({
    queryKey: ['support', 'assignees', region ?? null],
    queryFn: () => api<{ items: AssigneeDto[] }>('/support/assignees', { query: { region: region ?? undefined } }).then((r) => r.items),
    staleTime: 5 * 60_000,
  });
}

export type CannedAnswer = z.infer<typeof cannedAnswerDto>;

export function useCannedAnswers(topic: string) {
  return useQuery({
    queryKey: ['support', 'canned', topic],
    queryFn: () => api<{ items: CannedAnswer[] }>('/support/canned-answers', { query: { topic } }).then((r) => r.items),
    staleTime: 10 * 60_000,
  });
}

/** Published articles to answer with, in the case's language; nothing is asked before two letters are typed. */
export function useKbAnswers(q: string, lang: string) {
  const query = q.trim();
  return useQuery({
    queryKey: ['support', 'kb-answers', lang, query],
    queryFn: () => api<{ items: KbAnswerDto[] }>('/support/kb-answers', { query: { q: query, lang } }).then((r) => r.items),
    enabled: query.length >= 2,
    staleTime: 60_000,
  });
}

export function useCaseLetters(caseId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['correspondence', 'case-letters', caseId],
    queryFn: () => api<{ items: LetterDto[] }>(`/cases/${encodeURIComponent(caseId)}/letters`).then((r) => r.items),
    enabled,
  });
}

export const attachmentUrl = (caseId: string, attachmentId: string) =>
  `${apiBase}/cases/${encodeURIComponent(caseId)}/attachments/${encodeURIComponent(attachmentId)}`;

function useInvalidateCases() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: casesKey });
}

/** A POST on one case; the case and the inbox are read again afterwards. */
function useCaseAction<Input>(caseId: string, path: (input: Input) => string, body: (input: Input) => unknown = (input) => input) {
  const invalidate = useInvalidateCases();
  return useMutation({
    mutationFn: (input: Input) => api<unknown>(`/cases/${encodeURIComponent(caseId)}${path(input)}`, { method: 'POST', body: body(input) }),
    onSuccess: invalidate,
  });
}

export const useReply = (caseId: string) => useCaseAction<{ body: string; status: ReplyStatus }>(caseId, () => '/reply');
export const useNote = (caseId: string) => useCaseAction<{ body: string }>(caseId, () => '/notes');
export const useChangeStatus = (caseId: string) => useCaseAction<{ status: CaseStatus; note?: string }>(caseId, () => '/status');
export const useTransfer = (caseId: string) =>
  useCaseAction<{ team: Team; region: string | null; reason: string; referral: boolean }>(caseId, () => '/transfer');
export const useCompleteTask = (caseId: string) =>
  useCaseAction<{ taskId: string }>(caseId, ({ taskId }) => `/tasks/${encodeURIComponent(taskId)}/done`, () => ({}));

/** Assigns a case to someone, or to no one (null). */
export function useAssignCase() {
  const invalidate = useInvalidateCases();
  return useMutation({
    mutationFn: ({ caseId, assigneeId }: { caseId: string; assigneeId: string | null }) =>
      api<unknown>(`/cases/${encodeURIComponent(caseId)}/assign`, { method: 'POST', body: { assigneeId } }),
    onSuccess: invalidate,
  });
}

export type BulkResult = { done: string[]; failed: Array<{ id: string; code: string }> };

export function useBulkCases() {
  const invalidate = useInvalidateCases();
  return useMutation({
    mutationFn: (input: { caseIds: string[]; action: 'assign' | 'close'; assigneeId?: string }) =>
      api<BulkResult>('/cases/bulk', { method: 'POST', body: input }),
    onSuccess: invalidate,
  });
}
