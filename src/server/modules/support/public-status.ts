import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../platform/db';
import { errors } from '../../platform/errors';
import { accessCodeMatches } from './access-codes';
import { supportCaseEntries, supportCases } from './support.tables';
import type { AppealStatusDto, CaseStatus } from './support.schema';
import type { CaseRow } from './workflow';

/**
 * The case an applicant may read with number and access code. A wrong number
 * and a wrong code give the same answer, so neither can be probed alone.
 */
export async function caseByAccessCode(db: Executor, secret: string, number: string, code: string): Promise<CaseRow> {
  const [row] = await db.select().from(supportCases).where(eq(supportCases.number, number.trim()));
  if (!row || row.anonymizedAt || !accessCodeMatches(secret, row.id, code, row.accessCodeHash)) throw errors.notFound('appeal');
  return row;
}

/** The row again after a change, for answering with the new status. */
export async function caseById(db: Executor, id: string): Promise<CaseRow | undefined> {
  const [row] = await db.select().from(supportCases).where(eq(supportCases.id, id));
  return row;
}

/** What the applicant sees: their messages and the public replies, never internal notes or staff names. */
export async function appealStatusFor(db: Executor, row: CaseRow): Promise<AppealStatusDto> {
  const entries = await db
    .select({ kind: supportCaseEntries.kind, body: supportCaseEntries.body, createdAt: supportCaseEntries.createdAt })
    .from(supportCaseEntries)
    .where(and(eq(supportCaseEntries.caseId, row.id), inArray(supportCaseEntries.kind, ['message', 'reply'])))
    .orderBy(asc(supportCaseEntries.id));
  return {
    number: row.number,
    topic: row.topicCode,
    status: row.status as CaseStatus,
    createdAt: row.createdAt.toISOString(),
    dueAt: row.dueAt.toISOString(),
    answeredAt: row.answeredAt?.toISOString() ?? null,
    closedAt: row.closedAt?.toISOString() ?? null,
    entries: entries.map((e) => ({ kind: e.kind as 'message' | 'reply', body: e.body, createdAt: e.createdAt.toISOString() })),
  };
}
