/**
 * Property tests over random text drawn from the one-to-one part of each
 * alphabet: round trips are exact, case survives, non-letters are untouched.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { cyrillicToLatin, cyrillicToTote, latinToCyrillic, toKazakhCyrillic, toPassportLatin, toteToCyrillic } from './index';
import { latinUpper } from './letter-case';

const runs = { numRuns: 500 };

/** Cyrillic letters with their own Latin letter (и/й, х/һ share one; ц ё ю я щ э ъ ь are loanword letters). */
const latinOneToOne = [...'аәбвгғдежзкқлмнңоөпрстуұүфхшыіч'];
/**
 * Letter pairs the Latin reader takes as one sound, as documented in
 * latin-reader.ts: digraphs of informal Latin (сх zh кх гх дж нг → sh zh kh
 * gh dj ng), шш/шч (şş, şç = щ), and ы after a vowel or opening ые/ыа/ыу/ыо
 * (y there is й, as in Aygerim, Yerlan). Kazakh spelling has none of them
 * except the digraph ones, which are listed as lossy in index.ts.
 */
const readAsOneSound = /сх|зх|кх|гх|дж|нг|ш[шч]|[аеоәөүұі]ы|(^|[аеоәөүұіуы])ы[еауо]/;

const letterCase = fc.constantFrom('lower', 'upper', 'title');
const withCasePattern = (word: string, pattern: string): string =>
  pattern === 'upper' ? word.toUpperCase() : pattern === 'title' ? word.charAt(0).toUpperCase() + word.slice(1) : word;

const latinWord = fc
  .tuple(fc.array(fc.constantFrom(...latinOneToOne), { minLength: 1, maxLength: 10 }), letterCase)
  .map(([letters, pattern]) => withCasePattern(letters.join(''), pattern))
  .filter((word) => !readAsOneSound.test(word.toLowerCase()));
const separator = fc.constantFrom(' ', ', ', ' — ', '. ', '\n', ' 2026 ', '-');
const textOf = (word: fc.Arbitrary<string>) =>
  fc.array(fc.tuple(word, separator), { minLength: 1, maxLength: 5 }).map((parts) => parts.map(([w, s]) => w + s).join(''));

test('Cyrillic → Latin → Cyrillic is exact on the one-to-one letters, in any case', () => {
  fc.assert(fc.property(textOf(latinWord), (text) => latinToCyrillic(cyrillicToLatin(text)) === text), runs);
});

/** Töte marks frontness per word, so a round trip holds for words whose vowels agree: back, or front. */
const backLetters = [...'бвджзлмнңпрстуфхһчшқғ', ...'аоұы'];
const frontLetters = [...'бвджзлмнңпрстуфхһчшкг', ...'әөүіе'];
const harmonicWord = fc.oneof(
  fc.array(fc.constantFrom(...backLetters), { minLength: 1, maxLength: 10 }),
  fc.array(fc.constantFrom(...frontLetters), { minLength: 1, maxLength: 10 }),
).map((letters) => letters.join(''));

test('Cyrillic → töte → Cyrillic is exact for words in one vowel class (töte has no case)', () => {
  fc.assert(fc.property(textOf(harmonicWord), (text) => toteToCyrillic(cyrillicToTote(text)) === text), runs);
});

test('a töte word gets the front-vowel hamza exactly when its front vowels are not shown by е, к or г', () => {
  fc.assert(
    fc.property(harmonicWord, (word) => {
      const hasHamza = cyrillicToTote(word).startsWith('\u0674');
      return hasHamza === (/[әөүі]/.test(word) && !/[екг]/.test(word));
    }),
    runs,
  );
});

const anyKazakhWord = fc.array(fc.constantFrom(...'аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя'), { minLength: 2, maxLength: 10 }).map((l) => l.join(''));

test('case is carried: UPPER, Title and lower words come out the same way', () => {
  fc.assert(
    fc.property(anyKazakhWord, (word) => {
      const title = word.charAt(0).toUpperCase() + word.slice(1);
      const latin = cyrillicToLatin(word);
      assert.equal(cyrillicToLatin(word.toUpperCase()), latinUpper(latin));
      const firstLatin = cyrillicToLatin(word.charAt(0));
      assert.equal(cyrillicToLatin(title), latinUpper(firstLatin.charAt(0)) + firstLatin.slice(1) + cyrillicToLatin(word.slice(1)));
      const passport = toPassportLatin(word, 'kk');
      assert.equal(toPassportLatin(word.toUpperCase(), 'kk'), passport.toUpperCase());
      assert.equal(toPassportLatin(title, 'ru').toLowerCase(), passport);
      return true;
    }),
    runs,
  );
});

test('text without letters of the converted script is left as it is', () => {
  const other = fc.string({ unit: fc.constantFrom(...' ,.;:!?-—«»()0123456789\n\t@#%'), maxLength: 30 });
  fc.assert(
    fc.property(other, fc.constantFrom('Almaty', 'Алматы', 'الماتى'), (noise, word) => {
      const text = noise + word + noise;
      for (const convert of [cyrillicToLatin, latinToCyrillic, cyrillicToTote, toteToCyrillic, toKazakhCyrillic, (s: string) => toPassportLatin(s, 'kk')]) {
        const out = convert(text);
        assert.ok(out.startsWith(noise) && out.endsWith(noise), `${convert.name} changed ${JSON.stringify(noise)}`);
      }
      assert.equal(cyrillicToLatin('Almaty'), 'Almaty');
      assert.equal(latinToCyrillic('Алматы الماتى'), 'Алматы الماتى');
      return true;
    }),
    { numRuns: 200 },
  );
});

/** Words that survive both round trips: one vowel class, no һ (Latin h is read as х). */
test('toKazakhCyrillic reads every script word by word', () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(harmonicWord.filter((w) => !readAsOneSound.test(w) && !w.includes('һ')), fc.constantFrom('Cyrl', 'Latn', 'Arab')), { minLength: 1, maxLength: 6 }), (words) => {
      const mixed = words.map(([w, script]) => (script === 'Latn' ? cyrillicToLatin(w) : script === 'Arab' ? cyrillicToTote(w) : w)).join(' ');
      return toKazakhCyrillic(mixed) === words.map(([w]) => w).join(' ');
    }),
    runs,
  );
});
