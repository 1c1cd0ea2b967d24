import { sql } from 'drizzle-orm';
import { languages } from '../../../lib/i18n';
import type { Executor } from '../../platform/db';
import { journeyCategories } from './knowledge.categories';
import { readContentArticles, type ContentArticle } from './knowledge.content';
import { translationSearchColumns } from './knowledge.indexing';
import { bumpSearchIndex } from './knowledge.search';
import { kbArticles, kbCategories, kbTranslations, kbVersions } from './knowledge.tables';

/**
 * The journey's categories (names kept as admins edited them, missing ones
 * added) and, into an empty knowledge base only, the starter articles:
 * published, revision 1, each translation in line with the Kazakh source,
 * marked as sample content. Returns how many articles were added.
 */
export async function seedKnowledgeBase(db: Executor, articles: ContentArticle[] = readContentArticles(), now = new Date()): Promise<number> {
  await db
    .insert(kbCategories)
    .values(journeyCategories.map((category, i) => ({ code: category.code, name: category.name, position: (i + 1) * 10 })))
    .onConflictDoNothing();
  const [{ n }] = (await db.execute<{ n: number }>(sql`select count(*)::int as n from kb_articles`)).rows as [{ n: number }];
  if (n > 0 || !articles.length) return 0;
  for (const article of articles) {
    const [row] = await db
      .insert(kbArticles)
      .values({
        key: article.key,
        categoryCode: article.category,
        position: article.order,
        tags: article.tags,
        legalActs: article.legalActs,
        validFrom: article.validFrom ?? null,
        validUntil: article.validUntil ?? null,
        reviewDue: article.reviewDue ?? null,
        sourceLang: 'kk',
        sample: article.sample,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: kbArticles.id });
    for (const lang of languages) {
      const file = article.translations[lang];
      const [translation] = await db
        .insert(kbTranslations)
        .values({
          articleId: row!.id,
          lang,
          slug: file.slug,
          title: file.title,
          summary: file.summary,
          body: file.body,
          status: 'published',
          revision: 1,
          publishedTitle: file.title,
          publishedSummary: file.summary,
          publishedBody: file.body,
          publishedRevision: 1,
          publishedAt: now,
          sourceRevision: lang === 'kk' ? null : 1,
          updatedAt: now,
          ...translationSearchColumns(lang, file.title, file.summary, file.body),
        })
        .returning({ id: kbTranslations.id });
      await db.insert(kbVersions).values({
        translationId: translation!.id,
        revision: 1,
        title: file.title,
        summary: file.summary,
        body: file.body,
        status: 'published',
        note: 'starter content',
        createdAt: now,
      });
    }
  }
  await bumpSearchIndex(db);
  return articles.length;
}
