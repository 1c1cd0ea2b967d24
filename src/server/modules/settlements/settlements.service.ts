/** The catalogue as the API reads it: lists, a settlement's card, map points and shortlists. */
import { and, asc, count, eq, inArray, type SQL } from 'drizzle-orm';
import { SETTLEMENT_INDICATORS } from '../../../lib/contracts/settlements';
import { errors } from '../../platform/errors';
import type { Executor } from '../../platform/db';
import { listKatoUnitsByCodes, searchKato } from '../kato';
import { placeNameOf } from './settlements.names';
import { latestRegionValues } from './settlements.regions';
import type { PlaceName, SettlementCardDto, SettlementListItemDto, SettlementPointsDto, ShortlistDto } from './settlements.schema';
import { regionProfiles, settlementIndicators, settlements, settlementShortlists } from './settlements.tables';

type SettlementRow = typeof settlements.$inferSelect;

/** Names of the regions, districts and okrugs the rows lie in. */
async function unitNames(db: Executor, codes: string[]): Promise<Map<string, PlaceName>> {
  const units = await listKatoUnitsByCodes(db, codes);
  const profiles = await db.select({ code: regionProfiles.regionCode, nameEn: regionProfiles.nameEn }).from(regionProfiles);
  const english = new Map(profiles.map((p) => [p.code, p.nameEn]));
  return new Map(units.map((u) => [u.code, { ...placeNameOf(u), en: english.get(u.code) ?? placeNameOf(u).en }]));
}

const unnamed = (code: string): PlaceName => ({ kk: code, ru: code, en: code });

function listItems(rows: SettlementRow[], names: Map<string, PlaceName>): SettlementListItemDto[] {
  return rows.map((r) => ({
    kato: r.code,
    name: { kk: r.nameKk, ru: r.nameRu, en: r.nameLatin },
    kind: r.kind,
    regionKato: r.regionCode,
    regionName: names.get(r.regionCode) ?? unnamed(r.regionCode),
    districtKato: r.districtCode,
    districtName: names.get(r.districtCode) ?? unnamed(r.districtCode),
    population: r.population,
    lat: r.lat,
    lon: r.lon,
  }));
}

async function withNames(db: Executor, rows: SettlementRow[]): Promise<SettlementListItemDto[]> {
  const names = await unitNames(db, rows.flatMap((r) => [r.regionCode, r.districtCode]));
  return listItems(rows, names);
}

/**
 * GET /settlements: by region and district, and by name in any script and
 * word form (the classifier's search), a page at a time.
 */
export async function listSettlements(
  db: Executor,
  query: { region?: string; district?: string; q?: string; page: number; pageSize: number },
): Promise<{ items: SettlementListItemDto[]; total: number }> {
  const where: SQL[] = [];
  if (query.region) where.push(eq(settlements.regionCode, query.region));
  if (query.district) where.push(eq(settlements.districtCode, query.district));
  if (query.q) {
    const hits = await searchKato(db, { q: query.q, regionCode: query.region, limit: 100 });
    const codes = hits.map((h) => h.code);
    if (!codes.length) return { items: [], total: 0 };
    where.push(inArray(settlements.code, codes));
    // The search's order is its ranking: keep it.
    const rows = await db.select().from(settlements).where(and(...where));
    const order = new Map(codes.map((c, i) => [c, i]));
    rows.sort((a, b) => order.get(a.code)! - order.get(b.code)!);
    const page = rows.slice((query.page - 1) * query.pageSize, query.page * query.pageSize);
    return { items: await withNames(db, page), total: rows.length };
  }
  const filter = where.length ? and(...where) : undefined;
  const [totalRow] = await db.select({ n: count() }).from(settlements).where(filter);
  const rows = await db
    .select()
    .from(settlements)
    .where(filter)
    .orderBy(asc(settlements.regionCode), asc(settlements.districtCode), asc(settlements.nameKk))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  return { items: await withNames(db, rows), total: totalRow?.n ?? 0 };
}

async function findSettlement(db: Executor, code: string): Promise<SettlementRow> {
  const [row] = await db.select().from(settlements).where(eq(settlements.code, code));
  if (!row) throw errors.notFound('settlement');
  return row;
}

/** GET /settlements/{kato}: everything known of one settlement, each value with its source, demo values flagged. */
export async function settlementCard(db: Executor, code: string): Promise<SettlementCardDto> {
  const row = await findSettlement(db, code);
  const [centre] = await db
    .select()
    .from(settlements)
    .where(and(eq(settlements.districtCode, row.districtCode), eq(settlements.isDistrictCentre, true)));
  const names = await unitNames(db, [row.regionCode, row.districtCode, ...(row.okrugCode ? [row.okrugCode] : [])]);
  const [item] = listItems([row], names);
  const indicatorRows = await db.select().from(settlementIndicators).where(eq(settlementIndicators.settlementCode, code));
  const known = new Set<string>(SETTLEMENT_INDICATORS.map((i) => i.key));
  const indicators: SettlementCardDto['indicators'] = {};
  for (const r of indicatorRows) {
    if (known.has(r.key)) indicators[r.key] = { value: r.value, year: r.year, source: r.source, demo: r.isDemo };
  }
  const regionValues = (await latestRegionValues(db, [row.regionCode])).get(row.regionCode) ?? {};
  return {
    ...item!,
    okrugKato: row.okrugCode,
    okrugName: row.okrugCode ? (names.get(row.okrugCode) ?? null) : null,
    coordinatesSource: row.coordinatesSource as SettlementCardDto['coordinatesSource'],
    populationSource: row.populationSource as SettlementCardDto['populationSource'],
    isDistrictCentre: row.isDistrictCentre,
    districtCentre: centre ? { kato: centre.code, name: { kk: centre.nameKk, ru: centre.nameRu, en: centre.nameLatin } } : null,
    districtCentreKm: row.districtCentreKm,
    regionalCentreKm: row.regionalCentreKm,
    indicators,
    regionIndicators: regionValues,
    hasDemoValues: indicatorRows.some((r) => r.isDemo),
  };
}

/** GET /settlements/points: the priority regions' settlements as columns, for the map. */
export async function settlementPoints(db: Executor, regionCodes: string[]): Promise<SettlementPointsDto> {
  const rows = regionCodes.length
    ? await db.select().from(settlements).where(inArray(settlements.regionCode, regionCodes)).orderBy(asc(settlements.code))
    : [];
  const located = rows.filter((r) => r.lat != null && r.lon != null);
  return {
    codes: located.map((r) => r.code),
    lat: located.map((r) => r.lat!),
    lon: located.map((r) => r.lon!),
    nameKk: located.map((r) => r.nameKk),
    nameRu: located.map((r) => r.nameRu),
    nameEn: located.map((r) => r.nameLatin),
    approximate: located.map((r) => r.coordinatesSource !== 'osm'),
  };
}

export async function saveShortlist(db: Executor, input: { codes: string[]; rankingQuery: string }): Promise<ShortlistDto> {
  const codes = [...new Set(input.codes)];
  const found = await db.select({ code: settlements.code }).from(settlements).where(inArray(settlements.code, codes));
  const unknown = codes.filter((c) => !found.some((f) => f.code === c));
  if (unknown.length) throw errors.unprocessable('unknown_settlement', { codes: unknown });
  const [saved] = await db.insert(settlementShortlists).values({ codes, rankingQuery: input.rankingQuery }).returning();
  return getShortlist(db, saved!.id);
}

export async function getShortlist(db: Executor, id: string): Promise<ShortlistDto> {
  const [list] = await db.select().from(settlementShortlists).where(eq(settlementShortlists.id, id));
  if (!list) throw errors.notFound('shortlist');
  const rows = await db.select().from(settlements).where(inArray(settlements.code, list.codes));
  const order = new Map(list.codes.map((c, i) => [c, i]));
  rows.sort((a, b) => order.get(a.code)! - order.get(b.code)!);
  return { id: list.id, items: await withNames(db, rows), rankingQuery: list.rankingQuery, createdAt: list.createdAt.toISOString() };
}
