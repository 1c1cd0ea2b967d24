import { sql } from 'drizzle-orm';
import {
  boolean,
  bigserial,
  date,
  index,
  jsonb,
  pgTable,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { tsvector } from '../../platform/db/column-types';


/**
 * The person registry: one row per person as first seen. Merging never moves
 * rows: the merged person points at the survivor (merged_into), so every
 * case and contact stays where it was and an unmerge is exact.
 */
export const people = pgTable(
  'people',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    fullName: text('full_name').notNull(),
    /** The name as printed in a passport (ICAO Latin), from the text toolkit. */
    nameLatin: text('name_latin'),
    birthDate: date('birth_date', { mode: 'string' }),
    iin: varchar('iin', { length: 12 }),
    passportNumber: varchar('passport_number', { length: 20 }),
    /** ISO 3166-1 alpha-2 of the country the person lives in or comes from. */
    country: varchar('country', { length: 2 }),
    regionCode: varchar('region_code', { length: 9 }),
    address: text('address'),
    /** Language the person writes in (kk, ru, en), for replies. */
    language: varchar('language', { length: 2 }),
    searchText: text('search_text'),
    searchVector: tsvector('search_vector').generatedAlwaysAs(sql`to_tsvector('simple', coalesce(search_text, ''))`),
    mergedInto: uuid('merged_into'),
    /** When the matcher last compared this person with the registry; null means not yet. */
    matchCheckedAt: timestamp('match_checked_at', { withTimezone: true }),
    anonymizedAt: timestamp('anonymized_at', { withTimezone: true }),
    /** A generated demo person: the console and the API say so. */
    demo: boolean('demo').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Partial: most people arrive without an IIN or a birth date and are never merged,
    // so every new person skips these three indexes (lookups are by equality).
    index('people_iin_idx').on(t.iin).where(sql`iin is not null`),
    index('people_birth_date_idx').on(t.birthDate).where(sql`birth_date is not null`),
    index('people_merged_into_idx').on(t.mergedInto).where(sql`merged_into is not null`),
    index('people_match_pending_idx').on(t.createdAt).where(sql`match_checked_at is null`),
    index('people_search_idx').using('gin', t.searchVector),
  ],
);

/**
 * Every way a person has reached us: phone, e-mail, Telegram id, passport,
 * IIN. Values are normalised (E.164 phones, lower-case e-mail) so that an
 * incoming contact is matched with one index lookup.
 */
export const personIdentifiers = pgTable(
  'person_identifiers',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    kind: varchar('kind', { length: 16 }).notNull(),
    value: varchar('value', { length: 254 }).notNull(),
    /** The channel it first came through. */
    channel: varchar('channel', { length: 16 }),
    firstSeenAt: timestamp('first_seen_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('person_identifiers_person_kind_value_key').on(t.personId, t.kind, t.value),
    index('person_identifiers_lookup_idx').on(t.kind, t.value),
  ],
);

/** Likely duplicates for staff to decide on; nothing is merged without a person deciding. */
export const personMatchProposals = pgTable(
  'person_match_proposals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    candidateId: uuid('candidate_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    score: real('score').notNull(),
    /** Which identifiers agree, e.g. [{"kind":"phone"},{"kind":"name","score":0.93}]. No values. */
    reasons: jsonb('reasons').$type<Array<{ kind: string; score?: number }>>().notNull(),
    /** open | merged | dismissed */
    status: varchar('status', { length: 16 }).notNull().default('open'),
    decidedBy: uuid('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('person_match_proposals_pair_key').on(t.personId, t.candidateId),
    index('person_match_proposals_status_idx').on(t.status, t.createdAt),
  ],
);

/** The history of merges, so a wrong one can be undone and the undo is itself recorded. */
export const personMerges = pgTable(
  'person_merges',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    survivorId: uuid('survivor_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    mergedId: uuid('merged_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    mergedBy: uuid('merged_by'),
    mergedAt: timestamp('merged_at', { withTimezone: true }).notNull().defaultNow(),
    unmergedBy: uuid('unmerged_by'),
    unmergedAt: timestamp('unmerged_at', { withTimezone: true }),
  },
  (t) => [index('person_merges_survivor_idx').on(t.survivorId), index('person_merges_merged_idx').on(t.mergedId)],
);
