import assert from 'node:assert/strict';
import { test } from 'node:test';
import { statusTransitions as serverTransitions } from '../../../server/modules/knowledge/knowledge.editing';
import { allowedMoves, fromFieldsForm, missingLanguages, parseTags, statusTransitions, toFieldsForm } from './kb-workflow';

test('the console offers the same workflow the server enforces', () => {
  assert.deepEqual(statusTransitions, serverTransitions);
});

test('writers submit drafts; editors also publish and send back; published copies move nowhere', () => {
  assert.deepEqual(allowedMoves('draft', 'operator'), ['review']);
  assert.deepEqual(allowedMoves('review', 'operator'), []);
  assert.deepEqual(allowedMoves('draft', 'admin'), ['review', 'published']);
  assert.deepEqual(allowedMoves('review', 'media'), ['draft', 'published']);
  assert.deepEqual(allowedMoves('published', 'admin'), []);
  assert.deepEqual(allowedMoves('draft', 'analyst'), [], 'an analyst reads reports only');
  assert.deepEqual(allowedMoves('draft', undefined), []);
});

test('the languages still to translate', () => {
  assert.deepEqual(missingLanguages({ translations: [{ lang: 'ru' }] } as never, ['kk', 'ru', 'en']), ['kk', 'en']);
  assert.deepEqual(missingLanguages({ translations: [{ lang: 'kk' }, { lang: 'ru' }, { lang: 'en' }] } as never, ['kk', 'ru', 'en']), []);
});

test('tags typed freely become the API’s lowercase hyphenated words, each once', () => {
  assert.deepEqual(parseTags(' IIN, kandas status;; iin ,\nQuota '), ['iin', 'kandas-status', 'quota']);
  assert.deepEqual(parseTags(' , '), []);
});

test('the fields form round-trips an article and drops what was left empty', () => {
  const article = {
    id: 'a',
    key: 'iin',
    categoryCode: 'arrival',
    position: 3,
    tags: ['iin', 'kandas'],
    legalActs: [{ title: { kk: 'Заң', ru: 'Закон', en: 'Law' }, number: '94-V', date: '2013-05-21', article: '7' }],
    validFrom: '2024-01-01',
    validUntil: null,
    reviewDue: '2026-06-01',
    sourceLang: 'kk' as const,
    sample: true,
  };
  const form = toFieldsForm(article);
  assert.equal(form.tags, 'iin, kandas');
  assert.equal(form.validUntil, '');
  const { id: _id, key: _key, sourceLang: _lang, sample: _sample, ...fields } = article;
  assert.deepEqual(fromFieldsForm(form), fields);
  form.legalActs[0]!.article = '  ';
  form.legalActs[0]!.number = ' 94-V ';
  form.reviewDue = '';
  const input = fromFieldsForm(form);
  assert.deepEqual(input.legalActs, [{ title: { kk: 'Заң', ru: 'Закон', en: 'Law' }, number: '94-V', date: '2013-05-21' }]);
  assert.equal(input.reviewDue, null);
});
