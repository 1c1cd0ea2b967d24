import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { translator } from '../../../lib/i18n';
import { createTestApp, type TestApp, type TestClient } from '../../platform/testing';
import { readContentArticles } from './knowledge.content';
import { journeyCategories } from './knowledge.categories';
import { seedKnowledgeBase } from './knowledge.seed';

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const scripts = (page: string) => [...page.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gu)].map((m) => m[1]!);
const escaped = (text: string) => text.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;').replace(/'/gu, '&#39;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

describe('knowledge-base pages', () => {
  let t: TestApp;
  const starter = readContentArticles();
  const permit = starter.find((a) => a.key === 'residence-permit')!;
  const kkSlug = permit.translations.kk.slug;
  const ruSlug = permit.translations.ru.slug;

  before(async () => {
    t = await createTestApp();
    await seedKnowledgeBase(t.database.db, starter);
  });
  after(async () => t.close());

  const postForm = (client: TestClient, path: string, fields: Record<string, string>, headers: Record<string, string> = {}) =>
    client.request('POST', path, { body: form(fields), headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers } });
  const votes = async (slug: string) =>
    (await t.database.db.execute<{ helpful: number; unhelpful: number }>(sql`select helpful_count::int as helpful, unhelpful_count::int as unhelpful from kb_translations where slug = ${slug}`)).rows[0]!;

  it('renders a published article as a whole page in the language of the address', async () => {
    const res = await t.client().get(`/kb/kk/${kkSlug}`, { host: 'kb.example.kz', 'accept-language': 'en' });
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/html/u);
    const page = res.text;
    assert.match(page, /<html lang="kk">/u);
    assert.ok(page.includes(`<title>${escaped(permit.translations.kk.title)} — Білім қоры</title>`), 'title in Kazakh');
    assert.ok(page.includes(`<meta name="description" content="${escaped(permit.translations.kk.summary)}">`));
    assert.ok(page.includes(`<link rel="canonical" href="http://kb.example.kz/kb/kk/${kkSlug}">`));
    for (const lang of ['kk', 'ru', 'en'] as const) {
      assert.ok(page.includes(`<link rel="alternate" hreflang="${lang}" href="http://kb.example.kz/kb/${lang}/${permit.translations[lang].slug}">`), `hreflang ${lang}`);
      if (lang !== 'kk') assert.ok(page.includes(`href="/kb/${lang}/${permit.translations[lang].slug}" hreflang="${lang}" lang="${lang}"`), `switcher link ${lang}`);
    }
    assert.equal((page.match(/<h1>/gu) ?? []).length, 1);
    for (const landmark of ['<header', '<nav aria-label="Сайт бөлімдері">', '<main', '<footer']) assert.ok(page.includes(landmark), landmark);
    for (const link of ['href="/"', 'href="/kb?q="', 'href="/appeal"']) assert.ok(page.includes(link), link);
    assert.ok(page.includes(translator('kk')('pages.kb.sampleNotice')), 'sample notice');
    assert.ok(page.includes(escaped(permit.legalActs[0]!.title.kk)), 'legal act title');
    assert.ok(page.includes(`№ ${permit.legalActs[0]!.number}`), 'legal act number');
    assert.ok(page.includes('2011 ж. 22 шіл.'), 'act date in Kazakh');
    assert.match(page, /<time datetime="2024-01-01">/u, 'valid-from date');
    assert.match(page, /<h2>/u, 'the article body');
    assert.doesNotMatch(page, /class="kb-notice kb-outdated"/u, 'the source is never out of date');
    assert.deepEqual(scripts(page), [], 'no script without a video');
    assert.match(res.headers.get('content-security-policy') ?? '', /^default-src 'none'; script-src 'sha256-[^']+'; style-src 'sha256-[^']+'/u);
  });

  it('sends a slug of another language to the article’s own address, and answers unknown ones with a 404 page', async () => {
    const moved = await t.client().get(`/kb/ru/${kkSlug}`);
    assert.deepEqual([moved.status, moved.headers.get('location')], [301, `/kb/ru/${ruSlug}`]);
    const ru = await t.client().get(`/kb/ru/${ruSlug}`);
    assert.equal(ru.status, 200);
    assert.match(ru.text, /<html lang="ru">/u);
    assert.ok(ru.text.includes('Правовая основа'));

    const missing = await t.client().get('/kb/ru/no-such-article');
    assert.equal(missing.status, 404);
    assert.match(missing.text, /<html lang="ru">/u);
    assert.ok(missing.text.includes('<h1>Страница не найдена</h1>'));
    assert.ok(missing.text.includes('<meta name="robots" content="noindex">'));
    const badSlug = await t.client().get('/kb/en/Bad%20Slug!');
    assert.deepEqual([badSlug.status, badSlug.text.includes('<h1>Page not found</h1>')], [404, true]);
    const badLang = await t.client().get(`/kb/de/${kkSlug}`, { 'accept-language': 'ru' });
    assert.equal(badLang.status, 404);
    assert.match(badLang.text, /<html lang="ru">/u, 'an unknown language falls back to the reader’s');
    assert.equal((await t.client().get('/kb/xx')).status, 404);

    // A trailing slash leads to the page's own address.
    const index = await t.client().get('/kb/kk/');
    assert.deepEqual([index.status, index.headers.get('location')], [301, '/kb/kk']);
    const slashed = await t.client().get(`/kb/ru/${ruSlug}/`);
    assert.deepEqual([slashed.status, slashed.headers.get('location')], [301, `/kb/ru/${ruSlug}`]);
    assert.equal((await t.client().get('/kb/de/')).status, 404);
  });

  it('lists every journey category with its articles on the contents page', async () => {
    const res = await t.client().get('/kb/ru');
    assert.equal(res.status, 200);
    const page = res.text;
    for (const category of journeyCategories) assert.ok(page.includes(`<h2 id="category-${category.code}">${escaped(category.name.ru)}</h2>`), category.code);
    const linked = new Set([...page.matchAll(/href="\/kb\/ru\/([a-z0-9-]+)"/gu)].map((m) => m[1]));
    assert.deepEqual([...linked].sort(), starter.map((a) => a.translations.ru.slug).sort());
    assert.match(page, /\d+ стат(ья|ьи|ей)/u);
    assert.ok(page.includes('<link rel="alternate" hreflang="en"'));
    assert.deepEqual(scripts(page), []);
  });

  it('takes a vote without JavaScript: 303 back with thanks, and the counts go up', async () => {
    const client = t.client();
    const before = await votes(kkSlug);
    const yes = await postForm(client, `/kb/kk/${kkSlug}/feedback`, { helpful: 'yes', comment: 'Түсінікті жазылған' }, { origin: 'http://localhost' });
    assert.equal(yes.status, 303, yes.text);
    assert.equal(yes.headers.get('location'), `/kb/kk/${kkSlug}?thanks=1#feedback`);
    const no = await postForm(client, `/kb/kk/${kkSlug}/feedback`, { helpful: 'no' });
    assert.equal(no.status, 303, 'a form without Origin or Referer is taken');
    const afterVotes = await votes(kkSlug);
    assert.deepEqual([afterVotes.helpful - before.helpful, afterVotes.unhelpful - before.unhelpful], [1, 1]);
    const comments = await t.database.db.execute<{ comment: string }>(sql`select comment from kb_feedback where comment = 'Түсінікті жазылған'`);
    assert.equal(comments.rows.length, 1);

    const thanks = await client.get(`/kb/kk/${kkSlug}?thanks=1`);
    assert.ok(thanks.text.includes('Рақмет! Пікіріңіз қабылданды.'));
    assert.doesNotMatch(thanks.text, /<form/u);
  });

  it('refuses a form posted from another site, and answers wrong input with the page and a translated error', async () => {
    const client = t.client();
    const before = await votes(ruSlug);
    const foreign = await postForm(client, `/kb/ru/${ruSlug}/feedback`, { helpful: 'yes' }, { origin: 'https://evil.example' });
    assert.equal(foreign.status, 403);
    assert.match(foreign.text, /<html lang="ru">/u);
    assert.ok(foreign.text.includes(translator('ru')('pages.kb.feedbackCrossSite')));
    const foreignReferer = await postForm(client, `/kb/ru/${ruSlug}/feedback`, { helpful: 'yes' }, { referer: 'https://evil.example/page' });
    assert.equal(foreignReferer.status, 403);
    const nullOrigin = await postForm(client, `/kb/ru/${ruSlug}/feedback`, { helpful: 'yes' }, { origin: 'null' });
    assert.equal(nullOrigin.status, 403);

    const empty = await postForm(client, `/kb/ru/${ruSlug}/feedback`, { comment: 'без выбора <b>' });
    assert.equal(empty.status, 422);
    assert.ok(empty.text.includes('Выберите «Да» или «Нет».'));
    assert.ok(empty.text.includes('без выбора &lt;b&gt;</textarea>'), 'the comment is kept, escaped');
    const long = await postForm(client, `/kb/ru/${ruSlug}/feedback`, { helpful: 'no', comment: 'ж'.repeat(2001) });
    assert.equal(long.status, 422);
    assert.ok(long.text.includes('не длиннее 2000 символов'));
    assert.match(long.text, /value="no" required checked/u);
    const json = await client.request('POST', `/kb/ru/${ruSlug}/feedback`, { json: { helpful: true } });
    assert.equal(json.status, 422);
    const huge = await postForm(client, `/kb/ru/${ruSlug}/feedback`, { helpful: 'yes', comment: 'x'.repeat(40_000) });
    assert.equal(huge.status, 413);
    assert.match(huge.text, /<html lang="ru">/u);
    assert.equal((await postForm(client, '/kb/ru/no-such-article/feedback', { helpful: 'yes' })).status, 404);
    assert.deepEqual(await votes(ruSlug), before, 'nothing was counted');
  });

  it('publishes edits sanitised, marks out-of-date translations, and plays a video only on request', async () => {
    const editor = await t.signedIn('admin');
    const list = (await editor.client.get('/api/v1/kb/admin/articles')).body.items as Array<{ id: string; key: string; translations: Array<{ id: string; lang: string }> }>;
    const article = list.find((a) => a.key === 'iin-for-kandas')!;
    const kk = article.translations.find((x) => x.lang === 'kk')!;
    const current = (await editor.client.get(`/api/v1/kb/admin/translations/${kk.id}`)).body;
    const body = `${current.body}\n\nhttps://youtu.be/dQw4w9WgXcQ\n\n<script>alert(1)</script>\n\n[x](javascript:alert(2))`;
    const saved = await editor.client.request('PUT', `/api/v1/kb/admin/translations/${kk.id}`, { json: { slug: current.slug, title: current.title, summary: current.summary, body } });
    assert.equal(saved.status, 200, saved.text);
    assert.equal((await editor.client.post(`/api/v1/kb/admin/translations/${kk.id}/status`, { status: 'published' })).status, 200);

    const page = (await t.client().get(`/kb/kk/${current.slug}`)).text;
    const [only, ...rest] = scripts(page);
    assert.deepEqual(rest, [], 'one script');
    assert.match(only!, /kb-video/u, 'and it is the video one');
    assert.doesNotMatch(page, /<script>alert|href="javascript:/u);
    assert.ok(page.includes('href="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"'), 'the placeholder is a link without JavaScript');

    const ruSlugOfIin = starter.find((a) => a.key === 'iin-for-kandas')!.translations.ru.slug;
    const ru = (await t.client().get(`/kb/ru/${ruSlugOfIin}`)).text;
    assert.ok(ru.includes(`class="kb-notice kb-outdated" role="note">${translator('ru')('pages.kb.outdatedNotice')}`));
    assert.ok(ru.includes(`<a href="/kb/kk/${current.slug}" hreflang="kk">Читать оригинал (Қазақша)</a>`));
  });
});
