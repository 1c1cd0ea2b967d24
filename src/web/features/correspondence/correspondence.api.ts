import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  CreateLetterInput,
  LetterDirection,
  LetterDto,
  RegisterReplyInput,
} from '../../../server/modules/correspondence/correspondence.schema';
import { can } from '../../../server/platform/rbac/roles';
import type { Role } from '../../../lib/contracts/roles';
import { api, apiBase, withQuery } from '../../app/api';

export type { CreateLetterInput, LetterDirection, LetterDto, RegisterReplyInput };

/** The filters of one register tab; the search is already debounced. */
export type LetterFilter = { direction: LetterDirection; q: string; awaitingReply: boolean; overdue: boolean };

export const canManageLetters = (role: Role | undefined) => Boolean(role && can(role, 'correspondence.manage'));

function toQuery(filter: LetterFilter): Record<string, string | undefined> {
  const outgoing = filter.direction === 'outgoing';
  return {
    direction: filter.direction,
    q: filter.q.trim() || undefined,
    // Waiting and overdue are states of outgoing letters only.
    awaitingReply: outgoing && filter.awaitingReply ? 'true' : undefined,
    overdue: outgoing && filter.overdue ? 'true' : undefined,
  };
}

export function lettersCsvUrl(filter: LetterFilter): string {
  return withQuery(`${apiBase}/letters.csv`, toQuery(filter));
}

const lettersKey = ['correspondence', 'letters'] as const;
const pageSize = 50;

export function useLetters(filter: LetterFilter) {
  return useInfiniteQuery({
    queryKey: [...lettersKey, filter],
    queryFn: ({ pageParam, signal }) =>
      api<{ items: LetterDto[]; nextCursor: string | null }>('/letters', {
        query: { ...toQuery(filter), limit: pageSize, cursor: pageParam },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: (previous) => previous,
  });
}

function useInvalidateLetters() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: lettersKey });
}

export function useCreateLetter() {
  const invalidate = useInvalidateLetters();
  return useMutation({
    mutationFn: (input: CreateLetterInput) => api<LetterDto>('/letters', { method: 'POST', body: input }),
    onSuccess: invalidate,
  });
}

export function useRegisterReply() {
  const invalidate = useInvalidateLetters();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: RegisterReplyInput }) =>
      api<{ letter: LetterDto; reply: LetterDto }>(`/letters/${encodeURIComponent(id)}/reply`, { method: 'POST', body: input }),
    onSuccess: invalidate,
  });
}
