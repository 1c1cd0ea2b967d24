/** Regions as the advisor assesses them: official statistics, the national figures, the quota and the aid. */
import { and, asc, count, desc, eq, inArray } from 'drizzle-orm';
import { REGION_INDICATORS } from '../../../lib/contracts/settlements';
import { errors } from '../../platform/errors';
import type { Executor } from '../../platform/db';
import { getKatoUnit, listKatoUnitsByCodes, listPriorityRegions, listRegions } from '../kato';
import { toProgrammeDto } from './settlements.programmes';
import { placeNameOf } from './settlements.names';
import type { IndicatorValueDto, PlaceName, RegionOverviewDto, RegionSummaryDto } from './settlements.schema';
import { regionIndicators, regionProfiles, regionProgrammes, settlements } from './settlements.tables';

export const nationalCode = '000000000';
const regionKeys: string[] = REGION_INDICATORS.map((i) => i.key);

type RegionValues = Record<string, IndicatorValueDto>;

/** Each region's latest value of every 2022 indicator (income per capita is a series, read apart). */
export async function latestRegionValues(db: Executor, regionCodes: string[]): Promise<Map<string, RegionValues>> {
  if (!regionCodes.length) return new Map();
  const rows = await db
    .select()
    .from(regionIndicators)
    .where(and(inArray(regionIndicators.regionCode, regionCodes), inArray(regionIndicators.key, regionKeys)))
    .orderBy(asc(regionIndicators.year));
  const byRegion = new Map<string, RegionValues>();
  for (const r of rows) {
    const values = byRegion.get(r.regionCode) ?? {};
    values[r.key] = { value: r.value, year: r.year, source: r.source, demo: false };
    byRegion.set(r.regionCode, values);
  }
  return byRegion;
}

async function profiles(db: Executor): Promise<Map<string, typeof regionProfiles.$inferSelect>> {
  return new Map((await db.select().from(regionProfiles)).map((p) => [p.regionCode, p]));
}

const regionName = (unit: { nameKk: string; nameRu: string }, nameEn: string | undefined): PlaceName => ({
  kk: unit.nameKk,
  ru: unit.nameRu,
  en: nameEn ?? unit.nameKk,
});

/** GET /regions: every region, whether it is a priority region, and its indicators. */
export async function listRegionSummaries(db: Executor): Promise<RegionSummaryDto[]> {
  const [regions, priority, names] = [await listRegions(db), await listPriorityRegions(db), await profiles(db)];
  const prioritySet = new Set(priority.map((p) => p.regionCode));
  const values = await latestRegionValues(db, regions.map((r) => r.code));
  return regions.map((r) => ({
    kato: r.code,
    name: regionName(r, names.get(r.code)?.nameEn),
    priority: prioritySet.has(r.code),
    indicators: values.get(r.code) ?? {},
  }));
}

async function incomeSeries(db: Executor, regionCode: string) {
  const rows = await db
    .select({ year: regionIndicators.year, value: regionIndicators.value })
    .from(regionIndicators)
    .where(and(eq(regionIndicators.regionCode, regionCode), eq(regionIndicators.key, 'incomePerCapita')))
    .orderBy(asc(regionIndicators.year));
  return rows;
}

/** GET /regions/{kato}: the "assess the region" page. */
export async function regionOverview(db: Executor, code: string): Promise<RegionOverviewDto> {
  const unit = await getKatoUnit(db, code);
  if (unit.level !== 'oblast') throw errors.notFound('region');
  const [priority, names] = [await listPriorityRegions(db), await profiles(db)];
  const profile = names.get(code);
  const values = await latestRegionValues(db, [code, nationalCode]);
  const programmes = await db.select().from(regionProgrammes).where(eq(regionProgrammes.regionCode, code)).orderBy(desc(regionProgrammes.year));
  const districtCounts = await db
    .select({ code: settlements.districtCode, n: count() })
    .from(settlements)
    .where(eq(settlements.regionCode, code))
    .groupBy(settlements.districtCode);
  const districtUnits = await listKatoUnitsByCodes(db, districtCounts.map((d) => d.code));
  const districtNames = new Map(districtUnits.map((u) => [u.code, u]));
  return {
    kato: code,
    name: regionName(unit, profile?.nameEn),
    priority: priority.some((p) => p.regionCode === code),
    indicators: values.get(code) ?? {},
    national: values.get(nationalCode) ?? {},
    incomeSeries: await incomeSeries(db, code),
    nationalIncomeSeries: await incomeSeries(db, nationalCode),
    centre:
      profile?.centreName && profile.centreLat != null && profile.centreLon != null
        ? { name: profile.centreName, lat: profile.centreLat, lon: profile.centreLon }
        : null,
    programmes: programmes.map(toProgrammeDto),
    settlementCount: districtCounts.reduce((sum, d) => sum + d.n, 0),
    districts: districtCounts
      .map((d) => {
        const u = districtNames.get(d.code);
        return { kato: d.code, name: u ? placeNameOf(u) : { kk: d.code, ru: d.code, en: d.code }, settlementCount: d.n };
      })
      .sort((a, b) => a.name.kk.localeCompare(b.name.kk, 'kk')),
  };
}
