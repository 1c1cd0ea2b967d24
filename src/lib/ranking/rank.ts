/**
 * Ranking a prepared catalogue for one family's weights.
 *
 * Weights: each dimension's slider W_d (0..5) is shared among its criteria by
 * their criterion weights s_c (0..5, default 1), so a criterion's effective
 * weight is W_d · s_c / Σ_{c' in d} s_c', and all of them are then scaled to
 * sum to 1. With every effective weight 0 nothing can be ranked: that is a
 * RankingError('no_weight'), which the API answers with 400.
 *
 * Scores, all in [0, 100], over the normalised values x_c (see prepare.ts):
 * - 'weighted': 100 · Σ w_c x_c. contributions[c] = 100 · w_c · x_c, added in
 *   criterion order exactly as the score is, so they sum to it to the last bit.
 * - 'geometric': the weighted geometric mean Π x̃_c^{w_c} of the values rescaled
 *   to x̃ = ε + (1 - ε) x with ε = GEOMETRIC_FLOOR (0.01), then mapped back to
 *   [0, 100] by (G - ε) / (1 - ε). Less compensatory than the sum (OECD/JRC
 *   composite-indicator handbook): a zero is heavily penalised but does not
 *   wipe out everything else; with equal weights (0, 1) scores 9.1 where
 *   (0.5, 0.5) scores 50. A weight-0 criterion never matters (x^0 = 1).
 * - 'topsis': closeness 100 · S- / (S+ + S-), weighted distances to the ideal
 *   and anti-ideal of the whole catalogue.
 * For 'geometric' and 'topsis', contributions are the same points as for
 * 'weighted' (what each criterion brings in), and do not sum to the score.
 *
 * Ranks: 1 is the best among the candidates; scores that round to the same
 * billionth of a point share a rank (competition ranking: 1, 2, 2, 4), so the
 * last-bit noise of sums taken in different orders does not split equal scores;
 * ties in index order.
 *
 * Pareto: an item is Pareto-optimal when no other candidate is at least as
 * good on every dimension score (the share-weighted mean of the dimension's
 * criteria) and better on one, over the dimensions weighted above 0.
 */
import { GEOMETRIC_FLOOR, type PreparedRanking } from './prepare';
import { paretoFront } from './pareto';
import { rankRanges, type RobustnessOptions, type SampledTerms } from './robustness';
import { competitionRanks, selectTop } from './select';
import { topsisCloseness } from './topsis';

export type RankingMethod = 'weighted' | 'geometric' | 'topsis';

export type RankRequest = {
  /** Per dimension, 0..5; a dimension left out weighs 0. */
  weights: Record<string, number>;
  /** Per criterion, 0..5, its share within its dimension (default 1 each). */
  criterionWeights?: Record<string, number>;
  /** 1 = passes the must-haves (the caller builds it, see buildCandidateMask); null = all. */
  candidates?: Uint8Array | null;
  method: RankingMethod;
  robustness?: RobustnessOptions;
  limit: number;
  offset?: number;
  /** Also return every item's score (NaN for items that are not candidates), e.g. for a map. */
  includeScores?: boolean;
};

export type RankedItem = {
  index: number;
  score: number;
  rank: number;
  /** [5th, 95th percentile] of the ranks under perturbed weights, widened to include `rank`; only with `robustness`. */
  rankRange?: [number, number];
  pareto: boolean;
  /** Points per criterion, in the table's criterion order. */
  contributions: Float64Array;
  /** Positions (in the table's criterion order) of the criteria whose value is unknown, scored as worst. */
  unknown: number[];
};

export type RankResult = {
  items: RankedItem[];
  /** Number of candidates. */
  total: number;
  /** Effective weight of each criterion, in the table's order; sums to 1. */
  criterionWeights: Float64Array;
  scores?: Float64Array;
};

export type RankingErrorCode = 'no_weight' | 'invalid_weight' | 'unknown_dimension' | 'unknown_criterion' | 'invalid_request';

/** A request the ranking cannot serve; the caller's fault (HTTP 400), never a server failure. */
export class RankingError extends Error {
  constructor(
    readonly code: RankingErrorCode,
    readonly details: Record<string, unknown> = {},
  ) {
    super(`${code}: ${JSON.stringify(details)}`);
    this.name = 'RankingError';
  }
}

/** Scores closer than this many points share a rank: sums in different orders must not split equal scores. */
const TIE_RESOLUTION = 1e9;
const MAX_SAMPLES = 100_000;

type Weights = {
  criterion: Float64Array;
  /** Per criterion, its share within its dimension (s_c / Σ s), 0 for a criterion weighted 0. */
  share: Float64Array;
  /** Dimensions with weight, and their slider values. */
  active: Int32Array;
  activeWeight: Float64Array;
};

function resolveWeights(p: PreparedRanking, r: RankRequest): Weights {
  const check = (value: number, where: Record<string, unknown>) => {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw new RankingError('invalid_weight', { ...where, value });
  };
  const dimensionWeight = new Float64Array(p.dimensions.length);
  for (const [dimension, value] of Object.entries(r.weights)) {
    const d = p.dimensions.indexOf(dimension);
    if (d < 0) throw new RankingError('unknown_dimension', { dimension });
    check(value, { dimension });
    dimensionWeight[d] = value;
  }
  const m = p.criteria.length;
  const own = new Float64Array(m).fill(1);
  for (const [key, value] of Object.entries(r.criterionWeights ?? {})) {
    const c = p.criteria.findIndex((criterion) => criterion.key === key);
    if (c < 0) throw new RankingError('unknown_criterion', { criterion: key });
    check(value, { criterion: key });
    own[c] = value;
  }
  const dimensionTotal = new Float64Array(p.dimensions.length);
  for (let c = 0; c < m; c++) dimensionTotal[p.criterionDimension[c]!]! += own[c]!;
  const share = new Float64Array(m);
  const criterion = new Float64Array(m);
  let total = 0;
  for (let c = 0; c < m; c++) {
    const d = p.criterionDimension[c]!;
    if (dimensionTotal[d]! > 0 && dimensionWeight[d]! > 0) {
      share[c] = own[c]! / dimensionTotal[d]!;
      criterion[c] = dimensionWeight[d]! * share[c]!;
      total += criterion[c]!;
    }
  }
  if (!(total > 0)) throw new RankingError('no_weight');
  for (let c = 0; c < m; c++) criterion[c]! /= total;
  const active = Int32Array.from(p.dimensions.keys()).filter((d) => dimensionWeight[d]! > 0 && dimensionTotal[d]! > 0);
  return { criterion, share, active, activeWeight: Float64Array.from(active, (d) => dimensionWeight[d]!) };
}

function checkRequest(p: PreparedRanking, r: RankRequest): void {
  const whole = (value: unknown, min: number, max = Number.MAX_SAFE_INTEGER) => Number.isInteger(value) && (value as number) >= min && (value as number) <= max;
  if (!whole(r.limit, 0)) throw new RankingError('invalid_request', { field: 'limit' });
  if (r.offset !== undefined && !whole(r.offset, 0)) throw new RankingError('invalid_request', { field: 'offset' });
  if (r.candidates && r.candidates.length !== p.size) throw new RankingError('invalid_request', { field: 'candidates' });
  if (!['weighted', 'geometric', 'topsis'].includes(r.method)) throw new RankingError('invalid_request', { field: 'method' });
  if (r.robustness) {
    const spread = r.robustness.spread ?? 0;
    if (!whole(r.robustness.samples, 1, MAX_SAMPLES)) throw new RankingError('invalid_request', { field: 'robustness.samples' });
    if (!Number.isFinite(r.robustness.seed)) throw new RankingError('invalid_request', { field: 'robustness.seed' });
    if (!(spread >= 0 && spread <= 1)) throw new RankingError('invalid_request', { field: 'robustness.spread' });
  }
}

/** Candidate positions (indices of the items that pass), ascending. */
function candidateList(p: PreparedRanking, mask: Uint8Array | null | undefined): Int32Array {
  const list = p.buffer('candidates', Int32Array, p.size);
  let count = 0;
  for (let i = 0; i < p.size; i++) if (!mask || mask[i] === 1) list[count++] = i;
  return list.subarray(0, count);
}

/**
 * Per active dimension a and candidate j, into target[a * count + j]:
 * Σ_{c in a} factor[c] · x_c, or with `centre`, Σ_{c in a} factor[c] · (x_c - centre[c])².
 */
function dimensionTerms(p: PreparedRanking, w: Weights, list: Int32Array, source: Float64Array, factor: Float64Array, centre: Float64Array | null, target: Float64Array): void {
  const count = list.length;
  target.fill(0, 0, w.active.length * count);
  for (let a = 0; a < w.active.length; a++) {
    for (let c = 0; c < p.criteria.length; c++) {
      if (p.criterionDimension[c] !== w.active[a] || w.share[c] === 0) continue;
      const f = factor[c]!;
      const base = c * p.size;
      const offset = a * count;
      if (!centre) {
        for (let j = 0; j < count; j++) target[offset + j]! += f * source[base + list[j]!]!;
      } else {
        const t = centre[c]!;
        for (let j = 0; j < count; j++) {
          const diff = source[base + list[j]!]! - t;
          target[offset + j]! += f * diff * diff;
        }
      }
    }
  }
}

/**
 * Σ_c weight[c] · source[c][item] in criterion order, for each candidate; with
 * `dimensions`, the dimension scores (as dimensionTerms with the shares) in
 * the same pass, which reads each value once instead of twice.
 */
function weightedSum(p: PreparedRanking, list: Int32Array, source: Float64Array, weight: Float64Array, out: Float64Array, dimensions?: { w: Weights; target: Float64Array }): void {
  const count = list.length;
  out.fill(0, 0, count);
  dimensions?.target.fill(0, 0, dimensions.w.active.length * count);
  for (let c = 0; c < weight.length; c++) {
    const f = weight[c]!;
    if (f === 0) continue;
    const base = c * p.size;
    const a = dimensions ? dimensions.w.active.indexOf(p.criterionDimension[c]!) : -1;
    if (a < 0 || !dimensions) {
      for (let j = 0; j < count; j++) out[j]! += f * source[base + list[j]!]!;
      continue;
    }
    const share = dimensions.w.share[c]!;
    const target = dimensions.target;
    const offset = a * count;
    for (let j = 0; j < count; j++) {
      const x = source[base + list[j]!]!;
      out[j]! += f * x;
      target[offset + j]! += share * x;
    }
  }
}

export function rankPrepared(p: PreparedRanking, r: RankRequest): RankResult {
  checkRequest(p, r);
  const w = resolveWeights(p, r);
  const list = candidateList(p, r.candidates);
  const count = list.length;
  const dims = w.active.length;
  const score = p.buffer('score', Float64Array, count);
  const points = Float64Array.from(w.criterion, (x) => 100 * x);

  const dimensionScores = p.buffer('dimensions', Float64Array, dims * count);
  if (r.method === 'weighted') {
    weightedSum(p, list, p.values, points, score, { w, target: dimensionScores });
  } else if (r.method === 'geometric') {
    weightedSum(p, list, p.logValues(), w.criterion, score);
    for (let j = 0; j < count; j++) score[j] = Math.max(0, (100 * (Math.exp(score[j]!) - GEOMETRIC_FLOOR)) / (1 - GEOMETRIC_FLOOR));
  } else {
    topsisCloseness(p.values, p.size, list, count, w.criterion, p.ideal, p.antiIdeal, score, p.buffer('scratch', Float64Array, count));
    for (let j = 0; j < count; j++) score[j]! *= 100;
  }
  const keys = p.buffer('keys', Float64Array, count);
  for (let j = 0; j < count; j++) keys[j] = Math.round(score[j]! * TIE_RESOLUTION);

  const offset = r.offset ?? 0;
  const top = selectTop(keys, count, offset + r.limit);
  const ranks = competitionRanks(keys, top);
  const page = top.subarray(Math.min(offset, top.length));
  const pageRanks = ranks.subarray(Math.min(offset, top.length));

  if (r.method !== 'weighted') dimensionTerms(p, w, list, p.values, w.share, null, dimensionScores);
  const pareto = paretoFront(dimensionScores, dims, count, p.buffer('pareto', Uint8Array, count), {
    sums: p.buffer('pareto-sums', Float64Array, count),
    survivors: p.buffer('pareto-survivors', Int32Array, count),
  });

  let ranges: Array<[number, number]> | undefined;
  if (r.robustness && page.length) {
    ranges = rankRanges(sampledTerms(p, w, list, r.method, dimensionScores), w.activeWeight, count, page, pageRanks, r.robustness, p.buffer('sample', Float64Array, count));
  }

  const m = p.criteria.length;
  const items = Array.from(page, (j, k): RankedItem => {
    const index = list[j]!;
    const contributions = new Float64Array(m);
    const unknown: number[] = [];
    for (let c = 0; c < m; c++) {
      contributions[c] = points[c]! * p.values[c * p.size + index]!;
      if (p.unknown[c * p.size + index]) unknown.push(c);
    }
    const item: RankedItem = { index, score: score[j]!, rank: pageRanks[k]!, pareto: pareto[j] === 1, contributions, unknown };
    if (ranges) item.rankRange = ranges[k]!;
    return item;
  });

  const result: RankResult = { items, total: count, criterionWeights: w.criterion };
  if (r.includeScores) {
    const all = new Float64Array(p.size).fill(Number.NaN);
    for (let j = 0; j < count; j++) all[list[j]!] = score[j]!;
    result.scores = all;
  }
  return result;
}

/** The per-dimension terms each method's Monte Carlo samples recombine (see robustness.ts). */
function sampledTerms(p: PreparedRanking, w: Weights, list: Int32Array, method: RankingMethod, dimensionScores: Float64Array): SampledTerms {
  const size = w.active.length * list.length;
  if (method === 'weighted') return { kind: 'sum', terms: dimensionScores };
  if (method === 'geometric') {
    const terms = p.buffer('sampled-logs', Float64Array, size);
    dimensionTerms(p, w, list, p.logValues(), w.share, null, terms);
    return { kind: 'sum', terms };
  }
  // S±² = Σ_c w_c² (x_c - target_c)², and w_c = W_d · share_c up to one constant factor.
  const shareSquared = w.share.map((s) => s * s);
  const toIdeal = p.buffer('sampled-ideal', Float64Array, size);
  const toAnti = p.buffer('sampled-anti', Float64Array, size);
  dimensionTerms(p, w, list, p.values, shareSquared, p.ideal, toIdeal);
  dimensionTerms(p, w, list, p.values, shareSquared, p.antiIdeal, toAnti);
  return { kind: 'topsis', toIdeal, toAnti };
}

/**
 * The must-haves as a candidate mask: 1 where every rule holds (min and max
 * inclusive); an unknown (NaN) value fails any rule, since a family asking
 * for a school must not be sent where nobody knows whether there is one.
 */
export function buildCandidateMask(size: number, rules: { column: Float64Array; min?: number; max?: number }[]): Uint8Array {
  const mask = new Uint8Array(size).fill(1);
  for (const { column, min = -Infinity, max = Infinity } of rules) {
    if (column.length !== size) throw new RankingError('invalid_request', { field: 'rules', expected: size, got: column.length });
    for (let i = 0; i < size; i++) {
      const x = column[i]!;
      if (!(x >= min && x <= max)) mask[i] = 0;
    }
  }
  return mask;
}
