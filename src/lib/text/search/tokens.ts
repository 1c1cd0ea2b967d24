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
import { kazakhKeys, stemFolded } from './kazakh-stemmer';
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

/**
 * On a Russian keyboard ә is typed as а, and often as э, which looks like it
 * (пэтер, мэселе, жэне). Kazakh has no э of its own, only in loanwords
 * (экономика, этникалық), so reading every э of a Kazakh word as ә costs
 * nothing: documents and queries fold it alike.
 */
const E_FOR_AE = /э/gu;
/**
 * The soft and hard signs appear only in Russian loanwords (апостиль,
 * портал/порталь, объект), are often left out in typing, and the Latin
 * alphabet has no letter for them (apostil): a Kazakh word is keyed without
 * them, which also lets the endings after them be read (апостильдің).
 */
const SIGNS = /[ьъ]/gu;

/** The keys of one Kazakh word (Cyrillic), or none for a stop word. */
function kazakhWordKeys(raw: string, query: boolean): string[] {
  const word = raw.replace(E_FOR_AE, 'ә').replace(SIGNS, '');
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

/**
 * Verbs whose forms follow a converb in -а/-е/-й to make a compound verb:
 * тапсыра алады (can hand in), бере алмайды, келе жатыр, оқи бастады.
 * Folded stems, as kazakhKeys gives them.
 */
const AUXILIARIES: ReadonlySet<string> = new Set(['ал', 'жат', 'жатыр', 'баста']);
const AUXILIARY_START = /^(?:ал|жат|баст)/u;
/** A converb: a consonant + а/е (тапсыра, таба, бере), or a vowel + й (сөйлей, ойлай). */
const CONVERB = /^(.*[^аеиоуыэюя])[ае]$|^(.*[аеоуыэюя])й$/u;
const VOICED_END: Readonly<Record<string, string>> = { б: 'п', г: 'к' };

/**
 * The verb's key of a Kazakh word in -а/-е/-й standing before an auxiliary
 * verb (таба алмасам → тап, бере алады → бер), where the word is a converb
 * and not a noun in -а/-е (бала, көше): the stemmer, which sees one word at
 * a time, cannot tell them apart. Undefined when it does not apply; the
 * caller adds the key beside the word's own.
 */
export function converbKey(raw: string, next: string | undefined, lang: SearchLanguage): string | undefined {
  // қалай алады (how does one get) is a question word, not the converb of a verb қала-.
  if (next === undefined || lang !== 'kk' || isStopWord(raw.toLowerCase(), 'kk')) return undefined;
  const word = foldKazakh(raw);
  if (DIGIT.test(word) || word.length < 3 || scriptOfWord(word) !== 'Cyrl') return undefined;
  const match = CONVERB.exec(word);
  const verb = match?.[1] ?? match?.[2];
  if (!verb || verb.length < 2 || !/[аеиоуыэюя]/u.test(verb)) return undefined;
  // Their forms all begin so (алады, алмайды, жатыр, бастады): a cheap test before stemming the next word.
  if (!AUXILIARY_START.test(foldKazakh(next))) return undefined;
  const nextKeys = wordKeys(next, lang);
  if (!nextKeys.some((key) => AUXILIARIES.has(key))) return undefined;
  const unvoiced = verb.slice(0, -1) + (VOICED_END[verb.at(-1)!] ?? verb.at(-1)!);
  const key = stemFolded(unvoiced);
  return wordKeys(raw, lang).includes(key) ? undefined : key;
}

/**
 * Informal Latin spellings that the transliteration reads one way and
 * people also mean another way; a query word gets all readings.
 * - Turkish-style ı for ы: the 2021 alphabet has ı for і, but kandas from
 *   Turkey write ı for ы (jumıs = жұмыс). In a word whose other vowels are all
 *   back (a, o, u, ū, y) or that has q/ğ, which only back words have, ı is ы.
 * - kh for қ: English-style spellings write қ as kh as often as х
 *   (Kazakhstan, ykhtiyarkhat).
 * - a final ui/uy for үй (turghyn ui, Ülken uy), which the 2021 rules read
 *   as уи/уы.
 */
function latinVariants(text: string): string[] {
  const base = text.replace(/\p{L}+/gu, (word) => {
    let out = word.toLowerCase();
    if (out.includes('ı') && !/[eäöüiəé]/u.test(out) && /[aoūyqğu]/u.test(out)) out = out.replaceAll('ı', 'y');
    return out.replace(/u[iy]$/u, 'üi');
  });
  // kh as қ everywhere, or only in its first place (ykhtiyarkhat: ықтиярхат).
  return [...new Set([base, base.replaceAll('kh', 'q'), base.replace('kh', 'q')])];
}

/**
 * The keys of the other readings of a query's Latin words (latinVariants),
 * aligned with words(segment): an empty list where a word has none.
 */
export function latinVariantKeys(segment: Segment): string[][] {
  const text = segment.text.normalize('NFC');
  if (detectScript(text) !== 'Latn') return [];
  const original = words({ text, lang: 'kk' });
  const out: string[][] = original.map(() => []);
  for (const variantText of latinVariants(text)) {
    const variant = words({ text: variantText, lang: 'kk' });
    if (original.length !== variant.length) continue;
    variant.forEach((word, i) => {
      if (word.toLowerCase() !== original[i]!.toLowerCase() && scriptOfWord(word) === 'Cyrl') out[i]!.push(...wordKeys(word, 'kk', true));
    });
  }
  return out;
}
