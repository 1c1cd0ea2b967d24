import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MarkReadInput, NotificationPageDto, StaffNotificationDto } from '../../../server/modules/support/notifications.schema';
import { can } from '../../../server/platform/rbac/roles';
import type { Role } from '../../../lib/contracts/roles';
import { api } from '../../app/api';

export type { StaffNotificationDto };

/** Notices go to the people who work cases; other roles get none, so they never poll. */
export const receivesNotifications = (role: Role | undefined) => Boolean(role && can(role, 'cases.work'));

const notificationsKey = ['notifications'] as const;
export const pollIntervalMs = 60_000;
const pageSize = 20;

export function useNotifications(enabled: boolean) {
  return useQuery({
    queryKey: notificationsKey,
    queryFn: ({ signal }) => api<NotificationPageDto>('/notifications', { query: { limit: pageSize }, signal }),
    enabled,
    refetchInterval: pollIntervalMs,
    // A hidden tab stops polling; the count catches up when the window gets focus again.
    refetchIntervalInBackground: false,
  });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MarkReadInput) => api<{ marked: number; unread: number }>('/notifications/read', { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationsKey }),
  });
}
