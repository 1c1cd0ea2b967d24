/** Random tables for the ranking tests, from a seed so a failure can be replayed. */
import { seededRandom, type SeededRandom } from '../random';
import type { RankingCriterion, RankingTable } from './prepare';

export type TableShape = {
  size: number;
  /** Criteria per dimension, e.g. [2, 1, 1] gives dimensions d0 (two criteria), d1 and d2. */
  perDimension: number[];
  /** Values are drawn from this many evenly spaced levels in [0, 1] (ties on purpose); 0 = continuous. */
  levels?: number;
  unknownRate?: number;
};

export function randomTable(random: SeededRandom, shape: TableShape): RankingTable {
  const criteria: RankingCriterion[] = shape.perDimension.flatMap((count, d) =>
    Array.from({ length: count }, (_, k) => ({ key: `d${d}c${k}`, dimension: `d${d}`, direction: random() < 0.3 ? ('lower' as const) : ('higher' as const) })),
  );
  const value = () => (shape.levels ? Math.floor(random() * shape.levels) / (shape.levels - 1) : random());
  const columns = criteria.map(() => Float64Array.from({ length: shape.size }, () => ((shape.unknownRate ?? 0) > random() ? Number.NaN : value())));
  return { criteria, columns, size: shape.size };
}

export function randomMask(random: SeededRandom, size: number, passRate: number): Uint8Array {
  return Uint8Array.from({ length: size }, () => (random() < passRate ? 1 : 0));
}

/** Every dimension of the table weighted 0..5 in whole steps, at least one above 0. */
export function randomWeights(random: SeededRandom, table: RankingTable): Record<string, number> {
  const dimensions = [...new Set(table.criteria.map((c) => c.dimension))];
  const weights = Object.fromEntries(dimensions.map((d) => [d, Math.floor(random() * 6)]));
  if (Object.values(weights).every((w) => w === 0)) weights[dimensions[0]!] = 1;
  return weights;
}

export { seededRandom };
