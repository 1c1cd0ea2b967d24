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
 * - Texts on the same subject told from another angle share few of the
 *   question's words. With `feedback`, the best few documents of the first
 *   ranking lend their most telling other words (pseudo-relevance feedback):
 *   the first documents keep their places, and the rest are ordered with
 *   those words counted at a weight of one half. It costs one index lookup
 *   per distinct word of those documents, so it suits tables of articles
 *   (the knowledge base), not millions of cases.
 *
 * Only strings are built here; the caller runs them.
 */
import type { SearchPlan } from './plan';

/** Weight of trigram word_similarity (0…1) beside the idf-weighted coverage (0…1). */
export const TRIGRAM_WEIGHT = 0.5;
/** Query words looked up one by one in the trigram index; a longer query's rest still counts in the score. */
export const MAX_TRIGRAM_WORDS = 8;
/** Pseudo-relevance feedback: documents that lend words, how many words, and their weight beside the score. */
export const FEEDBACK_DOCUMENTS = 3;
export const FEEDBACK_WORDS = 10;
export const FEEDBACK_WEIGHT = 0.5;

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
  /** Widen the ranking with the words of its best documents (see above); for tables of articles. */
  feedback?: boolean;
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
  const rows = (condition: string) => `select ${table.key} as key, ${table.vector} as vector${trigram ? `, ${table.folded} as folded` : ''},
      ${table.tieBreak ?? '0'} as tie
    from ${table.from}
    where ${condition}${extra ? ` and (${extra})` : ''}`;
  const coverage = `coalesce((select sum(w.idf) from weights as w where c.vector @@ w.query), 0)
      / coalesce((select nullif(sum(idf), 0) from weights), 1)${similarity}`;
  const head = `with terms as (
    select to_tsquery('simple', term) as query from jsonb_array_elements_text(${terms}::jsonb) as term
  ), total as (
    select count(*)::float8 as n from ${table.from}
  ), weights as (
    select terms.query, ln(1 + (total.n - df.n + 0.5) / (df.n + 0.5)) as idf
    from terms cross join total
      cross join lateral (select count(*)::float8 as n from ${table.from} where ${table.vector} @@ terms.query) as df
  ), candidates as (
    ${rows(match)}
  )`;
  const top = Math.max(1, Math.floor(limit));
  if (!table.feedback) {
    const text = `${head}
  select c.key, ${coverage} as score
  from candidates as c
  order by score desc, ts_rank_cd(c.vector, ${any}) desc, c.tie, c.key
  limit ${top}`;
    return { text, params };
  }
  // The first ranking numbered; its best documents lend the words the query lacks, each weighted by
  // how many of them hold it times its idf, rarer than one document in the table left out.
  const text = `${head}, scored as (
    select c.key, c.vector, c.tie, ${coverage} as score, ts_rank_cd(c.vector, ${any}) as closeness from candidates as c
  ), first as (
    select s.key, s.vector, s.tie, s.score, row_number() over (order by s.score desc, s.closeness desc, s.tie, s.key) as place from scored as s
  ), lent as (
    select u.lexeme, count(*)::float8 as documents
    from first as f cross join lateral unnest(tsvector_to_array(f.vector)) as u(lexeme)
    where f.place <= ${FEEDBACK_DOCUMENTS} and not (array_to_tsvector(array[u.lexeme]) @@ ${any})
    group by u.lexeme
  ), expansion as (
    select l.lexeme, quote_literal(l.lexeme)::tsquery as query, l.documents * ln(1 + (total.n - df.n + 0.5) / (df.n + 0.5)) as weight
    from lent as l cross join total
      cross join lateral (select count(*)::float8 as n from ${table.from} where ${table.vector} @@ quote_literal(l.lexeme)::tsquery) as df
    where df.n > 1
    order by weight desc, l.lexeme
    limit ${FEEDBACK_WORDS}
  ), lent_any as (
    select string_agg(quote_literal(lexeme), ' | ')::tsquery as query from expansion
  ), widened as (
    select f.key, f.vector, f.tie, f.score, f.place from first as f
    union all
    select c.key, c.vector, c.tie, 0, null from (${rows(`${table.vector} @@ (select query from lent_any)`)}) as c
    where c.key not in (select key from first)
  )
  select w.key, w.score + ${FEEDBACK_WEIGHT} * coalesce((select sum(e.weight) from expansion as e where w.vector @@ e.query), 0)
      / coalesce((select nullif(sum(weight), 0) from expansion), 1) as score
  from widened as w
  order by coalesce(w.place <= ${FEEDBACK_DOCUMENTS}, false) desc, case when w.place <= ${FEEDBACK_DOCUMENTS} then w.place end, score desc, w.tie, w.key
  limit ${top}`;
  return { text, params };
}
