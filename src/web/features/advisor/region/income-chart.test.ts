/**
 * The income chart's scales and lines.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chartGeometry, niceStep } from './income-chart';

describe('income chart', () => {
  it('picks round steps', () => {
    assert.equal(niceStep(95_000, 4), 50_000);
    assert.equal(niceStep(180, 4), 50);
    assert.equal(niceStep(0, 4), 1);
  });

  it('puts both series on one axis from zero, spanning every year', () => {
    const frame = { width: 200, height: 120, left: 0, right: 0, top: 0, bottom: 20 };
    const g = chartGeometry(
      [
        [{ year: 2000, value: 50 }, { year: 2020, value: 100 }],
        [{ year: 2010, value: 80 }],
      ],
      frame,
    );
    assert.equal(g.yMax, 100);
    assert.deepEqual(g.years.map((y) => [y.year, y.x]), [[2000, 0], [2010, 100], [2020, 200]]);
    assert.equal(g.paths[0], 'M0 50L200 0');
    assert.equal(g.paths[1], 'M100 20');
    assert.equal(g.ticks[0]!.y, 100, 'zero sits on the bottom of the plot');
    assert.deepEqual(chartGeometry([[]], frame).paths, ['']);
  });
});
