import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgSequence,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { bytea, tsvector } from '../../platform/db/column-types';
import type { LocalizedText } from '../../../lib/contracts/localized';

export type { LocalizedText };



/** An Open311 attribute: one extra field a topic asks for. */
export type TopicField = {
  code: string;
  datatype: 'string' | 'text' | 'number' | 'datetime' | 'singlevaluelist' | 'multivaluelist';
  required: boolean;
  label: LocalizedText;
  values?: Array<{ key: string; name: LocalizedText }>;
};

/** A document the applicant must show or attach for the topic. */
export type TopicDocument = { code: string; name: LocalizedText; required: boolean };

/**
 * Topics are the support center's service definitions (Open311 "services"):
 * each has its own fields, document checklist, handling team and a deadline
 * in working days.
 */
export const supportTopics = pgTable('support_topics', {
  code: varchar('code', { length: 40 }).primaryKey(),
  name: jsonb('name').$type<LocalizedText>().notNull(),
  description: jsonb('description').$type<LocalizedText>().notNull(),
  /** front_office | back_office | contact_center: who handles it. */
  team: varchar('team', { length: 32 }).notNull(),
  deadlineWorkingDays: smallint('deadline_working_days').notNull(),
  fields: jsonb('fields').$type<TopicField[]>().notNull().default([]),
  documents: jsonb('documents').$type<TopicDocument[]>().notNull().default([]),
  /** Open311 keywords and group. */
  keywords: text('keywords').notNull().default(''),
  active: boolean('active').notNull().default(true),
  sortOrder: smallint('sort_order').notNull().default(0),
  updatedBy: uuid('updated_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const supportCaseNumbers = pgSequence('support_case_number_seq', { startWith: 1, cache: 1 });

/**
 * One appeal. Status: new → assigned → in_progress → waiting_applicant |
 * waiting_authority → answered → closed. The deadline clock stops while a
 * case waits (paused_at) and due_at moves on by the paused time.
 */
export const supportCases = pgTable(
  'support_cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Human number, e.g. 2026-000123: what the applicant quotes. */
    number: varchar('number', { length: 20 }).notNull(),
    /** HMAC of the access code given to the applicant with the number. */
    accessCodeHash: varchar('access_code_hash', { length: 64 }).notNull(),
    topicCode: varchar('topic_code', { length: 40 })
      .notNull()
      .references(() => supportTopics.code),
    /** web | front_office | call | back_office | email | telegram | partner */
    channel: varchar('channel', { length: 16 }).notNull(),
    status: varchar('status', { length: 24 }).notNull().default('new'),
    regionCode: varchar('region_code', { length: 9 }),
    team: varchar('team', { length: 32 }).notNull(),
    personId: uuid('person_id').notNull(),
    /** The name as the applicant gave it in this appeal. */
    applicantName: text('applicant_name').notNull(),
    /** Language of the appeal: replies go out in it. */
    language: varchar('language', { length: 2 }).notNull(),
    subject: text('subject').notNull(),
    assigneeId: uuid('assignee_id'),
    assignedAt: timestamp('assigned_at', { withTimezone: true }),
    /** The topic's extra fields, keyed by field code. */
    fields: jsonb('fields').$type<Record<string, unknown>>().notNull().default({}),
    /** Codes of the documents the front office has seen. */
    documentsSeen: jsonb('documents_seen').$type<string[]>().notNull().default([]),
    /** What the channel adds: the call, the registration number of a letter, the e-mail thread. */
    channelDetails: jsonb('channel_details').$type<Record<string, unknown>>().notNull().default({}),
    consentAt: timestamp('consent_at', { withTimezone: true }),
    /** Which consent text the person agreed to, e.g. "pd-2026-01". */
    consentVersion: varchar('consent_version', { length: 32 }),
    partnerId: uuid('partner_id'),
    idempotencyKey: varchar('idempotency_key', { length: 128 }),
    /** SHA-256 of the request that carried the key: the same key with another body is refused. */
    idempotencyFingerprint: varchar('idempotency_fingerprint', { length: 64 }),
    /**
     * The access code sealed (AES-GCM) so that a retried request can be answered
     * with it; cleared after a day, when retries are over.
     */
    accessCodeSealed: text('access_code_sealed'),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    pausedAt: timestamp('paused_at', { withTimezone: true }),
    warnedAt: timestamp('warned_at', { withTimezone: true }),
    firstResponseAt: timestamp('first_response_at', { withTimezone: true }),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    /** Last time the applicant wrote: a new message reopens the case. */
    lastApplicantAt: timestamp('last_applicant_at', { withTimezone: true }),
    searchText: text('search_text'),
    searchVector: tsvector('search_vector').generatedAlwaysAs(sql`to_tsvector('simple', coalesce(search_text, ''))`),
    anonymizedAt: timestamp('anonymized_at', { withTimezone: true }),
    /** Generated demo data: the console and the API say so, and statistics can leave it out. */
    demo: boolean('demo').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('support_cases_number_key').on(t.number),
    uniqueIndex('support_cases_idempotency_key').on(t.idempotencyKey),
    // NULLS FIRST is PostgreSQL's order for DESC: only then can `order by created_at desc, id desc` read the index.
    index('support_cases_created_idx').on(t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index('support_cases_region_created_idx').on(t.regionCode, t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index('support_cases_status_created_idx').on(t.status, t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index('support_cases_assignee_status_idx').on(t.assigneeId, t.status),
    index('support_cases_open_due_idx').on(t.dueAt).where(sql`status not in ('answered', 'closed')`),
    index('support_cases_person_idx').on(t.personId),
    // Retention reads closed cases only: open ones, every new case among them, stay out of it.
    index('support_cases_closed_idx').on(t.closedAt).where(sql`closed_at is not null and anonymized_at is null`),
    index('support_cases_search_idx').using('gin', t.searchVector),
  ],
);

/**
 * The case timeline: messages from the applicant, public replies, internal
 * notes and events (status, assignment, transfer, referral), in one table so
 * the case view reads it in one query.
 */
export const supportCaseEntries = pgTable(
  'support_case_entries',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => supportCases.id, { onDelete: 'cascade' }),
    /** message (from the applicant) | reply (public) | note (internal) | event */
    kind: varchar('kind', { length: 16 }).notNull(),
    channel: varchar('channel', { length: 16 }),
    authorId: uuid('author_id'),
    body: text('body').notNull().default(''),
    /** For events: {event, from, to, ...}; for replies: delivery state. */
    meta: jsonb('meta').$type<Record<string, unknown>>().notNull().default({}),
    /** Message-Id of an e-mail or the Telegram message id, for threading and de-duplication. */
    externalId: varchar('external_id', { length: 300 }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('support_case_entries_case_idx').on(t.caseId, t.id),
    index('support_case_entries_external_idx').on(t.externalId),
  ],
);

/** Files that came with an appeal or a message; the type is sniffed from the content. */
export const supportAttachments = pgTable(
  'support_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => supportCases.id, { onDelete: 'cascade' }),
    entryId: bigint('entry_id', { mode: 'number' }),
    fileName: text('file_name').notNull(),
    mediaType: varchar('media_type', { length: 100 }).notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: varchar('sha256', { length: 64 }).notNull(),
    content: bytea('content').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('support_attachments_case_idx').on(t.caseId)],
);

/** Due work on a case, such as a callback the contact center promised. */
export const supportTasks = pgTable(
  'support_tasks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => supportCases.id, { onDelete: 'cascade' }),
    kind: varchar('kind', { length: 16 }).notNull(),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    assigneeId: uuid('assignee_id'),
    note: text('note').notNull().default(''),
    doneAt: timestamp('done_at', { withTimezone: true }),
    doneBy: uuid('done_by'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('support_tasks_open_idx').on(t.dueAt).where(sql`done_at is null`), index('support_tasks_case_idx').on(t.caseId)],
);

/** Ready answers staff insert into replies; later they come from the knowledge base. */
export const supportCannedAnswers = pgTable('support_canned_answers', {
  id: uuid('id').primaryKey().defaultRandom(),
  title: jsonb('title').$type<LocalizedText>().notNull(),
  body: jsonb('body').$type<LocalizedText>().notNull(),
  topicCode: varchar('topic_code', { length: 40 }),
  active: boolean('active').notNull().default(true),
  updatedBy: uuid('updated_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Organisations that file appeals through the Open311 API, each with its own key. */
export const supportPartners = pgTable(
  'support_partners',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    /** SHA-256 of the API key; the key itself is shown once. */
    apiKeyHash: varchar('api_key_hash', { length: 64 }).notNull(),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('support_partners_key_hash_key').on(t.apiKeyHash)],
);

/** In-app notices to staff: deadline warnings, callbacks due, cases assigned. */
export const staffNotifications = pgTable(
  'staff_notifications',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    staffId: uuid('staff_id').notNull(),
    kind: varchar('kind', { length: 32 }).notNull(),
    caseId: uuid('case_id').references(() => supportCases.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [index('staff_notifications_staff_idx').on(t.staffId, t.id)],
);
