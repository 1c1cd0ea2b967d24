/**
 * Case handling shared by every direction. One letter may become two
 * (Ж → Zh, Я → İa) or two one (Sh → Ш), so case is carried per letter and
 * per word: a capital in an all-caps word gives ZH, elsewhere Zh.
 */

export function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** True for words like ЖҰМАБАЙ or QAZAQ: at least two cased letters, all capitals. */
export function isAllCaps(word: string): boolean {
  let cased = 0;
  for (const ch of word) {
    if (ch === ch.toLowerCase() && ch === ch.toUpperCase()) continue;
    if (!isUpper(ch)) return false;
    cased += 1;
  }
  return cased >= 2;
}

/**
 * Turkic Latin keeps two i's: dotted i/İ and dotless ı/I. JavaScript's
 * toUpperCase turns i into I and toLowerCase turns İ into i + U+0307, so both
 * directions go through these two instead.
 */
export function latinUpper(text: string): string {
  let out = '';
  for (const ch of text) out += ch === 'i' ? 'İ' : ch === 'ı' ? 'I' : ch.toUpperCase();
  return out;
}

export function latinLowerChar(ch: string): string {
  if (ch === 'I') return 'ı';
  if (ch === 'İ') return 'i';
  return ch.toLowerCase().charAt(0);
}

/**
 * The written form of one source letter: lower case stays lower; a capital
 * gives all capitals inside an all-caps word and a capital initial elsewhere.
 */
export function withCase(written: string, sourceIsUpper: boolean, wordIsAllCaps: boolean, upper: (s: string) => string): string {
  if (!sourceIsUpper || !written) return written;
  if (wordIsAllCaps) return upper(written);
  const [first = '', ...rest] = written;
  return upper(first) + rest.join('');
}
