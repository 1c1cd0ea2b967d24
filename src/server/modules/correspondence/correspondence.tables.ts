import { date, index, pgTable, primaryKey, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';

/**
 * The registers of official letters: outgoing (e.g. "Исх. № 166" to a
 * ministry or akimat) and incoming. A reply to an outgoing letter is an
 * incoming letter that points back at it.
 */
export const letters = pgTable(
  'letters',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** outgoing | incoming */
    direction: varchar('direction', { length: 8 }).notNull(),
    number: varchar('number', { length: 60 }).notNull(),
    letterDate: date('letter_date', { mode: 'string' }).notNull(),
    /** Addressee of an outgoing letter, sender of an incoming one. */
    counterparty: text('counterparty').notNull(),
    signatory: text('signatory').notNull().default(''),
    subject: text('subject').notNull(),
    /** When a reply is expected (outgoing letters). */
    replyDueDate: date('reply_due_date', { mode: 'string' }),
    /** For an incoming letter: the outgoing letter it answers. */
    inReplyToId: uuid('in_reply_to_id'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('letters_direction_date_idx').on(t.direction, t.letterDate),
    index('letters_in_reply_to_idx').on(t.inReplyToId),
    index('letters_reply_due_idx').on(t.replyDueDate),
  ],
);

/** Which cases a letter concerns. */
export const letterCases = pgTable(
  'letter_cases',
  {
    letterId: uuid('letter_id')
      .notNull()
      .references(() => letters.id, { onDelete: 'cascade' }),
    caseId: uuid('case_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.letterId, t.caseId] }), index('letter_cases_case_idx').on(t.caseId)],
);
