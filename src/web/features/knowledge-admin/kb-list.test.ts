import assert from 'node:assert/strict';
import { test } from 'node:test';
import { daysUntil, emptyFilter, filterArticles, groupByCategory, reviewDueState } from './kb-list';
import type { KbStaffArticleDto } from './knowledgeAdmin.api';

type Translation = KbStaffArticleDto['translations'][number];

function translation(lang: Translation['lang'], title: string, extra: Partial<Translation> = {}): Translation {
  return { id: `${lang}-${title}`, lang, slug: title.toLowerCase().replace(/\s+/g, '-'), title, status: 'published', revision: 1, publishedRevision: 1, outdated: false, helpful: 0, unhelpful: 0, updatedAt: '2026-01-01T00:00:00Z', ...extra };
}

function article(key: string, categoryCode: string, translations: Translation[], extra: Partial<KbStaffArticleDto> = {}): KbStaffArticleDto {
  return { id: key, key, categoryCode, position: 0, tags: [], legalActs: [], validFrom: null, validUntil: null, reviewDue: null, sourceLang: 'kk', sample: false, translations, ...extra };
}

test('a review is overdue after its day, due soon from 30 days before it, and later beyond', () => {
  const today = '2026-03-15';
  assert.equal(reviewDueState(null, today), null);
  assert.equal(reviewDueState('2026-03-14', today), 'overdue');
  assert.equal(reviewDueState('2026-03-15', today), 'soon', 'the day itself is not yet overdue');
  assert.equal(reviewDueState('2026-04-14', today), 'soon', '30 days ahead');
  assert.equal(reviewDueState('2026-04-15', today), 'later', '31 days ahead');
  // Across a leap day and the change of year, counting calendar days.
  assert.equal(daysUntil('2028-03-01', '2028-02-28'), 2);
  assert.equal(daysUntil('2027-01-01', '2026-12-31'), 1);
});

const articles = [
  article('iin', 'arrival', [translation('kk', 'ЖСН алу'), translation('ru', 'Получение ИИН', { outdated: true }), translation('en', 'Getting an IIN', { status: 'draft' })], { reviewDue: '2026-03-01' }),
  article('quota', 'aid', [translation('kk', 'Өңірлік квота'), translation('ru', 'Региональная квота', { status: 'review' })], { reviewDue: '2026-12-01' }),
  article('permit', 'arrival', [translation('kk', 'Ықтиярхат алу')], { position: -1 }),
];

test('filters keep articles with a matching translation and show only the matching translations', () => {
  const today = '2026-03-15';
  assert.equal(filterArticles(articles, emptyFilter, today).length, 3);
  const russian = filterArticles(articles, { ...emptyFilter, lang: 'ru' }, today);
  assert.deepEqual(russian.map((a) => [a.key, a.translations.map((t) => t.lang)]), [['iin', ['ru']], ['quota', ['ru']]]);
  const outdated = filterArticles(articles, { ...emptyFilter, outdatedOnly: true }, today);
  assert.deepEqual(outdated.map((a) => [a.key, a.translations.map((t) => t.lang)]), [['iin', ['ru']]]);
  assert.deepEqual(filterArticles(articles, { ...emptyFilter, status: 'review' }, today).map((a) => a.key), ['quota']);
  assert.deepEqual(filterArticles(articles, { ...emptyFilter, reviewDueOnly: true }, today).map((a) => a.key), ['iin']);
  assert.deepEqual(filterArticles(articles, { ...emptyFilter, lang: 'en', status: 'published' }, today), []);
});

test('the title search ignores case, needs every word, and looks only at the translations shown', () => {
  const today = '2026-03-15';
  assert.deepEqual(filterArticles(articles, { ...emptyFilter, q: 'жсн' }, today).map((a) => a.key), ['iin']);
  assert.deepEqual(filterArticles(articles, { ...emptyFilter, q: '  КВОТА  региональная ' }, today).map((a) => a.key), ['quota']);
  assert.deepEqual(filterArticles(articles, { ...emptyFilter, q: 'квота iin' }, today), []);
  assert.deepEqual(filterArticles(articles, { ...emptyFilter, q: 'ЖСН', lang: 'ru' }, today), [], 'a Kazakh title is not searched when only Russian is shown');
});

test('groups follow the journey order, sort by position, and keep an unknown category last', () => {
  const categories = [
    { code: 'before', name: 'Before moving' },
    { code: 'arrival', name: 'Arrival' },
    { code: 'aid', name: 'Aid' },
  ];
  const groups = groupByCategory([...articles, article('orphan', 'gone', [translation('kk', 'Ескі')])], categories);
  assert.deepEqual(groups.map((g) => [g.name, g.articles.map((a) => a.key)]), [
    ['Arrival', ['permit', 'iin']],
    ['Aid', ['quota']],
    ['gone', ['orphan']],
  ]);
});
