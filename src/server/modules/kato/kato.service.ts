import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit';
import type { Executor } from '../../platform/db';
import { errors } from '../../platform/errors';
import type { RequestMeta } from '../../platform/http';
import { katoUnits, priorityRegions } from './kato.tables';

export type KatoUnit = typeof katoUnits.$inferSelect;

/** The 2025 list of regions named for the resettlement of kandas. */
export const priorityRegions2025 = {
  basis: 'Government of Kazakhstan, list of regions for resettlement of kandas, 2025',
  codes: [
    '110000000', // Akmola
    '100000000', // Abai
    '390000000', // Kostanay
    '550000000', // Pavlodar
    '230000000', // Atyrau
    '270000000', // West Kazakhstan
    '630000000', // East Kazakhstan
    '590000000', // North Kazakhstan
  ],
};

export async function countKatoUnits(db: Executor): Promise<number> {
  const [row] = await db.select({ n: count() }).from(katoUnits);
  return row?.n ?? 0;
}

/** Regions: the 17 oblasts and the 3 cities of republican significance. */
export async function listRegions(db: Executor): Promise<KatoUnit[]> {
  return db.select().from(katoUnits).where(eq(katoUnits.level, 'oblast')).orderBy(asc(katoUnits.nameKk));
}

export async function isRegionCode(db: Executor, code: string): Promise<boolean> {
  const [row] = await db
    .select({ code: katoUnits.code })
    .from(katoUnits)
    .where(and(eq(katoUnits.code, code), eq(katoUnits.level, 'oblast')));
  return Boolean(row);
}

export async function getKatoUnit(db: Executor, code: string): Promise<KatoUnit> {
  const [row] = await db.select().from(katoUnits).where(eq(katoUnits.code, code));
  if (!row) throw errors.notFound('kato_unit');
  return row;
}

/** Every unit of the given regions, for modules that build their own catalogues from the classifier. */
export async function listKatoUnitsOfRegions(db: Executor, regionCodes: string[]): Promise<KatoUnit[]> {
  if (!regionCodes.length) return [];
  return db.select().from(katoUnits).where(inArray(katoUnits.regionCode, regionCodes)).orderBy(asc(katoUnits.code));
}

/** Units by code, for showing names; unknown codes are left out. */
export async function listKatoUnitsByCodes(db: Executor, codes: string[]): Promise<KatoUnit[]> {
  if (!codes.length) return [];
  return db.select().from(katoUnits).where(inArray(katoUnits.code, [...new Set(codes)]));
}

export async function listKatoChildren(db: Executor, parentCode: string): Promise<KatoUnit[]> {
  return db.select().from(katoUnits).where(eq(katoUnits.parentCode, parentCode)).orderBy(asc(katoUnits.code));
}

export type PriorityRegion = { regionCode: string; nameKk: string; nameRu: string; basis: string; updatedAt: Date };

export async function listPriorityRegions(db: Executor): Promise<PriorityRegion[]> {
  return db
    .select({
      regionCode: priorityRegions.regionCode,
      nameKk: katoUnits.nameKk,
      nameRu: katoUnits.nameRu,
      basis: priorityRegions.basis,
      updatedAt: priorityRegions.updatedAt,
    })
    .from(priorityRegions)
    .innerJoin(katoUnits, eq(katoUnits.code, priorityRegions.regionCode))
    .where(eq(priorityRegions.active, true))
    .orderBy(asc(katoUnits.nameKk));
}

/** A text that changes whenever the list of active priority regions does, for caches of data that depend on it. */
export const priorityRegionsKeySql = sql`select string_agg(region_code, ',' order by region_code) from priority_regions where active`;

/** Replaces the list of priority regions; every code must be a region. */
export async function setPriorityRegions(
  db: Executor,
  meta: RequestMeta,
  input: { codes: string[]; basis: string },
): Promise<PriorityRegion[]> {
  const codes = [...new Set(input.codes)];
  const found = codes.length
    ? await db
        .select({ code: katoUnits.code })
        .from(katoUnits)
        .where(and(inArray(katoUnits.code, codes), eq(katoUnits.level, 'oblast')))
    : [];
  const unknown = codes.filter((code) => !found.some((f) => f.code === code));
  if (unknown.length) throw errors.unprocessable('not_a_region', { codes: unknown });
  const before = (await listPriorityRegions(db)).map((r) => r.regionCode);
  await db.update(priorityRegions).set({ active: false, updatedBy: meta.actor?.id ?? null, updatedAt: new Date() });
  if (codes.length) {
    await db
      .insert(priorityRegions)
      .values(codes.map((regionCode) => ({ regionCode, basis: input.basis, active: true, updatedBy: meta.actor?.id ?? null })))
      .onConflictDoUpdate({
        target: priorityRegions.regionCode,
        set: { active: true, basis: input.basis, updatedBy: meta.actor?.id ?? null, updatedAt: new Date() },
      });
  }
  await recordAudit(db, meta, {
    action: 'priority_regions.update',
    entityType: 'priority_regions',
    details: { added: codes.filter((c) => !before.includes(c)), removed: before.filter((c) => !codes.includes(c)) },
  });
  return listPriorityRegions(db);
}

/** Loads the classifier and the default priority list into an empty database. */
export async function seedReferenceData(
  db: Executor,
  importClassifier: () => Promise<number>,
): Promise<{ katoUnits: number; seeded: boolean }> {
  const existing = await countKatoUnits(db);
  if (existing > 0) return { katoUnits: existing, seeded: false };
  const loaded = await importClassifier();
  await db
    .insert(priorityRegions)
    .values(priorityRegions2025.codes.map((regionCode) => ({ regionCode, basis: priorityRegions2025.basis })))
    .onConflictDoNothing();
  return { katoUnits: loaded, seeded: true };
}
