/**
 * Knowledge-base search: the toolkit's ranked search over the published
 * translations of one language, with pseudo-relevance feedback (a table of
 * articles) and the trigram column for typos; snippets and highlights from
 * the matched words. A search that finds nothing is counted, per language,
 * for the editors' report.
 */
import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { bestSnippet, closestWord, queryKeySet, queryWords, rankedSearchSql, searchFoldedText, searchPlan, searchQuery, type Range } from '../../../lib/text/search';
import type { Language } from '../../../lib/i18n';
import { numberedStatement, type Executor } from '../../platform/db';
import { articlePlainText } from './markdown';
import { kbTranslations, kbUnansweredSearches } from './knowledge.tables';

/** Longer input is not a question but a pasted text: answered at once with nothing. */
export const MAX_QUERY_LENGTH = 300;

export type SearchHit = { id: string; slug: string; lang: Language; title: string; snippet: string; score: number; titleHighlights: Range[]; highlights: Range[] };

/** The query as the unanswered-search report counts it: trimmed, lower-cased, spaces collapsed. */
export function normalisedQuery(q: string): string {
  return q.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').trim().slice(0, 200);
}

async function recordUnanswered(db: Executor, lang: Language, q: string): Promise<void> {
  const query = normalisedQuery(q);
  if (!query) return;
  await db
    .insert(kbUnansweredSearches)
    .values({ lang, query })
    .onConflictDoUpdate({
      target: [kbUnansweredSearches.lang, kbUnansweredSearches.query],
      set: { count: sql`${kbUnansweredSearches.count} + 1`, lastAt: sql`now()` },
    });
}

export type SearchResult = { items: SearchHit[]; correctedQuery: string | null };

const publishedIn = (lang: Language) => (param: (value: unknown) => string) => `published_revision is not null and lang = ${param(lang)}`;

async function rankTranslations(db: Executor, q: string, lang: Language, limit: number): Promise<Array<{ key: string; score: number }>> {
  const plan = searchPlan(q);
  if (!plan) return [];
  const statement = rankedSearchSql(plan, { from: 'kb_translations', key: 'id', vector: 'search_vector', folded: 'search_folded', where: publishedIn(lang), feedback: true }, limit);
  return (await db.execute<{ key: string; score: number }>(numberedStatement(statement))).rows;
}

/**
 * The query with each word that no published text of the language holds
 * replaced by the closest word of the texts the first ranking reached (by
 * trigrams), or null when no word needed it.
 */
async function spellingCorrection(db: Executor, q: string, lang: Language, reachedIds: string[]): Promise<string | null> {
  const words = queryWords(q);
  if (!words.length || !reachedIds.length) return null;
  const terms = words.map(({ keys }) => keys.map((key) => `'${key}'`).join(' | '));
  const found = (
    await db.execute<{ found: boolean }>(sql`select exists (
        select 1 from kb_translations where published_revision is not null and lang = ${lang} and search_vector @@ to_tsquery('simple', t.term)
      ) as found from jsonb_array_elements_text(${JSON.stringify(terms)}::jsonb) with ordinality as t(term, n) order by t.n`)
  ).rows.map((row) => row.found);
  if (found.every(Boolean)) return null;
  const texts = (await db.select({ folded: kbTranslations.searchFolded }).from(kbTranslations).where(inArray(kbTranslations.id, reachedIds))).map((row) => row.folded ?? '');
  let changed = false;
  const corrected = words.map(({ word }, i) => {
    if (found[i]) return word;
    const closest = closestWord(word, texts);
    if (!closest || closest === searchFoldedText(word)) return word;
    changed = true;
    return closest;
  });
  return changed ? corrected.join(' ') : null;
}

export async function searchArticles(db: Executor, q: string, lang: Language, options: { limit?: number; record?: boolean } = {}): Promise<SearchResult> {
  const limit = Math.min(Math.max(options.limit ?? 10, 1), 50);
  if (q.length > MAX_QUERY_LENGTH) return { items: [], correctedQuery: null };
  let ranked = await rankTranslations(db, q, lang, limit);
  let correctedQuery: string | null = null;
  if (ranked.length) {
    correctedQuery = await spellingCorrection(db, q, lang, ranked.map((r) => r.key));
    if (correctedQuery) ranked = await rankTranslations(db, correctedQuery, lang, limit);
  } else if (searchPlan(q) && options.record !== false) {
    await recordUnanswered(db, lang, q);
  }
  if (!ranked.length) return { items: [], correctedQuery };
  const rows = await db
    .select({ id: kbTranslations.id, slug: kbTranslations.slug, title: kbTranslations.publishedTitle, summary: kbTranslations.publishedSummary, body: kbTranslations.publishedBody })
    .from(kbTranslations)
    .where(inArray(kbTranslations.id, ranked.map((r) => r.key)));
  const byId = new Map(rows.map((row) => [row.id, row]));
  const keys = queryKeySet(correctedQuery ?? q, lang);
  const items = ranked.flatMap(({ key, score }) => {
    const row = byId.get(key);
    if (!row) return [];
    const title = row.title ?? '';
    const { snippet, highlights } = bestSnippet(`${row.summary ?? ''} ${articlePlainText(row.body ?? '')}`, keys, lang);
    return [{ id: row.id, slug: row.slug, lang, title, snippet, score: Number(Number(score).toFixed(4)), titleHighlights: bestSnippet(title, keys, lang, title.length + 1).highlights, highlights }];
  });
  return { items, correctedQuery };
}

/**
 * Titles for type-ahead: every word of the query, the last one as a prefix,
 * in the published translations of the language; best covered first.
 */
export async function suggestArticles(db: Executor, q: string, lang: Language, limit = 6): Promise<Array<{ slug: string; title: string; highlights: Range[] }>> {
  if (q.length > MAX_QUERY_LENGTH) return [];
  const query = searchQuery(q, undefined, { prefix: true });
  if (!query) return [];
  const rows = await db
    .select({ slug: kbTranslations.slug, title: kbTranslations.publishedTitle })
    .from(kbTranslations)
    .where(and(isNotNull(kbTranslations.publishedRevision), eq(kbTranslations.lang, lang), sql`${kbTranslations.searchVector} @@ to_tsquery('simple', ${query})`))
    .orderBy(sql`ts_rank_cd(${kbTranslations.searchVector}, to_tsquery('simple', ${query})) desc`, kbTranslations.slug)
    .limit(limit);
  const keys = queryKeySet(q, lang);
  return rows.map((row) => ({ slug: row.slug, title: row.title ?? '', highlights: bestSnippet(row.title ?? '', keys, lang, (row.title ?? '').length + 1).highlights }));
}
