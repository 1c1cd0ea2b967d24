/**
 * Knowledge-base search at 10,000 published articles: GET /kb/search's
 * service (ranked search with feedback, spelling correction, snippets and
 * highlights) over a mix of queries in Kazakh (Cyrillic, typed without
 * Kazakh letters, Latin, misspelt), Russian and English. Baseline, in the
 * same database and run: PostgreSQL's own full-text search in one
 * statement, to_tsvector('simple') of title and text with a GIN index,
 * websearch_to_tsquery of the words OR-ed, ranked by ts_rank. On PGlite,
 * and on the PostgreSQL server at DATABASE_URL when it is set.
 *
 * The 10,000 articles are generated (demo, never shipped): each a starter
 * article's title with a place name, and paragraphs of several starter
 * articles in the same language, so that words recur as in a real base.
 */
import { sql } from 'drizzle-orm';
import { seededRandom } from '../src/lib/random';
import { languages, type Language } from '../src/lib/i18n';
import { readContentArticles, searchArticles, seedKnowledgeBase, translationSearchColumns } from '../src/server/modules/knowledge';
import { createTestDatabase } from '../src/server/platform/testing/test-database';
import { percentile } from './support/load';
import { printResults, type BenchResult } from './harness';

const ARTICLES = 10_000;
const ROUNDS = Number(process.env.KB_BENCH_ROUNDS ?? 8);

const places = ['Ақмола', 'Павлодар', 'Қостанай', 'Абай', 'Ұлытау', 'Солтүстік Қазақстан', 'Шығыс Қазақстан', 'Астана', 'Алматы', 'Шымкент', 'Қарағанды', 'Атырау'];

export const queries: Array<[string, Language]> = [
  ['қандас мәртебесін алу', 'kk'],
  ['кандас мартебеси', 'kk'],
  ['qandas martebesi', 'kk'],
  ['ықтиярхатқа қажетті құжаттар', 'kk'],
  ['ыктиярхт', 'kk'],
  ['жсн алу консулдықта', 'kk'],
  ['уақытша тіркеу мерзімі', 'kk'],
  ['азаматтық оңайлатылған тәртіппен', 'kk'],
  ['өңірлік квотаға ену', 'kk'],
  ['кошип келуге субсидия', 'kk'],
  ['баспана жалдау өтемақы', 'kk'],
  ['дипломды тану', 'kk'],
  ['балабақшаға кезек', 'kk'],
  ['зейнетақы тағайындау', 'kk'],
  ['jūmys izdeu', 'kk'],
  ['статус кандаса срок', 'ru'],
  ['вид на жительство документы', 'ru'],
  ['получить ИИН за границей', 'ru'],
  ['региональная квота переселение', 'ru'],
  ['медицинское страхование кандасов', 'ru'],
  ['гражданство в упрощенном порядке', 'ru'],
  ['kandas status documents', 'en'],
  ['residence permit', 'en'],
  ['relocation subsidy regional quota', 'en'],
  ['diploma recognition', 'en'],
];

function paragraphs(body: string): string[] {
  return body.split(/\n{2,}/u).filter((p) => p.trim() && !p.startsWith('*'));
}

export async function loadArticles(db: Parameters<typeof seedKnowledgeBase>[0]): Promise<number> {
  const starter = readContentArticles();
  await seedKnowledgeBase(db, starter);
  const random = seededRandom(2026);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
  const generated = Math.ceil((ARTICLES - starter.length * languages.length) / languages.length);
  for (let from = 0; from < generated; from += 200) {
    const articles: Array<{ key: string; position: number }> = [];
    const translations: Array<Record<string, unknown>> = [];
    for (let i = from; i < Math.min(generated, from + 200); i++) {
      const base = pick(starter);
      articles.push({ key: `bench-${i}`, position: i });
      for (const lang of languages) {
        const source = base.translations[lang];
        const body = [...paragraphs(source.body).slice(0, 3), ...paragraphs(pick(starter).translations[lang].body).slice(1, 4), ...paragraphs(pick(starter).translations[lang].body).slice(2, 4)].join('\n\n');
        const title = `${source.title}: ${pick(places)}, ${i}`;
        translations.push({ key: `bench-${i}`, lang, slug: `${source.slug}-${i}`, title, summary: source.summary, body, ...translationSearchColumns(lang, title, source.summary, body) });
      }
    }
    await db.execute(sql`
      with a as (
        insert into kb_articles (key, category_code, position, sample)
        select x.key, 'settling-in', x.position, false from jsonb_to_recordset(${JSON.stringify(articles)}::jsonb) as x(key text, position int)
        returning id, key
      )
      insert into kb_translations (article_id, lang, slug, title, summary, body, status, revision, published_title, published_summary, published_body, published_revision, published_at, search_text, search_folded)
      select a.id, t.lang, t.slug, t.title, t.summary, t.body, 'published', 1, t.title, t.summary, t.body, 1, now(), t."searchText", t."searchFolded"
      from jsonb_to_recordset(${JSON.stringify(translations)}::jsonb) as t(key text, lang text, slug text, title text, summary text, body text, "searchText" text, "searchFolded" text)
      join a on a.key = t.key`);
  }
  await db.execute(sql`analyze kb_translations`);
  await db.execute(sql`select nextval('kb_index_version_seq')`);
  const [{ n }] = (await db.execute<{ n: number }>(sql`select count(*)::int as n from kb_translations where published_revision is not null`)).rows as [{ n: number }];
  return n;
}

async function timings(run: (q: string, lang: Language) => Promise<unknown>): Promise<number[]> {
  for (const [q, lang] of queries) await run(q, lang);
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const [q, lang] of queries) {
      const started = performance.now();
      await run(q, lang);
      times.push(performance.now() - started);
    }
  }
  return times.sort((a, b) => a - b);
}

async function benchOn(label: string): Promise<BenchResult[]> {
  const database = await createTestDatabase();
  try {
    const db = database.db;
    const started = performance.now();
    const count = await loadArticles(db);
    await db.execute(sql`alter table kb_translations add column plain_vector tsvector generated always as (to_tsvector('simple', coalesce(published_title, '') || ' ' || coalesce(published_body, ''))) stored`);
    await db.execute(sql`create index on kb_translations using gin (plain_vector)`);
    await db.execute(sql`analyze kb_translations`);
    console.log(`\nknowledge-base search on ${label}: ${count} published articles, loaded in ${((performance.now() - started) / 1000).toFixed(0)} s; ${queries.length} queries × ${ROUNDS} rounds`);
    let found = 0;
    const subject = await timings(async (q, lang) => {
      const result = await searchArticles(db, q, lang, { record: false });
      if (result.items.length) found += 1;
    });
    const baseline = await timings((q, lang) =>
      db.execute(sql`select id from kb_translations, websearch_to_tsquery('simple', ${q.split(/\s+/u).join(' or ')}) as query
        where published_revision is not null and lang = ${lang} and plain_vector @@ query
        order by ts_rank(plain_vector, query) desc, id limit 10`),
    );
    console.log(`  Otandas search: p50 ${percentile(subject, 50).toFixed(1)} ms, p95 ${percentile(subject, 95).toFixed(1)} ms; ${found} of ${queries.length * (ROUNDS + 1)} searches found articles`);
    console.log(`  PostgreSQL FTS: p50 ${percentile(baseline, 50).toFixed(1)} ms, p95 ${percentile(baseline, 95).toFixed(1)} ms`);
    return [
      {
        name: `kb search p95, ${label}`,
        subject: { label: 'searchArticles', value: percentile(subject, 95), unit: 'ms' },
        baseline: { label: "PostgreSQL 'simple' FTS", value: percentile(baseline, 95), unit: 'ms' },
        ratioNote: '× the baseline (lower is better)',
        target: 'p95 ≤ 30 ms at 10,000 articles',
      },
    ];
  } finally {
    await database.close();
  }
}

export async function run(): Promise<void> {
  const saved = process.env.DATABASE_URL;
  delete process.env.DATABASE_URL;
  const results = await benchOn('PGlite');
  if (saved) {
    process.env.DATABASE_URL = saved;
    results.push(...(await benchOn('PostgreSQL')));
  }
  printResults(results);
}
