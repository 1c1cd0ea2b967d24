/** Reading the published knowledge base: categories, articles, and readers' feedback. */
import { and, asc, eq, isNotNull, sql } from 'drizzle-orm';
import type { LocalizedText } from '../../../lib/contracts/localized';
import type { Language } from '../../../lib/i18n';
import type { Executor } from '../../platform/db';
import { errors } from '../../platform/errors';
import { renderArticleHtml } from './markdown';
import { kbArticles, kbCategories, kbFeedback, kbTranslations, type LegalAct } from './knowledge.tables';

export type PublishedArticle = {
  id: string;
  articleId: string;
  slug: string;
  lang: Language;
  title: string;
  summary: string;
  html: string;
  category: { code: string; name: string };
  tags: string[];
  legalActs: Array<{ title: string; number: string; date: string; article: string | null }>;
  validFrom: string | null;
  validUntil: string | null;
  publishedAt: string | null;
  revision: number;
  sample: boolean;
  /** The source language has published a later version than this translation follows. */
  outdated: boolean;
  /** The language the article is written in; translations follow it. */
  sourceLang: Language;
  translations: Array<{ lang: Language; slug: string; title: string; outdated: boolean }>;
};

/** Out of date: the source translation has published a revision later than the one this one follows. */
export const outdatedSql = sql<boolean>`(${kbTranslations.lang} <> ${kbArticles.sourceLang} and coalesce((
  select s.published_revision from kb_translations s where s.article_id = ${kbTranslations.articleId} and s.lang = ${kbArticles.sourceLang}
), 0) > coalesce(${kbTranslations.sourceRevision}, 0))`;

const localized = (text: LocalizedText, lang: Language) => text[lang] ?? text.kk;

/**
 * The published article with this slug in `lang`; a slug of another
 * language leads to the same article in `lang` (a reader switching
 * languages keeps the address of the one they read). Not found when the
 * article has no published translation in `lang`.
 */
export async function getPublishedArticle(db: Executor, slug: string, lang: Language, videoLabel?: string): Promise<PublishedArticle> {
  const [found] = await db
    .select({ articleId: kbTranslations.articleId })
    .from(kbTranslations)
    .where(and(eq(kbTranslations.slug, slug), isNotNull(kbTranslations.publishedRevision)))
    .orderBy(sql`${kbTranslations.lang} = ${lang} desc`)
    .limit(1);
  if (!found) throw errors.notFound('article');
  const rows = await db
    .select({ translation: kbTranslations, article: kbArticles, category: kbCategories, outdated: outdatedSql })
    .from(kbTranslations)
    .innerJoin(kbArticles, eq(kbArticles.id, kbTranslations.articleId))
    .innerJoin(kbCategories, eq(kbCategories.code, kbArticles.categoryCode))
    .where(and(eq(kbTranslations.articleId, found.articleId), isNotNull(kbTranslations.publishedRevision)))
    .orderBy(asc(kbTranslations.lang));
  const row = rows.find((r) => r.translation.lang === lang);
  if (!row) throw errors.notFound('article');
  const { translation: t, article: a, category: c } = row;
  return {
    id: t.id,
    articleId: a.id,
    slug: t.slug,
    lang,
    title: t.publishedTitle ?? t.title,
    summary: t.publishedSummary ?? '',
    html: renderArticleHtml(t.publishedBody ?? '', videoLabel),
    category: { code: c.code, name: localized(c.name, lang) },
    tags: a.tags,
    legalActs: a.legalActs.map((act: LegalAct) => ({ title: localized(act.title, lang), number: act.number, date: act.date, article: act.article ?? null })),
    validFrom: a.validFrom,
    validUntil: a.validUntil,
    publishedAt: t.publishedAt?.toISOString() ?? null,
    revision: t.publishedRevision ?? t.revision,
    sample: a.sample,
    outdated: row.outdated,
    sourceLang: a.sourceLang as Language,
    translations: rows.map((r) => ({ lang: r.translation.lang as Language, slug: r.translation.slug, title: r.translation.publishedTitle ?? r.translation.title, outdated: r.outdated })),
  };
}

/** `key` is the article's own name, the same in every language and stable while editors change slugs. */
export type CategoryListing = { code: string; name: string; articles: Array<{ key: string; slug: string; title: string; summary: string }> };

/** The journey's categories in order, each with its published articles in `lang`. */
export async function listCategories(db: Executor, lang: Language): Promise<CategoryListing[]> {
  const categories = await db.select().from(kbCategories).orderBy(asc(kbCategories.position));
  const articles = await db
    .select({ category: kbArticles.categoryCode, key: kbArticles.key, slug: kbTranslations.slug, title: kbTranslations.publishedTitle, summary: kbTranslations.publishedSummary })
    .from(kbTranslations)
    .innerJoin(kbArticles, eq(kbArticles.id, kbTranslations.articleId))
    .where(and(eq(kbTranslations.lang, lang), isNotNull(kbTranslations.publishedRevision)))
    .orderBy(asc(kbArticles.position), asc(kbTranslations.slug));
  return categories.map((category) => ({
    code: category.code,
    name: localized(category.name, lang),
    articles: articles.filter((a) => a.category === category.code).map((a) => ({ key: a.key, slug: a.slug, title: a.title ?? '', summary: a.summary ?? '' })),
  }));
}

/** A reader's "helpful or not", with an optional comment, on a published translation. */
export async function recordArticleFeedback(db: Executor, translationId: string, helpful: boolean, comment: string | null): Promise<void> {
  const [row] = await db
    .update(kbTranslations)
    .set(helpful ? { helpfulCount: sql`${kbTranslations.helpfulCount} + 1` } : { unhelpfulCount: sql`${kbTranslations.unhelpfulCount} + 1` })
    .where(and(eq(kbTranslations.id, translationId), isNotNull(kbTranslations.publishedRevision)))
    .returning({ id: kbTranslations.id });
  if (!row) throw errors.notFound('article');
  await db.insert(kbFeedback).values({ translationId, helpful, comment: comment?.trim() || null });
}
