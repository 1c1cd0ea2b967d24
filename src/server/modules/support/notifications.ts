import { and, count, desc, eq, inArray, isNull, lt } from 'drizzle-orm';
import type { Executor } from '../../platform/db';
import type { MarkReadInput, NotificationListQuery, NotificationPageDto } from './notifications.schema';
import { staffNotifications, supportCases } from './support.tables';

const unreadOf = (staffId: string) => and(eq(staffNotifications.staffId, staffId), isNull(staffNotifications.readAt));

async function unreadCount(db: Executor, staffId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(staffNotifications).where(unreadOf(staffId));
  return Number(row?.n ?? 0);
}

/**
 * A staff member's own notices, newest first. Ids only grow, so the id of the
 * last row is the whole keyset cursor.
 */
export async function listNotifications(db: Executor, staffId: string, query: NotificationListQuery): Promise<NotificationPageDto> {
  const rows = await db
    .select({
      id: staffNotifications.id,
      kind: staffNotifications.kind,
      caseId: staffNotifications.caseId,
      caseNumber: supportCases.number,
      caseSubject: supportCases.subject,
      caseDueAt: supportCases.dueAt,
      createdAt: staffNotifications.createdAt,
      readAt: staffNotifications.readAt,
    })
    .from(staffNotifications)
    .leftJoin(supportCases, eq(supportCases.id, staffNotifications.caseId))
    .where(and(eq(staffNotifications.staffId, staffId), query.cursor ? lt(staffNotifications.id, Number(query.cursor)) : undefined))
    .orderBy(desc(staffNotifications.id))
    .limit(query.limit + 1);
  const more = rows.length > query.limit;
  const page = rows.slice(0, query.limit);
  return {
    items: page.map((row) => ({
      ...row,
      caseDueAt: row.caseDueAt?.toISOString() ?? null,
      createdAt: row.createdAt.toISOString(),
      readAt: row.readAt?.toISOString() ?? null,
    })),
    unread: await unreadCount(db, staffId),
    nextCursor: more ? String(page.at(-1)!.id) : null,
  };
}

/** Marks the named notices, or all, as read; ids of other people's notices are ignored. */
export async function markNotificationsRead(db: Executor, staffId: string, input: MarkReadInput, now = new Date()): Promise<{ marked: number; unread: number }> {
  const chosen = input.all ? undefined : inArray(staffNotifications.id, input.ids ?? []);
  const marked = await db
    .update(staffNotifications)
    .set({ readAt: now })
    .where(and(unreadOf(staffId), chosen))
    .returning({ id: staffNotifications.id });
  return { marked: marked.length, unread: await unreadCount(db, staffId) };
}
