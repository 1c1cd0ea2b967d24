import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { PGlite } from '@electric-sql/pglite';
import { createSearchFixture } from './search-table.test-helper';
import fc from 'fast-check';
import { rankedSearchSql, searchFoldedText, searchPlan, type SearchTable } from './index';

// Every text mentions қандас, as in a knowledge base about kandas; the words that tell them apart are rarer.
const docs: Record<string, string> = {
  common: 'Қандастар туралы жаңалық: қандастар, қандастарға, қандастардың өмірі туралы.',
  housing: 'Қандастарға баспана беру тәртібі: жергілікті әкімдікке өтініш беріледі.',
  pension: 'Зейнетақы қандастарға зейнет жасына жеткенде тағайындалады.',
  residence: 'Ықтиярхат алу үшін қандас көші-қон қызметіне құжат тапсырады.',
  latin: 'Kazakhstan citizenship for qandastar: apply at the migration service.',
  weather: 'Астанада қар жауады, ауа райы суытады.',
};

let db: PGlite;
let table: SearchTable;

before(async () => {
  ({ db, table } = await createSearchFixture(docs));
});
after(() => db.close());

async function search(query: string, options: Partial<SearchTable> = {}, limit = 3, synonyms = true): Promise<string[]> {
  const plan = searchPlan(query, undefined, { synonyms });
  if (!plan) return [];
  const { text, params } = rankedSearchSql(plan, { ...table, ...options }, limit);
  return (await db.query<{ key: string }>(text, params)).rows.map((row) => row.key);
}

test('a query word is weighted by its rarity: the rare word decides, not the repeated common one', async () => {
  assert.equal((await search('қандастарға баспана'))[0], 'housing');
  assert.equal((await search('кандастарга баспана'))[0], 'housing');
});

test('a document missing one word of the question is still found, after those holding them all', async () => {
  const hits = await search('ықтиярхатты қалай аламын, қандай анықтама керек');
  assert.equal(hits[0], 'residence');
});

test('long stems match as prefixes: зейнеткерлер finds зейнетақы', async () => {
  assert.equal((await search('зейнеткерлер'))[0], 'pension');
});

test('trigrams of the folded text find what the keys miss (informal Latin Kazakhstan)', async () => {
  // Without synonym expansion, which would reach the document through азаматтық → citizenship.
  assert.ok((await search('Казахстан азаматтығы', {}, 10, false)).includes('latin'));
  assert.ok(!(await search('Казахстан азаматтығы', { folded: undefined }, 10, false)).includes('latin'), 'tokens alone miss it');
});

test('extra conditions and tie-breaks bind their own parameters', async () => {
  const where = (param: (value: unknown) => string) => `id <> ${param('housing')}`;
  assert.ok(!(await search('қандастарға баспана', { where }, 10)).includes('housing'));
  assert.deepEqual(await search('жаңалық', { tieBreak: 'length(id)' }), ['common']);
});

test('searchPlan: one term per word, null without words', () => {
  // The shape without synonym expansion; with it, see synonyms.test.ts.
  const plan = searchPlan('Қандастарға зейнетақы', 'kk', { synonyms: false })!;
  assert.deepEqual(plan.terms, ["'кандас':*", "'зейнетакы':*"]);
  assert.equal(plan.any, "'кандас':* | 'зейнетакы':*");
  assert.equal(plan.all, "'кандас' & 'зейнетакы'");
  assert.equal(plan.folded, 'кандастарга зейнетакы');
  assert.equal(searchPlan('және мен', 'kk'), null);
  const expanded = searchPlan('Қандастарға зейнетақы', 'kk')!;
  assert.deepEqual(expanded.terms, ["('кандас':* | 'оралман':* | 'репатриант':* | 'repatri':*)", "('зейнетакы':* | 'пенс' | 'pension':*)"]);
  assert.equal(expanded.folded, 'кандастарга зейнетакы');
  assert.equal(searchFoldedText('Qandastarğa Көмек'), 'кандастарга комек');
});

test('feedback: a text on the same subject without the words of the question is found through the best answer', async () => {
  // Only the answer says баспана; the queue notice shares its other words (тұрғын үй, кезек, әкімдік).
  const subject = await createSearchFixture({
    answer: 'Қандастарға баспана беру: тұрғын үй кезегіне тұру үшін әкімдікке өтініш беріледі, кезек нөмірі хабарланады.',
    queue: 'Тұрғын үй кезегіндегі отбасылар тізімін әкімдік жаңартты, кезек нөмірін сайттан білуге болады.',
    weather: 'Астанада қар жауады, ауа райы суытады, жолдар тайғақ.',
    sport: 'Қазақ күресінен жарыс өтті, жеңімпаздарға марапат берілді.',
    school: 'Мектепке қабылдау үшін ата-аналар өтініш береді.',
  });
  try {
    const run = async (feedback: boolean, where?: SearchTable['where']) => {
      // Without synonyms and trigrams, which would reach the queue notice on their own (баспана ~ тұрғын үй).
      const plan = searchPlan('баспана', undefined, { synonyms: false })!;
      const { text, params } = rankedSearchSql(plan, { ...subject.table, folded: undefined, feedback, where }, 3);
      return (await subject.db.query<{ key: string }>(text, params)).rows.map((row) => row.key);
    };
    assert.deepEqual(await run(false), ['answer']);
    const widened = await run(true);
    assert.equal(widened[0], 'answer', 'the best document keeps its place');
    assert.equal(widened[1], 'queue');
    assert.ok(!widened.includes('weather'), 'a text sharing no word with the answer stays out');
    // The table's own condition holds for the rows feedback brings in too.
    const filtered = await run(true, (param) => `id <> ${param('queue')}`);
    assert.equal(filtered[0], 'answer');
    assert.ok(!filtered.includes('queue'));
    // A query that finds nothing lends nothing.
    const { text, params } = rankedSearchSql(searchPlan('футбол')!, { ...subject.table, folded: undefined, feedback: true }, 3);
    assert.deepEqual((await subject.db.query(text, params)).rows, []);
  } finally {
    await subject.db.close();
  }
});

test('property: the ranked statement runs for any input', async () => {
  await fc.assert(
    fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 40 }), async (text) => {
      const plan = searchPlan(text);
      if (!plan) return;
      for (const feedback of [false, true]) {
        const { text: sql, params } = rankedSearchSql(plan, { ...table, feedback }, 5);
        await db.query(sql, params);
      }
    }),
    { numRuns: 150 },
  );
});
