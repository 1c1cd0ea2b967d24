import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bestSnippet, matchedRanges, queryKeySet } from './index';

const marked = (text: string, ranges: Array<[number, number]>) => ranges.map(([s, e]) => text.slice(s, e));

test('the words a query matched, in any form and script of the query', () => {
  const text = 'Қандас мәртебесін алу үшін көші-қон қызметіне өтініш беріледі. Мәртебе бір жылға беріледі.';
  assert.deepEqual(marked(text, matchedRanges(text, queryKeySet('кандас мартебеси'), 'kk')), ['Қандас', 'мәртебесін', 'Мәртебе']);
  assert.deepEqual(marked(text, matchedRanges(text, queryKeySet('qandas martebesi'), 'kk')), ['Қандас', 'мәртебесін', 'Мәртебе']);
  assert.deepEqual(matchedRanges(text, queryKeySet('...'), 'kk'), []);
  const russian = 'Статус кандаса присваивается на один год.';
  assert.deepEqual(marked(russian, matchedRanges(russian, queryKeySet('статусы кандасов', 'ru'), 'ru')), ['Статус', 'кандаса']);
});

test('the snippet is the passage with the most matches, its ranges inside it', () => {
  const filler = 'Бұл мәтін басқа тақырып туралы айтады және ұзақ жалғасады. '.repeat(8);
  const text = `${filler}Ықтиярхат алу үшін құжаттар тізімі: төлқұжат, анықтама. ${filler}`;
  const { snippet, highlights } = bestSnippet(text, queryKeySet('ықтиярхатқа құжаттар'), 'kk', 120);
  assert.ok(snippet.startsWith('…Ықтиярхат'), snippet);
  assert.ok(snippet.length <= 124);
  assert.deepEqual(marked(snippet, highlights), ['Ықтиярхат', 'құжаттар']);
  const plain = bestSnippet('Қысқа мәтін.', queryKeySet('басқа'), 'kk');
  assert.deepEqual(plain, { snippet: 'Қысқа мәтін.', highlights: [] });
});
