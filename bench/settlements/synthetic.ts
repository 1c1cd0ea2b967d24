/**
 * A synthetic settlement catalogue for the ranking benchmark (demo data,
 * never shipped), shaped like the real one: the fifteen CRITERIA, with
 * booleans, 0..3 levels, skewed counts, distances in km, region-level values
 * shared by every settlement of one of eight regions, and a few unknown
 * settlement-level values. The benchmark only needs a RankingTable; to
 * measure the real catalogue, build one from it and pass it instead.
 */
import { CRITERIA, type CriterionKey } from '../../src/lib/contracts/settlements';
import type { RankingTable } from '../../src/lib/ranking';
import { seededRandom, type SeededRandom } from '../../src/lib/random';

export const REGIONS = 8;
const UNKNOWN_RATE = 0.03;

type Region = { wage: number; unemployment: number; consumerSpending: number; medicalInstitutionsPer100k: number };

function region(random: SeededRandom): Region {
  return {
    wage: Math.round(250_000 + random() * 350_000),
    unemployment: Math.round((4.2 + random() * 1.2) * 10) / 10,
    consumerSpending: Math.round(90_000 + random() * 80_000),
    medicalInstitutionsPer100k: Math.round((40 + random() * 80) * 10) / 10,
  };
}

const bool = (random: SeededRandom, p: number) => (random() < p ? 1 : 0);
const level = (random: SeededRandom) => Math.min(3, Math.floor(random() * random() * 5));

/** One settlement's value for a criterion; NaN where unknown. */
function settlementValue(key: CriterionKey, random: SeededRandom, home: Region): number {
  switch (key) {
    case 'wage':
    case 'unemployment':
    case 'consumerSpending':
    case 'medicalInstitutionsPer100k':
      return home[key];
    case 'districtCentreKm':
      return Math.round(random() * random() * 150 * 10) / 10;
    case 'regionalCentreKm':
      return Math.round((10 + random() * 590) * 10) / 10;
    default:
      break;
  }
  if (random() < UNKNOWN_RATE) return Number.NaN;
  switch (key) {
    case 'school':
      return bool(random, 0.85);
    case 'kindergarten':
      return bool(random, 0.6);
    case 'clinic':
      return bool(random, 0.45);
    case 'water':
      return bool(random, 0.75);
    case 'gas':
      return bool(random, 0.35);
    case 'internet':
    case 'road':
      return level(random);
    case 'vacancies':
      return random() < 0.5 ? 0 : Math.floor(Math.exp(random() * 5));
    case 'housingForKandas':
      return random() < 0.8 ? 0 : 1 + Math.floor(random() * 40);
  }
}

/** `size` settlements over the CRITERIA, the same for the same seed. */
export function syntheticCatalogue(size: number, seed = 2026): RankingTable {
  const random = seededRandom(seed);
  const regions = Array.from({ length: REGIONS }, () => region(random));
  const columns = CRITERIA.map(() => new Float64Array(size));
  for (let i = 0; i < size; i++) {
    const home = regions[Math.floor(random() * REGIONS)]!;
    for (let c = 0; c < CRITERIA.length; c++) columns[c]![i] = settlementValue(CRITERIA[c]!.key, random, home);
  }
  return { criteria: CRITERIA.map(({ key, dimension, direction }) => ({ key, dimension, direction })), columns, size };
}

/** The column of one criterion, e.g. for must-haves. */
export function columnOf(table: RankingTable, key: CriterionKey): Float64Array {
  const at = table.criteria.findIndex((c) => c.key === key);
  if (at < 0) throw new Error(`no criterion ${key}`);
  return table.columns[at]!;
}
