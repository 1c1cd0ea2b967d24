import { and, eq, inArray, isNull, lt, or } from 'drizzle-orm';
import { staffUsers } from '../../platform/auth';
import type { Executor } from '../../platform/db';
import { supportCases, staffNotifications } from './support.tables';
import { openStatuses } from './workflow';

/** How long before the deadline the assignee and supervisors are warned. */
export const warningLeadMs = 24 * 3_600_000;

/**
 * Warns the assignee and the supervisors of the case's team (of its region,
 * for a front office; admins when the team has none) of each running case due
 * within a day or already overdue; each case is warned once per deadline.
 */
export async function warnApproachingDeadlines(db: Executor, now = new Date()): Promise<number> {
  const due = await db
    .select({ id: supportCases.id, assigneeId: supportCases.assigneeId, team: supportCases.team, regionCode: supportCases.regionCode })
    .from(supportCases)
    .where(and(inArray(supportCases.status, [...openStatuses]), isNull(supportCases.pausedAt), isNull(supportCases.warnedAt), lt(supportCases.dueAt, new Date(now.getTime() + warningLeadMs))))
    .limit(1000);
  if (!due.length) return 0;
  const supervisors = await db
    .select({ id: staffUsers.id, role: staffUsers.role, regionCode: staffUsers.regionCode })
    .from(staffUsers)
    .where(and(eq(staffUsers.active, true), or(eq(staffUsers.supervisor, true), eq(staffUsers.role, 'admin'))));
  const notifications: Array<typeof staffNotifications.$inferInsert> = [];
  for (const row of due) {
    const role = row.team === 'contact_center' ? 'operator' : row.team;
    let watchers = supervisors.filter((s) => s.role === role && (role !== 'front_office' || s.regionCode === row.regionCode));
    if (!watchers.length) watchers = supervisors.filter((s) => s.role === 'admin');
    const ids = new Set([...(row.assigneeId ? [row.assigneeId] : []), ...watchers.map((w) => w.id)]);
    for (const staffId of ids) notifications.push({ staffId, kind: 'deadline_warning', caseId: row.id });
  }
  if (notifications.length) await db.insert(staffNotifications).values(notifications);
  await db.update(supportCases).set({ warnedAt: now }).where(inArray(supportCases.id, due.map((d) => d.id)));
  return due.length;
}
