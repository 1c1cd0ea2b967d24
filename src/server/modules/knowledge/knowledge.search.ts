/**
 * Knowledge-base search: the toolkit's ranked search over the published
 * translations of one language, held in memory (MemorySearchIndex, built
 * from the stored search keys and the folded title and summary), with
 * pseudo-relevance feedback and trigrams for typos; snippets and highlights
 * from the matched words. A search that finds nothing is counted, per language,
 * for the editors' report.
 */
import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { bestSnippet, closestWord, MemorySearchIndex, queryKeySet, queryWords, searchFoldedText, searchPlan, searchQuery, type Range } from '../../../lib/text/search';
import { languages, type Language } from '../../../lib/i18n';
import { sequenceCache, type Executor } from '../../platform/db';
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

type LoadedIndexes = Map<Language, MemorySearchIndex>;

async function loadIndexes(db: Executor): Promise<LoadedIndexes> {
  const rows = await db
    .select({ id: kbTranslations.id, lang: kbTranslations.lang, searchText: kbTranslations.searchText, searchFolded: kbTranslations.searchFolded })
    .from(kbTranslations)
    .where(isNotNull(kbTranslations.publishedRevision));
  const byLang = new Map<Language, MemorySearchIndex>();
  for (const lang of languages) {
    const texts = rows.filter((row) => row.lang === lang).map((row) => ({ key: row.id, tokens: (row.searchText ?? '').split(' ').filter(Boolean), folded: row.searchFolded ?? '' }));
    byLang.set(lang, new MemorySearchIndex(texts));
  }
  return byLang;
}

/**
 * The published translations' indexes, per database handle, for one value of
 * kb_index_version_seq: a publication by this server or another one is seen
 * by the next search.
 */
const indexes = sequenceCache('kb_index_version_seq', loadIndexes);

async function indexFor(db: Executor, lang: Language): Promise<MemorySearchIndex> {
  return (await indexes.get(db)).get(lang)!;
}

/** Tells every server that what search sees has changed. */
export async function bumpSearchIndex(db: Executor): Promise<void> {
  await indexes.bump(db);
}

/**
 * The query with each word that no published text of the language holds
 * replaced by the closest word of the texts the first ranking reached (by
 * trigrams), or null when no word needed it.
 */
function spellingCorrection(index: MemorySearchIndex, q: string, reachedIds: string[]): string | null {
  const words = queryWords(q);
  if (!words.length || !reachedIds.length) return null;
  const found = words.map(({ keys }) => index.keyFrequency(keys) > 0);
  if (found.every(Boolean)) return null;
  const texts = reachedIds.map((id) => index.foldedText(id) ?? '');
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

function rankTranslations(index: MemorySearchIndex, q: string, limit: number) {
  const plan = searchPlan(q);
  return plan ? index.search(plan, limit, { feedback: true }) : [];
}

/** A found article with its published summary and plain text, best first. */
export type FoundArticle = { id: string; slug: string; title: string; summary: string; plainText: string; score: number };

/**
 * The ranking, spelling correction and unanswered-search count behind
 * search and the support center's answers, with the found articles' text
 * read once.
 */
export async function findArticles(
  db: Executor,
  q: string,
  lang: Language,
  options: { limit?: number; record?: boolean } = {},
): Promise<{ found: FoundArticle[]; correctedQuery: string | null }> {
  const limit = Math.min(Math.max(options.limit ?? 10, 1), 50);
  if (q.length > MAX_QUERY_LENGTH) return { found: [], correctedQuery: null };
  const index = await indexFor(db, lang);
  let ranked = rankTranslations(index, q, limit);
  let correctedQuery: string | null = null;
  if (ranked.length) {
    correctedQuery = spellingCorrection(index, q, ranked.map((r) => r.key));
    if (correctedQuery) ranked = rankTranslations(index, correctedQuery, limit);
  } else if (searchPlan(q) && options.record !== false) {
    await recordUnanswered(db, lang, q);
  }
  if (!ranked.length) return { found: [], correctedQuery };
  const rows = await db
    .select({ id: kbTranslations.id, slug: kbTranslations.slug, title: kbTranslations.publishedTitle, summary: kbTranslations.publishedSummary, body: kbTranslations.publishedBody })
    .from(kbTranslations)
    .where(inArray(kbTranslations.id, ranked.map((r) => r.key)));
  const byId = new Map(rows.map((row) => [row.id, row]));
  const found = ranked.flatMap(({ key, score }) => {
    const row = byId.get(key);
    return row ? [{ id: row.id, slug: row.slug, title: row.title ?? '', summary: row.summary ?? '', plainText: articlePlainText(row.body ?? ''), score: Number(score.toFixed(4)) }] : [];
  });
  return { found, correctedQuery };
}

export async function searchArticles(db: Executor, q: string, lang: Language, options: { limit?: number; record?: boolean } = {}): Promise<SearchResult> {
  const { found, correctedQuery } = await findArticles(db, q, lang, options);
  const keys = queryKeySet(correctedQuery ?? q, lang);
  const items = found.map(({ id, slug, title, summary, plainText, score }) => {
    const { snippet, highlights } = bestSnippet(`${summary} ${plainText}`, keys, lang);
    return { id, slug, lang, title, snippet, score, titleHighlights: bestSnippet(title, keys, lang, title.length + 1).highlights, highlights };
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
