/**
 * Search tokens for Kazakh, Russian and English text: the keys stored in the
 * PostgreSQL tsvector columns (over the 'simple' configuration, which only
 * lower-cases) and the same keys for queries, so that both sides agree.
 *
 *   to_tsvector('simple', $1)   with $1 = toTsvectorSource(title + ' ' + body)
 *   to_tsquery('simple', $2)    with $2 = searchQuery(userInput)
 *
 * Kazakh keys are folded stems (қандастарға, кандастарга → кандас); see
 * tokens.ts for the pipeline and kazakh-stemmer.ts for the stemmer.
 *
 * Ranked search (what the product and the benchmark use): keep also a
 * column with searchFoldedText(title + ' ' + body) for pg_trgm, and run
 * rankedSearchSql(searchPlan(userInput), table, limit); see ranking.ts.
 */
import { queryWords } from './plan';
import { converbKey, segments, wordKeys, words } from './tokens';
import type { SearchLanguage } from './stop-words';

export type { SearchLanguage } from './stop-words';
export { foldKazakh } from './fold';
export { stemKazakh } from './kazakh-stemmer';
export { stemEnglish, stemRussian } from './snowball';
export { stopWords } from './stop-words';
export { PREFIX_MIN_LENGTH, searchFoldedText, searchPlan, type SearchPlan, type SearchPlanOptions } from './plan';
export { SYNONYM_GROUPS } from './synonyms';
export { bestSnippet, matchedRanges, queryKeySet, type Range } from './highlight';
export { closestWord, trigramSimilarity } from './spelling';
export { queryWords } from './plan';
export { FEEDBACK_WEIGHT, rankedSearchSql, TRIGRAM_WEIGHT, type SearchTable, type SqlStatement } from './ranking';
export { MemorySearchIndex, type IndexedText, type MemoryHit } from './memory-index';

/**
 * The version of the keys searchTokens gives. Stored search columns record
 * the version they were built with, and servers rebuild them when it
 * changes; keys-version.test.ts fails when the keys of its sample texts
 * change without a new version.
 */
export const SEARCH_KEYS_VERSION = 2;

/**
 * The normalised keys of a text, in order. A Kazakh word whose ending has
 * two readings may give two keys, both indexed (бизнесін → бизне, бизнес:
 * the possessive + accusative or -сін; аласыз → ала, ал: the verb in the
 * present tense); see kazakhKeys. Never throws.
 */
export function searchTokens(text: string, lang?: SearchLanguage): string[] {
  const tokens: string[] = [];
  for (const segment of segments(String(text ?? ''), lang)) {
    const list = words(segment);
    list.forEach((word, i) => {
      tokens.push(...wordKeys(word, segment.lang));
      const converb = converbKey(word, list[i + 1], segment.lang);
      if (converb) tokens.push(converb);
    });
  }
  return tokens;
}

/** The keys joined by spaces, to feed to_tsvector('simple', …). */
export function toTsvectorSource(text: string, lang?: SearchLanguage): string {
  return searchTokens(text, lang).join(' ');
}

export type SearchQueryOptions = {
  /** 'all' (default) ANDs the words; 'any' ORs them, for recall-first ranking. */
  match?: 'all' | 'any';
  /** Match the last word as a prefix (type-ahead); off by default, since stems already cover inflection. */
  prefix?: boolean;
};

/**
 * A to_tsquery('simple', …) string for what a person typed, or null when it
 * holds no searchable word. Each word becomes its keys OR-ed, and the words
 * are AND-ed (or OR-ed with match: 'any'). When the language is not given,
 * a word's other plausible readings join its keys: кандастарга is read as
 * Kazakh even in a query detected as Russian, квота both as Russian and as
 * Kazakh, so a short query finds documents in either language. For ranked
 * search over a table, prefer searchPlan + rankedSearchSql.
 */
export function searchQuery(text: string, lang?: SearchLanguage, options: SearchQueryOptions = {}): string | null {
  const found = queryWords(text, lang);
  if (!found.length) return null;
  const last = found.length - 1;
  const terms = found.map(({ keys }, i) => {
    const quoted = keys.map((key) => `'${key}'${options.prefix && i === last ? ':*' : ''}`);
    return quoted.length > 1 ? `(${quoted.join(' | ')})` : quoted[0]!;
  });
  return terms.join(options.match === 'any' ? ' | ' : ' & ');
}
