/**
 * From text to index keys: words are cut on Unicode letters, marks and
 * digits, each word goes down its language's path, and comes out as zero
 * (a stop word), one, or two keys (see kazakhKeys).
 *
 * - The language is the one given, or detected per paragraph.
 * - Kazakh written in Latin (when Latin is the text's main script) and any
 *   word in the Arabic-based töte are transliterated to Cyrillic first.
 * - A Cyrillic word with Kazakh letters is Kazakh whatever the paragraph's
 *   language (Қазақстан in a Russian text); other Cyrillic words follow the
 *   paragraph; Latin words left after transliteration are English.
 * - Kazakh keys are folded stems; Russian keys Snowball stems; English keys
 *   Porter2 stems; words with digits are kept whole, lower-cased.
 */
import { detectLanguageByParagraph } from '../language/index';
import { detectScript, scriptOfChar } from '../script';
import { toKazakhCyrillic } from '../transliteration/index';
import { foldKazakh, hasKazakhLetters, repairMixedScript } from './fold';
import { kazakhKeys } from './kazakh-stemmer';
import { stemEnglish, stemRussian } from './snowball';
import { isStopWord, type SearchLanguage } from './stop-words';

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const MARKS = /\p{M}/gu;
const DIGIT = /\p{N}/u;
/** Longer "words" are not language (hashes, base64): kept whole, never stemmed. */
const MAX_WORD_LENGTH = 64;

/** A span of text and the language its words are read in. */
export type Segment = { text: string; lang: SearchLanguage };

function languageOfScript(text: string): SearchLanguage {
  const script = detectScript(text);
  if (script === 'Latn') return 'en';
  if (script === 'Cyrl' && !hasKazakhLetters(text)) return 'ru';
  return 'kk';
}

/** The text cut into paragraphs with their language: the given one, or detected. */
export function segments(text: string, lang?: SearchLanguage): Segment[] {
  if (lang) return [{ text, lang }];
  return detectLanguageByParagraph(text).map((p) => ({
    text: p.text,
    lang: p.lang === 'und' ? languageOfScript(p.text) : p.lang,
  }));
}

/** The words of a segment, Kazakh Latin transliterated when Latin is its main script. */
export function words(segment: Segment): string[] {
  let text = segment.text.normalize('NFC');
  if (segment.lang === 'kk' && detectScript(text) === 'Latn') text = toKazakhCyrillic(text);
  return Array.from(text.matchAll(WORD), (m) => m[0].replace(MARKS, '')).filter(Boolean);
}

function scriptOfWord(word: string): 'Cyrl' | 'Latn' | 'Arab' | undefined {
  for (const ch of word) {
    const script = scriptOfChar(ch);
    if (script) return script;
  }
  return undefined;
}

/** The keys of one Kazakh word (Cyrillic), or none for a stop word. */
function kazakhWordKeys(word: string): string[] {
  if (isStopWord(word, 'kk')) return [];
  return kazakhKeys(foldKazakh(word));
}

/**
 * The keys of one word read as `lang` (the word's own script may overrule
 * it, see above); an empty list for a stop word.
 */
export function wordKeys(raw: string, lang: SearchLanguage): string[] {
  // Only letters and digits reach tsquery strings, which then need no escaping.
  return rawKeys(raw, lang).map((key) => key.replace(NOT_WORD, '')).filter(Boolean);
}

const NOT_WORD = /[^\p{L}\p{N}]/gu;

function rawKeys(raw: string, lang: SearchLanguage): string[] {
  let word = repairMixedScript(raw.toLowerCase());
  if (word.length > MAX_WORD_LENGTH || DIGIT.test(word)) return [word];
  const script = scriptOfWord(word);
  if (script === 'Arab') word = toKazakhCyrillic(word).toLowerCase();
  if (script === 'Arab' || (script === 'Cyrl' && (lang === 'kk' || hasKazakhLetters(word)))) {
    return kazakhWordKeys(word);
  }
  if (script === 'Cyrl') {
    const russian = word.replaceAll('ё', 'е');
    return isStopWord(russian, 'ru') ? [] : [foldKazakh(stemRussian(russian))];
  }
  if (script === 'Latn') return isStopWord(word, 'en') ? [] : [stemEnglish(word)];
  return [word];
}

/**
 * Other readings of a query word whose language a short query cannot settle:
 * a Cyrillic word without Kazakh letters may be Kazakh typed on a Russian
 * keyboard or Russian (квота is both), a Latin word Kazakh or English.
 */
export function alternativeKeys(raw: string, lang: SearchLanguage): string[] {
  const word = raw.toLowerCase();
  if (DIGIT.test(word)) return [];
  const script = scriptOfWord(word);
  if (script === 'Cyrl' && !hasKazakhLetters(word)) return wordKeys(word, lang === 'kk' ? 'ru' : 'kk');
  if (script === 'Latn') {
    return lang === 'en' ? kazakhWordKeys(toKazakhCyrillic(word).toLowerCase()) : wordKeys(word, 'en');
  }
  return [];
}
