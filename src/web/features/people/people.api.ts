import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Role } from '../../../lib/contracts/roles';
import type { MatchProposalDto, PersonDto, PersonSummaryDto } from '../../../server/modules/people/people.schema';
import type { CaseSummaryDto } from '../../../server/modules/support/support.schema';
import { can } from '../../../server/platform/rbac/roles';
import { api, apiBase } from '../../app/api';

export type { CaseSummaryDto, MatchProposalDto, PersonDto, PersonSummaryDto };

export const canMergePeople = (role: Role | undefined) => Boolean(role && can(role, 'people.merge'));
export const canManagePrivacy = (role: Role | undefined) => Boolean(role && can(role, 'privacy.manage'));

const peopleKey = ['people'] as const;
const proposalsKey = [...peopleKey, 'proposals'] as const;

/** The server needs two characters at least; a shorter query waits. */
export const minSearchLength = 2;

export function usePeopleSearch(q: string) {
  return useQuery({
    queryKey: [...peopleKey, 'search', q],
    queryFn: ({ signal }) => api<{ items: PersonSummaryDto[] }>('/people', { query: { q, limit: 50 }, signal }).then((r) => r.items),
    enabled: q.length >= minSearchLength,
    placeholderData: (previous) => previous,
  });
}

/** Each load of a person is written to the audit log, so it is not refetched on window focus. */
export function usePerson(id: string) {
  return useQuery({
    queryKey: [...peopleKey, 'person', id],
    queryFn: ({ signal }) => api<PersonDto>(`/people/${encodeURIComponent(id)}`, { signal }),
    refetchOnWindowFocus: false,
  });
}

/** Every case of the person and of the records merged into them, in every channel. */
export function usePersonCases(personId: string) {
  return useQuery({
    queryKey: [...peopleKey, 'cases', personId],
    queryFn: ({ signal }) =>
      api<{ items: CaseSummaryDto[]; nextCursor: string | null }>('/cases', { query: { personId, limit: 200 }, signal }),
    refetchOnWindowFocus: false,
  });
}

export function useMatchProposals() {
  return useQuery({
    queryKey: proposalsKey,
    queryFn: ({ signal }) => api<{ items: MatchProposalDto[] }>('/people/match-proposals', { query: { status: 'open', limit: 100 }, signal }).then((r) => r.items),
  });
}

/** A decision on one person changes their page, the search results and the proposals. */
function useInvalidatePeople() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: peopleKey });
}

export function useMergePeople() {
  const invalidate = useInvalidatePeople();
  return useMutation({
    mutationFn: (input: { survivorId: string; mergedId: string }) => api<{ mergeId: string }>('/people/merge', { method: 'POST', body: input }),
    onSuccess: invalidate,
  });
}

export function useDismissProposal() {
  const invalidate = useInvalidatePeople();
  return useMutation({
    mutationFn: (proposalId: string) => api<void>(`/people/match-proposals/${encodeURIComponent(proposalId)}/dismiss`, { method: 'POST' }),
    onSuccess: invalidate,
  });
}

export function useUnmergePerson() {
  const invalidate = useInvalidatePeople();
  return useMutation({
    mutationFn: (mergedId: string) => api<void>(`/people/${encodeURIComponent(mergedId)}/unmerge`, { method: 'POST' }),
    onSuccess: invalidate,
  });
}

export function useAnonymizePerson() {
  const invalidate = useInvalidatePeople();
  return useMutation({
    mutationFn: (id: string) => api<{ cases: number }>(`/people/${encodeURIComponent(id)}/anonymize`, { method: 'POST' }),
    onSuccess: invalidate,
  });
}

/** A plain link: the browser downloads the JSON with the session cookie (the server names the file). */
export const personExportUrl = (id: string) => `${apiBase}/people/${encodeURIComponent(id)}/export`;
