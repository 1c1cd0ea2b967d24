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

/** Words joined by hyphens: көші-қон, ЖСН-ге, 1200-ден. */
const HYPHENATED = /[\p{L}\p{M}\p{N}]+(?:[-\u2010\u2011][\p{L}\p{M}\p{N}]+)*/gu;
const HYPHEN = /[-\u2010\u2011]/u;
/**
 * An inflection written after a hyphen, as Kazakh does after abbreviations
 * and numbers (ЖСН-ге, ХҚКО-ға, 1200-ден, ЖСН-ім): plural? + possessive? +
 * case?, folded. It is not a word of its own, and indexed it would match
 * every other "-ге" as if it were a rare term.
 */
const BARE_ENDING =
  /^(?:лар|лер|дар|дер|тар|тер)?(?:ы|и|сы|си|ым|им|м|ымыз|имиз|мыз|миз|ыныз|иниз|ныз|низ)?(?:нын|нин|дын|дин|тын|тин|ны|ни|ды|ди|ты|ти|н|га|ге|ка|ке|на|не|а|е|да|де|та|те|нда|нде|дан|ден|тан|тен|нан|нен|мен|бен|пен|сыз|сиз)?$/u;

/** The words of a segment, Kazakh Latin transliterated when Latin is its main script. */
export function words(segment: Segment): string[] {
  let text = segment.text.normalize('NFC');
  if (segment.lang === 'kk' && detectScript(text) === 'Latn') text = toKazakhCyrillic(text);
  const out: string[] = [];
  for (const [joined] of text.matchAll(HYPHENATED)) {
    const parts = joined.split(HYPHEN).map((part) => part.replace(MARKS, '')).filter(Boolean);
    parts.forEach((part, i) => {
      if (i === 0 || !BARE_ENDING.test(foldKazakh(part))) out.push(part);
    });
  }
  return out;
}

function scriptOfWord(word: string): 'Cyrl' | 'Latn' | 'Arab' | undefined {
  for (const ch of word) {
    const script = scriptOfChar(ch);
    if (script) return script;
  }
  return undefined;
}

/** The keys of one Kazakh word (Cyrillic), or none for a stop word. */
function kazakhWordKeys(word: string, query: boolean): string[] {
  if (isStopWord(word, 'kk')) return [];
  return kazakhKeys(foldKazakh(word), query);
}

/**
 * The keys of one word read as `lang` (the word's own script may overrule
 * it, see above); an empty list for a stop word. `query` adds the readings
 * only queries need (see kazakhKeys).
 */
export function wordKeys(raw: string, lang: SearchLanguage, query = false): string[] {
  // Only letters and digits reach tsquery strings, which then need no escaping.
  return rawKeys(raw, lang, query).map((key) => key.replace(NOT_WORD, '')).filter(Boolean);
}

const NOT_WORD = /[^\p{L}\p{N}]/gu;

function rawKeys(raw: string, lang: SearchLanguage, query: boolean): string[] {
  let word = repairMixedScript(raw.toLowerCase());
  if (word.length > MAX_WORD_LENGTH || DIGIT.test(word)) return [word];
  const script = scriptOfWord(word);
  if (script === 'Arab') word = toKazakhCyrillic(word).toLowerCase();
  if (script === 'Arab' || (script === 'Cyrl' && (lang === 'kk' || hasKazakhLetters(word)))) {
    return kazakhWordKeys(word, query);
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
  if (script === 'Cyrl' && !hasKazakhLetters(word)) return wordKeys(word, lang === 'kk' ? 'ru' : 'kk', true);
  if (script === 'Latn') {
    if (lang !== 'en') return wordKeys(word, 'en');
    // Cleaned like wordKeys: transliterating a stray astral letter can leave half a surrogate pair.
    return kazakhWordKeys(toKazakhCyrillic(word).toLowerCase(), true)
      .map((key) => key.replace(NOT_WORD, ''))
      .filter(Boolean);
  }
  return [];
}
