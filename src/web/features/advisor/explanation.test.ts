/**
 * A score taken apart per criterion, and the comparison's best values.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createI18n } from '../../../lib/i18n';
import { bestColumns, explainScore, rankAmong, roundPoints, shareOfMax } from './explanation';
import { compareRows, criterionCell, missingMustHaves } from './indicators';
import { card } from './advisor.test-helper';

describe('a score explained', () => {
  const weights = { school: 0.25, kindergarten: 0.05, clinic: 0.2, wage: 0.5 };
  const item = { contributions: { school: 6.2, kindergarten: 5, clinic: 0, wage: 30 }, unknown: ['clinic' as const], demo: ['school' as const] };

  it('gives each weighed criterion its points against 100 × its weight, grouped by dimension', () => {
    const groups = explainScore(item, weights);
    assert.deepEqual(groups.map((g) => g.dimension), ['work', 'education', 'health'], 'in the order of the dimensions, unweighed ones left out');
    const education = groups.find((g) => g.dimension === 'education')!;
    assert.deepEqual(education.criteria.map((c) => [c.key, c.points, c.max, c.demo, c.unknown]), [
      ['school', 6.2, 25, true, false],
      ['kindergarten', 5, 5, false, false],
    ]);
    assert.equal(roundPoints(education.points), 11.2);
    assert.equal(education.max, 30);
    const health = groups.find((g) => g.dimension === 'health')!;
    assert.deepEqual(health.criteria[0], { key: 'clinic', points: 0, max: 20, unknown: true, demo: false });
    const total = groups.reduce((sum, g) => sum + g.points, 0);
    assert.equal(roundPoints(total), 41.2, 'the parts add up to the weighted score');
    assert.equal(groups.reduce((sum, g) => sum + g.max, 0), 100);
  });

  it('reads "6.2 of 25 points for school" in each language', () => {
    const line = explainScore(item, weights).find((g) => g.dimension === 'education')!.criteria[0]!;
    const say = (language: 'kk' | 'ru' | 'en') => {
      const t = createI18n(language).t;
      return t('advisor.explain.line', { points: String(roundPoints(line.points)), max: String(line.max), criterion: t(`advisor.indicators.${line.key}`) });
    };
    assert.equal(say('en'), 'School: 6.2 of 25 points');
    assert.equal(say('ru'), 'Школа: 6.2 из 25 баллов');
    assert.equal(say('kk'), 'Мектеп: 25 ұпайдың 6.2 ұпайы');
  });

  it('rounds points to one decimal and keeps bars within 0–100', () => {
    assert.equal(roundPoints(6.249), 6.2);
    assert.equal(roundPoints(24.96), 25);
    assert.equal(shareOfMax(5, 20), 25);
    assert.equal(shareOfMax(30, 20), 100);
    assert.equal(shareOfMax(3, 0), 0);
  });

  it("finds a settlement's place among every candidate", () => {
    const scores = { a: 50, b: 70, c: 50, d: 10 };
    assert.deepEqual(rankAmong(scores, 'b'), { rank: 1, of: 4 });
    assert.deepEqual(rankAmong(scores, 'c'), { rank: 2, of: 4 }, 'ties share a place');
    assert.deepEqual(rankAmong(scores, 'd'), { rank: 4, of: 4 });
    assert.equal(rankAmong(scores, 'z'), null, 'filtered out');
    assert.equal(rankAmong(undefined, 'a'), null);
  });
});

describe('comparison', () => {
  it('marks the best value by the direction of the row, ties all, unknowns never', () => {
    assert.deepEqual(bestColumns([3, 7, 7, null], 'higher'), [1, 2]);
    assert.deepEqual(bestColumns([12, 4, null], 'lower'), [1]);
    assert.deepEqual(bestColumns([null, 5], 'higher'), [1], 'the only known value is the best known');
    assert.deepEqual(bestColumns([1, 1, 1], 'higher'), [], 'nothing tells them apart');
    assert.deepEqual(bestColumns([null, null], 'lower'), []);
  });

  it('takes each criterion from the right part of the card', () => {
    const a = card('191000001');
    assert.deepEqual(criterionCell(a, 'districtCentreKm'), { value: 12, demo: false, year: null, source: null });
    assert.equal(criterionCell(a, 'wage').value, 300_000);
    assert.equal(criterionCell(a, 'medicalInstitutionsPer100k').value, 20, '300 per 1.5 million is 20 per 100,000');
    assert.equal(criterionCell(a, 'school').demo, true, 'demo stays demo');
    assert.equal(criterionCell(a, 'gas').value, null, 'missing is unknown, not zero');
    const rows = compareRows([a, card('191000002', { districtCentreKm: 4 })]);
    const distance = rows.find((r) => r.key === 'districtCentreKm')!;
    assert.deepEqual(bestColumns(distance.cells.map((c) => c.value), distance.direction), [1]);
    assert.ok(rows.some((r) => r.key === 'schoolKazakh') && rows.some((r) => r.key === 'schoolRussian'));
  });

  it('says which must-haves a settlement lacks; internet counts from 4G', () => {
    const a = card('191000001');
    assert.deepEqual(missingMustHaves(a, ['school', 'kindergarten', 'gas', 'internet']), ['kindergarten', 'gas']);
    const slow = card('191000003', { indicators: { internet: { value: 1, year: null, source: 'x', demo: false } } });
    assert.deepEqual(missingMustHaves(slow, ['internet']), ['internet']);
  });
});
