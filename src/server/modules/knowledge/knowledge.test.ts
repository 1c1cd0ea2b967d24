import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../platform/testing';
import { readContentArticles } from './knowledge.content';
import { seedKnowledgeBase } from './knowledge.seed';

type Hit = { id: string; slug: string; lang: string; title: string; snippet: string; highlights: Array<[number, number]>; titleHighlights: Array<[number, number]> };
const marked = (text: string, ranges: Array<[number, number]>) => ranges.map(([s, e]) => text.slice(s, e));

describe('knowledge base', () => {
  let t: TestApp;
  const starter = readContentArticles();
  before(async () => {
    t = await createTestApp();
    await seedKnowledgeBase(t.database.db, starter);
  });
  after(async () => t.close());

  const search = async (q: string, lang: string) => {
    const res = await t.client().get(`/api/v1/kb/search?lang=${lang}&q=${encodeURIComponent(q)}`);
    assert.equal(res.status, 200, res.text);
    return res.body.items as Hit[];
  };

  it('ships at least 25 starter articles in each language, published, marked as sample', async () => {
    assert.ok(starter.length >= 25);
    const rows = (await t.database.db.execute<{ lang: string; n: number }>(sql`select lang, count(*)::int as n from kb_translations where published_revision is not null group by lang order by lang`)).rows;
    assert.deepEqual(rows.map((r) => [r.lang, r.n]), [['en', starter.length], ['kk', starter.length], ['ru', starter.length]]);
    const categories = await t.client().get('/api/v1/kb/categories?lang=kk');
    assert.equal(categories.body.items.length, 5);
    assert.equal(categories.body.items.reduce((n: number, c: { articles: unknown[] }) => n + c.articles.length, 0), starter.length);
    assert.equal(await seedKnowledgeBase(t.database.db, starter), 0, 'seeding again adds nothing');
  });

  it('finds the kandas-status article in Kazakh typed without Kazakh letters, in Latin, and in Russian and English', async () => {
    for (const [q, lang] of [['кандас мартебеси', 'kk'], ['qandas martebesi', 'kk'], ['қандас мәртебесін алу', 'kk'], ['как получить статус кандаса', 'ru'], ['kandas status application', 'en']] as const) {
      const hits = await search(q, lang);
      assert.ok(hits.length > 0, q);
      assert.ok(hits.slice(0, 3).some((hit) => /kandas|qandas|kandasa|martebe/u.test(hit.slug)), `${q}: ${hits.slice(0, 3).map((h) => h.slug)}`);
      assert.ok(hits.every((hit) => hit.lang === lang));
    }
    const [first] = await search('кандас мартебеси', 'kk');
    assert.ok(marked(first!.title, first!.titleHighlights).some((word) => /^(Қандас|мәртебе)/u.test(word)), JSON.stringify(first));
    assert.ok(marked(first!.snippet, first!.highlights).length > 0);
  });

  it('tolerates a typo through trigrams, and answers nonsense, punctuation and a pasted essay with nothing', async () => {
    const typo = await t.client().get(`/api/v1/kb/search?lang=kk&q=${encodeURIComponent('ыктиярхт алу')}`);
    assert.equal(typo.body.correctedQuery, 'ыктиярхат алу');
    assert.ok(typo.body.items.slice(0, 2).some((hit: Hit) => hit.title.startsWith('Ықтиярхат')), JSON.stringify(typo.body.items.map((h: Hit) => h.title)));
    const spelt = await t.client().get(`/api/v1/kb/search?lang=kk&q=${encodeURIComponent('ықтиярхат алу')}`);
    assert.equal(spelt.body.correctedQuery, null);
    assert.deepEqual(await search('?!… ,,, ---', 'kk'), []);
    const started = performance.now();
    assert.deepEqual(await search('қандас '.repeat(1700), 'kk'), []);
    assert.ok(performance.now() - started < 5000);
    assert.deepEqual(await search('зыгырдамбыл курлымштық', 'kk'), []);
    await search('Зыгырдамбыл   курлымштық', 'kk');
    const admin = await t.signedIn('admin');
    const report = await admin.client.get('/api/v1/kb/admin/report?lang=kk');
    assert.deepEqual(report.body.unanswered.find((u: { query: string }) => u.query === 'зыгырдамбыл курлымштық')?.count, 2);
  });

  it('serves an article in the language asked for, by the slug of any of its languages, sanitised', async () => {
    const source = starter.find((a) => a.key === 'residence-permit')!;
    const kk = await t.client().get(`/api/v1/kb/articles/${source.translations.kk.slug}?lang=kk`);
    assert.equal(kk.status, 200);
    assert.equal(kk.body.title, source.translations.kk.title);
    assert.equal(kk.body.sample, true);
    assert.equal(kk.body.outdated, false);
    assert.ok(kk.body.legalActs.length > 0 && kk.body.legalActs[0].title.length > 0);
    assert.match(kk.body.html, /<h2>/u);
    const ru = await t.client().get(`/api/v1/kb/articles/${source.translations.kk.slug}?lang=ru`);
    assert.equal(ru.body.slug, source.translations.ru.slug);
    assert.deepEqual(ru.body.translations.map((x: { lang: string }) => x.lang).sort(), ['en', 'kk', 'ru']);
    assert.equal((await t.client().get('/api/v1/kb/articles/no-such-article')).status, 404);
    assert.equal((await t.client().get('/api/v1/kb/articles/Bad%20Slug!')).status, 422);
  });

  it('records helpful votes and comments for the report', async () => {
    const [hit] = await search('ықтиярхат', 'kk');
    const client = t.client();
    assert.equal((await client.post(`/api/v1/kb/translations/${hit!.id}/feedback`, { helpful: false, comment: 'Мерзімі жазылмаған' })).status, 204);
    assert.equal((await client.post(`/api/v1/kb/translations/${hit!.id}/feedback`, { helpful: true })).status, 204);
    assert.equal((await client.post(`/api/v1/kb/translations/${hit!.id}/feedback`, { helpful: 'yes' })).status, 422);
    assert.equal((await client.post('/api/v1/kb/translations/00000000-0000-4000-8000-000000000000/feedback', { helpful: true })).status, 404);
    const admin = await t.signedIn('admin');
    const report = await admin.client.get('/api/v1/kb/admin/report?lang=kk');
    const row = report.body.leastHelpful.find((r: { id: string }) => r.id === hit!.id);
    assert.deepEqual([row.helpful, row.unhelpful, row.comments[0].comment], [1, 1, 'Мерзімі жазылмаған']);
  });

  it('keeps edits apart until published; a published source marks the translations out of date until they follow', async () => {
    const editor = await t.signedIn('admin');
    const writer = await t.signedIn('operator');
    const list = (await editor.client.get('/api/v1/kb/admin/articles')).body.items as Array<{ key: string; translations: Array<{ id: string; lang: string; outdated: boolean }> }>;
    const article = list.find((a) => a.key === 'iin-for-kandas')!;
    const kk = article.translations.find((x) => x.lang === 'kk')!;
    const ru = article.translations.find((x) => x.lang === 'ru')!;
    const current = (await editor.client.get(`/api/v1/kb/admin/translations/${kk.id}`)).body;

    const saved = await writer.client.request('PUT', `/api/v1/kb/admin/translations/${kk.id}`, {
      json: { slug: current.slug, title: `${current.title}: жаңартылған`, summary: current.summary, body: `${current.body}\n\nЖаңа абзац: зейнетақыдан тыс тексеру.\n\n<script>alert(1)</script>` },
    });
    assert.equal(saved.status, 200, saved.text);
    assert.deepEqual([saved.body.revision, saved.body.status, saved.body.publishedRevision], [2, 'draft', 1]);
    const publicBefore = await t.client().get(`/api/v1/kb/articles/${current.slug}?lang=kk`);
    assert.equal(publicBefore.body.title, current.title, 'readers still see the published copy');

    assert.equal((await writer.client.post(`/api/v1/kb/admin/translations/${kk.id}/status`, { status: 'published' })).status, 403, 'a writer cannot publish');
    assert.equal((await writer.client.post(`/api/v1/kb/admin/translations/${kk.id}/status`, { status: 'review' })).body.status, 'review');
    assert.equal((await writer.client.post(`/api/v1/kb/admin/translations/${kk.id}/status`, { status: 'review' })).status, 409);
    const published = await editor.client.post(`/api/v1/kb/admin/translations/${kk.id}/status`, { status: 'published' });
    assert.deepEqual([published.body.status, published.body.publishedRevision], ['published', 2]);

    const publicAfter = await t.client().get(`/api/v1/kb/articles/${current.slug}?lang=kk`);
    assert.equal(publicAfter.body.title, `${current.title}: жаңартылған`);
    assert.doesNotMatch(publicAfter.body.html, /<script/u);
    assert.ok((await search('жаңартылған', 'kk')).some((hit) => hit.id === kk.id), 'the published words are searchable');
    const ruPublic = await t.client().get(`/api/v1/kb/articles/${current.slug}?lang=ru`);
    assert.equal(ruPublic.body.outdated, true);
    assert.deepEqual(ruPublic.body.translations.filter((x: { outdated: boolean }) => x.outdated).map((x: { lang: string }) => x.lang).sort(), ['en', 'ru']);

    const ruCurrent = (await editor.client.get(`/api/v1/kb/admin/translations/${ru.id}`)).body;
    assert.equal(ruCurrent.outdated, true);
    await editor.client.request('PUT', `/api/v1/kb/admin/translations/${ru.id}`, { json: { slug: ruCurrent.slug, title: `${ruCurrent.title}: обновлено`, summary: ruCurrent.summary, body: ruCurrent.body } });
    const ruDone = await editor.client.post(`/api/v1/kb/admin/translations/${ru.id}/status`, { status: 'published' });
    assert.equal(ruDone.body.outdated, false);

    const diff = await editor.client.get(`/api/v1/kb/admin/translations/${kk.id}/diff?from=1&to=2`);
    assert.ok(diff.body.title.some((p: { change: string; value: string }) => p.change === 'added' && p.value.includes('жаңартылған')));
    const restored = await editor.client.post(`/api/v1/kb/admin/translations/${kk.id}/restore`, { revision: 1 });
    assert.deepEqual([restored.body.revision, restored.body.status, restored.body.title], [3, 'draft', current.title]);
    assert.equal((await writer.client.post(`/api/v1/kb/admin/translations/${kk.id}/restore`, { revision: 1 })).status, 403);

    const other = list.find((a) => a.key === 'residence-permit')!.translations.find((x) => x.lang === 'kk')!;
    const clash = await editor.client.request('PUT', `/api/v1/kb/admin/translations/${other.id}`, { json: { slug: current.slug, title: 'x', summary: '', body: 'y' } });
    assert.deepEqual([clash.status, clash.body.error.code], [409, 'slug_taken']);
  });

  it('creates an article and adds a language; a reader cannot reach the editing endpoints', async () => {
    const editor = await t.signedIn('admin');
    const created = await editor.client.post('/api/v1/kb/admin/articles', {
      key: 'test-article',
      categoryCode: 'settling-in',
      reviewDue: '2027-01-01',
      translation: { slug: 'synaq-maqala', title: 'Сынақ мақала', summary: 'Қысқаша', body: 'Мәтін' },
    });
    assert.equal(created.status, 201, created.text);
    assert.equal((await t.client().get('/api/v1/kb/articles/synaq-maqala?lang=kk')).status, 404, 'a draft is not public');
    const added = await editor.client.post(`/api/v1/kb/admin/articles/${created.body.articleId}/translations`, { lang: 'ru', slug: 'test-statya', title: 'Тестовая статья', body: 'Текст' });
    assert.deepEqual([added.status, added.body.lang, added.body.status], [201, 'ru', 'draft']);
    const wrong = await editor.client.post('/api/v1/kb/admin/articles', { key: 'x2', categoryCode: 'nowhere', translation: { slug: 'x-two', title: 'x', body: 'y' } });
    assert.deepEqual([wrong.status, wrong.body.error.details[0].code], [422, 'unknown_category']);
    assert.equal((await t.client().get('/api/v1/kb/admin/articles')).status, 401);
    const preview = await editor.client.post('/api/v1/kb/admin/preview', { body: '## Басы\n\n<img src=x onerror=alert(1)>' });
    assert.match(preview.body.html, /<h2>Басы<\/h2>/u);
    assert.doesNotMatch(preview.body.html, /<img/u);
    const analyst = await t.signedIn('analyst');
    assert.equal((await analyst.client.get('/api/v1/kb/admin/articles')).status, 403);
    assert.equal((await analyst.client.get('/api/v1/kb/admin/report')).status, 200);
  });
});

describe('articles as answers in the support center', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
    await seedKnowledgeBase(t.database.db);
  });
  after(async () => t.close());

  it('gives an operator the link and the plain text of articles in the applicant language', async () => {
    const operator = await t.signedIn('operator');
    const res = await operator.client.get(`/api/v1/support/kb-answers?lang=ru&q=${encodeURIComponent('вид на жительство')}`);
    assert.equal(res.status, 200, res.text);
    const [first] = res.body.items as Array<{ slug: string; lang: string; title: string; url: string; text: string }>;
    assert.equal(first!.lang, 'ru');
    assert.match(first!.url, new RegExp(`^http://[^/]+/kb/ru/${first!.slug}$`, 'u'));
    assert.ok(first!.text.startsWith(first!.title) && first!.text.endsWith(first!.url));
    assert.doesNotMatch(first!.text, /[#*<>]|\]\(/u, 'no markup in a plain-text reply');
    const front = await t.signedIn('front_office', { regionCode: '110000000' });
    assert.equal((await front.client.get('/api/v1/support/kb-answers?lang=kk&q=ЖСН')).status, 200);
    const analyst = await t.signedIn('analyst');
    assert.equal((await analyst.client.get('/api/v1/support/kb-answers?lang=kk&q=ЖСН')).status, 403);
    assert.equal((await operator.client.get('/api/v1/support/kb-answers?lang=xx&q=ЖСН')).status, 422);
  });
});
