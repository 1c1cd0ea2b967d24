import { sql } from 'drizzle-orm';
import { boolean, index, pgTable, smallint, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { tsvector } from '../../platform/db/column-types';


/**
 * The official KATO classifier (NK RK 11-2025): regions, districts, rural
 * okrugs and settlements, keyed by the 9-digit code kept as a string.
 */
export const katoUnits = pgTable(
  'kato_units',
  {
    code: varchar('code', { length: 9 }).primaryKey(),
    parentCode: varchar('parent_code', { length: 9 }),
    /** Code of the region (oblast or city of republican significance) the unit lies in. */
    regionCode: varchar('region_code', { length: 9 }).notNull(),
    level: varchar('level', { length: 16 }).notNull(),
    typeCode: smallint('type_code').notNull(),
    nameKk: text('name_kk').notNull(),
    nameRu: text('name_ru').notNull(),
    classifierVersion: varchar('classifier_version', { length: 32 }).notNull(),
    /** Kazakh name in the official Latin alphabet (2021), from the text toolkit. */
    nameLatin: text('name_latin'),
    /** Search tokens of both names (Kazakh stemmed and folded, Russian stemmed), from the text toolkit. */
    searchText: text('search_text'),
    searchVector: tsvector('search_vector').generatedAlwaysAs(sql`to_tsvector('simple', coalesce(search_text, ''))`),
  },
  (t) => [
    index('kato_units_parent_idx').on(t.parentCode),
    index('kato_units_region_level_idx').on(t.regionCode, t.level),
    index('kato_units_search_idx').using('gin', t.searchVector),
  ],
);

/** Regions the state names for resettlement of kandas; admins keep the list current. */
export const priorityRegions = pgTable('priority_regions', {
  regionCode: varchar('region_code', { length: 9 })
    .primaryKey()
    .references(() => katoUnits.code),
  /** The programme or order that lists the region, e.g. "Government decree 2025". */
  basis: text('basis').notNull(),
  active: boolean('active').notNull().default(true),
  updatedBy: uuid('updated_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
