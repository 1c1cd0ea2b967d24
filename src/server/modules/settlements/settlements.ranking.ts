/**
 * Ranks the catalogue's settlements in the priority regions for a family's
 * weights. The catalogue is held in memory as columns, one per criterion,
 * and reloaded when an import or a rebuild moves the catalogue's sequence,
 * or the list of priority regions changes.
 */
import { eq, inArray } from 'drizzle-orm';
import { CRITERIA, type CriterionKey, type MustHave, type Normalisation } from '../../../lib/contracts/settlements';
import { buildCandidateMask, prepareRanking, rankPrepared, RankingError, type PreparedRanking, type RankingTable } from '../../../lib/ranking';
import { errors } from '../../platform/errors';
import { sequenceCache, type Executor } from '../../platform/db';
import { listKatoUnitsByCodes, listPriorityRegions, priorityRegionsKeySql } from '../kato';
import { placeNameOf } from './settlements.names';
import type { PlaceName, RankRequest, RankResponseDto } from './settlements.schema';
import { latestRegionValues } from './settlements.regions';
import { settlementIndicators, settlements } from './settlements.tables';

export type RankingCatalogue = {
  size: number;
  codes: string[];
  names: PlaceName[];
  regionCodes: string[];
  districtCodes: string[];
  districtNames: Map<string, PlaceName>;
  lat: Float64Array;
  lon: Float64Array;
  population: Float64Array;
  table: RankingTable;
  /** Per criterion, 1 where the value is a demo stand-in. */
  demo: Uint8Array[];
  /** Raw values of the must-have indicators (NaN = unknown). */
  mustHaveColumns: Record<MustHave, Float64Array>;
  prepared: Partial<Record<Normalisation, PreparedRanking>>;
};

/** Internet counts as present from 4G up. */
const mustHaveMinimum: Record<MustHave, number> = {
  school: 1,
  schoolKazakh: 1,
  schoolRussian: 1,
  kindergarten: 1,
  clinic: 1,
  water: 1,
  gas: 1,
  internet: 2,
};

async function loadCatalogue(db: Executor): Promise<RankingCatalogue> {
  const regionCodes = (await listPriorityRegions(db)).map((r) => r.regionCode);
  const rows = regionCodes.length
    ? await db.select().from(settlements).where(inArray(settlements.regionCode, regionCodes)).orderBy(settlements.code)
    : [];
  const index = new Map(rows.map((r, i) => [r.code, i]));
  const size = rows.length;
  const column = () => new Float64Array(size).fill(Number.NaN);
  const values = new Map<string, Float64Array>();
  const demoByKey = new Map<string, Uint8Array>();
  const indicatorRows = regionCodes.length
    ? await db
        .select({ code: settlementIndicators.settlementCode, key: settlementIndicators.key, value: settlementIndicators.value, isDemo: settlementIndicators.isDemo })
        .from(settlementIndicators)
        .innerJoin(settlements, eq(settlements.code, settlementIndicators.settlementCode))
        .where(inArray(settlements.regionCode, regionCodes))
    : [];
  for (const r of indicatorRows) {
    const i = index.get(r.code);
    if (i === undefined) continue;
    if (!values.has(r.key)) values.set(r.key, column());
    if (!demoByKey.has(r.key)) demoByKey.set(r.key, new Uint8Array(size));
    values.get(r.key)![i] = r.value;
    demoByKey.get(r.key)![i] = r.isDemo ? 1 : 0;
  }
  const regionValues = await latestRegionValues(db, regionCodes);
  const regionValue = (regionCode: string, key: string) => regionValues.get(regionCode)?.[key]?.value ?? Number.NaN;
  const criterionColumn = (key: CriterionKey): Float64Array => {
    const out = column();
    for (let i = 0; i < size; i++) {
      const row = rows[i]!;
      switch (key) {
        case 'wage':
        case 'unemployment':
        case 'consumerSpending':
          out[i] = regionValue(row.regionCode, key);
          break;
        case 'medicalInstitutionsPer100k':
          out[i] = (regionValue(row.regionCode, 'medicalInstitutions') / regionValue(row.regionCode, 'population')) * 100_000;
          break;
        case 'districtCentreKm':
          out[i] = row.districtCentreKm ?? Number.NaN;
          break;
        case 'regionalCentreKm':
          out[i] = row.regionalCentreKm ?? Number.NaN;
          break;
        default:
          out[i] = values.get(key)?.[i] ?? Number.NaN;
      }
    }
    return out;
  };
  const districtUnits = await listKatoUnitsByCodes(db, [...new Set(rows.map((r) => r.districtCode))]);
  return {
    size,
    codes: rows.map((r) => r.code),
    names: rows.map(placeNameOf),
    regionCodes: rows.map((r) => r.regionCode),
    districtCodes: rows.map((r) => r.districtCode),
    districtNames: new Map(districtUnits.map((u) => [u.code, placeNameOf(u)])),
    lat: Float64Array.from(rows, (r) => r.lat ?? Number.NaN),
    lon: Float64Array.from(rows, (r) => r.lon ?? Number.NaN),
    population: Float64Array.from(rows, (r) => r.population ?? Number.NaN),
    table: { criteria: CRITERIA, columns: CRITERIA.map((c) => criterionColumn(c.key)), size },
    demo: CRITERIA.map((c) => demoByKey.get(c.key) ?? new Uint8Array(size)),
    mustHaveColumns: Object.fromEntries(Object.keys(mustHaveMinimum).map((k) => [k, values.get(k) ?? column()])) as Record<MustHave, Float64Array>,
    prepared: {},
  };
}

const catalogues = sequenceCache('settlements_catalogue_version_seq', loadCatalogue, priorityRegionsKeySql);

/** The ranking catalogue of the current priority regions: one small statement checks it is current. */
export async function rankingCatalogue(db: Executor): Promise<RankingCatalogue> {
  return catalogues.get(db);
}

/** Every server reloads its ranking catalogue when this moves (after a build or an import). */
export async function bumpCatalogueVersion(db: Executor): Promise<void> {
  await catalogues.bump(db);
}

function preparedFor(catalogue: RankingCatalogue, normalisation: Normalisation): PreparedRanking {
  return (catalogue.prepared[normalisation] ??= prepareRanking(catalogue.table, { normalisation }));
}

/** Which settlements pass the family's must-haves and limits; unknown values fail a requirement. */
export function candidateMask(catalogue: RankingCatalogue, filters: RankRequest['filters']): Uint8Array {
  const rules: Array<{ column: Float64Array; min?: number; max?: number }> = filters.mustHave.map((key) => ({
    column: catalogue.mustHaveColumns[key],
    min: mustHaveMinimum[key],
  }));
  const km = (key: CriterionKey) => catalogue.table.columns[CRITERIA.findIndex((c) => c.key === key)]!;
  if (filters.maxDistrictCentreKm !== undefined) rules.push({ column: km('districtCentreKm'), max: filters.maxDistrictCentreKm });
  if (filters.maxRegionalCentreKm !== undefined) rules.push({ column: km('regionalCentreKm'), max: filters.maxRegionalCentreKm });
  if (filters.minPopulation !== undefined) rules.push({ column: catalogue.population, min: filters.minPopulation });
  const mask = buildCandidateMask(catalogue.size, rules);
  const within = (codes: string[] | undefined, of: string[]) => {
    if (!codes) return;
    const wanted = new Set(codes);
    for (let i = 0; i < catalogue.size; i++) if (!wanted.has(of[i]!)) mask[i] = 0;
  };
  within(filters.regions, catalogue.regionCodes);
  within(filters.districts, catalogue.districtCodes);
  return mask;
}

const noName: PlaceName = { kk: '', ru: '', en: '' };

export async function rankSettlements(db: Executor, request: RankRequest): Promise<RankResponseDto> {
  const catalogue = await rankingCatalogue(db);
  return rankCatalogue(catalogue, request);
}

/** Weights the engine cannot use (all zero) are the caller's mistake: a translated 422. */
function rankWithin(catalogue: RankingCatalogue, request: RankRequest, robustness: { samples: number; seed: number } | undefined) {
  try {
    return rankPrepared(preparedFor(catalogue, request.normalisation), {
      weights: request.weights,
      criterionWeights: request.criterionWeights,
      candidates: candidateMask(catalogue, request.filters),
      method: request.method,
      robustness,
      limit: request.limit,
      offset: request.offset,
      includeScores: request.includeScores,
    });
  } catch (error) {
    if (error instanceof RankingError) throw errors.unprocessable(`ranking_${error.code}`, error.details);
    throw error;
  }
}

/** The ranking itself, without the database: the benchmark times this. */
export function rankCatalogue(catalogue: RankingCatalogue, request: RankRequest): RankResponseDto {
  const robustness =
    request.robustness === true ? { samples: 1000, seed: 1 } : request.robustness ? { samples: request.robustness.samples, seed: request.robustness.seed ?? 1 } : undefined;
  const result = rankWithin(catalogue, request, robustness);
  const criterionWeights: RankResponseDto['criterionWeights'] = {};
  CRITERIA.forEach((c, j) => (criterionWeights[c.key] = result.criterionWeights[j]!));
  const items = result.items.map((item) => {
    const i = item.index;
    const contributions: RankResponseDto['items'][number]['contributions'] = {};
    const unknown: CriterionKey[] = [];
    const demo: CriterionKey[] = [];
    CRITERIA.forEach((c, j) => {
      contributions[c.key] = item.contributions[j]!;
      if (Number.isNaN(catalogue.table.columns[j]![i]!)) unknown.push(c.key);
      else if (catalogue.demo[j]![i]) demo.push(c.key);
    });
    return {
      kato: catalogue.codes[i]!,
      name: catalogue.names[i]!,
      regionKato: catalogue.regionCodes[i]!,
      districtName: catalogue.districtNames.get(catalogue.districtCodes[i]!) ?? noName,
      score: item.score,
      rank: item.rank,
      ...(item.rankRange ? { rankRange: item.rankRange } : {}),
      pareto: item.pareto,
      contributions,
      unknown,
      demo,
      lat: Number.isNaN(catalogue.lat[i]!) ? null : catalogue.lat[i]!,
      lon: Number.isNaN(catalogue.lon[i]!) ? null : catalogue.lon[i]!,
    };
  });
  const response: RankResponseDto = { items, total: result.total, criterionWeights };
  if (request.includeScores && result.scores) {
    const scores: Record<string, number> = {};
    for (let i = 0; i < catalogue.size; i++) if (!Number.isNaN(result.scores[i]!)) scores[catalogue.codes[i]!] = Math.round(result.scores[i]! * 10) / 10;
    response.scores = scores;
  }
  return response;
}
