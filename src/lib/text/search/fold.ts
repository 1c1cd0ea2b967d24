/**
 * Folding of the Kazakh-specific letters onto the Russian keyboard letters
 * people type instead of them, so that "кандастарга" finds "қандастарға".
 *
 * Every mapping is one code point to one code point: the stemmer relies on
 * that to decide its cuts on the folded form and apply them to the original
 * (see kazakh-stemmer.ts).
 */
const FOLD: Readonly<Record<string, string>> = {
  қ: 'к',
  ә: 'а',
  і: 'и',
  ң: 'н',
  ғ: 'г',
  ү: 'у',
  ұ: 'у',
  ө: 'о',
  һ: 'х',
  ё: 'е',
};

/** Folds one lower-case code point. */
export function foldChar(ch: string): string {
  return FOLD[ch] ?? ch;
}

/** Lower-case, then қ→к ә→а і→и ң→н ғ→г ү/ұ→у ө→о һ→х ё→е. */
export function foldKazakh(text: string): string {
  let out = '';
  for (const ch of text.toLowerCase()) out += FOLD[ch] ?? ch;
  return out;
}

/** The letters only Kazakh Cyrillic has (Russian has none of them). */
const KAZAKH_LETTERS = /[әғқңөұүһі]/iu;

export function hasKazakhLetters(word: string): boolean {
  return KAZAKH_LETTERS.test(word);
}

/**
 * Latin letters that look like Cyrillic ones. People without a Kazakh layout
 * often type the Latin "i" for "і" inside Cyrillic words ("бiлiм"); a token
 * that mixes the two scripts is taken as Cyrillic with look-alikes repaired.
 */
const LATIN_LOOKALIKE: Readonly<Record<string, string>> = {
  a: 'а',
  c: 'с',
  e: 'е',
  i: 'і',
  o: 'о',
  p: 'р',
  x: 'х',
  y: 'у',
  h: 'һ',
  k: 'к',
};

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;

/** Repairs a lower-case token that mixes Cyrillic with Latin look-alikes. */
export function repairMixedScript(token: string): string {
  if (!CYRILLIC.test(token) || !LATIN.test(token)) return token;
  let out = '';
  for (const ch of token) out += LATIN_LOOKALIKE[ch] ?? ch;
  return out;
}
