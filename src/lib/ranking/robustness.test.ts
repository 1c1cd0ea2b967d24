import { test } from 'node:test';
import assert from 'node:assert/strict';
import { prepareRanking, rankPrepared, type RankingMethod } from './index';
import { randomMask, randomTable, randomWeights, seededRandom } from './ranking.test-helper';

const METHODS: RankingMethod[] = ['weighted', 'geometric', 'topsis'];

function setup(seed: number, levels = 0) {
  const random = seededRandom(seed);
  const table = randomTable(random, { size: 120, perDimension: [2, 1, 2, 3], levels, unknownRate: 0.03 });
  const p = prepareRanking(table, { normalisation: seed % 2 ? 'minmax' : 'zscore' });
  return { random, table, p, weights: randomWeights(random, table), candidates: randomMask(random, 120, 0.8) };
}

test('rank ranges contain the rank at the given weights and repeat for the same seed', () => {
  for (let seed = 1; seed <= 30; seed++) {
    const { p, weights, candidates } = setup(seed, seed % 2 ? 4 : 0);
    const method = METHODS[seed % 3]!;
    const request = { weights, candidates, method, limit: 20, offset: seed % 4, robustness: { samples: 200, seed } };
    const first = rankPrepared(p, request);
    for (const item of first.items) {
      const [low, high] = item.rankRange!;
      assert.ok(low <= item.rank && item.rank <= high, `seed ${seed}: ${item.rank} in [${low}, ${high}]`);
      assert.ok(low >= 1 && high <= first.total);
    }
    assert.deepEqual(rankPrepared(p, request).items.map((i) => i.rankRange), first.items.map((i) => i.rankRange));
  }
});

test('rank ranges are the 5th and 95th percentiles of ranks under the sampled weights, for every method', () => {
  for (let seed = 1; seed <= 9; seed++) {
    const { p, weights, candidates } = setup(100 + seed);
    const method = METHODS[seed % 3]!;
    const samples = 60;
    const spread = 0.4;
    const result = rankPrepared(p, { weights, candidates, method, limit: 10, robustness: { samples, seed, spread } });
    // The same draws, in the documented order (one factor per weighted dimension, in dimension order), each
    // ranked by a full, separate ranking at the perturbed weights.
    const random = seededRandom(seed);
    const ranks = new Map<number, number[]>(result.items.map((i) => [i.index, []]));
    for (let s = 0; s < samples; s++) {
      const perturbed = Object.fromEntries(p.dimensions.map((d) => [d, weights[d] ?? 0]).map(([d, w]) => [d, (w as number) > 0 ? (w as number) * (1 - spread + 2 * spread * random()) : 0]));
      const sampled = rankPrepared(p, { weights: perturbed, candidates, method, limit: 0, includeScores: true }).scores!;
      for (const [index, list] of ranks) list.push(1 + [...sampled].filter((x) => x > sampled[index]!).length);
    }
    for (const item of result.items) {
      const sorted = ranks.get(item.index)!.sort((a, b) => a - b);
      const expected = [Math.min(sorted[Math.ceil(0.05 * samples) - 1]!, item.rank), Math.max(sorted[Math.ceil(0.95 * samples) - 1]!, item.rank)];
      assert.deepEqual(item.rankRange, expected, `seed ${seed}, ${method}, item ${item.index}`);
    }
  }
});

test('no spread, no doubt: every range is the rank itself', () => {
  const { p, weights } = setup(7);
  for (const method of METHODS) {
    const result = rankPrepared(p, { weights, method, limit: 30, robustness: { samples: 20, seed: 3, spread: 0 } });
    for (const item of result.items) assert.deepEqual(item.rankRange, [item.rank, item.rank], method);
  }
});

test('an item better on every dimension stays first, one worse on every dimension stays last', () => {
  const random = seededRandom(42);
  const table = randomTable(random, { size: 40, perDimension: [1, 1, 1], unknownRate: 0 });
  table.criteria = table.criteria.map((c) => ({ ...c, direction: 'higher' }));
  for (const column of table.columns) {
    column[0] = 2; // best everywhere
    column[1] = -1; // worst everywhere
  }
  const p = prepareRanking(table, { normalisation: 'minmax' });
  const result = rankPrepared(p, { weights: { d0: 5, d1: 1, d2: 3 }, method: 'weighted', limit: 40, robustness: { samples: 300, seed: 9, spread: 0.9 } });
  const byIndex = new Map(result.items.map((i) => [i.index, i]));
  assert.deepEqual(byIndex.get(0)!.rankRange, [1, 1]);
  assert.deepEqual(byIndex.get(1)!.rankRange, [40, 40]);
  const ranges = result.items.map((i) => i.rankRange![1] - i.rankRange![0]);
  assert.ok(ranges.some((width) => width > 0), 'a wide spread moves some ranks');
  // A different seed draws different weights.
  const other = rankPrepared(p, { weights: { d0: 5, d1: 1, d2: 3 }, method: 'weighted', limit: 40, robustness: { samples: 300, seed: 10, spread: 0.9 } });
  assert.notDeepEqual(other.items.map((i) => i.rankRange), result.items.map((i) => i.rankRange));
});
