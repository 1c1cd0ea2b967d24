import { useInfiniteQuery } from '@tanstack/react-query';
import type { AuditEntryDto } from '../../../server/modules/admin/admin.schema';
import { api, apiBase, withQuery } from '../../app/api';
import { defaultTimeZone } from '../../../lib/i18n/core';

export type { AuditEntryDto };

/** The filters as the user typed them; dates are calendar days in Almaty. */
export type AuditFilter = { action: string; entityType: string; entityId: string; actorId: string; from: string; to: string };
export const emptyAuditFilter: AuditFilter = { action: '', entityType: '', entityId: '', actorId: '', from: '', to: '' };

/** Actions the server records today; the filter still accepts any other. */
export const knownActions = [
  'auth.*',
  'staff_user.*',
  'auth.login',
  'auth.login_failed',
  'auth.locked',
  'auth.logout',
  'auth.password_change',
  'staff_user.create',
  'staff_user.update',
  'staff_user.disable',
  'staff_user.enable',
  'staff_user.password_reset',
  'staff_user.list',
  'staff_user.read',
  'priority_regions.update',
  'audit.export',
  'job.retry',
];
export const knownEntityTypes = ['staff_user', 'priority_regions', 'job'];

/** The UTC offset of Almaty on a given day, e.g. "+05:00", so a day means an Almaty day. */
function almatyOffset(day: string): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: defaultTimeZone, timeZoneName: 'longOffset' }).formatToParts(
    new Date(`${day}T12:00:00Z`),
  );
  const name = parts.find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  return name.replace('GMT', '') || '+00:00';
}

const dayPattern = /^\d{4}-\d{2}-\d{2}$/;

export function toAuditQuery(filter: AuditFilter): Record<string, string | undefined> {
  return {
    action: filter.action.trim() || undefined,
    entityType: filter.entityType.trim() || undefined,
    entityId: filter.entityId.trim() || undefined,
    actorId: filter.actorId.trim() || undefined,
    from: dayPattern.test(filter.from) ? `${filter.from}T00:00:00${almatyOffset(filter.from)}` : undefined,
    to: dayPattern.test(filter.to) ? `${filter.to}T23:59:59.999${almatyOffset(filter.to)}` : undefined,
  };
}

export function auditCsvUrl(filter: AuditFilter): string {
  return withQuery(`${apiBase}/admin/audit.csv`, toAuditQuery(filter));
}

const pageSize = 50;

export function useAuditLog(filter: AuditFilter) {
  return useInfiniteQuery({
    queryKey: ['admin', 'audit', filter],
    queryFn: ({ pageParam, signal }) =>
      api<{ items: AuditEntryDto[]; nextBeforeId: number | null }>('/admin/audit', {
        query: { ...toAuditQuery(filter), limit: pageSize, beforeId: pageParam },
        signal,
      }),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => last.nextBeforeId ?? undefined,
  });
}
