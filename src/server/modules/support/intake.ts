import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Db, Executor } from '../../platform/db';
import { errors, type FieldIssue } from '../../platform/errors';
import { detectLanguage } from '../../../lib/text/language';
import { nameSearchKeys } from '../../../lib/text/names';
import { searchTokens } from '../../../lib/text/search';
import { loadWorkingCalendar } from '../calendar';
import { listRegions } from '../kato';
import { resolvePerson, type ContactInput } from '../people';
import { generateAccessCode, hashAccessCode, sealAccessCode, unsealAccessCode } from './access-codes';
import type { StoredAttachment } from './attachments';
import { supportAttachments, supportCaseEntries, supportCases, supportTasks, type TopicField } from './support.tables';
import type { Channel } from './support.schema';
import { activeTopic } from './topics.service';

/** The version of the consent text the portal shows; kept with each case. */
export const consentVersion = 'pd-2026-01';

export type NewCase = {
  channel: Channel;
  topicCode: string;
  message: string;
  language?: 'kk' | 'ru' | 'en' | undefined;
  regionCode?: string | null | undefined;
  person: ContactInput;
  fields?: Record<string, unknown> | undefined;
  documentsSeen?: string[] | undefined;
  channelDetails?: Record<string, unknown> | undefined;
  consentGiven: boolean;
  partnerId?: string | null | undefined;
  idempotency?: { key: string; fingerprint: string } | undefined;
  attachments?: StoredAttachment[] | undefined;
  /** Message-Id or Telegram message id of the first message. */
  externalId?: string | undefined;
  /** Staff member who registered it (front office, call, back office). */
  registeredBy?: string | null | undefined;
  callback?: { dueAt: Date; assigneeId: string | null } | undefined;
};

export type CreatedCase = { id: string; number: string; accessCode: string | null; created: boolean; personId: string };

let regionCodes: { codes: Set<string>; loadedAt: number } | null = null;
async function knownRegion(db: Executor, code: string): Promise<boolean> {
  if (!regionCodes || Date.now() - regionCodes.loadedAt > 600_000) {
    regionCodes = { codes: new Set((await listRegions(db)).map((r) => r.code)), loadedAt: Date.now() };
  }
  return regionCodes.codes.has(code);
}

/** Checks the topic's own fields: required ones present, numbers numeric, list values from the list. */
export function checkTopicFields(definitions: TopicField[], values: Record<string, unknown> = {}, path = 'json.fields'): Record<string, unknown> {
  const issues: FieldIssue[] = [];
  const known = new Map(definitions.map((d) => [d.code, d]));
  for (const key of Object.keys(values)) if (!known.has(key)) issues.push({ path: `${path}.${key}`, code: 'unrecognized_key', message: '' });
  const accepted: Record<string, unknown> = {};
  for (const field of definitions) {
    const value = values[field.code];
    const empty = value === undefined || value === '' || (Array.isArray(value) && !value.length);
    if (empty) {
      if (field.required) issues.push({ path: `${path}.${field.code}`, code: 'required', message: '' });
      continue;
    }
    const allowed = new Set(field.values?.map((v) => v.key) ?? []);
    const ok =
      field.datatype === 'number' ? typeof value === 'number' || (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value))
      : field.datatype === 'singlevaluelist' ? typeof value === 'string' && allowed.has(value)
      : field.datatype === 'multivaluelist' ? Array.isArray(value) && value.every((v) => allowed.has(String(v)))
      : field.datatype === 'datetime' ? typeof value === 'string' && !Number.isNaN(Date.parse(value))
      : typeof value === 'string';
    if (!ok) issues.push({ path: `${path}.${field.code}`, code: 'field_value_invalid', message: '' });
    else accepted[field.code] = field.datatype === 'number' ? Number(value) : value;
  }
  if (issues.length) throw errors.validation(issues);
  return accepted;
}

/** One line that names the appeal in lists: its first sentence, shortened. */
export function subjectOf(message: string): string {
  const firstLine = message.trim().split(/\n|(?<=[.!?])\s/)[0] ?? '';
  return firstLine.length > 140 ? `${firstLine.slice(0, 137).trimEnd()}…` : firstLine;
}

export function caseSearchText(applicantName: string, subject: string, language: string): string {
  return [...nameSearchKeys(applicantName), ...searchTokens(subject, language as 'kk' | 'ru' | 'en')].join(' ');
}

function replyLanguage(message: string, given: NewCase['language']): 'kk' | 'ru' | 'en' {
  if (given) return given;
  const { lang } = detectLanguage(message);
  return lang === 'ru' || lang === 'en' ? lang : 'kk';
}

/** The case a request with this Idempotency-Key already filed, or null; another body under the key is refused. */
export function filedCaseForKey(db: Executor, secret: string, idempotency: { key: string; fingerprint: string }): Promise<CreatedCase | null> {
  return existingForKey(db, secret, idempotency.key, idempotency.fingerprint);
}

async function existingForKey(db: Executor, secret: string, key: string, fingerprint: string): Promise<CreatedCase | null> {
  const [found] = await db
    .select({ id: supportCases.id, number: supportCases.number, fingerprint: supportCases.idempotencyFingerprint, sealed: supportCases.accessCodeSealed, personId: supportCases.personId })
    .from(supportCases)
    .where(eq(supportCases.idempotencyKey, key));
  if (!found) return null;
  if (found.fingerprint !== fingerprint) throw errors.unprocessable('idempotency_key_reused');
  const accessCode = found.sealed ? unsealAccessCode(secret, found.sealed) : null;
  if (!accessCode) throw errors.conflict('idempotency_key_expired');
  return { id: found.id, number: found.number, accessCode, created: false, personId: found.personId };
}

/**
 * Registers an appeal from any channel in one transaction: the person is
 * found or registered, the deadline is set on the working-day calendar, the
 * first message and its files are stored.
 */
export async function createCase(db: Executor, secret: string, input: NewCase, now = new Date()): Promise<CreatedCase> {
  if (input.idempotency) {
    const existing = await existingForKey(db, secret, input.idempotency.key, input.idempotency.fingerprint);
    if (existing) return existing;
  }
  const topic = await activeTopic(db, input.topicCode);
  const fields = checkTopicFields(topic.fields, input.fields);
  if (input.regionCode && !(await knownRegion(db, input.regionCode))) {
    throw errors.validation([{ path: 'json.region', code: 'not_a_region', message: '' }]);
  }
  const language = replyLanguage(input.message, input.language);
  const person = await resolvePerson(db, { ...input.person, language, regionCode: input.regionCode ?? null }, input.channel);
  const calendar = await loadWorkingCalendar(db);
  const id = randomUUID();
  const accessCode = generateAccessCode();
  const subject = subjectOf(input.message);
  const caseInsert = db
    .insert(supportCases)
    .values({
      id,
      // Six digits at least; never cut: lpad would truncate the millionth serial to six digits and repeat a number.
      number: sql`(select to_char(${now}::timestamptz at time zone 'Asia/Almaty', 'YYYY') || '-' || lpad(serial::text, greatest(6, length(serial::text)), '0') from nextval('support_case_number_seq') serial)`,
      accessCodeHash: hashAccessCode(secret, id, accessCode),
      topicCode: topic.code,
      channel: input.channel,
      regionCode: input.regionCode ?? null,
      team: topic.team,
      personId: person.personId,
      applicantName: input.person.name,
      language,
      subject,
      fields,
      documentsSeen: input.documentsSeen ?? [],
      channelDetails: input.channelDetails ?? {},
      consentAt: input.consentGiven ? now : null,
      consentVersion: input.consentGiven ? consentVersion : null,
      partnerId: input.partnerId ?? null,
      idempotencyKey: input.idempotency?.key ?? null,
      idempotencyFingerprint: input.idempotency?.fingerprint ?? null,
      accessCodeSealed: input.idempotency ? sealAccessCode(secret, accessCode) : null,
      dueAt: calendar.addWorkingDays(now, topic.deadlineWorkingDays),
      lastApplicantAt: now,
      searchText: caseSearchText(input.person.name, subject, language),
      createdAt: now,
      updatedAt: now,
    })
    .returning({ number: supportCases.number });
  const entryInsert = db
    .insert(supportCaseEntries)
    .values({ caseId: id, kind: 'message', channel: input.channel, authorId: input.registeredBy ?? null, body: input.message, externalId: input.externalId ?? null, createdAt: now })
    .returning({ id: supportCaseEntries.id });
  // The case and its first message in one statement: one round trip less on every appeal.
  const { rows } = await db.execute<{ number: string; entry_id: number }>(
    sql`with new_case as (${caseInsert.getSQL()}), new_entry as (${entryInsert.getSQL()}) select (select number from new_case) as number, (select id from new_entry) as entry_id`,
  );
  const row = rows[0]!;
  const entry = { id: Number(row.entry_id) };
  if (input.attachments?.length) {
    await db.insert(supportAttachments).values(input.attachments.map((a) => ({ ...a, caseId: id, entryId: entry.id })));
  }
  if (input.callback) {
    await db.insert(supportTasks).values({ caseId: id, kind: 'callback', dueAt: input.callback.dueAt, assigneeId: input.callback.assigneeId, createdBy: input.registeredBy ?? null });
  }
  return { id, number: row.number, accessCode, created: true, personId: person.personId };
}

const isIdempotencyRace = (error: unknown) =>
  (error as { code?: string; constraint?: string })?.code === '23505' && String((error as { constraint?: string }).constraint ?? '').includes('idempotency');

/**
 * createCase in its own transaction. Two requests racing with one
 * Idempotency-Key meet at the unique index: the loser answers with the
 * winner's case.
 */
export async function createCaseOnce(db: Db, secret: string, input: NewCase): Promise<CreatedCase> {
  try {
    return await db.transaction((tx) => createCase(tx, secret, input));
  } catch (error) {
    const cause = (error as { cause?: unknown }).cause ?? error;
    if (input.idempotency && (isIdempotencyRace(error) || isIdempotencyRace(cause))) {
      const existing = await existingForKey(db, secret, input.idempotency.key, input.idempotency.fingerprint);
      if (existing) return existing;
    }
    throw error;
  }
}
