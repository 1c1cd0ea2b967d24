/**
 * The ranking on the map: every settlement's point and score, and each district's best.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SettlementPointsDto } from '../../../../server/modules/settlements/settlements.schema';
import { districtBestScores, rankingMapPoints } from './map-input';

describe('map points', () => {
  it('gives every catalogue settlement its score and, for the listed ones, its rank', () => {
    const points: SettlementPointsDto = {
      codes: ['191000001', '191000002', '191000003'],
      lat: [43, 44, 45],
      lon: [77, 78, 79],
      nameKk: ['Бір', 'Екі', 'Үш'],
      nameRu: ['Один', 'Два', ''],
      nameEn: ['Bir', 'Eki', 'Ush'],
      approximate: [false, true, false],
    };
    const result = rankingMapPoints(points, { '191000001': 80, '191000002': 40 }, [{ kato: '191000001', rank: 1 }], 'ru');
    assert.deepEqual(result, [
      { kato: '191000001', lat: 43, lon: 77, label: 'Один', score: 80, rank: 1, approximate: false },
      { kato: '191000002', lat: 44, lon: 78, label: 'Два', score: 40, rank: null, approximate: true },
      { kato: '191000003', lat: 45, lon: 79, label: 'Үш', score: null, rank: null, approximate: false },
    ]);
  });
});

describe('districts on the map', () => {
  it('a district takes the score of its best candidate; one without candidates has none', () => {
    const best = districtBestScores({ '111010000': 62.5, '111030100': 70.1, '113230100': 40, '113250100': 48.2, '551010000': 55 });
    assert.deepEqual(best, { '111000000': 70.1, '113200000': 48.2, '551000000': 55 });
    assert.deepEqual(districtBestScores(undefined), {});
  });
});
