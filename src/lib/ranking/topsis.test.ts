import { test } from 'node:test';
import assert from 'node:assert/strict';
import { prepareRanking, rankPrepared, topsis } from './index';

/**
 * Worked example: E. Roszkowska, "Multi-criteria decision making models by
 * applying the TOPSIS method to crisp and interval data", Multiple Criteria
 * Decision Making '10-11, University of Economics in Katowice, 2011,
 * section 5, example 1 (five negotiation offers, decision maker 1): four
 * criteria, the second a cost, weights 0.175, 0.425, 0.175, 0.225, vector
 * normalisation. Published relative closeness, to six decimals:
 * A1 0.535497, A2 0.434945, A3 0.557491, A4 0.516961, A5 0.370633
 * (order A3, A1, A4, A2, A5).
 */
test('classical TOPSIS reproduces the published worked example', () => {
  const offers = [
    [7, 21, 4, 7],
    [7, 24, 6, 4],
    [14, 25, 3, 8],
    [14, 26, 9, 3],
    [21, 35, 4, 4],
  ];
  const published = [0.535497, 0.434945, 0.557491, 0.516961, 0.370633];
  const closeness = topsis(offers, [0.175, 0.425, 0.175, 0.225], ['higher', 'lower', 'higher', 'higher']);
  closeness.forEach((c, i) => assert.ok(Math.abs(c - published[i]!) <= 5e-7, `A${i + 1}: ${c} vs ${published[i]}`));
  // Weights that do not sum to 1 are scaled: the same result.
  const scaled = topsis(offers, [1.75, 4.25, 1.75, 2.25], ['higher', 'lower', 'higher', 'higher']);
  scaled.forEach((c, i) => assert.ok(Math.abs(c - closeness[i]!) < 1e-12));
});

test('classical TOPSIS: the ideal alternative scores 1, the anti-ideal 0', () => {
  const closeness = topsis([[3, 1], [1, 3], [2, 2]], [1, 1], ['higher', 'lower']);
  assert.equal(closeness[0], 1);
  assert.equal(closeness[1], 0);
  assert.ok(closeness[2]! > 0 && closeness[2]! < 1);
  assert.throws(() => topsis([[1, 2]], [0, 0], ['higher', 'higher']), TypeError);
});

test('catalogue TOPSIS measures to the ideal of the whole catalogue, not of the candidates', () => {
  const p = prepareRanking(
    {
      size: 4,
      criteria: [{ key: 'a', dimension: 'x', direction: 'higher' }, { key: 'b', dimension: 'y', direction: 'higher' }],
      columns: [Float64Array.of(0, 1, 0.5, 0.25), Float64Array.of(0, 1, 0.5, 0.75)],
    },
    { normalisation: 'minmax' },
  );
  const all = rankPrepared(p, { weights: { x: 1, y: 1 }, method: 'topsis', limit: 4, includeScores: true });
  assert.equal(all.items[0]!.index, 1);
  assert.equal(all.items[0]!.score, 100);
  assert.equal(all.items.at(-1)!.score, 0);
  // Without the best and the worst, the others keep their scores: ideal and anti-ideal stay those of the catalogue.
  const some = rankPrepared(p, { weights: { x: 1, y: 1 }, method: 'topsis', limit: 4, candidates: Uint8Array.of(0, 0, 1, 1), includeScores: true });
  assert.equal(some.scores![2], all.scores![2]);
  assert.equal(some.scores![3], all.scores![3]);
  assert.ok(some.items.every((item) => item.score < 100 && item.score > 0));
});
