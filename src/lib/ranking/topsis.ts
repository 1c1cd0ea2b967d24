/**
 * TOPSIS (Hwang & Yoon, 1981): each alternative's weighted Euclidean distance
 * to the ideal point S+ and to the anti-ideal point S-, and its closeness
 * S- / (S+ + S-) in [0, 1]. One core serves both the classical method on a
 * small matrix (vector normalisation, ideal from the alternatives given) and
 * the catalogue ranking (values already normalised to [0, 1], ideal and
 * anti-ideal taken over the whole catalogue so that filtering never moves a
 * score).
 */

/**
 * Closeness of the items `items[0..count)` over criterion-major `values`
 * (values[c * stride + item]); writes closeness to out[0..count). Weights
 * multiply the distances per criterion (a zero weight leaves a criterion
 * out). When S+ + S- = 0 every weighted criterion is the same for ideal and
 * anti-ideal: nothing tells items apart and each gets closeness 1.
 */
export function topsisCloseness(
  values: Float64Array,
  stride: number,
  items: Int32Array,
  count: number,
  weights: Float64Array,
  ideal: Float64Array,
  antiIdeal: Float64Array,
  out: Float64Array,
  scratch: Float64Array = new Float64Array(count),
): void {
  const toIdeal = out;
  const toAnti = scratch;
  toIdeal.fill(0, 0, count);
  toAnti.fill(0, 0, count);
  for (let c = 0; c < weights.length; c++) {
    const w = weights[c]!;
    if (w === 0) continue;
    const w2 = w * w;
    const best = ideal[c]!;
    const worst = antiIdeal[c]!;
    const base = c * stride;
    for (let j = 0; j < count; j++) {
      const x = values[base + items[j]!]!;
      const plus = x - best;
      const minus = x - worst;
      toIdeal[j]! += w2 * plus * plus;
      toAnti[j]! += w2 * minus * minus;
    }
  }
  for (let j = 0; j < count; j++) out[j] = closeness(Math.sqrt(toIdeal[j]!), Math.sqrt(toAnti[j]!));
}

export function closeness(toIdeal: number, toAnti: number): number {
  const total = toIdeal + toAnti;
  return total > 0 ? toAnti / total : 1;
}

/**
 * Classical TOPSIS on a decision matrix (rows = alternatives, columns =
 * criteria): vector normalisation r = x / ||column||, weights scaled to sum 1,
 * ideal = best r of each column (max for 'higher', min for 'lower'). Returns
 * the closeness of each alternative.
 */
export function topsis(matrix: readonly (readonly number[])[], weights: readonly number[], directions: readonly ('higher' | 'lower')[]): number[] {
  const rows = matrix.length;
  const m = weights.length;
  if (directions.length !== m || matrix.some((row) => row.length !== m)) throw new TypeError('matrix, weights and directions must have one entry per criterion');
  const total = weights.reduce((a, b) => a + b, 0);
  if (!(total > 0) || weights.some((w) => !(w >= 0))) throw new TypeError('weights must be non-negative and not all zero');
  const values = new Float64Array(m * rows);
  const ideal = new Float64Array(m);
  const antiIdeal = new Float64Array(m);
  for (let c = 0; c < m; c++) {
    const norm = Math.hypot(...matrix.map((row) => row[c]!));
    let max = -Infinity;
    let min = Infinity;
    for (let i = 0; i < rows; i++) {
      const r = norm > 0 ? matrix[i]![c]! / norm : 0;
      values[c * rows + i] = r;
      max = Math.max(max, r);
      min = Math.min(min, r);
    }
    ideal[c] = directions[c] === 'higher' ? max : min;
    antiIdeal[c] = directions[c] === 'higher' ? min : max;
  }
  const out = new Float64Array(rows);
  const items = Int32Array.from({ length: rows }, (_, i) => i);
  topsisCloseness(values, rows, items, rows, Float64Array.from(weights, (w) => w / total), ideal, antiIdeal, out);
  return [...out];
}
