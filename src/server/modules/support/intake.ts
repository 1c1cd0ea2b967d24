import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { queryFixed, StatementParams, uniqueViolation, type Db, type Executor } from '../../platform/db';
import { errors, type FieldIssue } from '../../platform/errors';
import { detectLanguage } from '../../../lib/text/language';
import { nameSearchKeys } from '../../../lib/text/names';
import { searchTokens } from '../../../lib/text/search';
import { almatyDay, almatyInstant, loadWorkingCalendar, shiftDay, type WorkingCalendar } from '../calendar';
import { listRegions } from '../kato';
import { choosePerson, contactLookupFrom, personWriteCtes, registerUnknownContact, resolvePerson, type ContactInput, type ContactPeopleRow } from '../people';
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

/**
 * Every appeal of one Almaty day under one deadline falls due at the same
 * moment; counting the working days out costs more than the rest of the
 * checks, so the answer is kept for the day (and for this calendar: an edit
 * of the calendar loads a new one).
 */
let deadlines: { calendar: WorkingCalendar; from: number; until: number; byDays: Map<number, Date> } | null = null;
function deadlineFor(calendar: WorkingCalendar, now: Date, workingDays: number): Date {
  const at = now.getTime();
  if (!deadlines || deadlines.calendar !== calendar || at < deadlines.from || at >= deadlines.until) {
    const day = almatyDay(now);
    deadlines = { calendar, from: almatyInstant(day, 0).getTime(), until: almatyInstant(shiftDay(day, 1), 0).getTime(), byDays: new Map() };
  }
  let due = deadlines.byDays.get(workingDays);
  if (!due) {
    due = calendar.addWorkingDays(now, workingDays);
    deadlines.byDays.set(workingDays, due);
  }
  return new Date(due);
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

/** What every appeal needs before it is written: checked topic fields, the reply language, the deadline, an id and access code. */
async function draftCase(db: Executor, input: NewCase, now: Date) {
  const topic = await activeTopic(db, input.topicCode);
  const fields = checkTopicFields(topic.fields, input.fields);
  if (input.regionCode && !(await knownRegion(db, input.regionCode))) {
    throw errors.validation([{ path: 'json.region', code: 'not_a_region', message: '' }]);
  }
  const language = replyLanguage(input.message, input.language);
  const calendar = await loadWorkingCalendar(db);
  const id = randomUUID();
  const accessCode = generateAccessCode();
  const subject = subjectOf(input.message);
  return {
    id,
    accessCode,
    topic,
    fields,
    language,
    subject,
    contact: { ...input.person, language, regionCode: input.regionCode ?? null },
    dueAt: deadlineFor(calendar, now, topic.deadlineWorkingDays),
    searchText: caseSearchText(input.person.name, subject, language),
  };
}
type CaseDraft = Awaited<ReturnType<typeof draftCase>>;

/**
 * Registers an appeal from any channel in one transaction: the person is
 * found or registered, the deadline is set on the working-day calendar, the
 * first message and its files are stored. `keyChecked`: the caller has just
 * looked the Idempotency-Key up, so it is not looked up again.
 */
export async function createCase(db: Executor, secret: string, input: NewCase, now = new Date(), keyChecked = false): Promise<CreatedCase> {
  if (input.idempotency && !keyChecked) {
    const existing = await existingForKey(db, secret, input.idempotency.key, input.idempotency.fingerprint);
    if (existing) return existing;
  }
  const draft = await draftCase(db, input, now);
  const { id, accessCode, topic, language, subject } = draft;
  const person = await resolvePerson(db, draft.contact, input.channel);
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
      fields: draft.fields,
      documentsSeen: input.documentsSeen ?? [],
      channelDetails: input.channelDetails ?? {},
      consentAt: input.consentGiven ? now : null,
      consentVersion: input.consentGiven ? consentVersion : null,
      partnerId: input.partnerId ?? null,
      idempotencyKey: input.idempotency?.key ?? null,
      idempotencyFingerprint: input.idempotency?.fingerprint ?? null,
      accessCodeSealed: input.idempotency ? sealAccessCode(secret, accessCode) : null,
      dueAt: draft.dueAt,
      lastApplicantAt: now,
      searchText: draft.searchText,
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

/** The case and its first message as common table expressions of fixed text (createCase's insert, column for column), written only under `guard`. */
function caseWriteCtes(secret: string, input: NewCase, draft: CaseDraft, personId: string, guard: string, now: Date, params: StatementParams): string[] {
  const at = params.add(now, 'timestamptz');
  const id = params.add(draft.id, 'uuid');
  const values = [
    id,
    // Six digits at least; never cut: lpad would truncate the millionth serial to six digits and repeat a number.
    `(select to_char(${at} at time zone 'Asia/Almaty', 'YYYY') || '-' || lpad(serial::text, greatest(6, length(serial::text)), '0') from nextval('support_case_number_seq') serial)`,
    params.add(hashAccessCode(secret, draft.id, draft.accessCode), 'text'),
    params.add(draft.topic.code, 'text'),
    params.add(input.channel, 'text'),
    params.add(input.regionCode ?? null, 'text'),
    params.add(draft.topic.team, 'text'),
    params.add(personId, 'uuid'),
    params.add(input.person.name, 'text'),
    params.add(draft.language, 'text'),
    params.add(draft.subject, 'text'),
    params.add(JSON.stringify(draft.fields), 'jsonb'),
    params.add(JSON.stringify(input.documentsSeen ?? []), 'jsonb'),
    params.add(JSON.stringify(input.channelDetails ?? {}), 'jsonb'),
    params.add(input.consentGiven ? now : null, 'timestamptz'),
    params.add(input.consentGiven ? consentVersion : null, 'text'),
    params.add(input.partnerId ?? null, 'uuid'),
    params.add(input.idempotency?.key ?? null, 'text'),
    params.add(input.idempotency?.fingerprint ?? null, 'text'),
    params.add(input.idempotency ? sealAccessCode(secret, draft.accessCode) : null, 'text'),
    params.add(draft.dueAt, 'timestamptz'),
    at,
    params.add(draft.searchText, 'text'),
    at,
    at,
  ];
  return [
    `new_case as (insert into support_cases (id, number, access_code_hash, topic_code, channel, region_code, team, person_id, applicant_name, language, subject, fields, documents_seen, channel_details, consent_at, consent_version, partner_id, idempotency_key, idempotency_fingerprint, access_code_sealed, due_at, last_applicant_at, search_text, created_at, updated_at) select ${values.join(', ')} where ${guard} returning number)`,
    `new_entry as (insert into support_case_entries (case_id, kind, channel, author_id, body, external_id, created_at) select ${id}, 'message', ${params.add(input.channel, 'text')}, ${params.add(input.registeredBy ?? null, 'uuid')}, ${params.add(input.message, 'text')}, ${params.add(input.externalId ?? null, 'text')}, ${at} where ${guard})`,
  ];
}

/**
 * createCase for an appeal without files or call-back, in statements that
 * are each atomic on their own, so no BEGIN/COMMIT round trips: a new
 * applicant's person, case and first message are written by the statement
 * that looks the contact up; a known contact's by a second one, once
 * choosePerson has decided whom it belongs to.
 */
async function createCaseWithoutTransaction(db: Db, secret: string, input: NewCase, now: Date, keyChecked: boolean): Promise<CreatedCase> {
  if (input.idempotency && !keyChecked) {
    const existing = await existingForKey(db, secret, input.idempotency.key, input.idempotency.fingerprint);
    if (existing) return existing;
  }
  const draft = await draftCase(db, input, now);
  const created = (personId: string, number: string): CreatedCase => ({ id: draft.id, number, accessCode: draft.accessCode, created: true, personId });
  const first = new StatementParams();
  const unknown = registerUnknownContact(draft.contact, input.channel, first);
  const firstText = `with recursive ${[...unknown.ctes, ...caseWriteCtes(secret, input, draft, unknown.personId, unknown.guard, now, first)].join(',\n')}
select (select number from new_case) as number, c.* from (select 1) one left join contact_people c on true`;
  const rows = await queryFixed<ContactPeopleRow & { number: string | null }>(db, 'support_intake_unknown_contact', firstText, first.values);
  if (rows[0]?.number) return created(unknown.personId, rows[0].number);

  const lookup = contactLookupFrom(draft.contact, rows);
  const second = new StatementParams();
  const person = personWriteCtes(choosePerson(draft.contact, lookup), draft.contact, lookup, input.channel, now, second);
  const ctes = [...person.ctes, ...caseWriteCtes(secret, input, draft, person.personId, person.guard, now, second)];
  // The first part names the variant (new_person or person_blanks), and with it the statement's fixed text.
  const name = `support_intake_${person.ctes[0]!.slice(0, person.ctes[0]!.indexOf(' '))}`;
  const [row] = await queryFixed<{ number: string }>(db, name, `with ${ctes.join(',\n')}\nselect number from new_case`, second.values);
  return created(person.personId, row!.number);
}

const isIdempotencyRace = (error: unknown) => uniqueViolation(error)?.includes('idempotency') ?? false;

/**
 * createCase, atomically: an appeal without files or call-back in
 * statements that are each atomic on their own, any other in a transaction.
 * Two requests racing with one Idempotency-Key meet at the unique index: the
 * loser answers with the winner's case. `keyChecked`: the caller already
 * looked the key up (filedCaseForKey), so the hot path does not do it twice.
 */
export async function createCaseOnce(db: Db, secret: string, input: NewCase, options: { keyChecked?: boolean } = {}): Promise<CreatedCase> {
  const keyChecked = options.keyChecked ?? false;
  try {
    const now = new Date();
    if (!input.attachments?.length && !input.callback) return await createCaseWithoutTransaction(db, secret, input, now, keyChecked);
    return await db.transaction((tx) => createCase(tx, secret, input, now, keyChecked));
  } catch (error) {
    const cause = (error as { cause?: unknown }).cause ?? error;
    if (input.idempotency && (isIdempotencyRace(error) || isIdempotencyRace(cause))) {
      const existing = await existingForKey(db, secret, input.idempotency.key, input.idempotency.fingerprint);
      if (existing) return existing;
    }
    throw error;
  }
}
