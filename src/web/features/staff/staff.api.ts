import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Role } from '../../../lib/contracts/roles';
import type { CreateStaffUserInput, StaffUserDto, UpdateStaffUserInput } from '../../../server/modules/staff/staff.schema';
import { api } from '../../app/api';

export type { StaffUserDto };
export type StaffFilter = { role: Role | ''; active: '' | 'true' | 'false'; q: string };

const usersKey = ['staff', 'users'] as const;

export function useStaffUsers(filter: StaffFilter) {
  return useQuery({
    queryKey: [...usersKey, filter],
    queryFn: ({ signal }) => api<{ items: StaffUserDto[] }>('/staff/users', { query: filter, signal }).then((r) => r.items),
    placeholderData: (previous) => previous,
  });
}

function useInvalidateUsers() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: usersKey });
}

export function useCreateStaffUser() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: (input: CreateStaffUserInput) =>
      api<{ user: StaffUserDto; generatedPassword: string | null }>('/staff/users', { method: 'POST', body: input }),
    onSuccess: invalidate,
  });
}

export function useUpdateStaffUser() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: UpdateStaffUserInput }) =>
      api<StaffUserDto>(`/staff/users/${encodeURIComponent(id)}`, { method: 'PATCH', body: input }),
    onSuccess: invalidate,
  });
}

export function useResetStaffPassword() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: (id: string) =>
      api<{ generatedPassword: string }>(`/staff/users/${encodeURIComponent(id)}/password-reset`, { method: 'POST' }),
    onSuccess: invalidate,
  });
}
