/**
 * Pareto front (skyline) of points given as dimension-major scores
 * (scores[a * count + j] is point j's score on dimension a): a point is on the
 * front when no other point is at least as good on every dimension and better
 * on one.
 *
 * Sort-filter skyline: visit the points by decreasing sum of scores and keep
 * those no kept point dominates. A dominating point has a greater or equal
 * sum, and, between equal sums, is lexicographically greater, so sorting by
 * (sum, then lexicographic) puts every dominator first and a kept point is
 * never dominated by one seen later. Before sorting, a linear pass drops the
 * points that one of the few best-sum points already dominates, which in
 * real data is nearly all of them, so the sort only sees the survivors.
 */
import { selectTop } from './select';

const FILTER_POINTS = 16;

/** Work arrays of at least `count` elements, for a caller that ranks often and large. */
export type ParetoWork = { sums: Float64Array; survivors: Int32Array };

/** 1 for each point on the front, 0 otherwise. */
export function paretoFront(
  scores: Float64Array,
  dims: number,
  count: number,
  out: Uint8Array = new Uint8Array(count),
  work: ParetoWork = { sums: new Float64Array(count), survivors: new Int32Array(count) },
): Uint8Array {
  out.fill(0, 0, count);
  if (count === 0) return out;
  if (dims === 0) return out.fill(1, 0, count);
  const { sums, survivors } = work;
  sums.fill(0, 0, count);
  for (let a = 0; a < dims; a++) {
    const base = a * count;
    for (let j = 0; j < count; j++) sums[j]! += scores[base + j]!;
  }

  const point = new Float64Array(dims);
  const load = (j: number) => {
    for (let a = 0; a < dims; a++) point[a] = scores[a * count + j]!;
  };
  /** Whether row r of `rows` (row-major) dominates `point`. */
  const dominates = (rows: Float64Array, r: number) => {
    const base = r * dims;
    let better = false;
    for (let a = 0; a < dims; a++) {
      const mine = rows[base + a]!;
      const theirs = point[a]!;
      if (mine < theirs) return false;
      if (mine > theirs) better = true;
    }
    return better;
  };
  const dominated = (rows: Float64Array, length: number) => {
    for (let r = 0; r < length; r++) if (dominates(rows, r)) return true;
    return false;
  };

  // Filter pass. A point can only be dominated by one with a sum at least its own, which rules most filters out
  // at the cost of one comparison; the filter that last eliminated a point is tried first.
  const filters = selectTop(sums, count, FILTER_POINTS);
  const filterRows = new Float64Array(filters.length * dims);
  const filterSums = Float64Array.from(filters, (j) => sums[j]!);
  for (const [r, j] of filters.entries()) {
    for (let a = 0; a < dims; a++) filterRows[r * dims + a] = scores[a * count + j]!;
  }
  let left = 0;
  let lastHit = 0;
  for (let j = 0; j < count; j++) {
    const sum = sums[j]!;
    load(j);
    if (filterSums[lastHit]! >= sum && dominates(filterRows, lastHit)) continue;
    let hit = -1;
    for (let r = 0; r < filters.length && filterSums[r]! >= sum; r++) {
      if (r !== lastHit && dominates(filterRows, r)) {
        hit = r;
        break;
      }
    }
    if (hit >= 0) lastHit = hit;
    else survivors[left++] = j;
  }

  const order = survivors.subarray(0, left).sort((x, y) => {
    const bySum = sums[y]! - sums[x]!;
    if (bySum !== 0) return bySum;
    for (let a = 0; a < dims; a++) {
      const diff = scores[a * count + y]! - scores[a * count + x]!;
      if (diff !== 0) return diff;
    }
    return x - y;
  });
  let skyline = new Float64Array(Math.min(left, 64) * dims);
  let kept = 0;
  for (const j of order) {
    load(j);
    if (dominated(skyline, kept)) continue;
    if ((kept + 1) * dims > skyline.length) {
      const grown = new Float64Array(skyline.length * 2);
      grown.set(skyline);
      skyline = grown;
    }
    skyline.set(point, kept * dims);
    kept++;
    out[j] = 1;
  }
  return out;
}
