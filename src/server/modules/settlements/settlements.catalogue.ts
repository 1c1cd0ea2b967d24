/**
 * Builds the advisor's catalogue from the classifier and the shipped files:
 * which units are settlements a family could move to, where they are, how
 * far their district and regional centres are, and the region statistics.
 */
import { count, sql } from 'drizzle-orm';
import { haversineKm } from '../../../lib/geo';
import { cyrillicToLatin } from '../../../lib/text/transliteration';
import type { Executor } from '../../platform/db';
import { listKatoUnitsOfRegions, listRegions, type KatoUnit } from '../kato';
import { placeNameOf } from './settlements.names';
import { bumpCatalogueVersion } from './settlements.ranking';
import { seedDemoIndicators } from './settlements.demo';
import { seedRegionProgrammes } from './settlements.quota';
import { readOsmPlaces, readRegionCentres, readRegionStatistics, type OsmPlace } from './settlements.reference';
import { regionIndicators, regionProfiles, settlements } from './settlements.tables';

type SettlementRow = typeof settlements.$inferInsert;

const districtOf = (code: string) => `${code.slice(0, 4)}00000`;
const okrugOf = (code: string) => `${code.slice(0, 6)}000`;
const kindRank: Record<string, number> = { city: 3, town: 2, village: 1 };

/**
 * A family moves to a main settlement: a KATO settlement whose code ends in
 * 00 (the others are wintering places, farmsteads and sidings), or a town
 * the classifier keeps as a unit of its own ("г.").
 */
export function catalogueKind(unit: Pick<KatoUnit, 'code' | 'level' | 'typeCode' | 'nameRu'>): 'city' | 'town' | 'village' | null {
  if (unit.level === 'sub_district') return unit.nameRu.startsWith('г.') ? 'city' : null;
  if (unit.level !== 'settlement' || !unit.code.endsWith('00')) return null;
  if (unit.nameRu.startsWith('г.')) return 'city';
  return unit.typeCode === 1 ? 'town' : 'village';
}

function names(unit: KatoUnit) {
  const name = placeNameOf(unit);
  return { nameKk: name.kk, nameRu: name.ru, nameLatin: name.en };
}

function mean(points: Array<{ lat: number; lon: number }>): { lat: number; lon: number } | null {
  if (!points.length) return null;
  return { lat: points.reduce((s, p) => s + p.lat, 0) / points.length, lon: points.reduce((s, p) => s + p.lon, 0) / points.length };
}

/** The catalogue rows of one region, with positions, the district centre and distances. */
export function catalogueRows(units: KatoUnit[], places: Map<string, OsmPlace>, regionalCentre: { lat: number; lon: number } | null): SettlementRow[] {
  const codes = new Set(units.map((u) => u.code));
  const rows: SettlementRow[] = [];
  for (const unit of units) {
    const kind = catalogueKind(unit);
    if (!kind) continue;
    const place = places.get(unit.code);
    const okrug = unit.level === 'settlement' && codes.has(okrugOf(unit.code)) ? okrugOf(unit.code) : null;
    rows.push({
      code: unit.code,
      ...names(unit),
      regionCode: unit.regionCode,
      districtCode: districtOf(unit.code),
      okrugCode: okrug,
      kind,
      lat: place?.lat ?? null,
      lon: place?.lon ?? null,
      coordinatesSource: place ? 'osm' : null,
      osmId: place?.osmId ?? null,
      population: place?.population ?? null,
      populationSource: place?.population != null ? 'osm' : null,
    });
  }
  placeUnlocated(rows);
  markDistrictCentres(rows);
  for (const row of rows) {
    if (row.lat == null || row.lon == null) continue;
    if (regionalCentre) row.regionalCentreKm = round1(haversineKm({ lat: row.lat, lon: row.lon }, regionalCentre));
  }
  return rows;
}

const round1 = (km: number) => Math.round(km * 10) / 10;

/**
 * A settlement OpenStreetMap did not match still goes on the map: at the
 * middle of its okrug's located settlements, else of its district's; the
 * source says it is approximate.
 */
function placeUnlocated(rows: SettlementRow[]): void {
  const located = rows.filter((r) => r.coordinatesSource === 'osm') as Array<SettlementRow & { lat: number; lon: number }>;
  const groupMean = (key: (r: SettlementRow) => string | null | undefined) => {
    const groups = new Map<string, Array<{ lat: number; lon: number }>>();
    for (const r of located) {
      const k = key(r);
      if (!k) continue;
      const group = groups.get(k);
      if (group) group.push(r);
      else groups.set(k, [r]);
    }
    return new Map([...groups].map(([k, points]) => [k, mean(points)!]));
  };
  const okrugs = groupMean((r) => r.okrugCode);
  const districts = groupMean((r) => r.districtCode);
  for (const row of rows) {
    if (row.coordinatesSource) continue;
    const okrug = row.okrugCode ? okrugs.get(row.okrugCode) : undefined;
    const district = districts.get(row.districtCode);
    const point = okrug ?? district;
    if (!point) continue;
    row.lat = point.lat;
    row.lon = point.lon;
    row.coordinatesSource = okrug ? 'okrug' : 'district';
  }
}

/**
 * The classifier does not name a district's centre. The largest place with
 * its own OpenStreetMap point stands in: a city before a town before a
 * village, then by population. Distances are straight lines.
 */
function markDistrictCentres(rows: SettlementRow[]): void {
  const best = new Map<string, SettlementRow>();
  for (const row of rows) {
    if (row.coordinatesSource !== 'osm') continue;
    const current = best.get(row.districtCode);
    const score = (r: SettlementRow) => kindRank[r.kind]! * 1e9 + (r.population ?? 0);
    if (!current || score(row) > score(current)) best.set(row.districtCode, row);
  }
  for (const row of rows) {
    const centre = best.get(row.districtCode);
    row.isDistrictCentre = centre === row;
    if (centre && row.lat != null && row.lon != null) {
      row.districtCentreKm = round1(haversineKm({ lat: row.lat, lon: row.lon }, { lat: centre.lat!, lon: centre.lon! }));
    }
  }
}

export async function countSettlements(db: Executor): Promise<number> {
  const [row] = await db.select({ n: count() }).from(settlements);
  return row?.n ?? 0;
}

/**
 * Loads the region statistics and profiles, then the settlements of the given
 * regions (every region when none are named) with demo indicators where no
 * real value exists. Re-running keeps imported values.
 */
export async function buildSettlementCatalogue(
  db: Executor,
  options: { regionCodes?: string[]; onProgress?: (done: number, total: number) => void } = {},
): Promise<{ settlements: number; demoValues: number }> {
  const regions = await listRegions(db);
  const regionCodes = options.regionCodes ?? regions.map((r) => r.code);
  const centres = readRegionCentres();
  const { statistics, namesEn } = readRegionStatistics();

  await db
    .insert(regionProfiles)
    .values(
      regions.map((r) => {
        const centre = centres.get(r.code);
        return {
          regionCode: r.code,
          nameEn: namesEn.get(r.code) ?? centre?.regionNameEn ?? cyrillicToLatin(r.nameKk),
          centreName: centre?.name ?? null,
          centreLat: centre?.lat ?? null,
          centreLon: centre?.lon ?? null,
        };
      }),
    )
    .onConflictDoNothing();
  for (let i = 0; i < statistics.length; i += 500) {
    await db.insert(regionIndicators).values(statistics.slice(i, i + 500)).onConflictDoNothing();
  }

  await seedRegionProgrammes(db);

  const places = readOsmPlaces();
  const units = await listKatoUnitsOfRegions(db, regionCodes);
  const byRegion = new Map<string, KatoUnit[]>();
  for (const u of units) {
    const list = byRegion.get(u.regionCode);
    if (list) list.push(u);
    else byRegion.set(u.regionCode, [u]);
  }
  const rows = [...byRegion].flatMap(([code, list]) => catalogueRows(list, places, centres.get(code) ?? null));
  for (let i = 0; i < rows.length; i += 500) {
    const batch = rows.slice(i, i + 500);
    await db
      .insert(settlements)
      .values(batch)
      .onConflictDoUpdate({
        target: settlements.code,
        set: {
          nameKk: sql`excluded.name_kk`,
          nameRu: sql`excluded.name_ru`,
          nameLatin: sql`excluded.name_latin`,
          lat: sql`excluded.lat`,
          lon: sql`excluded.lon`,
          coordinatesSource: sql`excluded.coordinates_source`,
          osmId: sql`excluded.osm_id`,
          population: sql`excluded.population`,
          populationSource: sql`excluded.population_source`,
          isDistrictCentre: sql`excluded.is_district_centre`,
          districtCentreKm: sql`excluded.district_centre_km`,
          regionalCentreKm: sql`excluded.regional_centre_km`,
        },
      });
    options.onProgress?.(Math.min(i + 500, rows.length), rows.length);
  }
  const demoValues = await seedDemoIndicators(db, rows);
  await bumpCatalogueVersion(db);
  return { settlements: rows.length, demoValues };
}
