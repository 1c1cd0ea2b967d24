import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { MemorySearchIndex, searchFoldedText, searchPlan, toTsvectorSource } from './index';

const docs: Record<string, string> = {
  common: 'Қандастар туралы жаңалық: қандастар, қандастарға, қандастардың өмірі туралы.',
  housing: 'Қандастарға баспана беру тәртібі: жергілікті әкімдікке өтініш беріледі.',
  pension: 'Зейнетақы қандастарға зейнет жасына жеткенде тағайындалады.',
  residence: 'Ықтиярхат алу үшін қандас көші-қон қызметіне құжат тапсырады.',
  queue: 'Тұрғын үй кезегіндегі отбасылар тізімін әкімдік жаңартты, кезек нөмірін сайттан білуге болады.',
  weather: 'Астанада қар жауады, ауа райы суытады.',
};
const index = new MemorySearchIndex(Object.entries(docs).map(([key, text]) => ({ key, tokens: toTsvectorSource(text).split(' '), folded: searchFoldedText(text) })));
const search = (q: string, options: { feedback?: boolean; filter?: (key: string) => boolean } = {}, synonyms = true) =>
  index.search(searchPlan(q, undefined, { synonyms })!, 10, options).map((hit) => hit.key);

test('the rare word decides, in any spelling of the query', () => {
  assert.equal(search('қандастарға баспана')[0], 'housing');
  assert.equal(search('кандастарга баспана')[0], 'housing');
  assert.equal(search('qandastarğa baspana')[0], 'housing');
});

test('a text missing one word still comes, after those holding them all; long keys match as prefixes', () => {
  assert.equal(search('ықтиярхатты қалай аламын, қандай анықтама керек')[0], 'residence');
  assert.equal(search('зейнеткерлер')[0], 'pension');
});

test('a misspelt word reaches texts through trigrams', () => {
  assert.ok(search('ыктиярхт', {}, false).includes('residence'));
  assert.equal(index.keyFrequency(['ыктиярхт']), 0);
  assert.ok(index.keyFrequency(['ыктиярхат']) > 0);
  assert.equal(index.foldedText('weather'), searchFoldedText(docs.weather!));
});

test('feedback keeps the best text first and brings the one on the same subject told otherwise', () => {
  const plain = search('баспана', {}, false);
  const widened = search('баспана', { feedback: true }, false);
  assert.deepEqual(plain.slice(0, 1), ['housing']);
  assert.ok(!plain.includes('queue'));
  assert.equal(widened[0], 'housing');
  assert.ok(widened.includes('queue'), JSON.stringify(widened));
  assert.ok(!widened.includes('weather'));
  assert.ok(!search('баспана', { feedback: true, filter: (key) => key !== 'queue' }, false).includes('queue'), 'the filter holds for texts feedback brings');
});

test('property: any query runs and returns known keys, best first', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
      const plan = searchPlan(text);
      if (!plan) return;
      const hits = index.search(plan, 5, { feedback: true });
      assert.ok(hits.length <= 5);
      for (const hit of hits) assert.ok(hit.key in docs && Number.isFinite(hit.score));
    }),
    { numRuns: 300 },
  );
  assert.deepEqual(new MemorySearchIndex([]).search(searchPlan('қандас')!, 5), []);
});
