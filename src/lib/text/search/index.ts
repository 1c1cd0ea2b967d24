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
 */
import { alternativeKeys, segments, wordKeys, words } from './tokens';
import type { SearchLanguage } from './stop-words';

export type { SearchLanguage } from './stop-words';
export { foldKazakh } from './fold';
export { stemKazakh } from './kazakh-stemmer';
export { stemEnglish, stemRussian } from './snowball';
export { stopWords } from './stop-words';

/**
 * The normalised keys of a text, in order. A Kazakh word ending in a
 * consonant + ы/і may give two keys (Отаны → ота, отан: the possessive or
 * the accusative reading), both indexed. Never throws.
 */
export function searchTokens(text: string, lang?: SearchLanguage): string[] {
  const tokens: string[] = [];
  for (const segment of segments(String(text ?? ''), lang)) {
    for (const word of words(segment)) tokens.push(...wordKeys(word, segment.lang));
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
 * Kazakh, so a short query finds documents in either language.
 */
export function searchQuery(text: string, lang?: SearchLanguage, options: SearchQueryOptions = {}): string | null {
  const groups: string[][] = [];
  for (const segment of segments(String(text ?? ''), lang)) {
    for (const word of words(segment)) {
      const keys = wordKeys(word, segment.lang);
      if (!keys.length) continue; // a stop word in the query's language
      const all = lang ? keys : [...keys, ...alternativeKeys(word, segment.lang)];
      groups.push([...new Set(all)]);
    }
  }
  if (!groups.length) return null;
  const last = groups.length - 1;
  const terms = groups.map((keys, i) => {
    const quoted = keys.map((key) => `'${key}'${options.prefix && i === last ? ':*' : ''}`);
    return quoted.length > 1 ? `(${quoted.join(' | ')})` : quoted[0]!;
  });
  return terms.join(options.match === 'any' ? ' | ' : ' & ');
}
