import { date, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';

/**
 * Exceptions to the Monday–Friday week: public holidays, days off moved by a
 * government decree, and Saturdays made working days in exchange. The
 * statutory holidays are seeded from the law; admins add the yearly decrees.
 */
export const calendarDays = pgTable('calendar_days', {
  day: date('day', { mode: 'string' }).primaryKey(),
  /** holiday | day_off (moved rest day) | working_day (a weekend day worked instead) */
  kind: varchar('kind', { length: 16 }).notNull(),
  nameKk: text('name_kk').notNull(),
  nameRu: text('name_ru').notNull(),
  nameEn: text('name_en').notNull(),
  /** The law or decree that makes the day an exception. */
  basis: text('basis').notNull(),
  updatedBy: uuid('updated_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
