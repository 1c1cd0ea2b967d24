import { and, desc, eq, gte, lt, lte, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../db';
import type { RequestMeta } from '../http/context';
import { staffUsers } from '../auth/auth.tables';
import { auditLog } from './audit.tables';

export type AuditEntry = {
  action: string;
  entityType?: string;
  entityId?: string;
  /** Non-personal context only. */
  details?: Record<string, unknown>;
};

/** Appends one entry. Call it inside the transaction that does the work, so both land or neither. */
export async function recordAudit(db: Executor, meta: RequestMeta, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    actorId: meta.actor?.id ?? null,
    actorRole: meta.actor?.role ?? null,
    action: entry.action,
    entityType: entry.entityType ?? null,
    entityId: entry.entityId ?? null,
    ip: meta.ip,
    requestId: meta.requestId,
    details: entry.details ?? null,
  });
}

export type AuditFilter = {
  actorId?: string | undefined;
  action?: string | undefined;
  entityType?: string | undefined;
  entityId?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
};

function conditions(filter: AuditFilter): SQL | undefined {
  const parts: SQL[] = [];
  if (filter.actorId) parts.push(eq(auditLog.actorId, filter.actorId));
  // A trailing '.*' filters a family of actions, e.g. 'staff_user.*'.
  if (filter.action) {
    parts.push(
      filter.action.endsWith('.*')
        ? sql`${auditLog.action} like ${filter.action.slice(0, -1).replace(/[%_\\]/g, '\\$&') + '%'}`
        : eq(auditLog.action, filter.action),
    );
  }
  if (filter.entityType) parts.push(eq(auditLog.entityType, filter.entityType));
  if (filter.entityId) parts.push(eq(auditLog.entityId, filter.entityId));
  if (filter.from) parts.push(gte(auditLog.at, filter.from));
  if (filter.to) parts.push(lte(auditLog.at, filter.to));
  return parts.length ? and(...parts) : undefined;
}

/** An entry with the actor's display name, so the log reads without a lookup per row. */
export type AuditRow = typeof auditLog.$inferSelect & { actorName: string | null };

/** Newest first, keyset-paginated on id so deep pages stay fast. */
export async function listAudit(
  db: Executor,
  filter: AuditFilter,
  page: { limit: number; beforeId?: number | undefined },
): Promise<{ items: AuditRow[]; nextBeforeId: number | null }> {
  const where = and(conditions(filter), page.beforeId ? lt(auditLog.id, page.beforeId) : undefined);
  const rows = await db
    .select({ entry: auditLog, actorName: staffUsers.displayName })
    .from(auditLog)
    .leftJoin(staffUsers, eq(staffUsers.id, auditLog.actorId))
    .where(where)
    .orderBy(desc(auditLog.id))
    .limit(page.limit + 1);
  const items = rows.slice(0, page.limit).map((row) => ({ ...row.entry, actorName: row.actorName }));
  return { items, nextBeforeId: rows.length > page.limit ? (items.at(-1)?.id ?? null) : null };
}

/** Streams matching entries in batches for CSV export, newest first. */
export async function* iterateAudit(db: Executor, filter: AuditFilter, batchSize = 1000): AsyncGenerator<AuditRow[]> {
  let beforeId: number | undefined;
  for (;;) {
    const { items, nextBeforeId } = await listAudit(db, filter, { limit: batchSize, beforeId });
    if (items.length) yield items;
    if (nextBeforeId === null) return;
    beforeId = nextBeforeId;
  }
}
