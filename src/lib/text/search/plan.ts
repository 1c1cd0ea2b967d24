/**
 * What a query becomes for the ranked search (ranking.ts): one tsquery per
 * word, and the words folded for trigram matching.
 */
import { toKazakhCyrillic } from '../transliteration/index';
import { foldKazakh } from './fold';
import type { SearchLanguage } from './stop-words';
import { synonymMatchAt, type TermKeys } from './synonyms';
import { alternativeKeys, converbKey, latinVariantKeys, segments, wordKeys, words } from './tokens';

export type SearchPlan = {
  /** One to_tsquery('simple', …) string per query word (or synonym term spanning words): its keys OR-ed, with the synonyms' keys. */
  terms: string[];
  /** Every word's keys OR-ed: which rows are candidates. */
  any: string;
  /** The words AND-ed, as searchQuery returns them. */
  all: string;
  /** The query's words (stop words left out) in Cyrillic, folded: for pg_trgm against searchFoldedText. */
  folded: string;
  /** The same words one by one, without repeats. */
  foldedWords: string[];
  /**
   * `terms` as data, for searching outside PostgreSQL (memory-index.ts):
   * per term its alternatives, per alternative its words (AND-ed), per word
   * its keys (OR-ed); a key of PREFIX_MIN_LENGTH letters or more matches as a prefix.
   */
  termKeys: TermKeys[][];
};

/**
 * Keys this long also match as prefixes ('зейнет':* finds зейнетақы): long
 * stems absorb what the stemmer leaves on a derived word. Shorter ones
 * would drift to other words (қазақ:* is also Қазақстан).
 */
export const PREFIX_MIN_LENGTH = 6;

/** Each searchable word of a query with its keys (the readings of the word OR-ed), in order. */
export function queryWords(text: string, lang?: SearchLanguage): Array<{ word: string; keys: string[] }> {
  const out: Array<{ word: string; keys: string[] }> = [];
  for (const segment of segments(String(text ?? ''), lang)) {
    const list = words(segment);
    const variants = lang ? [] : latinVariantKeys(segment);
    if (variants.length !== list.length) variants.length = 0;
    for (const [i, word] of list.entries()) {
      const keys = wordKeys(word, segment.lang, true);
      if (!keys.length) continue; // a stop word in the query's language
      // Without a language, a short query cannot say whether квота is Russian or Kazakh: both readings.
      const all = lang ? keys : [...keys, ...alternativeKeys(word, segment.lang)];
      // таба алмасам: the converb's verb too (tokens.ts).
      const converb = converbKey(word, list[i + 1], segment.lang);
      if (converb) all.push(converb);
      // jumıs, Kazakhstan: the other reading of an informal Latin spelling (tokens.ts).
      all.push(...(variants[i] ?? []));
      out.push({ word, keys: [...new Set(all)] });
    }
  }
  return out;
}

function orQuery(keys: string[], prefix: (key: string) => boolean): string {
  const quoted = keys.map((key) => `'${key}'${prefix(key) ? ':*' : ''}`);
  return quoted.length > 1 ? `(${quoted.join(' | ')})` : quoted[0]!;
}

/**
 * The text of a document as the trigram column holds it: Latin and töte
 * Kazakh in Cyrillic, folded and lower-cased, so that kandastar, қандастар
 * and кандастар share their trigrams. The query side is SearchPlan.folded.
 */
export function searchFoldedText(text: string): string {
  return foldKazakh(toKazakhCyrillic(String(text ?? '').normalize('NFC')));
}

/** Words' keys AND-ed, each word's keys OR-ed: one alternative of a term. */
function andQuery(term: TermKeys, prefix: (key: string) => boolean): string {
  const parts = term.map((keys) => orQuery(keys, prefix));
  return parts.length > 1 ? `(${parts.join(' & ')})` : parts[0]!;
}

/** Alternatives OR-ed, without repeats. */
function anyOf(alternatives: string[]): string {
  const unique = [...new Set(alternatives)];
  return unique.length > 1 ? `(${unique.join(' | ')})` : unique[0]!;
}

export type SearchPlanOptions = {
  /** Expand domain synonyms and abbreviations (synonyms.ts); on by default. */
  synonyms?: boolean;
};

/**
 * The plan of a query, or null when it holds no searchable word. A word, or
 * a run of words, that is a term of a synonym group (synonyms.ts) becomes
 * one term: its own keys OR-ed with the group's other terms, a term of
 * several words as its words AND-ed. It stays one term, so ranking weighs
 * the group by the documents holding any of its terms.
 */
export function searchPlan(text: string, lang?: SearchLanguage, options: SearchPlanOptions = {}): SearchPlan | null {
  const found = queryWords(text, lang);
  if (!found.length) return null;
  const long = isPrefixKey;
  const never = () => false;
  const keysList = found.map(({ keys }) => keys);
  const terms: string[] = [];
  const all: string[] = [];
  const termKeys: TermKeys[][] = [];
  for (let i = 0; i < found.length; ) {
    const match = options.synonyms === false ? null : synonymMatchAt(keysList, i);
    const own: TermKeys = keysList.slice(i, i + (match?.length ?? 1));
    const alternatives = [own, ...(match?.alternatives ?? [])];
    terms.push(anyOf(alternatives.map((term) => andQuery(term, long))));
    all.push(anyOf(alternatives.map((term) => andQuery(term, never))));
    termKeys.push(alternatives);
    i += own.length;
  }
  const foldedWords = found.map(({ word }) => searchFoldedText(word));
  return {
    terms,
    any: terms.join(' | '),
    all: all.join(' & '),
    folded: foldedWords.join(' '),
    foldedWords: [...new Set(foldedWords)],
    termKeys,
  };
}

/** Whether a key of a plan matches as a prefix, as the tsquery strings write it (':*'). */
export function isPrefixKey(key: string): boolean {
  return key.length >= PREFIX_MIN_LENGTH && !/^\p{N}+$/u.test(key);
}
