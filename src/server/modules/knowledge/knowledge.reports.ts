/** What readers say: the least helpful articles with their comments, and the searches that found nothing. */
import { and, desc, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Language } from '../../../lib/i18n';
import type { Executor } from '../../platform/db';
import { kbFeedback, kbTranslations, kbUnansweredSearches } from './knowledge.tables';

export async function knowledgeReport(db: Executor, lang: Language | undefined, limit: number) {
  const byLang = lang ? eq(kbTranslations.lang, lang) : undefined;
  // Least helpful: the most "not helpful" votes, then the lowest share of "helpful".
  const least = await db
    .select({ id: kbTranslations.id, lang: kbTranslations.lang, slug: kbTranslations.slug, title: kbTranslations.title, helpful: kbTranslations.helpfulCount, unhelpful: kbTranslations.unhelpfulCount })
    .from(kbTranslations)
    .where(and(gt(kbTranslations.unhelpfulCount, 0), byLang))
    .orderBy(desc(kbTranslations.unhelpfulCount), sql`${kbTranslations.helpfulCount}::float8 / (${kbTranslations.helpfulCount} + ${kbTranslations.unhelpfulCount})`, kbTranslations.slug)
    .limit(limit);
  const comments = least.length
    ? await db
        .select({ translationId: kbFeedback.translationId, comment: kbFeedback.comment, helpful: kbFeedback.helpful, createdAt: kbFeedback.createdAt })
        .from(kbFeedback)
        .where(and(inArray(kbFeedback.translationId, least.map((row) => row.id)), sql`${kbFeedback.comment} is not null`))
        .orderBy(desc(kbFeedback.createdAt))
    : [];
  const unanswered = await db
    .select()
    .from(kbUnansweredSearches)
    .where(lang ? eq(kbUnansweredSearches.lang, lang) : undefined)
    .orderBy(desc(kbUnansweredSearches.count), desc(kbUnansweredSearches.lastAt))
    .limit(limit);
  return {
    leastHelpful: least.map((row) => ({
      ...row,
      lang: row.lang as Language,
      comments: comments
        .filter((c) => c.translationId === row.id)
        .slice(0, 10)
        .map((c) => ({ comment: c.comment ?? '', helpful: c.helpful, createdAt: c.createdAt.toISOString() })),
    })),
    unanswered: unanswered.map((row) => ({ lang: row.lang as Language, query: row.query, count: row.count, lastAt: row.lastAt.toISOString() })),
  };
}
