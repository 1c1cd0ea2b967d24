import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import fc from 'fast-check';
import { detectLanguage, detectLanguageByParagraph } from './index';

/** testdata/golden.tsv: expected<TAB>text, written apart from the training texts. */
const golden = readFileSync(new URL('./testdata/golden.tsv', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.includes('\t') && !line.startsWith('#'))
  .map((line) => {
    const [expected, ...rest] = line.split('\t');
    return { expected: expected!, text: rest.join('\t').replace(/\\n/g, '\n') };
  });

test('the golden file has at least 150 items', () => {
  assert.ok(golden.length >= 150, `${golden.length} items`);
});

test('golden items: at least 99% detected as expected, misses printed', () => {
  const misses = golden.filter(({ expected, text }) => detectLanguage(text).lang !== expected);
  for (const { expected, text } of misses) {
    const got = detectLanguage(text);
    console.log(`  miss: expected ${expected}, got ${got.lang} (${got.confidence}) ← ${JSON.stringify(text)}`);
  }
  const accuracy = 1 - misses.length / golden.length;
  assert.ok(accuracy >= 0.99, `accuracy ${(accuracy * 100).toFixed(1)}%, ${misses.length} misses`);
});

/**
 * testdata/ru-names-dev.tsv: Russian sentences dense with Kazakh names, patronymics, places and
 * terms in Russian case forms, and Kazakh sentences with Russian names. Written apart from
 * training/ and never trained on.
 */
const namesDev = readFileSync(new URL('./testdata/ru-names-dev.tsv', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.includes('\t') && !line.startsWith('#'))
  .map((line) => {
    const [expected, ...rest] = line.split('\t');
    return { expected: expected!, text: rest.join('\t') };
  });

test('names held out: at least 150 Russian items, and at least 99% of each language detected, misses printed', () => {
  assert.ok(namesDev.filter((item) => item.expected === 'ru').length >= 150);
  for (const lang of ['ru', 'kk']) {
    const items = namesDev.filter((item) => item.expected === lang);
    const misses = items.filter(({ text }) => detectLanguage(text).lang !== lang);
    for (const { text } of misses) {
      const got = detectLanguage(text);
      console.log(`  miss: expected ${lang}, got ${got.lang} (${got.confidence}) ← ${JSON.stringify(text)}`);
    }
    const accuracy = 1 - misses.length / items.length;
    assert.ok(accuracy >= 0.99, `${lang}: accuracy ${(accuracy * 100).toFixed(1)}%, ${misses.length} misses of ${items.length}`);
  }
});

test('the script is reported, and texts without letters are und with no confidence', () => {
  assert.deepEqual(detectLanguage(''), { lang: 'und', confidence: 0, script: 'Zyyy' });
  assert.deepEqual(detectLanguage('2026 — 15%'), { lang: 'und', confidence: 0, script: 'Zyyy' });
  assert.equal(detectLanguage('https://otandas.kz/kk/help').script, 'Zyyy');
  assert.equal(detectLanguage('Қандастар').script, 'Cyrl');
  assert.equal(detectLanguage('Qandastar üşin').script, 'Latn');
  assert.equal(detectLanguage('قانداستار ٴۇشىن').script, 'Arab');
});

test('Kazakh names in a Russian sentence do not make it Kazakh', () => {
  const result = detectLanguage('Жанарбек Қуанышұлы переехал в Көкшетау');
  assert.equal(result.lang, 'ru');
  assert.equal(result.script, 'Cyrl');
});

test('longer texts are detected with more confidence than single words', () => {
  const word = detectLanguage('Рахмет').confidence;
  const sentence = detectLanguage('Рахмет, сіздерге көп алғыс айтамын, бәрі түсінікті болды.').confidence;
  assert.ok(sentence > word, `${sentence} > ${word}`);
  assert.ok(sentence > 0.9);
});

test('paragraphs separated by blank lines are detected one by one, with their offsets', () => {
  const text = 'Сәлеметсіз бе! Мен Моңғолиядан келдім.\n\n  Здравствуйте, я приехал из Монголии.\n \n\nHello, I came from Mongolia.\n';
  const paragraphs = detectLanguageByParagraph(text);
  assert.deepEqual(
    paragraphs.map((p) => p.lang),
    ['kk', 'ru', 'en'],
  );
  for (const p of paragraphs) assert.equal(text.slice(p.start, p.end), p.text);
  assert.equal(paragraphs[1]!.text, 'Здравствуйте, я приехал из Монголии.');
});

test('a paragraph may span several lines; empty input has no paragraphs', () => {
  const paragraphs = detectLanguageByParagraph('Бірінші жол.\nЕкінші жол, сол абзацта.\n\nSecond paragraph here.');
  assert.equal(paragraphs.length, 2);
  assert.equal(paragraphs[0]!.lang, 'kk');
  assert.equal(paragraphs[1]!.lang, 'en');
  assert.deepEqual(detectLanguageByParagraph(''), []);
  assert.deepEqual(detectLanguageByParagraph('\n\n \n'), []);
});

test('Windows line endings separate paragraphs too', () => {
  const paragraphs = detectLanguageByParagraph('Привет, как дела?\r\n\r\nСәлем, қалайсың?');
  assert.deepEqual(
    paragraphs.map((p) => p.lang),
    ['ru', 'kk'],
  );
});

const anyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: fc.constantFrom(...'аәбвгғдеқңөұүһіыйшжАӘҚabcçğıöşüñqQİI  .,\n\tٴ ا ۋ ى ق'.split('')), maxLength: 60 }),
);

test('property: confidence is in [0, 1], the answer is well formed, and nothing throws', () => {
  fc.assert(
    fc.property(anyText, (text) => {
      const result = detectLanguage(text);
      assert.ok(result.confidence >= 0 && result.confidence <= 1);
      assert.ok(['kk', 'ru', 'en', 'und'].includes(result.lang));
      assert.ok(['Cyrl', 'Latn', 'Arab', 'Zyyy'].includes(result.script));
      if (result.script === 'Zyyy') assert.equal(result.lang, 'und');
    }),
    { numRuns: 2000 },
  );
});

test('property: detection is deterministic and independent of earlier calls', () => {
  fc.assert(
    fc.property(anyText, anyText, (a, b) => {
      const first = detectLanguage(a);
      detectLanguage(b);
      assert.deepEqual(detectLanguage(a), first);
    }),
    { numRuns: 500 },
  );
});

test('property: paragraphs cover their own text and never throw', () => {
  fc.assert(
    fc.property(fc.array(anyText, { maxLength: 5 }), (parts) => {
      const text = parts.join('\n\n');
      for (const p of detectLanguageByParagraph(text)) {
        assert.equal(text.slice(p.start, p.end), p.text);
        assert.ok(p.text.trim().length > 0);
      }
    }),
    { numRuns: 500 },
  );
});
