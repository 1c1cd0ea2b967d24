/**
 * The search page's pieces: marking matched words by the server's ranges,
 * and the addresses it builds, checked against the real knowledge-base API.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { readContentArticles, seedKnowledgeBase } from '../../../../server/modules/knowledge';
import { createTestApp, type TestApp } from '../../../../server/platform/testing';
import { api } from '../../../app/api';
import { highlightParts } from './highlight';
import { appealHref, articleHref, searchHref, type KbSearchResult, type KbSuggestion } from './kb.api';

const marked = (text: string, ranges: Array<[number, number]>) => highlightParts(text, ranges).filter((p) => p.marked).map((p) => p.text);

describe('highlightParts', () => {
  it('keeps every character once, in order, whatever the ranges', () => {
    const text = 'Қандас мәртебесін алу тәртібі';
    const cases: Array<Array<[number, number]>> = [[], [[0, 6]], [[7, 17], [0, 6]], [[0, 10], [5, 12]], [[-3, 2], [25, 400]], [[4, 4], [9, 3]]];
    for (const ranges of cases) {
      const parts = highlightParts(text, ranges);
      assert.equal(parts.map((p) => p.text).join(''), text, JSON.stringify(ranges));
      assert.ok(parts.every((p) => p.text.length > 0), 'no empty parts');
      assert.ok(parts.every((p, i) => i === 0 || p.marked !== parts[i - 1]!.marked), 'neighbours differ, so overlapping marks merged');
    }
    assert.deepEqual(marked(text, [[7, 17], [0, 6]]), ['Қандас', 'мәртебесін']);
    assert.deepEqual(marked(text, [[0, 10], [5, 12]]), ['Қандас мәрте']);
    assert.deepEqual(marked(text, [[25, 400]]), ['тібі'], 'cut at the end of the text');
    assert.deepEqual(marked(text, [[4, 4], [9, 3]]), []);
  });
});

describe('addresses', () => {
  it('carries a question with any characters through the address unchanged', () => {
    const question = 'ЖСН & ықтиярхат? #1 50% a+b';
    const search = new URL(searchHref(question, 'ru'), 'http://portal');
    assert.equal(search.pathname, '/kb');
    assert.equal(search.searchParams.get('q'), question);
    assert.equal(search.searchParams.get('lang'), 'ru');
    assert.equal(new URL(searchHref(question), 'http://portal').searchParams.has('lang'), false);
    const appeal = new URL(appealHref(question), 'http://portal');
    assert.equal(appeal.pathname, '/appeal');
    assert.equal(appeal.searchParams.get('message'), question);
    assert.equal(articleHref('kk', 'kandas-martebesin-alu-tartibi'), '/kb/kk/kandas-martebesin-alu-tartibi');
  });
});

describe('search page against the API', () => {
  let t: TestApp;
  const realFetch = globalThis.fetch;
  before(async () => {
    t = await createTestApp();
    await seedKnowledgeBase(t.database.db, readContentArticles());
    globalThis.fetch = (async (input: string, init?: RequestInit) => t.app.request(input, init)) as typeof fetch;
  });
  after(async () => {
    globalThis.fetch = realFetch;
    await t.close();
  });

  it('marks the searched words in titles and snippets, in Cyrillic typed without Kazakh letters and in Latin', async () => {
    for (const q of ['кандас мартебеси', 'qandas martebesi']) {
      const result = await api<KbSearchResult>('/kb/search', { query: { q, lang: 'kk' } });
      const [first] = result.items;
      assert.ok(first, `${q}: found`);
      assert.equal(first.lang, 'kk');
      const words = [...marked(first.title, first.titleHighlights), ...marked(first.snippet, first.highlights)].map((w) => w.toLocaleLowerCase('kk'));
      assert.ok(words.some((w) => w.startsWith('қандас')), `${q}: ${words.join(', ')}`);
      assert.ok(words.some((w) => w.startsWith('мәртеб')), `${q}: ${words.join(', ')}`);
    }
  });

  it('suggests titles with the typed word marked', async () => {
    const { items } = await api<{ items: KbSuggestion[] }>('/kb/suggest', { query: { q: 'ықтияр', lang: 'kk' } });
    assert.ok(items.length > 0);
    // A title may be suggested for its text alone; what is marked in a title is the typed word.
    const words = items.flatMap((item) => marked(item.title, item.highlights)).map((w) => w.toLocaleLowerCase('kk'));
    assert.ok(words.length > 0, 'some title is marked');
    for (const word of words) assert.ok(word.startsWith('ықтияр'), word);
  });
});
