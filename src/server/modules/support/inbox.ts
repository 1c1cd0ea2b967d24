import { and, asc, desc, eq, gte, inArray, isNull, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit';
import { staffUsers } from '../../platform/auth';
import type { Executor } from '../../platform/db';
import { errors } from '../../platform/errors';
import type { Actor, RequestMeta } from '../../platform/http';
import { visibleRegion } from '../../platform/rbac';
import { searchQuery } from '../../../lib/text/search';
import { almatyDay, almatyInstant, shiftDay } from '../calendar';
import { nameKeysQuery, personClusterIds, searchPeopleIds } from '../people';
import { supportAttachments, supportCaseEntries, supportCases, supportTasks } from './support.tables';
import type { CaseDetailDto, CaseEntryDto, CaseListQuery, CaseStatus, CaseSummaryDto, Channel, Team } from './support.schema';
import { caseForActor, openStatuses, type CaseRow } from './workflow';

const summaryColumns = {
  id: supportCases.id,
  number: supportCases.number,
  topicCode: supportCases.topicCode,
  channel: supportCases.channel,
  status: supportCases.status,
  regionCode: supportCases.regionCode,
  team: supportCases.team,
  applicantName: supportCases.applicantName,
  subject: supportCases.subject,
  language: supportCases.language,
  assigneeId: supportCases.assigneeId,
  assigneeName: staffUsers.displayName,
  dueAt: supportCases.dueAt,
  pausedAt: supportCases.pausedAt,
  demo: supportCases.demo,
  createdAt: supportCases.createdAt,
  updatedAt: supportCases.updatedAt,
};
type SummaryRow = { [K in keyof typeof summaryColumns]: unknown } & {
  id: string; number: string; topicCode: string; channel: string; status: string; regionCode: string | null; team: string;
  applicantName: string; subject: string; language: string; assigneeId: string | null; assigneeName: string | null;
  dueAt: Date; pausedAt: Date | null; demo: boolean; createdAt: Date; updatedAt: Date;
};

function toSummary(row: SummaryRow, now: Date): CaseSummaryDto {
  const open = openStatuses.includes(row.status as CaseStatus);
  return {
    id: row.id,
    number: row.number,
    topicCode: row.topicCode,
    channel: row.channel as Channel,
    status: row.status as CaseStatus,
    regionCode: row.regionCode,
    team: row.team as Team,
    applicantName: row.applicantName,
    subject: row.subject,
    language: row.language,
    assigneeId: row.assigneeId,
    assigneeName: row.assigneeName,
    dueAt: row.dueAt.toISOString(),
    overdue: open && !row.pausedAt && row.dueAt < now,
    paused: row.pausedAt !== null,
    demo: row.demo,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Cursors are opaque to clients: the sort key and id of the last row. */
const encodeCursor = (at: Date, id: string) => Buffer.from(`${at.toISOString()}|${id}`).toString('base64url');
function decodeCursor(cursor: string): { at: Date; id: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const date = new Date(at ?? '');
  if (!id || Number.isNaN(date.getTime()) || !/^[0-9a-f-]{36}$/.test(id)) throw errors.validation([{ path: 'query.cursor', code: 'invalid_cursor', message: '' }]);
  return { at: date, id };
}

/** YYYY-NNNNNN; the serial grows past six digits after the millionth case. */
const caseNumberPattern = /^\d{4}-\d{1,9}$/;

/** A bare serial, as operators read numbers aloud: "2339" or "002339" for 2026-002339. */
const caseSerialPattern = /^\d{3,9}$/;

/**
 * Case numbers with this serial in every year that has cases. Matching the
 * padded numbers exactly keeps the unique index on number in use, where a
 * suffix match would scan a million rows; min and max come from that index too.
 */
async function numbersWithSerial(db: Executor, digits: string): Promise<string[]> {
  const serial = digits.replace(/^0+/, '');
  if (!serial) return [];
  const [range] = await db.select({ first: sql<string | null>`min(${supportCases.number})`, last: sql<string | null>`max(${supportCases.number})` }).from(supportCases);
  const first = Number(range?.first?.slice(0, 4));
  const last = Number(range?.last?.slice(0, 4));
  if (!Number.isInteger(first) || !Number.isInteger(last) || first > last) return [];
  return Array.from({ length: last - first + 1 }, (_, i) => `${last - i}-${serial.padStart(6, '0')}`);
}

/** Cases that match what an operator typed: a number, an IIN, a phone, an e-mail, or a name or words in any script. */
async function searchCondition(db: Executor, q: string): Promise<SQL> {
  const text = q.trim();
  if (caseNumberPattern.test(text)) {
    const [year, serial] = text.split('-') as [string, string];
    return eq(supportCases.number, `${year}-${serial.padStart(6, '0')}`);
  }
  const other = await personOrWordsCondition(db, text);
  if (!caseSerialPattern.test(text)) return other;
  const numbers = await numbersWithSerial(db, text);
  return numbers.length ? or(inArray(supportCases.number, numbers), other)! : other;
}

/** Cases of the people an identifier points to, or cases whose names and words match. */
async function personOrWordsCondition(db: Executor, text: string): Promise<SQL> {
  const looksLikeIdentifier = /^[+\d\s()\-]{7,}$/.test(text) || text.includes('@');
  if (looksLikeIdentifier) {
    const roots = await searchPeopleIds(db, text, 20);
    const ids = (await Promise.all(roots.map((id) => personClusterIds(db, id)))).flat();
    return ids.length ? inArray(supportCases.personId, ids) : sql`false`;
  }
  const names = nameKeysQuery(text, '&');
  const words = searchQuery(text);
  const parts = [names ? `(${names})` : null, words ? `(${words})` : null].filter(Boolean);
  if (!parts.length) return sql`false`;
  return sql`${supportCases.searchVector} @@ to_tsquery('simple', ${parts.join(' | ')})`;
}

function dueCondition(due: CaseListQuery['due'], now: Date): SQL | undefined {
  if (!due) return undefined;
  const openAndRunning = and(inArray(supportCases.status, [...openStatuses]), isNull(supportCases.pausedAt));
  if (due === 'overdue') return and(openAndRunning, lt(supportCases.dueAt, now));
  const today = almatyDay(now);
  const end = almatyInstant(shiftDay(today, due === 'today' ? 1 : 7), 0);
  return and(openAndRunning, gte(supportCases.dueAt, now), lt(supportCases.dueAt, end));
}

/**
 * The inbox: every filter maps to an indexed column and pages are keyset
 * pages, so the list stays fast at a million cases. A front office sees its
 * own region whatever it asks for.
 */
export async function listCases(db: Executor, actor: Actor, query: CaseListQuery, now = new Date()): Promise<{ items: CaseSummaryDto[]; nextCursor: string | null }> {
  const parts: Array<SQL | undefined> = [];
  const region = visibleRegion(actor) ?? query.region;
  if (region) parts.push(eq(supportCases.regionCode, region));
  if (query.channel) parts.push(eq(supportCases.channel, query.channel));
  if (query.topic) parts.push(eq(supportCases.topicCode, query.topic));
  if (query.status === 'open') parts.push(inArray(supportCases.status, [...openStatuses]));
  else if (query.status) parts.push(eq(supportCases.status, query.status));
  if (query.assignee === 'me') parts.push(eq(supportCases.assigneeId, actor.id));
  else if (query.assignee === 'none') parts.push(isNull(supportCases.assigneeId));
  else if (query.assignee) parts.push(eq(supportCases.assigneeId, query.assignee));
  if (query.personId) parts.push(inArray(supportCases.personId, await personClusterIds(db, query.personId)));
  parts.push(dueCondition(query.due, now));
  if (query.q) parts.push(await searchCondition(db, query.q));
  const byDue = query.sort === 'due';
  const key = byDue ? supportCases.dueAt : supportCases.createdAt;
  if (query.cursor) {
    const { at, id } = decodeCursor(query.cursor);
    parts.push(byDue ? or(sql`${key} > ${at}`, and(eq(key, at), sql`${supportCases.id} > ${id}`)) : or(sql`${key} < ${at}`, and(eq(key, at), sql`${supportCases.id} < ${id}`)));
  }
  const rows = (await db
    .select(summaryColumns)
    .from(supportCases)
    .leftJoin(staffUsers, eq(staffUsers.id, supportCases.assigneeId))
    .where(and(...parts))
    .orderBy(...(byDue ? [asc(key), asc(supportCases.id)] : [desc(key), desc(supportCases.id)]))
    .limit(query.limit + 1)) as SummaryRow[];
  const more = rows.length > query.limit;
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map((r) => toSummary(r, now)),
    nextCursor: more && last ? encodeCursor(byDue ? last.dueAt : last.createdAt, last.id) : null,
  };
}

/** The whole case with its timeline. Every staff view is written to the audit log. */
export async function getCase(db: Executor, meta: RequestMeta, id: string, now = new Date()): Promise<CaseDetailDto> {
  const row: CaseRow = await caseForActor(db, meta.actor!, id);
  const [assignee] = row.assigneeId ? await db.select({ name: staffUsers.displayName }).from(staffUsers).where(eq(staffUsers.id, row.assigneeId)) : [];
  const entries = await db
    .select({ entry: supportCaseEntries, authorName: staffUsers.displayName })
    .from(supportCaseEntries)
    .leftJoin(staffUsers, eq(staffUsers.id, supportCaseEntries.authorId))
    .where(eq(supportCaseEntries.caseId, id))
    .orderBy(asc(supportCaseEntries.id));
  const files = await db
    .select({ id: supportAttachments.id, entryId: supportAttachments.entryId, fileName: supportAttachments.fileName, mediaType: supportAttachments.mediaType, sizeBytes: supportAttachments.sizeBytes })
    .from(supportAttachments)
    .where(eq(supportAttachments.caseId, id));
  const tasks = await db.select().from(supportTasks).where(eq(supportTasks.caseId, id)).orderBy(asc(supportTasks.dueAt));
  await recordAudit(db, meta, { action: 'case.view', entityType: 'case', entityId: id });
  const timeline: CaseEntryDto[] = entries.map(({ entry, authorName }) => ({
    id: entry.id,
    kind: entry.kind as CaseEntryDto['kind'],
    channel: entry.channel,
    authorId: entry.authorId,
    authorName,
    body: entry.body,
    meta: entry.meta,
    attachments: files.filter((f) => f.entryId === entry.id).map(({ entryId: _e, ...f }) => f),
    createdAt: entry.createdAt.toISOString(),
  }));
  return {
    ...toSummary({ ...summaryColumnsOf(row), assigneeName: assignee?.name ?? null } as SummaryRow, now),
    personId: row.personId,
    fields: row.fields,
    documentsSeen: row.documentsSeen,
    channelDetails: row.channelDetails,
    consentAt: row.consentAt?.toISOString() ?? null,
    consentVersion: row.consentVersion,
    firstResponseAt: row.firstResponseAt?.toISOString() ?? null,
    answeredAt: row.answeredAt?.toISOString() ?? null,
    closedAt: row.closedAt?.toISOString() ?? null,
    anonymized: row.anonymizedAt !== null,
    entries: timeline,
    tasks: tasks.map((t) => ({ id: t.id, kind: t.kind, dueAt: t.dueAt.toISOString(), note: t.note, doneAt: t.doneAt?.toISOString() ?? null })),
  };
}

function summaryColumnsOf(row: CaseRow) {
  const { id, number, topicCode, channel, status, regionCode, team, applicantName, subject, language, assigneeId, dueAt, pausedAt, demo, createdAt, updatedAt } = row;
  return { id, number, topicCode, channel, status, regionCode, team, applicantName, subject, language, assigneeId, dueAt, pausedAt, demo, createdAt, updatedAt };
}

/** An attachment's bytes; reading one is a view of the case and audited as such. */
export async function getAttachment(db: Executor, meta: RequestMeta, caseId: string, attachmentId: string) {
  await caseForActor(db, meta.actor!, caseId);
  const [file] = await db.select().from(supportAttachments).where(and(eq(supportAttachments.id, attachmentId), eq(supportAttachments.caseId, caseId)));
  if (!file) throw errors.notFound('attachment');
  await recordAudit(db, meta, { action: 'case.attachment_view', entityType: 'case', entityId: caseId, details: { attachmentId } });
  return file;
}

export async function completeTask(db: Executor, meta: RequestMeta, caseId: string, taskId: string, note?: string): Promise<void> {
  await caseForActor(db, meta.actor!, caseId);
  const updated = await db
    .update(supportTasks)
    .set({ doneAt: new Date(), doneBy: meta.actor!.id, ...(note ? { note } : {}) })
    .where(and(eq(supportTasks.id, taskId), eq(supportTasks.caseId, caseId), isNull(supportTasks.doneAt)))
    .returning({ id: supportTasks.id });
  if (!updated.length) throw errors.notFound('task');
}

/** Open tasks due before a time (callbacks), for the contact center's list. */
export async function dueTasks(db: Executor, actor: Actor, before: Date) {
  const region = visibleRegion(actor);
  return db
    .select({ id: supportTasks.id, caseId: supportTasks.caseId, number: supportCases.number, kind: supportTasks.kind, dueAt: supportTasks.dueAt, note: supportTasks.note })
    .from(supportTasks)
    .innerJoin(supportCases, eq(supportCases.id, supportTasks.caseId))
    .where(and(isNull(supportTasks.doneAt), lte(supportTasks.dueAt, before), region ? eq(supportCases.regionCode, region) : undefined))
    .orderBy(asc(supportTasks.dueAt))
    .limit(200);
}

/** Which of these person records have an appeal handled in the region: the people a front office may see. */
export async function peopleServedInRegion(db: Executor, personIds: string[], regionCode: string): Promise<Set<string>> {
  if (!personIds.length) return new Set();
  const rows = await db
    .selectDistinct({ personId: supportCases.personId })
    .from(supportCases)
    .where(and(inArray(supportCases.personId, personIds), eq(supportCases.regionCode, regionCode)));
  return new Set(rows.map((r) => r.personId));
}
