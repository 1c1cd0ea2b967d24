/**
 * Readers of the shipped reference files the catalogue is built from
 * (data/kz, see data/SOURCES.md for sources and licences).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { LocalizedText } from '../../../lib/contracts/localized';
import { parseCsvLine } from '../kato';

const dataFile = (name: string) => fileURLToPath(new URL(`../../../../data/kz/${name}`, import.meta.url));

function readCsv(name: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(dataFile(name), 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).filter(Boolean);
  const columns = parseCsvLine(header!);
  return lines.map((line) => {
    const fields = parseCsvLine(line);
    return Object.fromEntries(columns.map((c, i) => [c, fields[i] ?? '']));
  });
}

/** OSM place types, most important first: a village beats a same-named hamlet for one KATO code. */
const placeRank: Record<string, number> = { city: 5, town: 4, village: 3, hamlet: 2, isolated_dwelling: 1 };

export type OsmPlace = { osmId: string; place: string; lat: number; lon: number; population: number | null; nameEn: string | null };

/** The OpenStreetMap point matched to each KATO code (the best-ranked one where several match). */
export function readOsmPlaces(): Map<string, OsmPlace> {
  const byCode = new Map<string, OsmPlace>();
  for (const row of readCsv('kz_osm_populated_places.csv')) {
    const code = row.kato_match;
    if (!code) continue;
    const candidate: OsmPlace = {
      osmId: `${row.osm_type}/${row.osm_id}`,
      place: row.place ?? '',
      lat: Number(row.lat),
      lon: Number(row.lon),
      population: row.population_osm ? Math.round(Number(row.population_osm)) : null,
      nameEn: row.name_en || null,
    };
    if (!Number.isFinite(candidate.lat) || !Number.isFinite(candidate.lon)) continue;
    const current = byCode.get(code);
    const better =
      !current ||
      (placeRank[candidate.place] ?? 0) > (placeRank[current.place] ?? 0) ||
      ((placeRank[candidate.place] ?? 0) === (placeRank[current.place] ?? 0) && (candidate.population ?? 0) > (current.population ?? 0));
    if (better) byCode.set(code, candidate);
  }
  return byCode;
}

export type RegionCentre = { regionCode: string; cityCode: string; name: LocalizedText; regionNameEn: string; lat: number; lon: number };

/** Administrative centres of the regions (geokz, 2022), keyed by region code. */
export function readRegionCentres(): Map<string, RegionCentre> {
  type Feature = { geometry: { coordinates: [number, number] }; properties: Record<string, string> };
  const collection = JSON.parse(readFileSync(dataFile('kz_adm1_centers_2022.geojson'), 'utf8')) as { features: Feature[] };
  const centres = new Map<string, RegionCentre>();
  for (const f of collection.features) {
    const pcode = f.properties.ADM1_PCODE ?? '';
    if (!/^KZ\d{2}$/.test(pcode)) continue;
    const regionCode = `${pcode.slice(2)}0000000`;
    const [lon, lat] = f.geometry.coordinates;
    centres.set(regionCode, {
      regionCode,
      cityCode: f.properties.KATO ?? '',
      name: { kk: f.properties.NAME_KK ?? '', ru: f.properties.NAME_RU ?? '', en: f.properties.NAME_EN ?? '' },
      regionNameEn: f.properties.ADM1_EN ?? '',
      lat,
      lon,
    });
  }
  return centres;
}

export type RegionStatistic = { regionCode: string; key: string; year: number; value: number; source: string };

const statisticsSource = 'Bureau of National Statistics of the Republic of Kazakhstan, via open-data-kazakhstan (PDDL)';

/** The 2022 regional indicators and their columns in the shipped file. */
const indicatorColumns: Array<{ key: string; column: string; year: number }> = [
  { key: 'population', column: 'population_2023_01_01', year: 2023 },
  { key: 'wage', column: 'avg_monthly_nominal_wage_2022_kzt', year: 2022 },
  { key: 'unemployment', column: 'unemployment_rate_2022_pct', year: 2022 },
  { key: 'schools', column: 'schools_2022', year: 2022 },
  { key: 'medicalInstitutions', column: 'medical_institutions_2022', year: 2022 },
  { key: 'consumerSpending', column: 'avg_monthly_consumer_spending_2022_kzt', year: 2022 },
];

/** Region (and national, code 000000000) statistics; an empty cell means the source has no figure. */
export function readRegionStatistics(): { statistics: RegionStatistic[]; namesEn: Map<string, string> } {
  const statistics: RegionStatistic[] = [];
  const namesEn = new Map<string, string>();
  for (const row of readCsv('kz_region_indicators_2022.csv')) {
    const regionCode = row.kato!;
    namesEn.set(regionCode, row.name_en ?? '');
    for (const { key, column, year } of indicatorColumns) {
      const cell = row[column];
      if (cell === undefined || cell === '') continue;
      statistics.push({ regionCode, key, year, value: Number(cell), source: `${statisticsSource}, ${column}` });
    }
  }
  for (const row of readCsv('kz_region_income_per_capita_2000_2020.csv')) {
    if (!row.kato) continue; // a region that no longer exists (South Kazakhstan, before 2018)
    statistics.push({
      regionCode: row.kato,
      key: 'incomePerCapita',
      year: Number(row.year),
      value: Number(row.avg_per_capita_nominal_cash_income_kzt_per_month),
      source: 'Bureau of National Statistics of the Republic of Kazakhstan, Taldau index 704447 (per-capita nominal cash income)',
    });
  }
  return { statistics, namesEn };
}
