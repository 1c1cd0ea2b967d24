import { CRITERIA, DIMENSIONS, type CriterionKey, type Dimension } from '../../../lib/contracts/settlements';
import type { RankedSettlementDto, RankResponseDto } from '../../../server/modules/settlements/settlements.schema';

/** One criterion of a score: the points it earned of the most it could. */
export type CriterionLine = {
  key: CriterionKey;
  points: number;
  /** 100 × the criterion's effective weight: what a settlement best on it earns. */
  max: number;
  unknown: boolean;
  demo: boolean;
};

export type DimensionGroup = { dimension: Dimension; points: number; max: number; criteria: CriterionLine[] };

/**
 * A score taken apart: per dimension, the points of each weighed criterion
 * against its maximum. Criteria the family gave no weight earn nothing and
 * are left out; a dimension with none of its criteria weighed is left out too.
 */
export function explainScore(
  item: Pick<RankedSettlementDto, 'contributions' | 'unknown' | 'demo'>,
  criterionWeights: RankResponseDto['criterionWeights'],
): DimensionGroup[] {
  const unknown = new Set(item.unknown);
  const demo = new Set(item.demo);
  return DIMENSIONS.flatMap((dimension) => {
    const criteria = CRITERIA.filter((c) => c.dimension === dimension && (criterionWeights[c.key] ?? 0) > 0).map(
      (c): CriterionLine => ({
        key: c.key,
        points: item.contributions[c.key] ?? 0,
        max: 100 * (criterionWeights[c.key] ?? 0),
        unknown: unknown.has(c.key),
        demo: demo.has(c.key),
      }),
    );
    if (!criteria.length) return [];
    const sum = (pick: (line: CriterionLine) => number) => criteria.reduce((total, line) => total + pick(line), 0);
    return [{ dimension, points: sum((l) => l.points), max: sum((l) => l.max), criteria }];
  });
}

/** Points to one decimal: a whole point reads "25", not "25.0". */
export const roundPoints = (points: number) => Math.round(points * 10) / 10;

/** The share of its maximum a line earned, 0–100, for a bar. */
export function shareOfMax(points: number, max: number): number {
  if (!(max > 0)) return 0;
  return Math.min(100, Math.max(0, (points / max) * 100));
}

export type Direction = 'higher' | 'lower';

/**
 * Which columns hold the best value of a comparison row: the highest or the
 * lowest by the row's direction, ties all marked. Unknown values (null) are
 * never best, and a row where all known values are equal marks nothing, since
 * nothing tells the places apart there.
 */
export function bestColumns(values: ReadonlyArray<number | null>, direction: Direction): number[] {
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (!known.length) return [];
  const best = direction === 'higher' ? Math.max(...known) : Math.min(...known);
  if (known.length === values.length && known.every((v) => v === best)) return [];
  return values.flatMap((v, index) => (v === best ? [index] : []));
}

/**
 * A settlement's place among every candidate of a ranking, from the scores
 * of all of them: one more than the number that scored higher (ties share a
 * place). Null when the must-haves or filters left it out.
 */
export function rankAmong(scores: Readonly<Record<string, number>> | undefined, kato: string): { rank: number; of: number } | null {
  const own = scores?.[kato];
  if (!scores || own === undefined) return null;
  const values = Object.values(scores);
  return { rank: 1 + values.filter((score) => score > own).length, of: values.length };
}
