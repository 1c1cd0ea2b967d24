/**
 * Kazakh Latin → Kazakh Cyrillic: the official 2021 alphabet exactly where
 * it is one to one, and, best effort, the Latin kandas actually type.
 *
 * Each word is read in one of three systems, chosen from its letters:
 * - 2018 acute alphabet, when it has á ǵ ń ó ú ý: ı is и/й, i is і, u is ұ,
 *   ý is у, sh/ch are ш/ч.
 * - 2017 apostrophe alphabet, when a letter is followed by an apostrophe and
 *   another letter (Respy'blika): a' g' n' o' u' y' i' s' c' are
 *   ә ғ ң ө ү у и/й ш ч, and i, u are і, ұ.
 * - otherwise the 2021 alphabet, which also takes informal spellings from
 *   Turkey, Europe and Uzbekistan: sh ch zh kh gh (ш ч ж х ғ), dj/dzh (ж),
 *   ng (ң, before a consonant or at the end), w (у), x (х), c (ж, Turkish
 *   c), ş ç ğ ı ö ü, ŋ and ə, and y as й next to a vowel (Aygerim, Yerlan,
 *   Zhumabayev). Digraphs are not read in words with 2021 letters
 *   (ä ñ ū ı ş ğ ö ü ç İ), where s+h is с+х (Äbdıhalyq).
 * What stays ambiguous, and how it is read:
 * - i (и or й): й after a vowel other than u, else и; ia/iu are я/ю at the
 *   start of a word or after a vowel (aiaq → аяқ), iu also after a consonant.
 * - h → х (һ is rarer), ts → тс (ц is only in loanwords, тс is in Kazakh
 *   verbs: айтса), io → ио (радио), e → е (never э).
 * - Turkish-style ı for ы reads as і; folding (і → и) brings both together.
 */
import { isAllCaps, isUpper, latinLowerChar } from './letter-case';
import { mapWords } from './word-runs';

type Unit = [length: number, cyrillic: string];

const officialLetters: Readonly<Record<string, string>> = {
  a: 'а', ä: 'ә', ə: 'ә', b: 'б', c: 'ж', ç: 'ч', d: 'д', e: 'е', é: 'е', f: 'ф', g: 'г', ğ: 'ғ',
  h: 'х', ı: 'і', j: 'ж', k: 'к', l: 'л', m: 'м', n: 'н', ñ: 'ң', ŋ: 'ң', o: 'о', ö: 'ө',
  p: 'п', q: 'қ', r: 'р', s: 'с', ş: 'ш', t: 'т', u: 'у', ū: 'ұ', ü: 'ү', v: 'в', w: 'у',
  x: 'х', z: 'з',
};

/** The letters that differ in the 2017 and 2018 alphabets; the rest is read as in 2021. */
const acute2018Letters: Readonly<Record<string, string>> = {
  ...officialLetters, á: 'ә', ǵ: 'ғ', ń: 'ң', ó: 'ө', ú: 'ү', ý: 'у', i: 'і', u: 'ұ', y: 'ы', c: 'ц',
};
const apostrophe2017Letters: Readonly<Record<string, string>> = {
  ...officialLetters, i: 'і', u: 'ұ', y: 'ы', c: 'ц',
};
const apostrophe2017Pairs: Readonly<Record<string, string>> = {
  a: 'ә', g: 'ғ', n: 'ң', o: 'ө', u: 'ү', y: 'у', s: 'ш', c: 'ч',
};

const apostrophes = new Set(["'", '’', 'ʼ', '‘', '`']);
const vowels = new Set([...'aeiouyäöüūıəáóúýé']);
/** After these, i is the consonant й (ай, үй, сый); not after u, which is itself a glide (Ясауи). */
const beforeShortI = new Set([...'aeoyäöüūıiəáóúé']);
/** After these, y is й rather than ы: Kazakh has no ы right after them, so Aygerim, üy, sıy. */
const beforeConsonantY = new Set([...'aeoäöüūıə']);
/** Letters only the 2021 alphabet (or Turkish) uses; an upper-case I is not one, as English-style Latin has it too. */
const officialMarks = /[äñūışğöüçİÄÑŪŞĞÖÜÇ]/;

const isLatinWordChar = (ch: string, previous: string): boolean =>
  /[\p{Script=Latin}\p{M}]/u.test(ch) || (previous !== '' && apostrophes.has(ch));

/** и or й for one i-like letter, with я/ю when it opens one (official i, 2018 ı, 2017 i'). */
function shortI(c: string[], i: number, width: number, ya: string[], yu: string[]): Unit {
  const prev = c[i - 1];
  const next = c[i + width] ?? '';
  const opensSyllable = prev === undefined || vowels.has(prev);
  if (opensSyllable && ya.includes(next)) return [width + 1, 'я'];
  if (yu.includes(next)) return [width + 1, 'ю'];
  return [width, prev !== undefined && beforeShortI.has(prev) ? 'й' : 'и'];
}

function yUnit(c: string[], i: number): Unit {
  const prev = c[i - 1];
  const next = c[i + 1];
  if (prev === undefined || vowels.has(prev)) {
    const iotated = next === 'e' ? 'е' : next === 'a' ? 'я' : next === 'u' ? 'ю' : next === 'o' ? 'ё' : '';
    if (iotated) return [2, iotated];
  }
  if (prev !== undefined && beforeConsonantY.has(prev)) return [1, 'й'];
  if (next === undefined && prev === 'i') return [1, 'й'];
  return [1, 'ы'];
}

function officialUnit(c: string[], i: number, marked: boolean): Unit {
  const ch = c[i]!;
  const two = ch + (c[i + 1] ?? '');
  if (!marked) {
    if (c.slice(i, i + 4).join('') === 'shch') return [4, 'щ'];
    if (c.slice(i, i + 3).join('') === 'dzh') return [3, 'ж'];
    const digraph = ({ sh: 'ш', zh: 'ж', kh: 'х', gh: 'ғ', dj: 'ж' } as Record<string, string>)[two];
    if (digraph) return [2, digraph];
    if (two === 'ng' && !vowels.has(c[i + 2] ?? '')) return [2, 'ң'];
  }
  if (two === 'ch') return [2, 'ч'];
  if (two === 'şş' || two === 'şç') return [2, 'щ'];
  if (ch === 'i') return shortI(c, i, 1, ['a'], ['u']);
  if (ch === 'y') return yUnit(c, i);
  return [1, officialLetters[ch] ?? ch];
}

function acute2018Unit(c: string[], i: number): Unit {
  const ch = c[i]!;
  const two = ch + (c[i + 1] ?? '');
  if (two === 'sh') return [2, 'ш'];
  if (two === 'ch') return [2, 'ч'];
  if (ch === 'ı') return shortI(c, i, 1, ['a'], ['ý', 'u']);
  return [1, acute2018Letters[ch] ?? ch];
}

function apostrophe2017Unit(c: string[], i: number): Unit {
  const ch = c[i]!;
  const marked = apostrophes.has(c[i + 1] ?? '');
  if (marked && ch === 'i') return shortI(c, i, 2, ['a'], []);
  if (marked && apostrophe2017Pairs[ch]) return [2, apostrophe2017Pairs[ch]];
  return [1, apostrophe2017Letters[ch] ?? ch];
}

/** A letter after an apostrophe, other than the English possessive 's at the end (Nurlan's). */
const opensLetter = (c: string[], i: number): boolean => /\p{L}/u.test(c[i] ?? '') && !(c[i] === 's' && i === c.length - 1);

function readWord(word: string): string {
  const source = [...word.normalize('NFC')].filter((ch) => ch !== '\u0307');
  const c = source.map(latinLowerChar);
  const lower = c.join('');
  const marked = officialMarks.test(source.join(''));
  const unitAt: (i: number) => Unit = /[áǵńóúý]/.test(lower)
    ? (i) => acute2018Unit(c, i)
    : c.some((ch, i) => i > 0 && apostrophes.has(ch) && apostrophe2017Pairs[c[i - 1]!] !== undefined && opensLetter(c, i + 1))
      ? (i) => apostrophe2017Unit(c, i)
      : (i) => officialUnit(c, i, marked);
  const allCaps = isAllCaps(word);
  let out = '';
  for (let i = 0; i < c.length; ) {
    const [length, cyrillic] = unitAt(i);
    out += isUpper(source[i]!) && cyrillic ? (allCaps ? cyrillic.toUpperCase() : cyrillic.charAt(0).toUpperCase() + cyrillic.slice(1)) : cyrillic;
    i += length;
  }
  return out;
}

export function latinToCyrillic(text: string): string {
  return mapWords(text, isLatinWordChar, readWord);
}
