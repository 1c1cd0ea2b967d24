import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildCandidateMask, prepareRanking, rankPrepared, RankingError, type RankingMethod, type RankingTable } from './index';
import { randomMask, randomTable, randomWeights, seededRandom } from './ranking.test-helper';

const METHODS: RankingMethod[] = ['weighted', 'geometric', 'topsis'];

/** Two criteria in two dimensions, given as rows of already normalised values (0 and 1 present in each column). */
function twoCriteria(rows: Array<[number, number]>): RankingTable {
  return {
    size: rows.length,
    criteria: [{ key: 'a', dimension: 'x', direction: 'higher' }, { key: 'b', dimension: 'y', direction: 'higher' }],
    columns: [Float64Array.from(rows, (r) => r[0]), Float64Array.from(rows, (r) => r[1])],
  };
}

test('weighted: contributions add up to the score exactly, and effective weights sum to 1', () => {
  for (let seed = 1; seed <= 40; seed++) {
    const random = seededRandom(seed);
    const table = randomTable(random, { size: 60, perDimension: [3, 2, 1, 4, 2, 3], unknownRate: 0.05 });
    const p = prepareRanking(table, { normalisation: seed % 2 ? 'minmax' : 'zscore' });
    const criterionWeights = Object.fromEntries(table.criteria.filter(() => random() < 0.3).map((c) => [c.key, Math.floor(random() * 6)]));
    const result = rankPrepared(p, { weights: randomWeights(random, table), criterionWeights, method: 'weighted', limit: 60 });
    assert.ok(Math.abs(result.criterionWeights.reduce((a, b) => a + b, 0) - 1) < 1e-12);
    for (const item of result.items) {
      let sum = 0;
      for (const points of item.contributions) sum += points;
      assert.equal(sum, item.score, `seed ${seed}, item ${item.index}`);
      assert.ok(item.score >= 0 && item.score <= 100);
    }
  }
});

test('effective weight: the dimension slider shared among its criteria by their criterion weights', () => {
  const table: RankingTable = {
    size: 2,
    criteria: [{ key: 'a', dimension: 'x', direction: 'higher' }, { key: 'b', dimension: 'x', direction: 'higher' }, { key: 'c', dimension: 'y', direction: 'higher' }, { key: 'd', dimension: 'z', direction: 'higher' }],
    columns: [Float64Array.of(0, 1), Float64Array.of(0, 1), Float64Array.of(0, 1), Float64Array.of(0, 1)],
  };
  const p = prepareRanking(table, { normalisation: 'minmax' });
  const { criterionWeights } = rankPrepared(p, { weights: { x: 4, y: 2, z: 0 }, criterionWeights: { a: 3, b: 1 }, method: 'weighted', limit: 1 });
  // x: 4 shared 3:1 → 3 and 1; y: 2; z: 0; total 6.
  assert.deepEqual([...criterionWeights].map((w) => Math.round(w * 1e12) / 1e12), [0.5, 1 / 6, 1 / 3, 0].map((w) => Math.round(w * 1e12) / 1e12));
});

test('geometric punishes a zero that the weighted sum compensates, without wiping the score out', () => {
  const p = prepareRanking(twoCriteria([[0, 1], [0.5, 0.5], [1, 0]]), { normalisation: 'minmax' });
  const scores = (method: RankingMethod) => rankPrepared(p, { weights: { x: 1, y: 1 }, method, limit: 3, includeScores: true }).scores!;
  const sum = scores('weighted');
  assert.equal(sum[0], sum[1]);
  assert.equal(sum[0], 50);
  const geometric = scores('geometric');
  assert.ok(geometric[0]! < geometric[1]!, `(0, 1) ${geometric[0]} below (0.5, 0.5) ${geometric[1]}`);
  assert.ok(Math.abs(geometric[1]! - 50) < 1e-9, 'equal values: the geometric mean equals the value');
  // (0, 1) keeps a little: √(0.01 · 1) = 0.1, i.e. (0.1 - 0.01) / 0.99 of the way to 100.
  assert.ok(Math.abs(geometric[0]! - 100 * (0.09 / 0.99)) < 1e-9);
  assert.ok(geometric[0]! > 0);
});

test('geometric: a criterion weighted 0 never matters, even where it is 0; all-worst scores 0, all-best 100', () => {
  const p = prepareRanking(twoCriteria([[0, 1], [1, 0], [1, 1], [0, 0]]), { normalisation: 'minmax' });
  const scores = rankPrepared(p, { weights: { x: 1, y: 0 }, method: 'geometric', limit: 4, includeScores: true }).scores!;
  assert.equal(scores[1], scores[2]);
  assert.equal(scores[0], scores[3]);
  assert.equal(scores[2], 100);
  assert.ok(scores[3]! >= 0 && scores[3]! < 1e-12, `${scores[3]}`);
});

test('ranks: 1 is best, equal scores share a rank, ties in index order, pages agree with the full order', () => {
  const p = prepareRanking(twoCriteria([[0, 1], [1, 1], [1, 0], [0.5, 0.5], [0, 0], [1, 1]]), { normalisation: 'minmax' });
  const result = rankPrepared(p, { weights: { x: 1, y: 1 }, method: 'weighted', limit: 10 });
  assert.deepEqual(result.items.map((i) => [i.index, i.rank]), [[1, 1], [5, 1], [0, 3], [2, 3], [3, 3], [4, 6]]);
  const page = rankPrepared(p, { weights: { x: 1, y: 1 }, method: 'weighted', limit: 2, offset: 3 });
  assert.deepEqual(page.items.map((i) => [i.index, i.rank]), [[2, 3], [3, 3]]);
  assert.equal(page.total, 6);
  assert.equal(rankPrepared(p, { weights: { x: 1, y: 1 }, method: 'weighted', limit: 5, offset: 10 }).items.length, 0);
});

test('ranks and pages match a full sort of every score, for every method, mask and page', () => {
  for (let seed = 1; seed <= 60; seed++) {
    const random = seededRandom(500 + seed);
    const table = randomTable(random, { size: 80, perDimension: [2, 1, 3], levels: seed % 2 ? 4 : 0, unknownRate: 0.1 });
    const p = prepareRanking(table, { normalisation: seed % 3 ? 'minmax' : 'zscore' });
    const method = METHODS[seed % 3]!;
    const request = { weights: randomWeights(random, table), candidates: randomMask(random, 80, 0.6), method };
    const all = rankPrepared(p, { ...request, limit: 80, includeScores: true });
    const expected = [...all.scores!.entries()]
      .filter(([i]) => request.candidates[i] === 1)
      .sort(([i, a], [j, b]) => Math.round(b * 1e9) - Math.round(a * 1e9) || i - j);
    assert.deepEqual(all.items.map((item) => item.index), expected.map(([i]) => i), `seed ${seed}`);
    for (const item of all.items) {
      const better = expected.filter(([, s]) => Math.round(s * 1e9) > Math.round(item.score * 1e9)).length;
      assert.equal(item.rank, better + 1, `seed ${seed}`);
    }
    const offset = Math.floor(random() * 40);
    const page = rankPrepared(p, { ...request, limit: 7, offset });
    assert.deepEqual(page.items.map((i) => [i.index, i.rank]), all.items.slice(offset, offset + 7).map((i) => [i.index, i.rank]));
  }
});

test('rank stability: filtering a settlement out leaves every other score, the order, and the ranks above it unchanged', () => {
  for (let seed = 1; seed <= 30; seed++) {
    const random = seededRandom(900 + seed);
    const table = randomTable(random, { size: 50, perDimension: [2, 2, 1, 1], levels: 5, unknownRate: 0.05 });
    const p = prepareRanking(table, { normalisation: seed % 2 ? 'minmax' : 'zscore' });
    const method = METHODS[seed % 3]!;
    const weights = randomWeights(random, table);
    const before = rankPrepared(p, { weights, method, limit: 50, includeScores: true });
    const removed = before.items[Math.floor(random() * 50)]!;
    const candidates = new Uint8Array(50).fill(1);
    candidates[removed.index] = 0;
    const after = rankPrepared(p, { weights, method, limit: 50, candidates, includeScores: true });
    assert.equal(after.total, 49);
    for (let i = 0; i < 50; i++) if (i !== removed.index) assert.equal(after.scores![i], before.scores![i]);
    assert.deepEqual(after.items.map((i) => i.index), before.items.map((i) => i.index).filter((i) => i !== removed.index));
    const rankOf = new Map(after.items.map((i) => [i.index, i.rank]));
    for (const item of before.items) {
      if (item.index === removed.index) continue;
      const expected = item.score > removed.score || item.rank < removed.rank ? item.rank : item.rank === removed.rank ? item.rank : item.rank - 1;
      assert.equal(rankOf.get(item.index), expected, `seed ${seed}, item ${item.index}`);
    }
  }
});

test('unknown values are reported per item and contribute nothing', () => {
  const table = twoCriteria([[1, 1], [0, 0], [0.5, 0.5]]);
  table.columns[1]![0] = Number.NaN;
  const p = prepareRanking(table, { normalisation: 'minmax' });
  const item = rankPrepared(p, { weights: { x: 1, y: 1 }, method: 'weighted', limit: 3 }).items.find((i) => i.index === 0)!;
  assert.deepEqual(item.unknown, [1]);
  assert.equal(item.contributions[1], 0);
  assert.equal(item.score, 50);
});

test('every weight 0 is a RankingError, as are unknown names and bad numbers', () => {
  const p = prepareRanking(twoCriteria([[0, 1], [1, 0]]), { normalisation: 'minmax' });
  const code = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      assert.ok(error instanceof RankingError);
      return error.code;
    }
    return 'no error';
  };
  for (const method of METHODS) assert.equal(code(() => rankPrepared(p, { weights: { x: 0, y: 0 }, method, limit: 5 })), 'no_weight');
  assert.equal(code(() => rankPrepared(p, { weights: {}, method: 'weighted', limit: 5 })), 'no_weight');
  assert.equal(code(() => rankPrepared(p, { weights: { x: 1 }, criterionWeights: { a: 0 }, method: 'weighted', limit: 5 })), 'no_weight');
  assert.equal(code(() => rankPrepared(p, { weights: { w: 1 }, method: 'weighted', limit: 5 })), 'unknown_dimension');
  assert.equal(code(() => rankPrepared(p, { weights: { x: 1 }, criterionWeights: { zz: 1 }, method: 'weighted', limit: 5 })), 'unknown_criterion');
  assert.equal(code(() => rankPrepared(p, { weights: { x: -1, y: 1 }, method: 'weighted', limit: 5 })), 'invalid_weight');
  assert.equal(code(() => rankPrepared(p, { weights: { x: Number.NaN }, method: 'weighted', limit: 5 })), 'invalid_weight');
  assert.equal(code(() => rankPrepared(p, { weights: { x: 1 }, method: 'weighted', limit: 1.5 })), 'invalid_request');
  assert.equal(code(() => rankPrepared(p, { weights: { x: 1 }, method: 'weighted', limit: 5, candidates: new Uint8Array(3) })), 'invalid_request');
  assert.equal(code(() => rankPrepared(p, { weights: { x: 1 }, method: 'weighted', limit: 5, robustness: { samples: 0, seed: 1 } })), 'invalid_request');
});

test('no candidate left: an empty page, total 0', () => {
  const p = prepareRanking(twoCriteria([[0, 1], [1, 0]]), { normalisation: 'minmax' });
  const result = rankPrepared(p, { weights: { x: 1 }, method: 'geometric', limit: 5, candidates: new Uint8Array(2), robustness: { samples: 10, seed: 1 } });
  assert.deepEqual(result.items, []);
  assert.equal(result.total, 0);
});

test('candidate mask: every rule must hold, bounds inclusive, unknown fails', () => {
  const school = Float64Array.of(1, 0, Number.NaN, 1, 1);
  const km = Float64Array.of(10, 5, 5, 50.5, 50);
  assert.deepEqual([...buildCandidateMask(5, [{ column: school, min: 1 }, { column: km, max: 50 }])], [1, 0, 0, 0, 1]);
  assert.deepEqual([...buildCandidateMask(5, [])], [1, 1, 1, 1, 1]);
  assert.deepEqual([...buildCandidateMask(5, [{ column: km, min: 5, max: 10 }])], [1, 1, 1, 0, 0]);
});
