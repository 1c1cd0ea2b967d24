import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isUnknown, prepareRanking, type RankingTable } from './index';

const table = (columns: number[][], directions: Array<'higher' | 'lower'>): RankingTable => ({
  criteria: directions.map((direction, c) => ({ key: `c${c}`, dimension: `d${c}`, direction })),
  columns: columns.map((column) => Float64Array.from(column)),
  size: columns[0]!.length,
});
const column = (p: ReturnType<typeof prepareRanking>, c: number) => [...p.values.subarray(c * p.size, (c + 1) * p.size)];

test('min-max maps the catalogue to [0, 1] and flips a criterion where lower is better', () => {
  const p = prepareRanking(table([[10, 20, 30, 15], [10, 20, 30, 15]], ['higher', 'lower']), { normalisation: 'minmax' });
  assert.deepEqual(column(p, 0), [0, 0.5, 1, 0.25]);
  assert.deepEqual(column(p, 1), [1, 0.5, 0, 0.75]);
});

test('a constant column gives everyone 1, whichever the direction', () => {
  for (const normalisation of ['minmax', 'zscore'] as const) {
    const p = prepareRanking(table([[7, 7, 7], [3, 3, Number.NaN]], ['higher', 'lower']), { normalisation });
    assert.deepEqual(column(p, 0), [1, 1, 1], normalisation);
    assert.deepEqual(column(p, 1), [1, 1, 0], normalisation);
  }
});

test('z-score: (x - mean) / sd, flipped for lower, clipped at ±3 sd onto [0, 1]', () => {
  // Mean 5 and population sd 2 for the first eight; the ninth, far out, is clipped.
  const xs = [2, 4, 4, 4, 5, 5, 7, 9];
  const p = prepareRanking(table([xs, xs], ['higher', 'lower']), { normalisation: 'zscore' });
  const expected = xs.map((x) => ((x - 5) / 2 + 3) / 6);
  column(p, 0).forEach((v, i) => assert.ok(Math.abs(v - expected[i]!) < 1e-12, `${v} vs ${expected[i]}`));
  column(p, 1).forEach((v, i) => assert.ok(Math.abs(v - (1 - expected[i]!)) < 1e-12, `${v} vs ${1 - expected[i]!}`));

  const outlier = prepareRanking(table([[...Array(99).fill(0), 1000]], ['higher']), { normalisation: 'zscore' });
  assert.equal(outlier.values[99], 1, 'a value beyond +3 sd is clipped to 1');
  const low = prepareRanking(table([[...Array(99).fill(1000), 0]], ['higher']), { normalisation: 'zscore' });
  assert.equal(low.values[99], 0, 'a value beyond -3 sd is clipped to 0');
});

test('z-score keeps its precision on large, close values', () => {
  const p = prepareRanking(table([[1e9 + 1, 1e9 + 2, 1e9 + 3]], ['higher']), { normalisation: 'zscore' });
  assert.ok(Math.abs(p.values[1]! - 0.5) < 1e-9);
  assert.ok(p.values[2]! > p.values[1]! && p.values[1]! > p.values[0]!);
});

test('unknown values score 0, are flagged, and do not move the normalisation of the others', () => {
  const p = prepareRanking(table([[Number.NaN, 10, 20], [1, 2, 3]], ['lower', 'higher']), { normalisation: 'minmax' });
  assert.deepEqual(column(p, 0), [0, 1, 0]);
  assert.equal(isUnknown(p, 0, 0), true);
  assert.equal(isUnknown(p, 1, 0), false);
  assert.equal(isUnknown(p, 0, 1), false);
  assert.deepEqual([...p.ideal], [1, 1]);
  assert.deepEqual([...p.antiIdeal], [0, 0]);
});

test('dimensions come in order of first appearance and a malformed table is refused', () => {
  const p = prepareRanking(
    { size: 1, criteria: [{ key: 'a', dimension: 'y', direction: 'higher' }, { key: 'b', dimension: 'x', direction: 'higher' }, { key: 'c', dimension: 'y', direction: 'higher' }], columns: [Float64Array.of(1), Float64Array.of(1), Float64Array.of(1)] },
    { normalisation: 'minmax' },
  );
  assert.deepEqual(p.dimensions, ['y', 'x']);
  assert.deepEqual([...p.criterionDimension], [0, 1, 0]);
  assert.throws(() => prepareRanking({ size: 2, criteria: [{ key: 'a', dimension: 'x', direction: 'higher' }], columns: [Float64Array.of(1)] }, { normalisation: 'minmax' }), TypeError);
  assert.throws(() => prepareRanking({ size: 1, criteria: [{ key: 'a', dimension: 'x', direction: 'higher' }, { key: 'a', dimension: 'y', direction: 'higher' }], columns: [Float64Array.of(1), Float64Array.of(1)] }, { normalisation: 'minmax' }), TypeError);
});
