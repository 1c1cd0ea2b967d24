import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectScript, scriptCounts } from './script';

test('the dominant script of a text', () => {
  assert.equal(detectScript('Қандастар'), 'Cyrl');
  assert.equal(detectScript('Qandastar'), 'Latn');
  assert.equal(detectScript('قانداستار'), 'Arab');
  assert.equal(detectScript('Alma-Ata — Алматы қаласы'), 'Cyrl');
  assert.equal(detectScript('2026, 123 !?'), undefined);
  assert.deepEqual(scriptCounts('Ab Бв ۇ'), { Latn: 2, Cyrl: 2, Arab: 1 });
});
