import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import fc from 'fast-check';
import { foldKazakh } from './fold';
import { allNounChains, inflectNoun, inflectVerb, VERB_FORMS } from './kazakh-forms.test-helper';
import { kazakhKeys, stemFolded, stemKazakh } from './kazakh-stemmer';
import { allSuffixes } from './kazakh-suffixes';

type GoldenRow = { word: string; stem: string; lossy: boolean };

const golden: GoldenRow[] = readFileSync(new URL('./testdata/kk-stems.tsv', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() && !line.startsWith('#'))
  .map((line) => {
    const [word, stem, note] = line.split('\t');
    return { word: word!, stem: stem!.toLowerCase(), lossy: note === 'lossy' };
  });

test('golden file: at least 300 inflected words reach their hand-written stems', () => {
  assert.ok(golden.length >= 300, `${golden.length} rows`);
  const wrong = golden.filter((row) => !row.lossy && stemKazakh(row.word) !== row.stem);
  assert.deepEqual(
    wrong.map((row) => `${row.word} → ${stemKazakh(row.word)}, expected ${row.stem}`),
    [],
  );
  const lossy = golden.filter((row) => row.lossy);
  const stillWrong = lossy.filter((row) => stemKazakh(row.word) !== row.stem).length;
  // The known failures are documented in the file; report how many remain.
  console.log(`kk-stems.tsv: ${golden.length - stillWrong}/${golden.length} right, ${stillWrong} known wrong (marked lossy)`);
});

test('golden file: words typed without Kazakh letters reach the folded stem', () => {
  for (const row of golden) {
    assert.equal(stemKazakh(foldKazakh(row.word)), foldKazakh(stemKazakh(row.word)), row.word);
  }
});

test('examples from the issue: қандастарға and Қандастар share a stem, with or without Kazakh letters', () => {
  assert.equal(stemKazakh('қандастарға'), 'қандас');
  assert.equal(stemKazakh('Қандастар'), 'қандас');
  assert.equal(stemKazakh('кандастарга'), 'кандас');
  assert.equal(stemKazakh('КАНДАСТАРГА'), 'кандас');
});

test('short roots and non-words are left alone', () => {
  for (const word of ['үй', 'су', 'ел', 'ат', 'жеке', 'алма', 'сабақ', 'тамақ', 'ақша', 'Қытай']) {
    assert.equal(stemKazakh(word), word.toLowerCase(), word);
  }
  assert.equal(stemKazakh('2024жылы'), '2024жылы');
  assert.equal(stemKazakh(''), '');
  assert.equal(stemKazakh('𝔸𝔹ℂ'), '𝔸𝔹ℂ');
});

const NOUN_ROOTS = [
  'қандас', 'отандас', 'бала', 'кітап', 'мектеп', 'үй', 'ел', 'тіл', 'жер', 'қала', 'құжат', 'азамат', 'көмек',
  'ауыл', 'облыс', 'аудан', 'мемлекет', 'шетел', 'тарих', 'мәдениет', 'жол', 'қыз', 'сөз', 'мұғалім', 'ұйым',
  'өмір', 'заң', 'қор', 'баспана', 'жоба', 'мәселе', 'ақпарат', 'тау', 'дос', 'ұлт', 'халық', 'жұмыс', 'қоныс',
  'күн', 'ай', 'ақша', 'виза', 'квота', 'министр', 'президент', 'университет', 'компания', 'әже', 'көше', 'бөлім',
  'орталық', 'жүрек', 'тілек', 'ереже', 'өнер', 'ән', 'бағдарлама', 'анықтама', 'сұрақ', 'адам', 'Отан', 'кеңес',
];
const VERB_ROOTS = [
  'кел', 'бар', 'айт', 'жаз', 'ал', 'бер', 'көр', 'біл', 'бол', 'кет', 'көш', 'оқы', 'ойла', 'жаса', 'сөйле',
  'қабылда', 'ұсын', 'тұр', 'қал', 'көмектес', 'тіркел', 'жібер', 'түс', 'шық', 'сат', 'төле', 'тап', 'сұра', 'күт',
];

const nounForm = fc.record({
  root: fc.constantFrom(...NOUN_ROOTS),
  chain: fc.constantFrom(...allNounChains()),
});
const verbForm = fc.record({ root: fc.constantFrom(...VERB_ROOTS), form: fc.constantFrom(...VERB_FORMS) });
const generatedWord = fc.oneof(
  nounForm.map(({ root, chain }) => inflectNoun(root, chain)),
  verbForm.map(({ root, form }) => inflectVerb(root, form)),
  // Also ungrammatical chains: any root followed by any suffixes of the table, folded spelling.
  fc
    .tuple(fc.constantFrom(...NOUN_ROOTS, ...VERB_ROOTS), fc.array(fc.constantFrom(...allSuffixes.map((s) => s.form)), { maxLength: 5 }))
    .map(([root, suffixes]) => root + suffixes.join('')),
);

test('property: stemming is idempotent, stem(stem(w)) = stem(w)', () => {
  fc.assert(
    fc.property(generatedWord, (word) => stemKazakh(stemKazakh(word)) === stemKazakh(word)),
    { numRuns: 3000 },
  );
});

test('property: folding commutes with stemming, fold(stem(w)) = stem(fold(w))', () => {
  const cyrillicWord = fc.string({ unit: fc.constantFrom(...'аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя'), minLength: 1, maxLength: 16 });
  fc.assert(
    fc.property(fc.oneof(generatedWord, cyrillicWord), (word) => foldKazakh(stemKazakh(word)) === stemKazakh(foldKazakh(word))),
    { numRuns: 3000 },
  );
});

test('property: never throws, always a string, on arbitrary Unicode', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (word) => typeof stemKazakh(word) === 'string'),
    { numRuns: 2000 },
  );
});

/**
 * Consistency, the property search depends on: every form of a root built by
 * the grammar-book rules must carry the root's key among its index keys. The
 * single best stem (stemKazakh) misses a few, listed here with the reason.
 */
test('every generated form of a root carries the root key among its index keys', () => {
  const failures: string[] = [];
  let total = 0;
  let bestStemMisses = 0;
  const check = (root: string, form: string) => {
    total++;
    const key = stemFolded(foldKazakh(root));
    const folded = foldKazakh(form);
    if (stemFolded(folded) !== key) bestStemMisses++;
    if (!kazakhKeys(folded).includes(key)) failures.push(`${form} → ${kazakhKeys(folded).join('/')} (root ${key})`);
  };
  for (const root of NOUN_ROOTS) for (const chain of allNounChains()) check(root, inflectNoun(root, chain));
  for (const root of VERB_ROOTS) for (const form of VERB_FORMS) check(root + 'у', inflectVerb(root, form));
  assert.deepEqual(failures, []);
  const rate = 1 - bestStemMisses / total;
  console.log(`generated forms: ${total}, best stem equal to the root's in ${(rate * 100).toFixed(1)}%`);
  // The best stem alone guesses wrong on -ат/-ет nouns + ы + н (азаматын as азам + атын) and the like.
  assert.ok(rate >= 0.98, `best-stem consistency ${rate}`);
});
