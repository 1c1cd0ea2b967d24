/**
 * How much a rank depends on the exact slider positions: Monte Carlo over the
 * dimension weights. Each sample multiplies every positive dimension weight
 * by a factor drawn uniformly from [1 - spread, 1 + spread] (seeded, so the
 * same request gives the same ranges), rescores every candidate and ranks it.
 * An item's range is [5th, 95th percentile] of its sampled ranks (nearest-rank
 * percentiles), widened when needed to include its rank at the family's own
 * weights, so the range shown always contains the rank shown.
 *
 * Every method splits into per-dimension terms computed once per request, so
 * a sample costs O(candidates × dimensions):
 * - weighted: score = Σ_d W_d · D_d (D_d the dimension score);
 * - geometric: ln score = Σ_d W_d · L_d (L_d the share-weighted mean of logs),
 *   the same order as the score itself;
 * - TOPSIS: S±² = Σ_d W_d² · P±_d, closeness = S- / (S+ + S-).
 * Scaling all weights by one constant changes no order, so the sampled
 * weights are not renormalised.
 *
 * The page's ranks are counted without sorting all candidates: the page's
 * sampled scores are sorted (a few dozen), and one pass over the candidates
 * counts, through a binary search among them, how many candidates beat each.
 */
import { seededRandom } from '../random';
import { closeness } from './topsis';

export type SampledTerms =
  | { kind: 'sum'; terms: Float64Array }
  | { kind: 'topsis'; toIdeal: Float64Array; toAnti: Float64Array };

export type RobustnessOptions = { samples: number; seed: number; spread?: number };

export const DEFAULT_SPREAD = 0.5;

/** Rank ranges of the page's positions among `count` candidates; terms are dimension-major (terms[a * count + j]). */
export function rankRanges(
  sampled: SampledTerms,
  weights: Float64Array,
  count: number,
  page: Int32Array,
  ranks: Int32Array,
  options: RobustnessOptions,
  score: Float64Array = new Float64Array(count),
): Array<[number, number]> {
  const dims = weights.length;
  const spread = options.spread ?? DEFAULT_SPREAD;
  const random = seededRandom(options.seed);
  const samples = options.samples;
  const pageSize = page.length;
  const sampledRanks = new Int32Array(pageSize * samples);
  const factors = new Float64Array(dims);
  const pageScores = new Float64Array(pageSize);
  const beaten = new Int32Array(pageSize + 1);
  const scratch = sampled.kind === 'topsis' ? new Float64Array(count) : score;

  for (let s = 0; s < samples; s++) {
    for (let a = 0; a < dims; a++) factors[a] = weights[a]! * (1 - spread + 2 * spread * random());
    score.fill(0, 0, count);
    if (sampled.kind === 'sum') {
      for (let a = 0; a < dims; a++) addScaled(score, sampled.terms, a * count, factors[a]!, count);
    } else {
      scratch.fill(0, 0, count);
      for (let a = 0; a < dims; a++) {
        const f2 = factors[a]! * factors[a]!;
        addScaled(score, sampled.toIdeal, a * count, f2, count);
        addScaled(scratch, sampled.toAnti, a * count, f2, count);
      }
      for (let j = 0; j < count; j++) score[j] = closeness(Math.sqrt(score[j]!), Math.sqrt(scratch[j]!));
    }

    for (let k = 0; k < pageSize; k++) pageScores[k] = score[page[k]!]!;
    pageScores.sort();
    // beaten[i]: candidates whose score exceeds exactly the i lowest page scores and no more.
    beaten.fill(0);
    const lowest = pageScores[0]!;
    for (let j = 0; j < count; j++) {
      const v = score[j]!;
      if (v > lowest) beaten[countBelow(pageScores, v)]!++;
    }
    // Suffix sums: beaten[i] becomes the number of candidates above the i-th lowest page score.
    for (let i = pageSize - 1; i >= 0; i--) beaten[i]! += beaten[i + 1]!;
    for (let k = 0; k < pageSize; k++) {
      const at = countBelow(pageScores, score[page[k]!]!);
      sampledRanks[k * samples + s] = 1 + beaten[at + 1]!;
    }
  }

  const low = Math.max(0, Math.ceil(0.05 * samples) - 1);
  const high = Math.max(0, Math.ceil(0.95 * samples) - 1);
  return Array.from(page, (_, k): [number, number] => {
    const own = sampledRanks.subarray(k * samples, (k + 1) * samples).sort();
    return [Math.min(own[low]!, ranks[k]!), Math.max(own[high]!, ranks[k]!)];
  });
}

function addScaled(target: Float64Array, source: Float64Array, offset: number, factor: number, count: number): void {
  for (let j = 0; j < count; j++) target[j]! += factor * source[offset + j]!;
}

/** How many of the ascending `sorted` values are strictly below v. */
function countBelow(sorted: Float64Array, v: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
