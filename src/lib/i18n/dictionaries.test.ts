import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createI18n, dictionaries, languages, negotiateLanguage, formatDateTime } from '.';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : flatten(value, `${prefix}${key}.`),
  );
}

const pluralSuffix = /_(zero|one|two|few|many|other)$/;

/** Keys without their plural suffix, and for each plural key the categories it has. */
function shape(language: (typeof languages)[number]) {
  const keys = flatten(dictionaries[language] as Tree);
  const plain = new Set<string>();
  const plurals = new Map<string, Set<string>>();
  for (const key of keys) {
    const match = key.match(pluralSuffix);
    if (match) {
      const base = key.replace(pluralSuffix, '');
      plain.add(base);
      plurals.set(base, (plurals.get(base) ?? new Set()).add(match[1]!));
    } else plain.add(key);
  }
  return { plain, plurals };
}

test('the three dictionaries have the same keys', () => {
  const [kk, ...others] = languages.map(shape);
  for (const [index, other] of others.entries()) {
    const language = languages[index + 1];
    assert.deepEqual([...other!.plain].filter((k) => !kk!.plain.has(k)), [], `extra keys in ${language}`);
    assert.deepEqual([...kk!.plain].filter((k) => !other!.plain.has(k)), [], `keys missing in ${language}`);
  }
});

test('every plural key has exactly the forms its language needs', () => {
  for (const language of languages) {
    const needed = new Intl.PluralRules(language).resolvedOptions().pluralCategories.filter((c) => c !== 'zero' || language !== 'en');
    for (const [base, categories] of shape(language).plurals) {
      assert.deepEqual([...categories].sort(), [...needed].sort(), `${language}: ${base}`);
    }
  }
});

test('no value is empty or left untranslated in Kazakh', () => {
  for (const language of languages) {
    for (const key of flatten(dictionaries[language] as Tree)) {
      const value = key.split('.').reduce<unknown>((node, part) => (node as Tree)[part], dictionaries[language]);
      assert.ok(typeof value === 'string' && value.trim().length > 0, `${language}: ${key} is empty`);
    }
  }
});

test('Russian plural forms are chosen by the number', () => {
  const i18n = createI18n('ru');
  const key = 'validation.too_big_string';
  assert.equal(i18n.t(key, { count: 1 }), 'Не более 1 символа.');
  assert.equal(i18n.t(key, { count: 3 }), 'Не более 3 символов.');
  assert.equal(i18n.t(key, { count: 200 }), 'Не более 200 символов.');
  assert.equal(i18n.t(key, { count: 21 }), 'Не более 21 символа.');
  assert.equal(createI18n('en').t(key, { count: 1 }), 'At most 1 character.');
  assert.equal(createI18n('kk').t(key, { count: 200 }), 'Ең көбі 200 таңба.');
});

test('Accept-Language negotiation picks the best supported language', () => {
  assert.equal(negotiateLanguage('ru-RU,ru;q=0.9,en;q=0.8'), 'ru');
  assert.equal(negotiateLanguage('de-DE,en;q=0.5,kk;q=0.7'), 'kk');
  assert.equal(negotiateLanguage('de-DE'), undefined);
  assert.equal(negotiateLanguage('en;q=0,ru;q=0.1'), 'ru');
});

test('dates are shown in Almaty time, per locale', () => {
  const instant = '2026-03-01T19:30:00Z';
  assert.match(formatDateTime(instant, 'en'), /2 Mar 2026.*00:30/);
  assert.match(formatDateTime(instant, 'ru'), /2 мар.* 2026.*00:30/);
});
