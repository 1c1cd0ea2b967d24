import {
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgSequence,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import type { LocalizedText } from '../../../lib/contracts/localized';
// Tables may reference another module's tables directly: drizzle-kit loads every *.tables.ts file on its own.
import { katoUnits } from '../kato/kato.tables';

/**
 * The relocation advisor's catalogue: the main settlements of every region
 * (KATO settlements whose code ends in 00, and towns), with where they are
 * and how far the centres are. Built from the shipped reference files.
 */
export const settlements = pgTable(
  'settlements',
  {
    code: varchar('code', { length: 9 })
      .primaryKey()
      .references(() => katoUnits.code),
    /** Names copied from the classifier when the catalogue is built: Kazakh, Russian, and the Kazakh name in Latin script. */
    nameKk: text('name_kk').notNull(),
    nameRu: text('name_ru').notNull(),
    nameLatin: text('name_latin').notNull(),
    regionCode: varchar('region_code', { length: 9 }).notNull(),
    districtCode: varchar('district_code', { length: 9 }).notNull(),
    /** Rural okrug or town administration; null for a town that is its own unit. */
    okrugCode: varchar('okrug_code', { length: 9 }),
    /** city | town | village */
    kind: varchar('kind', { length: 16 }).notNull(),
    lat: doublePrecision('lat'),
    lon: doublePrecision('lon'),
    /** osm (a matched OpenStreetMap point) | okrug (centre of the okrug's other points) | district (centre of the district's area). */
    coordinatesSource: varchar('coordinates_source', { length: 16 }),
    osmId: text('osm_id'),
    population: integer('population'),
    /** Where the population figure comes from: osm (the OpenStreetMap population tag, whose source and year vary). */
    populationSource: text('population_source'),
    isDistrictCentre: boolean('is_district_centre').notNull().default(false),
    /** Straight-line distances from the coordinates; null without coordinates. */
    districtCentreKm: doublePrecision('district_centre_km'),
    regionalCentreKm: doublePrecision('regional_centre_km'),
  },
  (t) => [index('settlements_region_idx').on(t.regionCode, t.districtCode)],
);

/**
 * A settlement's own indicators (school, clinic, gas …), one row per key,
 * each with its source and year. Demo values fill in where no real value has
 * been imported; they are flagged and never shown as real.
 */
export const settlementIndicators = pgTable(
  'settlement_indicators',
  {
    settlementCode: varchar('settlement_code', { length: 9 })
      .notNull()
      .references(() => settlements.code),
    key: varchar('key', { length: 32 }).notNull(),
    value: doublePrecision('value').notNull(),
    source: text('source').notNull(),
    year: smallint('year'),
    isDemo: boolean('is_demo').notNull(),
    importId: uuid('import_id'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.settlementCode, t.key] })],
);

/** Region-level official statistics, one row per key and year (income per capita runs 2000–2020). */
export const regionIndicators = pgTable(
  'region_indicators',
  {
    /** A region's KATO code, or 000000000 for the whole country. */
    regionCode: varchar('region_code', { length: 9 }).notNull(),
    key: varchar('key', { length: 32 }).notNull(),
    year: smallint('year').notNull(),
    value: doublePrecision('value').notNull(),
    source: text('source').notNull(),
  },
  (t) => [primaryKey({ columns: [t.regionCode, t.key, t.year] })],
);

/** What the classifier lacks for a region: its English name and its administrative centre. */
export const regionProfiles = pgTable('region_profiles', {
  regionCode: varchar('region_code', { length: 9 })
    .primaryKey()
    .references(() => katoUnits.code),
  nameEn: text('name_en').notNull(),
  centreName: jsonb('centre_name').$type<LocalizedText>(),
  centreLat: doublePrecision('centre_lat'),
  centreLon: doublePrecision('centre_lon'),
});

/** The regional quota for kandas and the aid on offer, for one year; an admin keeps them. */
export const regionProgrammes = pgTable(
  'region_programmes',
  {
    regionCode: varchar('region_code', { length: 9 })
      .notNull()
      .references(() => katoUnits.code),
    year: smallint('year').notNull(),
    quota: integer('quota'),
    aid: jsonb('aid').$type<LocalizedText>(),
    source: text('source'),
    updatedBy: uuid('updated_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.regionCode, t.year] })],
);

export type IndicatorImportRow = { line: number; code: string; key: string; value: number; year: number | null; source: string };
export type IndicatorImportProblem = { line: number; column: string | null; code: string; value: string | null };

/**
 * An indicator file, checked and previewed: the rows that will be written
 * are kept, so committing writes exactly what the preview showed.
 */
export const indicatorImports = pgTable('indicator_imports', {
  id: uuid('id').primaryKey().defaultRandom(),
  fileName: text('file_name').notNull(),
  /** previewed | committed | discarded */
  status: varchar('status', { length: 16 }).notNull(),
  rows: jsonb('rows').$type<IndicatorImportRow[]>().notNull(),
  problems: jsonb('problems').$type<IndicatorImportProblem[]>().notNull(),
  summary: jsonb('summary').$type<Record<string, number>>().notNull(),
  createdBy: uuid('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  committedAt: timestamp('committed_at', { withTimezone: true }),
});

/** A family's saved shortlist; its id is the link to it, so it is unguessable. */
export const settlementShortlists = pgTable('settlement_shortlists', {
  id: uuid('id').primaryKey().defaultRandom(),
  codes: jsonb('codes').$type<string[]>().notNull(),
  /** The ranking the shortlist came from, as the advisor's URL query. */
  rankingQuery: text('ranking_query').notNull().default(''),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Moves whenever the catalogue's values change, so every server reloads its ranking table. */
export const settlementsCatalogueVersion = pgSequence('settlements_catalogue_version_seq');
