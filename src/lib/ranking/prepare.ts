/**
 * The catalogue, normalised once: every criterion's raw column turned into
 * values in [0, 1] where 1 is best, whatever the criterion's direction.
 *
 * Normalisation runs over the whole table (the catalogue), never over the
 * candidates a family's must-haves leave: filtering a settlement out never
 * moves anyone else's score, so ranks stay stable while a family ticks boxes.
 *
 * - 'minmax': (x - min) / (max - min), or (max - x) / (max - min) for a
 *   'lower is better' criterion. A constant column (one distinct known value)
 *   gives 1 to everyone: nobody is worse than anyone else on it, it shifts every
 *   weighted score by the same amount and leaves geometric scores untouched.
 * - 'zscore': z = (x - mean) / sd (population sd over the known values), negated
 *   for 'lower', clipped at ±3 sd and mapped linearly to [0, 1]: (z + 3) / 6.
 *   sd = 0 is a constant column and gives 1, as above.
 * - Unknown (NaN) values count as 0, the worst, so a settlement never gains from
 *   a missing record; they are flagged (`isUnknown`, and `unknown` on each
 *   ranked item) so the interface can say "unknown" rather than show a zero.
 */
export type RankingCriterion = { key: string; dimension: string; direction: 'higher' | 'lower' };

/** Columnar raw values, one Float64Array of `size` per criterion; NaN = unknown. */
export type RankingTable = { criteria: readonly RankingCriterion[]; columns: Float64Array[]; size: number };

export type Normalisation = 'minmax' | 'zscore';

/** Geometric aggregation reads values rescaled to [GEOMETRIC_FLOOR, 1], see rank.ts. */
export const GEOMETRIC_FLOOR = 0.01;

const Z_CLIP = 3;

export class PreparedRanking {
  readonly size: number;
  readonly criteria: readonly RankingCriterion[];
  readonly normalisation: Normalisation;
  /** Dimensions in order of first appearance among the criteria. */
  readonly dimensions: readonly string[];
  /** The index in `dimensions` of each criterion's dimension. */
  readonly criterionDimension: Int32Array;
  /** Normalised values, criterion-major: values[c * size + i] in [0, 1], 1 = best, 0 where unknown. */
  readonly values: Float64Array;
  /** 1 where the raw value is unknown, criterion-major like `values`. */
  readonly unknown: Uint8Array;
  /** Per criterion, the best and worst normalised value in the whole table: TOPSIS's ideal and anti-ideal. */
  readonly ideal: Float64Array;
  readonly antiIdeal: Float64Array;
  private logs: Float64Array | null = null;
  private buffers = new Map<string, Float64Array | Int32Array | Uint8Array>();

  constructor(table: RankingTable, normalisation: Normalisation) {
    const { size, criteria, columns } = table;
    if (!Number.isInteger(size) || size < 0) throw new TypeError(`table size must be a whole number, got ${size}`);
    if (columns.length !== criteria.length) throw new TypeError(`${criteria.length} criteria but ${columns.length} columns`);
    const keys = new Set<string>();
    for (const [c, criterion] of criteria.entries()) {
      if (keys.has(criterion.key)) throw new TypeError(`criterion ${criterion.key} appears twice`);
      keys.add(criterion.key);
      if (columns[c]!.length !== size) throw new TypeError(`column ${criterion.key} has ${columns[c]!.length} values, not ${size}`);
    }
    this.size = size;
    this.criteria = criteria;
    this.normalisation = normalisation;
    const dimensions: string[] = [];
    this.criterionDimension = Int32Array.from(criteria, (c) => {
      const found = dimensions.indexOf(c.dimension);
      return found >= 0 ? found : dimensions.push(c.dimension) - 1;
    });
    this.dimensions = dimensions;
    const m = criteria.length;
    this.values = new Float64Array(m * size);
    this.unknown = new Uint8Array(m * size);
    this.ideal = new Float64Array(m);
    this.antiIdeal = new Float64Array(m);
    for (let c = 0; c < m; c++) {
      const target = this.values.subarray(c * size, (c + 1) * size);
      normaliseColumn(columns[c]!, criteria[c]!.direction === 'lower', normalisation, target, this.unknown.subarray(c * size, (c + 1) * size));
      let best = 0;
      let worst = size ? 1 : 0;
      for (let i = 0; i < size; i++) {
        const v = target[i]!;
        if (v > best) best = v;
        if (v < worst) worst = v;
      }
      this.ideal[c] = best;
      this.antiIdeal[c] = worst;
    }
  }

  /** ln of each value rescaled to [GEOMETRIC_FLOOR, 1], computed on the first geometric ranking and kept. */
  logValues(): Float64Array {
    if (!this.logs) {
      const logs = new Float64Array(this.values.length);
      for (let k = 0; k < logs.length; k++) logs[k] = Math.log(GEOMETRIC_FLOOR + (1 - GEOMETRIC_FLOOR) * this.values[k]!);
      this.logs = logs;
    }
    return this.logs;
  }

  /**
   * Work arrays reused from one ranking to the next (a ranking runs to its end
   * without yielding, so two never share them); at a million settlements
   * allocating them afresh would cost more than the ranking itself.
   */
  buffer<T extends Float64Array | Int32Array | Uint8Array>(name: string, type: new (length: number) => T, length: number): T {
    const existing = this.buffers.get(name);
    if (existing instanceof type && existing.length >= length) return existing.subarray(0, length) as T;
    const created = new type(length);
    this.buffers.set(name, created);
    return created;
  }
}

function normaliseColumn(raw: Float64Array, lowerIsBetter: boolean, normalisation: Normalisation, out: Float64Array, unknown: Uint8Array): void {
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  let known = 0;
  for (let i = 0; i < raw.length; i++) {
    const x = raw[i]!;
    if (Number.isNaN(x)) continue;
    if (x < min) min = x;
    if (x > max) max = x;
    sum += x;
    known++;
  }
  // Two passes for the variance: the one-pass formula loses every digit on large, close values (wages in tenge).
  const mean = known ? sum / known : 0;
  let squares = 0;
  if (normalisation === 'zscore') {
    for (let i = 0; i < raw.length; i++) {
      const x = raw[i]!;
      if (!Number.isNaN(x)) squares += (x - mean) * (x - mean);
    }
  }
  const sd = known ? Math.sqrt(squares / known) : 0;
  const constant = !(max > min) || (normalisation === 'zscore' && !(sd > 0));
  const sign = lowerIsBetter ? -1 : 1;
  for (let i = 0; i < raw.length; i++) {
    const x = raw[i]!;
    if (Number.isNaN(x)) {
      out[i] = 0;
      unknown[i] = 1;
    } else if (constant) {
      out[i] = 1;
    } else if (normalisation === 'minmax') {
      out[i] = lowerIsBetter ? (max - x) / (max - min) : (x - min) / (max - min);
    } else {
      const z = Math.min(Z_CLIP, Math.max(-Z_CLIP, (sign * (x - mean)) / sd));
      out[i] = (z + Z_CLIP) / (2 * Z_CLIP);
    }
  }
}

/** Normalises the catalogue once; rank it as often as needed with rankPrepared. */
export function prepareRanking(table: RankingTable, options: { normalisation: Normalisation }): PreparedRanking {
  return new PreparedRanking(table, options.normalisation);
}

/** True when item `index`'s value for criterion `criterion` (its position in the table's criteria) is unknown. */
export function isUnknown(p: PreparedRanking, index: number, criterion: number): boolean {
  return p.unknown[criterion * p.size + index] === 1;
}
