import assert from 'node:assert/strict';
import { test } from 'node:test';
import { closestWord, searchFoldedText, trigramSimilarity } from './index';

test('trigram similarity as pg_trgm counts it', () => {
  assert.equal(trigramSimilarity('word', 'word'), 1);
  assert.equal(trigramSimilarity('abc', 'xyz'), 0);
  // pg_trgm: similarity('ыктиярхат', 'ыктиярхт') = 0.5833333, similarity('ыктиярхатты', 'ыктиярхт') = 0.5
  assert.equal(trigramSimilarity('ыктиярхат', 'ыктиярхт').toFixed(7), '0.5833333');
  assert.equal(trigramSimilarity('ыктиярхатты', 'ыктиярхт'), 0.5);
});

test('a misspelt word is corrected to the closest word of the texts, in any script of the query', () => {
  const texts = ['Ықтиярхат алу үшін құжаттар', 'Ықтиярхатты ұзарту', 'Тұрақты тіркеу'].map(searchFoldedText);
  assert.equal(closestWord('ыктиярхт', texts), 'ыктиярхат');
  assert.equal(closestWord('yqtiiarhat', texts), 'ыктиярхат');
  assert.equal(closestWord('тиркеy', texts), 'тиркеу');
  assert.equal(closestWord('футбол', texts), null);
  assert.equal(closestWord('ал', texts), null, 'too short to correct');
});
