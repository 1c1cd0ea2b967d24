/**
 * Each converter changes only the words of its own script and leaves every
 * other character as it is; this finds those words.
 */

export const isCyrillicLetter = (ch: string): boolean => /[\u0400-\u052f]/.test(ch);

/** Calls `convert` on each run of letters for which `inWord` holds; the text between runs is kept as it is. */
export function mapWords(text: string, inWord: (ch: string, previous: string) => boolean, convert: (word: string) => string): string {
  let out = '';
  let word = '';
  let previous = '';
  for (const ch of text) {
    if (inWord(ch, word ? previous : '')) {
      word += ch;
    } else {
      if (word) out += convert(word);
      word = '';
      out += ch;
    }
    previous = ch;
  }
  return word ? out + convert(word) : out;
}
