import { test } from 'node:test';
import assert from 'node:assert/strict';
import { paretoFront, prepareRanking, rankPrepared } from './index';
import { randomMask, randomTable, seededRandom } from './ranking.test-helper';

function bruteForceFront(points: number[][]): boolean[] {
  const dominates = (a: number[], b: number[]) => a.every((x, d) => x >= b[d]!) && a.some((x, d) => x > b[d]!);
  return points.map((b) => !points.some((a) => dominates(a, b)));
}

test('the skyline equals the brute-force Pareto front on random points, ties included', () => {
  for (let seed = 1; seed <= 300; seed++) {
    const random = seededRandom(seed);
    const count = 1 + Math.floor(random() * (seed % 5 === 0 ? 400 : 60));
    const dims = 1 + Math.floor(random() * 5);
    const levels = seed % 3 === 0 ? 0 : 2 + Math.floor(random() * 4);
    const points = Array.from({ length: count }, () => Array.from({ length: dims }, () => (levels ? Math.floor(random() * levels) : random())));
    // Every fifth seed: anti-correlated points (near a plane of equal sums), where most points are on the front.
    if (seed % 5 === 0) {
      for (const point of points) {
        const sum = point.reduce((a, b) => a + b, 0) || 1;
        point.forEach((x, d) => (point[d] = Math.round((x / sum) * 8) / 8));
      }
    }
    const scores = new Float64Array(dims * count);
    points.forEach((point, j) => point.forEach((x, a) => (scores[a * count + j] = x)));
    assert.deepEqual([...paretoFront(scores, dims, count)].map(Boolean), bruteForceFront(points), `seed ${seed}`);
  }
});

test('ranked items are flagged Pareto-optimal exactly as brute force says, among the candidates and weighted dimensions', () => {
  for (let seed = 1; seed <= 150; seed++) {
    const random = seededRandom(1000 + seed);
    // One criterion per dimension, values on a grid with 0 and 1 present: normalised values equal the raw ones.
    const size = 5 + Math.floor(random() * 40);
    const table = randomTable(random, { size, perDimension: [1, 1, 1, 1], levels: 3 + Math.floor(random() * 3) });
    table.criteria = table.criteria.map((c) => ({ ...c, direction: 'higher' }));
    for (const column of table.columns) {
      column[0] = 0;
      column[1] = 1;
    }
    const p = prepareRanking(table, { normalisation: 'minmax' });
    const weights = { d0: Math.floor(random() * 3), d1: Math.floor(random() * 3), d2: Math.floor(random() * 3), d3: 1 };
    const candidates = randomMask(random, size, 0.7);
    const method = (['weighted', 'geometric', 'topsis'] as const)[seed % 3]!;
    const result = rankPrepared(p, { weights, candidates, method, limit: size });
    const weighted = Object.entries(weights).filter(([, w]) => w > 0).map(([d]) => Number(d.slice(1)));
    const indices = result.items.map((item) => item.index);
    const expected = bruteForceFront(indices.map((i) => weighted.map((d) => table.columns[d]![i]!)));
    assert.deepEqual(result.items.map((item) => item.pareto), expected, `seed ${seed}`);
    assert.equal(result.total, candidates.reduce((a, b) => a + b, 0));
  }
});

test('with two criteria in a dimension, Pareto reads the dimension score (their weighted mean)', () => {
  // Item 0 is better on c0, item 1 on c1, both in dimension x: their means are equal, neither dominates on x,
  // but item 2 matches them on x and is better on y, so it dominates both.
  const p = prepareRanking(
    {
      size: 3,
      criteria: [{ key: 'c0', dimension: 'x', direction: 'higher' }, { key: 'c1', dimension: 'x', direction: 'higher' }, { key: 'c2', dimension: 'y', direction: 'higher' }],
      columns: [Float64Array.of(1, 0, 0.5), Float64Array.of(0, 1, 0.5), Float64Array.of(0, 0, 1)],
    },
    { normalisation: 'minmax' },
  );
  const flags = (weights: Record<string, number>) => Object.fromEntries(rankPrepared(p, { weights, method: 'weighted', limit: 3 }).items.map((i) => [i.index, i.pareto]));
  assert.deepEqual(flags({ x: 1, y: 1 }), { 0: false, 1: false, 2: true });
  assert.deepEqual(flags({ x: 1, y: 0 }), { 0: true, 1: true, 2: true }, 'y weighs nothing: all three tie on x');
  const shares = rankPrepared(p, { weights: { x: 1, y: 0 }, criterionWeights: { c0: 3 }, method: 'weighted', limit: 3 }).items;
  assert.deepEqual(Object.fromEntries(shares.map((i) => [i.index, i.pareto])), { 0: true, 1: false, 2: false }, 'c0 weighs more within x');
});
