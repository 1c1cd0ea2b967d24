/**
 * Ranked search over a table, as one SQL statement for PostgreSQL and PGlite
 * alike. The table needs a tsvector column over toTsvectorSource(text) and,
 * for the trigram half, a text column over searchFoldedText(text) with
 * pg_trgm installed (on PGlite: `@electric-sql/pglite/contrib/pg_trgm`).
 *
 * Why this ranking, and not AND-then-OR with ts_rank_cd:
 * - ts_rank_cd weighs every word alike, so in a collection where most texts
 *   say қандас, a document with қандас five times outranks the one with the
 *   rare word the question is about. Each query word is weighted by its
 *   inverse document frequency (the BM25 idf), counted over the GIN index.
 * - Requiring every word (AND) loses the documents that miss one word of a
 *   long question; ranking by the weighted share of query words present
 *   (coverage) keeps those that have them all first without losing the rest.
 * - Word keys miss what stemming cannot reach: derivations it leaves apart,
 *   a misspelt or half-transliterated word (Kazakhstan → казахстан). Trigram
 *   similarity of the folded Cyrillic text catches much of that, and is
 *   added to the coverage with a weight of one half, so that it orders
 *   documents with equal coverage and lifts near misses, without outvoting a
 *   document that holds the query's words.
 *
 * Only strings are built here; the caller runs them.
 */
import type { SearchPlan } from './plan';

/** Weight of trigram word_similarity (0…1) beside the idf-weighted coverage (0…1). */
export const TRIGRAM_WEIGHT = 0.5;
/** Query words looked up one by one in the trigram index; a longer query's rest still counts in the score. */
const MAX_TRIGRAM_WORDS = 8;

export type SearchTable = {
  /** The FROM item, e.g. "kato_units" or "knowledge as k". */
  from: string;
  /** The column (or expression) that identifies a row, returned as `key`. */
  key: string;
  /** The tsvector column, to_tsvector('simple', toTsvectorSource(text)). */
  vector: string;
  /** A text column holding searchFoldedText(text), with pg_trgm installed; without it, tokens rank alone. */
  folded?: string;
  /** An extra condition on the rows; `param(value)` returns the placeholder bound to value. */
  where?: (param: (value: unknown) => string) => string;
  /** An expression over the row ordering rows of equal score (ascending) before the key. */
  tieBreak?: string;
};

export type SqlStatement = { text: string; params: unknown[] };

/**
 * The statement that returns the best `limit` rows as (key, score), best
 * first. Its parameters are numbered from 1; `where` may add more.
 */
export function rankedSearchSql(plan: SearchPlan, table: SearchTable, limit: number): SqlStatement {
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  // One JSON text rather than a text[]: query builders (drizzle) expand array parameters into lists.
  const terms = param(JSON.stringify(plan.terms));
  const any = `to_tsquery('simple', ${param(plan.any)})`;
  const trigram = table.folded !== undefined;
  const folded = trigram ? param(plan.folded) : '';
  const extra = table.where?.(param).trim();
  // A row is a candidate when it holds a query word's key, or has a word trigram-near one of the
  // query's words (misspelt, transliterated otherwise, derived): `<%` uses a trgm index.
  const near = trigram ? plan.foldedWords.slice(0, MAX_TRIGRAM_WORDS).map((word) => ` or ${param(word)} <% ${table.folded}`) : [];
  const match = `(${table.vector} @@ ${any}${near.join('')})`;
  const similarity = trigram ? ` + ${TRIGRAM_WEIGHT} * word_similarity(${folded}, c.folded)` : '';
  const text = `with terms as (
    select to_tsquery('simple', term) as query from jsonb_array_elements_text(${terms}::jsonb) as term
  ), total as (
    select count(*)::float8 as n from ${table.from}
  ), weights as (
    select terms.query, ln(1 + (total.n - df.n + 0.5) / (df.n + 0.5)) as idf
    from terms cross join total
      cross join lateral (select count(*)::float8 as n from ${table.from} where ${table.vector} @@ terms.query) as df
  ), candidates as (
    select ${table.key} as key, ${table.vector} as vector${trigram ? `, ${table.folded} as folded` : ''},
      ${table.tieBreak ?? '0'} as tie
    from ${table.from}
    where ${match}${extra ? ` and (${extra})` : ''}
  )
  select c.key,
    coalesce((select sum(w.idf) from weights as w where c.vector @@ w.query), 0)
      / coalesce((select nullif(sum(idf), 0) from weights), 1)${similarity} as score
  from candidates as c
  order by score desc, ts_rank_cd(c.vector, ${any}) desc, c.tie, c.key
  limit ${Math.max(1, Math.floor(limit))}`;
  return { text, params };
}
