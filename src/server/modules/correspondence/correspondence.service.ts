import { and, desc, eq, gte, ilike, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit';
import type { Executor } from '../../platform/db';
import { AppError, errors } from '../../platform/errors';
import type { Actor, RequestMeta } from '../../platform/http';
import { caseForActor } from '../support';
import { supportCases } from '../support/support.tables';
import type {
  CreateLetter,
  LetterDirection,
  LetterDto,
  LetterRefDto,
  LetterStatsDto,
  RegisterReplyInput,
  UpdateLetterInput,
} from './correspondence.schema';
import { letterCases, letters } from './correspondence.tables';

type LetterRow = typeof letters.$inferSelect;

/** Today on the Almaty calendar, YYYY-MM-DD: due dates are days there, not instants. */
export function almatyToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Almaty', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

const hasReply = sql`exists (select 1 from letters r where r.in_reply_to_id = ${letters.id})`;
/** Outgoing, a reply is expected by a date, and none has come. */
const awaitingSql = sql`(${letters.direction} = 'outgoing' and ${letters.replyDueDate} is not null and not ${hasReply})`;
const overdueSql = (today: string) => sql`(${awaitingSql} and ${letters.replyDueDate} < ${today}::date)`;

export type LetterFilter = {
  direction?: LetterDirection | undefined;
  q?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  awaitingReply?: boolean | undefined;
  overdue?: boolean | undefined;
  caseId?: string | undefined;
};

function conditions(filter: LetterFilter, today: string): SQL[] {
  const parts: SQL[] = [];
  if (filter.direction) parts.push(eq(letters.direction, filter.direction));
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[%_\\]/g, '\\$&')}%`;
    parts.push(or(ilike(letters.number, pattern), ilike(letters.counterparty, pattern), ilike(letters.subject, pattern), ilike(letters.signatory, pattern))!);
  }
  if (filter.from) parts.push(gte(letters.letterDate, filter.from));
  if (filter.to) parts.push(lte(letters.letterDate, filter.to));
  if (filter.awaitingReply !== undefined) parts.push(filter.awaitingReply ? awaitingSql : sql`not ${awaitingSql}`);
  if (filter.overdue !== undefined) parts.push(filter.overdue ? overdueSql(today) : sql`not ${overdueSql(today)}`);
  if (filter.caseId) {
    parts.push(sql`exists (select 1 from ${letterCases} where ${letterCases.letterId} = ${letters.id} and ${letterCases.caseId} = ${filter.caseId})`);
  }
  return parts;
}

/** Newest first: by letter date, then by registration time. */
const newestFirst = [desc(letters.letterDate), desc(letters.createdAt), desc(letters.id)];

type Cursor = { letterDate: string; createdAt: string; id: string };

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.letterDate, cursor.createdAt, cursor.id])).toString('base64url');
}

function decodeCursor(text: string): Cursor {
  try {
    const [letterDate, createdAt, id] = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown[];
    if (
      typeof letterDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(letterDate) &&
      typeof createdAt === 'string' && /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:?\d{2})?|Z)?$/.test(createdAt) &&
      typeof id === 'string' && /^[0-9a-f-]{36}$/i.test(id)
    ) {
      return { letterDate, createdAt, id };
    }
  } catch {
    // Falls through to the validation error.
  }
  throw errors.validation([{ path: 'query.cursor', code: 'invalid_format', message: '' }]);
}

const refColumns = { id: letters.id, number: letters.number, letterDate: letters.letterDate, counterparty: letters.counterparty };

/** Adds what a row shows beside the letter itself: its cases, its reply, the letter it answers. */
async function toDtos(db: Executor, rows: LetterRow[], today: string): Promise<LetterDto[]> {
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const parentIds = [...new Set(rows.map((r) => r.inReplyToId).filter((id): id is string => Boolean(id)))];
  const [links, replies, parents] = await Promise.all([
    db.select().from(letterCases).where(inArray(letterCases.letterId, ids)),
    db
      .select({ ...refColumns, inReplyToId: letters.inReplyToId })
      .from(letters)
      .where(and(inArray(letters.inReplyToId, ids), eq(letters.direction, 'incoming')))
      .orderBy(letters.letterDate, letters.createdAt),
    parentIds.length ? db.select(refColumns).from(letters).where(inArray(letters.id, parentIds)) : Promise.resolve([]),
  ]);
  const casesOf = new Map<string, string[]>();
  for (const link of links) casesOf.set(link.letterId, [...(casesOf.get(link.letterId) ?? []), link.caseId]);
  // The latest reply wins: an interim answer is followed by the final one.
  const replyOf = new Map<string, LetterRefDto>();
  for (const { inReplyToId, ...reply } of replies) replyOf.set(inReplyToId!, reply);
  const parentOf = new Map(parents.map((p) => [p.id, p]));
  return rows.map((row) => {
    const reply = row.direction === 'outgoing' ? (replyOf.get(row.id) ?? null) : null;
    const awaitingReply = row.direction === 'outgoing' && row.replyDueDate !== null && reply === null;
    return {
      id: row.id,
      direction: row.direction as LetterDirection,
      number: row.number,
      letterDate: row.letterDate,
      counterparty: row.counterparty,
      signatory: row.signatory,
      subject: row.subject,
      replyDueDate: row.replyDueDate,
      inReplyTo: row.inReplyToId ? (parentOf.get(row.inReplyToId) ?? null) : null,
      reply,
      awaitingReply,
      replyOverdue: awaitingReply && row.replyDueDate! < today,
      caseIds: (casesOf.get(row.id) ?? []).sort(),
      createdBy: row.createdBy,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    };
  });
}

/** A front office sees the letters of its own region's cases only when it filters by one. */
async function checkCaseVisible(db: Executor, actor: Actor | null, caseId: string): Promise<void> {
  if (actor) await caseForActor(db, actor, caseId);
}

export async function listLetters(
  db: Executor,
  meta: RequestMeta,
  filter: LetterFilter,
  page: { limit: number; cursor?: string | undefined },
  today = almatyToday(),
): Promise<{ items: LetterDto[]; nextCursor: string | null }> {
  if (filter.caseId) await checkCaseVisible(db, meta.actor, filter.caseId);
  const parts = conditions(filter, today);
  if (page.cursor) {
    const c = decodeCursor(page.cursor);
    parts.push(sql`(${letters.letterDate}, ${letters.createdAt}, ${letters.id}) < (${c.letterDate}::date, ${c.createdAt}::timestamptz, ${c.id}::uuid)`);
  }
  const rows = await db
    .select({ row: letters, at: sql<string>`${letters.createdAt}::text` })
    .from(letters)
    .where(parts.length ? and(...parts) : undefined)
    .orderBy(...newestFirst)
    .limit(page.limit + 1);
  const shown = rows.slice(0, page.limit);
  const last = shown.at(-1);
  const nextCursor = rows.length > page.limit && last ? encodeCursor({ letterDate: last.row.letterDate, createdAt: last.at, id: last.row.id }) : null;
  return { items: await toDtos(db, shown.map((r) => r.row), today), nextCursor };
}

/** Every matching letter in batches, newest first, for the CSV export. */
export async function* iterateLetters(db: Executor, meta: RequestMeta, filter: LetterFilter, batchSize = 500): AsyncGenerator<LetterDto[]> {
  let cursor: string | undefined;
  const today = almatyToday();
  for (;;) {
    const page = await listLetters(db, meta, filter, { limit: batchSize, cursor }, today);
    if (page.items.length) yield page.items;
    if (!page.nextCursor) return;
    cursor = page.nextCursor;
  }
}

async function findLetter(db: Executor, id: string): Promise<LetterRow> {
  const [row] = await db.select().from(letters).where(eq(letters.id, id));
  if (!row) throw errors.notFound('letter');
  return row;
}

export async function getLetter(db: Executor, id: string): Promise<LetterDto> {
  const [dto] = await toDtos(db, [await findLetter(db, id)], almatyToday());
  return dto!;
}

/** Letters about one case, newest first, for the case view. */
export async function listCaseLetters(db: Executor, meta: RequestMeta, caseId: string): Promise<LetterDto[]> {
  await checkCaseVisible(db, meta.actor, caseId);
  return (await listLetters(db, meta, { caseId }, { limit: 200 })).items;
}

/**
 * A number is unique per register and year ("Исх. № 1" starts again each
 * January), compared without case or spaces. The lock keeps two clerks
 * registering the same number at once from both succeeding.
 */
async function checkNumberFree(db: Executor, direction: string, number: string, letterDate: string, exceptId?: string): Promise<void> {
  const year = letterDate.slice(0, 4);
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`letters:${direction}:${year}`}))`);
  const normalized = (value: SQL) => sql`regexp_replace(lower(${value}), '\\s+', '', 'g')`;
  const [taken] = await db
    .select({ id: letters.id })
    .from(letters)
    .where(
      and(
        eq(letters.direction, direction),
        sql`${normalized(sql`${letters.number}`)} = ${normalized(sql`${number}`)}`,
        sql`extract(year from ${letters.letterDate}) = ${Number(year)}`,
        exceptId ? sql`${letters.id} <> ${exceptId}` : undefined,
      ),
    )
    .limit(1);
  if (taken) throw errors.conflict('letter_number_taken', { letterId: taken.id });
}

/** An incoming reply answers an outgoing letter, and cannot predate it. */
async function checkReplyTarget(db: Executor, inReplyToId: string, letterDate: string): Promise<void> {
  const [target] = await db.select().from(letters).where(eq(letters.id, inReplyToId));
  if (!target) throw errors.unprocessable('reply_target_not_found', { inReplyToId });
  if (target.direction !== 'outgoing') throw errors.unprocessable('reply_target_not_outgoing', { inReplyToId });
  if (letterDate < target.letterDate) throw errors.unprocessable('reply_before_letter', { letterDate: target.letterDate });
}

/**
 * Which of these ids are support cases. The support module's index offers no
 * such lookup yet, so this reads its table's primary key and nothing else.
 */
async function existingCaseIds(db: Executor, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await db.select({ id: supportCases.id }).from(supportCases).where(inArray(supportCases.id, ids));
  return new Set(rows.map((r) => r.id));
}

async function checkCases(db: Executor, caseIds: string[]): Promise<string[]> {
  const unique = [...new Set(caseIds)];
  const found = await existingCaseIds(db, unique);
  const missing = unique.filter((id) => !found.has(id));
  if (missing.length) throw errors.unprocessable('unknown_cases', { caseIds: missing });
  return unique;
}

function fieldError(path: string, code: string): AppError {
  return errors.validation([{ path: `json.${path}`, code: `custom_${code}`, message: '' }]);
}

export async function createLetter(db: Executor, meta: RequestMeta, input: CreateLetter): Promise<LetterDto> {
  const inReplyToId = input.direction === 'incoming' ? (input.inReplyToId ?? null) : null;
  if (inReplyToId) await checkReplyTarget(db, inReplyToId, input.letterDate);
  const caseIds = await checkCases(db, input.caseIds);
  await checkNumberFree(db, input.direction, input.number, input.letterDate);
  const [row] = await db
    .insert(letters)
    .values({
      direction: input.direction,
      number: input.number,
      letterDate: input.letterDate,
      counterparty: input.counterparty,
      signatory: input.signatory,
      subject: input.subject,
      replyDueDate: input.direction === 'outgoing' ? (input.replyDueDate ?? null) : null,
      inReplyToId,
      createdBy: meta.actor?.id ?? null,
    })
    .returning();
  if (caseIds.length) await db.insert(letterCases).values(caseIds.map((caseId) => ({ letterId: row!.id, caseId })));
  await recordAudit(db, meta, {
    action: inReplyToId ? 'letter.reply_register' : 'letter.create',
    entityType: 'letter',
    entityId: row!.id,
    details: { direction: input.direction, inReplyToId, caseCount: caseIds.length },
  });
  return getLetter(db, row!.id);
}

export async function updateLetter(db: Executor, meta: RequestMeta, id: string, input: UpdateLetterInput): Promise<LetterDto> {
  const row = await findLetter(db, id);
  const next = { ...row, ...input };
  if (row.direction === 'incoming' && input.replyDueDate) throw fieldError('replyDueDate', 'reply_due_outgoing_only');
  if (row.direction === 'outgoing' && input.inReplyToId) throw fieldError('inReplyToId', 'in_reply_to_incoming_only');
  if (next.replyDueDate && next.replyDueDate < next.letterDate) throw fieldError('replyDueDate', 'reply_due_before_letter');
  if (next.inReplyToId && (input.inReplyToId !== undefined || input.letterDate !== undefined)) {
    if (next.inReplyToId === id) throw errors.unprocessable('reply_target_not_outgoing', { inReplyToId: id });
    await checkReplyTarget(db, next.inReplyToId, next.letterDate);
  }
  if (input.number !== undefined || input.letterDate !== undefined) await checkNumberFree(db, row.direction, next.number, next.letterDate, id);
  await db
    .update(letters)
    .set({
      number: next.number,
      letterDate: next.letterDate,
      counterparty: next.counterparty,
      signatory: next.signatory,
      subject: next.subject,
      replyDueDate: next.replyDueDate ?? null,
      inReplyToId: next.inReplyToId ?? null,
      updatedAt: new Date(),
    })
    .where(eq(letters.id, id));
  const changed = Object.keys(input).filter((key) => (input as Record<string, unknown>)[key] !== (row as Record<string, unknown>)[key]);
  await recordAudit(db, meta, { action: 'letter.update', entityType: 'letter', entityId: id, details: { changed } });
  return getLetter(db, id);
}

/**
 * Registers the incoming answer to an outgoing letter in one step: sender,
 * subject and cases default to those of the letter it answers.
 */
export async function registerReply(
  db: Executor,
  meta: RequestMeta,
  outgoingId: string,
  input: RegisterReplyInput,
): Promise<{ letter: LetterDto; reply: LetterDto }> {
  const outgoing = await getLetter(db, outgoingId);
  if (outgoing.direction !== 'outgoing') throw errors.unprocessable('reply_target_not_outgoing', { inReplyToId: outgoingId });
  const reply = await createLetter(db, meta, {
    direction: 'incoming',
    number: input.number,
    letterDate: input.letterDate,
    counterparty: input.counterparty ?? outgoing.counterparty,
    signatory: input.signatory ?? '',
    subject: input.subject ?? outgoing.subject,
    inReplyToId: outgoingId,
    caseIds: input.caseIds ?? outgoing.caseIds,
  });
  return { letter: await getLetter(db, outgoingId), reply };
}

/** Replaces the cases a letter concerns. */
export async function setLetterCases(db: Executor, meta: RequestMeta, id: string, caseIds: string[]): Promise<LetterDto> {
  await findLetter(db, id);
  const wanted = await checkCases(db, caseIds);
  const before = (await db.select({ caseId: letterCases.caseId }).from(letterCases).where(eq(letterCases.letterId, id))).map((r) => r.caseId);
  await db.delete(letterCases).where(eq(letterCases.letterId, id));
  if (wanted.length) await db.insert(letterCases).values(wanted.map((caseId) => ({ letterId: id, caseId })));
  await recordAudit(db, meta, {
    action: 'letter.cases_set',
    entityType: 'letter',
    entityId: id,
    details: { added: wanted.filter((c) => !before.includes(c)), removed: before.filter((c) => !wanted.includes(c)) },
  });
  return getLetter(db, id);
}

/** Counts for a period (by letter date); "awaiting" and "overdue" are as of today. */
export async function letterStatistics(db: Executor, period: { from?: string | undefined; to?: string | undefined }, today = almatyToday()): Promise<LetterStatsDto> {
  const count = (condition: SQL) => sql<number>`(count(*) filter (where ${condition}))::int`;
  const [row] = await db
    .select({
      sent: count(sql`${letters.direction} = 'outgoing'`),
      received: count(sql`${letters.direction} = 'incoming'`),
      repliesReceived: count(sql`${letters.direction} = 'incoming' and ${letters.inReplyToId} is not null`),
      awaitingReply: count(awaitingSql),
      overdue: count(overdueSql(today)),
    })
    .from(letters)
    .where(and(period.from ? gte(letters.letterDate, period.from) : undefined, period.to ? lte(letters.letterDate, period.to) : undefined));
  return { from: period.from ?? null, to: period.to ?? null, sent: 0, received: 0, repliesReceived: 0, awaitingReply: 0, overdue: 0, ...row };
}
