import { and, eq, inArray, sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit';
import { staffUsers } from '../../platform/auth';
import type { Db, Executor } from '../../platform/db';
import { errors } from '../../platform/errors';
import type { Actor, RequestMeta } from '../../platform/http';
import { enqueueJob } from '../../platform/jobs';
import { visibleRegion } from '../../platform/rbac';
import type { StoredAttachment } from './attachments';
import { supportAttachments, supportCaseEntries, supportCases, staffNotifications } from './support.tables';
import type { CaseStatus, Team } from './support.schema';
import { statusTransitions as transitions } from './status-transitions';

export type CaseRow = typeof supportCases.$inferSelect;

const waiting = (status: string) => status === 'waiting_applicant' || status === 'waiting_authority';
export const openStatuses: readonly CaseStatus[] = ['new', 'assigned', 'in_progress', 'waiting_applicant', 'waiting_authority'];

/** Loads a case the actor may work on; a front office sees its own region only (403 otherwise). */
export async function caseForActor(db: Executor, actor: Actor, id: string, lock = false): Promise<CaseRow> {
  const query = db.select().from(supportCases).where(eq(supportCases.id, id));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw errors.notFound('case');
  const region = visibleRegion(actor);
  if (region && row.regionCode !== region) throw errors.forbidden();
  return row;
}

async function addEvent(db: Executor, caseId: string, actorId: string | null, meta: Record<string, unknown>, body = ''): Promise<void> {
  await db.insert(supportCaseEntries).values({ caseId, kind: 'event', authorId: actorId, body, meta });
}

/**
 * The status change with the deadline clock: entering a waiting status stops
 * it; leaving one moves the deadline on by the time spent waiting.
 */
export function statusPatch(row: CaseRow, to: CaseStatus, now: Date): Partial<CaseRow> {
  const patch: Partial<CaseRow> = { status: to, updatedAt: now };
  if (waiting(to) && !row.pausedAt) patch.pausedAt = now;
  if (!waiting(to) && row.pausedAt) {
    patch.pausedAt = null;
    patch.dueAt = new Date(row.dueAt.getTime() + (now.getTime() - row.pausedAt.getTime()));
    // A deadline that moved deserves a fresh warning.
    patch.warnedAt = null;
  }
  if (to === 'answered') patch.answeredAt = now;
  if (to === 'closed') patch.closedAt = now;
  if (to === 'in_progress' && (row.status === 'closed' || row.status === 'answered')) {
    patch.closedAt = null;
    patch.answeredAt = null;
  }
  return patch;
}

export async function changeStatus(db: Executor, meta: RequestMeta, id: string, to: CaseStatus, note?: string): Promise<CaseRow> {
  const row = await caseForActor(db, meta.actor!, id, true);
  if (row.anonymizedAt) throw errors.conflict('case_anonymized');
  if (row.status === to) return row;
  if (!transitions[row.status as CaseStatus].includes(to)) throw errors.conflict('case_status_transition', { from: row.status, to });
  const now = new Date();
  const [updated] = await db.update(supportCases).set(statusPatch(row, to, now)).where(eq(supportCases.id, id)).returning();
  await addEvent(db, id, meta.actor!.id, { event: 'status', from: row.status, to }, note ?? '');
  await recordAudit(db, meta, { action: 'case.status', entityType: 'case', entityId: id, details: { from: row.status, to } });
  return updated!;
}

async function storeAttachments(db: Executor, caseId: string, entryId: number, attachments: StoredAttachment[] | undefined): Promise<void> {
  if (attachments?.length) await db.insert(supportAttachments).values(attachments.map((a) => ({ ...a, caseId, entryId })));
}

/**
 * A public reply: goes out through the case's channel (by a background job,
 * so a slow mail server never holds up the operator), records the first
 * response time, and moves the case on.
 */
export async function replyToCase(
  db: Executor,
  meta: RequestMeta,
  id: string,
  input: { body: string; status: 'answered' | 'waiting_applicant' | 'in_progress'; attachments?: StoredAttachment[] },
): Promise<{ entryId: number }> {
  const row = await caseForActor(db, meta.actor!, id, true);
  if (row.anonymizedAt) throw errors.conflict('case_anonymized');
  const now = new Date();
  const [entry] = await db
    .insert(supportCaseEntries)
    .values({ caseId: id, kind: 'reply', channel: row.channel, authorId: meta.actor!.id, body: input.body, meta: { delivery: 'pending' } })
    .returning({ id: supportCaseEntries.id });
  await storeAttachments(db, id, entry!.id, input.attachments);
  const patch: Partial<CaseRow> = row.status === input.status ? { updatedAt: now } : statusPatch(row, input.status, now);
  if (!row.firstResponseAt) patch.firstResponseAt = now;
  if (!row.assigneeId) {
    patch.assigneeId = meta.actor!.id;
    patch.assignedAt = now;
  }
  await db.update(supportCases).set(patch).where(eq(supportCases.id, id));
  if (row.status !== input.status) await addEvent(db, id, meta.actor!.id, { event: 'status', from: row.status, to: input.status });
  await enqueueJob(db, 'support.deliver', { entryId: entry!.id });
  await recordAudit(db, meta, { action: 'case.reply', entityType: 'case', entityId: id, details: { entryId: entry!.id } });
  return { entryId: entry!.id };
}

export async function addNote(db: Executor, meta: RequestMeta, id: string, body: string): Promise<{ entryId: number }> {
  const row = await caseForActor(db, meta.actor!, id);
  const [entry] = await db.insert(supportCaseEntries).values({ caseId: row.id, kind: 'note', authorId: meta.actor!.id, body }).returning({ id: supportCaseEntries.id });
  await db.update(supportCases).set({ updatedAt: new Date() }).where(eq(supportCases.id, id));
  return { entryId: entry!.id };
}

/**
 * A new message from the applicant, from any channel: kept on the case, and
 * a case that was answered, closed or waiting on the applicant opens again.
 */
export async function addApplicantMessage(
  db: Executor,
  caseId: string,
  input: { body: string; channel: string; externalId?: string | null; attachments?: StoredAttachment[] },
): Promise<{ entryId: number; reopened: boolean }> {
  const [row] = await db.select().from(supportCases).where(eq(supportCases.id, caseId)).for('update');
  if (!row) throw errors.notFound('case');
  const now = new Date();
  const [entry] = await db
    .insert(supportCaseEntries)
    .values({ caseId, kind: 'message', channel: input.channel, body: input.body, externalId: input.externalId ?? null })
    .returning({ id: supportCaseEntries.id });
  await storeAttachments(db, caseId, entry!.id, input.attachments);
  const reopen = ['answered', 'closed', 'waiting_applicant'].includes(row.status) && !row.anonymizedAt;
  const patch: Partial<CaseRow> = reopen ? statusPatch(row, 'in_progress', now) : { updatedAt: now };
  patch.lastApplicantAt = now;
  await db.update(supportCases).set(patch).where(eq(supportCases.id, caseId));
  if (reopen) await addEvent(db, caseId, null, { event: 'reopened', from: row.status, to: 'in_progress' });
  if (reopen && row.assigneeId) await db.insert(staffNotifications).values({ staffId: row.assigneeId, kind: 'case_reopened', caseId });
  return { entryId: entry!.id, reopened: reopen };
}

/** Staff who may hold a case of a team in a region. */
export async function eligibleAssignees(db: Executor, team: Team, regionCode: string | null): Promise<Array<{ id: string }>> {
  const role = team === 'contact_center' ? 'operator' : team;
  const conditions = [eq(staffUsers.role, role), eq(staffUsers.active, true)];
  if (role === 'front_office') {
    if (!regionCode) return [];
    conditions.push(eq(staffUsers.regionCode, regionCode));
  }
  return db.select({ id: staffUsers.id }).from(staffUsers).where(and(...conditions));
}

async function checkAssignee(db: Executor, row: CaseRow, assigneeId: string): Promise<void> {
  const [staff] = await db.select().from(staffUsers).where(eq(staffUsers.id, assigneeId));
  if (!staff || !staff.active) throw errors.unprocessable('assignee_not_found');
  if (!['admin', 'operator', 'front_office', 'back_office'].includes(staff.role)) throw errors.unprocessable('assignee_cannot_work_cases');
  if (staff.role === 'front_office' && staff.regionCode !== row.regionCode) throw errors.unprocessable('assignee_other_region');
}

export async function assignCase(db: Executor, meta: RequestMeta, id: string, assigneeId: string | null): Promise<CaseRow> {
  const row = await caseForActor(db, meta.actor!, id, true);
  if (assigneeId) await checkAssignee(db, row, assigneeId);
  const now = new Date();
  const patch: Partial<CaseRow> = { assigneeId, assignedAt: assigneeId ? now : null, updatedAt: now };
  if (assigneeId && row.status === 'new') patch.status = 'assigned';
  if (!assigneeId && row.status === 'assigned') patch.status = 'new';
  const [updated] = await db.update(supportCases).set(patch).where(eq(supportCases.id, id)).returning();
  await addEvent(db, id, meta.actor!.id, { event: 'assigned', from: row.assigneeId, to: assigneeId });
  if (assigneeId && assigneeId !== meta.actor!.id) await db.insert(staffNotifications).values({ staffId: assigneeId, kind: 'case_assigned', caseId: id });
  await recordAudit(db, meta, { action: 'case.assign', entityType: 'case', entityId: id, details: { from: row.assigneeId, to: assigneeId } });
  return updated!;
}

/**
 * Hands a case to another team or region. A referral keeps the case open
 * under the new team with the reason on the timeline; either way the history
 * stays with the case.
 */
export async function transferCase(
  db: Executor,
  meta: RequestMeta,
  id: string,
  input: { team: Team; region?: string | null | undefined; reason: string; referral: boolean },
): Promise<CaseRow> {
  const row = await caseForActor(db, meta.actor!, id, true);
  const regionCode = input.region === undefined ? row.regionCode : input.region;
  if (input.team === 'front_office' && !regionCode) throw errors.unprocessable('region_required_for_front_office');
  const now = new Date();
  const [updated] = await db
    .update(supportCases)
    .set({ team: input.team, regionCode, assigneeId: null, assignedAt: null, status: openStatuses.includes(row.status as CaseStatus) ? 'new' : row.status, updatedAt: now })
    .where(eq(supportCases.id, id))
    .returning();
  await addEvent(
    db,
    id,
    meta.actor!.id,
    { event: input.referral ? 'referral' : 'transfer', fromTeam: row.team, toTeam: input.team, fromRegion: row.regionCode, toRegion: regionCode, fromAssignee: row.assigneeId },
    input.reason,
  );
  await recordAudit(db, meta, { action: input.referral ? 'case.refer' : 'case.transfer', entityType: 'case', entityId: id, details: { team: input.team, region: regionCode } });
  return updated!;
}

/**
 * Least-loaded routing: each new case goes to whoever of its team (and, for
 * a front office, its region) holds the fewest open cases; ties go to whoever
 * received a case longest ago, so work is spread fairly.
 */
export async function autoAssignNewCases(db: Executor, limit = 200): Promise<number> {
  const pending = await db
    .select()
    .from(supportCases)
    .where(and(eq(supportCases.status, 'new'), sql`${supportCases.assigneeId} is null`, sql`${supportCases.anonymizedAt} is null`))
    .orderBy(supportCases.createdAt)
    .limit(limit)
    .for('update', { skipLocked: true });
  let assigned = 0;
  const loadCache = new Map<string, Map<string, { open: number; lastAssigned: number }>>();
  for (const row of pending) {
    const groupKey = `${row.team}:${row.team === 'front_office' ? row.regionCode : ''}`;
    let loads = loadCache.get(groupKey);
    if (!loads) {
      const staff = await eligibleAssignees(db, row.team as Team, row.regionCode);
      loads = new Map();
      if (staff.length) {
        const counts = await db
          .select({ assigneeId: supportCases.assigneeId, open: sql<number>`count(*)::int`, last: sql<Date | null>`max(${supportCases.assignedAt})` })
          .from(supportCases)
          .where(and(inArray(supportCases.assigneeId, staff.map((s) => s.id)), inArray(supportCases.status, [...openStatuses])))
          .groupBy(supportCases.assigneeId);
        for (const s of staff) loads.set(s.id, { open: 0, lastAssigned: 0 });
        for (const c of counts) if (c.assigneeId) loads.set(c.assigneeId, { open: c.open, lastAssigned: c.last ? new Date(c.last).getTime() : 0 });
      }
      loadCache.set(groupKey, loads);
    }
    const best = [...loads.entries()].sort((a, b) => a[1].open - b[1].open || a[1].lastAssigned - b[1].lastAssigned)[0];
    if (!best) continue;
    const now = new Date();
    await db.update(supportCases).set({ assigneeId: best[0], assignedAt: now, status: 'assigned', updatedAt: now }).where(eq(supportCases.id, row.id));
    await addEvent(db, row.id, null, { event: 'assigned', from: null, to: best[0], automatic: true });
    await db.insert(staffNotifications).values({ staffId: best[0], kind: 'case_assigned', caseId: row.id });
    best[1].open += 1;
    best[1].lastAssigned = now.getTime();
    assigned += 1;
  }
  return assigned;
}

/** Bulk assign or close: each case on its own, so one refusal does not undo the rest. */
export async function bulkCases(
  db: Db,
  meta: RequestMeta,
  input: { caseIds: string[]; action: 'assign' | 'close'; assigneeId?: string | undefined },
): Promise<{ done: string[]; failed: Array<{ id: string; code: string }> }> {
  const done: string[] = [];
  const failed: Array<{ id: string; code: string }> = [];
  for (const id of new Set(input.caseIds)) {
    try {
      await db.transaction((tx) =>
        input.action === 'assign' ? assignCase(tx, meta, id, input.assigneeId ?? meta.actor!.id) : changeStatus(tx, meta, id, 'closed'),
      );
      done.push(id);
    } catch (error) {
      failed.push({ id, code: (error as { code?: string }).code ?? 'internal_error' });
    }
  }
  return { done, failed };
}
