/**
 * Editing the knowledge base. Each save is a new revision of a
 * translation's working copy, kept in kb_versions; publishing copies the
 * working copy over the published one that readers and search see. A
 * translation published against an older published revision of its source
 * shows as out of date until it is published again.
 */
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { diffWords } from 'diff';
import type { Language } from '../../../lib/i18n';
import { uniqueViolation, type Executor } from '../../platform/db';
import { recordAudit } from '../../platform/audit';
import { errors } from '../../platform/errors';
import type { RequestMeta } from '../../platform/http';
import { can } from '../../platform/rbac';
import { outdatedSql } from './knowledge.articles';
import { translationSearchColumns } from './knowledge.indexing';
import { bumpSearchIndex } from './knowledge.search';
import { kbArticles, kbCategories, kbTranslations, kbVersions, type LegalAct } from './knowledge.tables';

export type TranslationStatus = 'draft' | 'review' | 'published';

/** Who may move a working copy where: writers submit, editors send back and publish. */
export const statusTransitions: Record<TranslationStatus, Partial<Record<TranslationStatus, 'kb.edit' | 'kb.publish'>>> = {
  draft: { review: 'kb.edit', published: 'kb.publish' },
  review: { draft: 'kb.publish', published: 'kb.publish' },
  published: {},
};

export type TranslationContent = { slug: string; title: string; summary: string; body: string };

async function translationRow(db: Executor, id: string) {
  const [row] = await db
    .select({ translation: kbTranslations, article: kbArticles, outdated: outdatedSql })
    .from(kbTranslations)
    .innerJoin(kbArticles, eq(kbArticles.id, kbTranslations.articleId))
    .where(eq(kbTranslations.id, id));
  if (!row) throw errors.notFound('article');
  return row;
}

const isSlugConflict = (error: unknown) => uniqueViolation(error)?.includes('slug') ?? false;

async function withSlugCheck<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isSlugConflict(error)) throw errors.conflict('slug_taken', { field: 'slug' });
    throw error;
  }
}

/** The staff list: every article with its translations' state, review dates first due first. */
export async function listArticlesForStaff(db: Executor) {
  const rows = await db
    .select({ translation: kbTranslations, article: kbArticles, outdated: outdatedSql })
    .from(kbTranslations)
    .innerJoin(kbArticles, eq(kbArticles.id, kbTranslations.articleId))
    .orderBy(asc(kbArticles.categoryCode), asc(kbArticles.position), asc(kbTranslations.lang));
  const articles = new Map<string, ReturnType<typeof staffArticle>>();
  for (const row of rows) {
    const entry = articles.get(row.article.id) ?? staffArticle(row.article);
    entry.translations.push({
      id: row.translation.id,
      lang: row.translation.lang as Language,
      slug: row.translation.slug,
      title: row.translation.title,
      status: row.translation.status as TranslationStatus,
      revision: row.translation.revision,
      publishedRevision: row.translation.publishedRevision,
      outdated: row.outdated,
      helpful: row.translation.helpfulCount,
      unhelpful: row.translation.unhelpfulCount,
      updatedAt: row.translation.updatedAt.toISOString(),
    });
    articles.set(row.article.id, entry);
  }
  return [...articles.values()];
}

function staffArticle(article: typeof kbArticles.$inferSelect) {
  return {
    id: article.id,
    key: article.key,
    categoryCode: article.categoryCode,
    position: article.position,
    tags: article.tags,
    legalActs: article.legalActs,
    validFrom: article.validFrom,
    validUntil: article.validUntil,
    reviewDue: article.reviewDue,
    sourceLang: article.sourceLang as Language,
    sample: article.sample,
    translations: [] as Array<{
      id: string;
      lang: Language;
      slug: string;
      title: string;
      status: TranslationStatus;
      revision: number;
      publishedRevision: number | null;
      outdated: boolean;
      helpful: number;
      unhelpful: number;
      updatedAt: string;
    }>,
  };
}

/** One translation for its editor: the working copy, what is published, and the history. */
export async function getTranslationForStaff(db: Executor, id: string) {
  const { translation: t, article, outdated } = await translationRow(db, id);
  const versions = await db
    .select({ revision: kbVersions.revision, status: kbVersions.status, note: kbVersions.note, authorId: kbVersions.authorId, createdAt: kbVersions.createdAt })
    .from(kbVersions)
    .where(eq(kbVersions.translationId, id))
    .orderBy(desc(kbVersions.revision));
  return {
    id: t.id,
    articleId: article.id,
    lang: t.lang as Language,
    sourceLang: article.sourceLang as Language,
    slug: t.slug,
    title: t.title,
    summary: t.summary,
    body: t.body,
    status: t.status as TranslationStatus,
    revision: t.revision,
    publishedRevision: t.publishedRevision,
    sourceRevision: t.sourceRevision,
    outdated,
    updatedAt: t.updatedAt.toISOString(),
    versions: versions.map((v) => ({ ...v, createdAt: v.createdAt.toISOString() })),
  };
}

async function addRevision(db: Executor, meta: RequestMeta, id: string, content: TranslationContent, note: string | null, now: Date) {
  const { translation } = await translationRow(db, id);
  const revision = translation.revision + 1;
  await withSlugCheck(() =>
    db
      .update(kbTranslations)
      .set({ ...content, revision, status: 'draft', updatedBy: meta.actor?.id ?? null, updatedAt: now })
      .where(eq(kbTranslations.id, id)),
  );
  await db.insert(kbVersions).values({ translationId: id, revision, ...withoutSlug(content), status: 'draft', note, authorId: meta.actor?.id ?? null, createdAt: now });
  return revision;
}

const withoutSlug = ({ title, summary, body }: TranslationContent) => ({ title, summary, body });

/** Saves the working copy as a new draft revision. */
export async function saveTranslation(db: Executor, meta: RequestMeta, id: string, content: TranslationContent & { note?: string | null }, now = new Date()) {
  const { note = null, ...rest } = content;
  const revision = await addRevision(db, meta, id, rest, note, now);
  await recordAudit(db, meta, { action: 'kb.save', entityType: 'kb_translation', entityId: id, details: { revision } });
  return getTranslationForStaff(db, id);
}

/** A new draft revision with the content of an earlier one. */
export async function restoreRevision(db: Executor, meta: RequestMeta, id: string, revision: number, now = new Date()) {
  const [version] = await db.select().from(kbVersions).where(and(eq(kbVersions.translationId, id), eq(kbVersions.revision, revision)));
  if (!version) throw errors.notFound('revision');
  const { translation } = await translationRow(db, id);
  const added = await addRevision(db, meta, id, { slug: translation.slug, title: version.title, summary: version.summary, body: version.body }, `restored ${revision}`, now);
  await recordAudit(db, meta, { action: 'kb.restore', entityType: 'kb_translation', entityId: id, details: { from: revision, revision: added } });
  return getTranslationForStaff(db, id);
}

/** Moves the working copy along the workflow; publishing puts it before readers. */
export async function setTranslationStatus(db: Executor, meta: RequestMeta, id: string, to: TranslationStatus, now = new Date()) {
  const { translation: t, article } = await translationRow(db, id);
  const needs = statusTransitions[t.status as TranslationStatus]?.[to];
  if (!needs) throw errors.conflict('status_transition_not_allowed', { from: t.status, to });
  if (!meta.actor || !can(meta.actor.role, needs)) throw errors.forbidden();
  if (to === 'published') {
    const lang = t.lang as Language;
    // A translation published now follows the source as it is published now.
    const [source] = await db
      .select({ revision: kbTranslations.publishedRevision })
      .from(kbTranslations)
      .where(and(eq(kbTranslations.articleId, article.id), eq(kbTranslations.lang, article.sourceLang)));
    await db
      .update(kbTranslations)
      .set({
        status: 'published',
        publishedTitle: t.title,
        publishedSummary: t.summary,
        publishedBody: t.body,
        publishedRevision: t.revision,
        publishedAt: now,
        sourceRevision: lang === article.sourceLang ? null : (source?.revision ?? null),
        updatedAt: now,
        ...translationSearchColumns(lang, t.title, t.summary, t.body),
      })
      .where(eq(kbTranslations.id, id));
  } else {
    await db.update(kbTranslations).set({ status: to, updatedAt: now }).where(eq(kbTranslations.id, id));
  }
  await db.update(kbVersions).set({ status: to }).where(and(eq(kbVersions.translationId, id), eq(kbVersions.revision, t.revision)));
  if (to === 'published') await bumpSearchIndex(db);
  await recordAudit(db, meta, { action: to === 'published' ? 'kb.publish' : to === 'review' ? 'kb.submit' : 'kb.return', entityType: 'kb_translation', entityId: id, details: { revision: t.revision } });
  return getTranslationForStaff(db, id);
}

/** Word-level differences between two revisions of a translation. */
export async function diffRevisions(db: Executor, id: string, from: number, to: number) {
  const versions = await db.select().from(kbVersions).where(and(eq(kbVersions.translationId, id), sql`${kbVersions.revision} in (${from}, ${to})`));
  const a = versions.find((v) => v.revision === from);
  const b = versions.find((v) => v.revision === to);
  if (!a || !b) throw errors.notFound('revision');
  const parts = (x: string, y: string) => diffWords(x, y).map((p) => ({ value: p.value, change: p.added ? 'added' : p.removed ? 'removed' : 'same' }) as const);
  return { from, to, title: parts(a.title, b.title), summary: parts(a.summary, b.summary), body: parts(a.body, b.body) };
}

export type ArticleFields = {
  categoryCode: string;
  position: number;
  tags: string[];
  legalActs: LegalAct[];
  validFrom: string | null;
  validUntil: string | null;
  reviewDue: string | null;
};

async function checkCategory(db: Executor, code: string) {
  const [category] = await db.select({ code: kbCategories.code }).from(kbCategories).where(eq(kbCategories.code, code));
  if (!category) throw errors.validation([{ path: 'categoryCode', code: 'unknown_category', message: '' }]);
}

/** A new article with its first translation (the source), as a draft. */
export async function createArticle(db: Executor, meta: RequestMeta, input: ArticleFields & { key: string; sourceLang: Language; translation: TranslationContent }, now = new Date()) {
  await checkCategory(db, input.categoryCode);
  const { translation, sourceLang, key, ...fields } = input;
  const [article] = await db
    .insert(kbArticles)
    .values({ key, sourceLang, ...fields, sample: false, createdAt: now, updatedAt: now })
    .onConflictDoNothing()
    .returning({ id: kbArticles.id });
  if (!article) throw errors.conflict('article_key_taken', { field: 'key' });
  const id = await addTranslationRow(db, meta, article.id, sourceLang, translation, now);
  await recordAudit(db, meta, { action: 'kb.create', entityType: 'kb_article', entityId: article.id, details: { key } });
  return { articleId: article.id, translationId: id };
}

async function addTranslationRow(db: Executor, meta: RequestMeta, articleId: string, lang: Language, content: TranslationContent, now: Date): Promise<string> {
  const [row] = await withSlugCheck(() =>
    db
      .insert(kbTranslations)
      .values({ articleId, lang, ...content, status: 'draft', revision: 1, updatedBy: meta.actor?.id ?? null, updatedAt: now })
      .onConflictDoNothing({ target: [kbTranslations.articleId, kbTranslations.lang] })
      .returning({ id: kbTranslations.id }),
  );
  if (!row) throw errors.conflict('translation_exists', { field: 'lang' });
  await db.insert(kbVersions).values({ translationId: row.id, revision: 1, ...withoutSlug(content), status: 'draft', note: null, authorId: meta.actor?.id ?? null, createdAt: now });
  return row.id;
}

/** Adds a language to an article, as a draft. */
export async function addTranslation(db: Executor, meta: RequestMeta, articleId: string, lang: Language, content: TranslationContent, now = new Date()) {
  const [article] = await db.select({ id: kbArticles.id }).from(kbArticles).where(eq(kbArticles.id, articleId));
  if (!article) throw errors.notFound('article');
  const id = await addTranslationRow(db, meta, articleId, lang, content, now);
  await recordAudit(db, meta, { action: 'kb.translate', entityType: 'kb_translation', entityId: id, details: { lang } });
  return getTranslationForStaff(db, id);
}

/** Category, order, tags, legal basis and dates: shared by the article's translations. */
export async function updateArticleFields(db: Executor, meta: RequestMeta, articleId: string, fields: ArticleFields, now = new Date()) {
  await checkCategory(db, fields.categoryCode);
  const [row] = await db.update(kbArticles).set({ ...fields, updatedAt: now }).where(eq(kbArticles.id, articleId)).returning({ id: kbArticles.id });
  if (!row) throw errors.notFound('article');
  await recordAudit(db, meta, { action: 'kb.update', entityType: 'kb_article', entityId: articleId });
}
