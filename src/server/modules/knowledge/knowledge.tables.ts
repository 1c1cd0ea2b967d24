import { sql } from 'drizzle-orm';
import { bigserial, boolean, date, index, integer, jsonb, pgSequence, pgTable, smallint, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import type { LocalizedText } from '../../../lib/contracts/localized';
import { bytea, tsvector } from '../../platform/db/column-types';

/** A legal act an article rests on. */
export type LegalAct = { title: LocalizedText; number: string; date: string; article?: string };

/** Steps of the repatriation journey; articles are arranged under them. */
export const kbCategories = pgTable('kb_categories', {
  code: varchar('code', { length: 40 }).primaryKey(),
  name: jsonb('name').$type<LocalizedText>().notNull(),
  position: smallint('position').notNull(),
});

/**
 * One article: what its translations share (category, tags, legal basis,
 * validity and review dates). `source_lang` is the translation the others
 * follow; `sample` marks starter content not yet checked by the lawyers.
 */
export const kbArticles = pgTable('kb_articles', {
  id: uuid('id').primaryKey().defaultRandom(),
  key: varchar('key', { length: 80 }).notNull().unique(),
  categoryCode: varchar('category_code', { length: 40 })
    .notNull()
    .references(() => kbCategories.code),
  position: integer('position').notNull().default(0),
  tags: jsonb('tags').$type<string[]>().notNull().default([]),
  legalActs: jsonb('legal_acts').$type<LegalAct[]>().notNull().default([]),
  validFrom: date('valid_from', { mode: 'string' }),
  validUntil: date('valid_until', { mode: 'string' }),
  reviewDue: date('review_due', { mode: 'string' }),
  sourceLang: varchar('source_lang', { length: 2 }).notNull().default('kk'),
  sample: boolean('sample').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * An article in one language. Two copies: the working one (title, summary,
 * body, at `revision`, with its `status` draft → review → published) that
 * staff edit, and the published one (published_*, at `published_revision`)
 * that readers and search see, so an edit under review never takes the
 * live article down. `source_revision` is the source translation's
 * published revision this one was last brought in line with: while the
 * source has published a later one, this translation is out of date.
 */
export const kbTranslations = pgTable(
  'kb_translations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    articleId: uuid('article_id')
      .notNull()
      .references(() => kbArticles.id, { onDelete: 'cascade' }),
    lang: varchar('lang', { length: 2 }).notNull(),
    slug: varchar('slug', { length: 120 }).notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    /** Markdown; rendered and sanitised on the way out. */
    body: text('body').notNull(),
    status: varchar('status', { length: 16 }).notNull().default('draft'),
    revision: integer('revision').notNull().default(1),
    publishedTitle: text('published_title'),
    publishedSummary: text('published_summary'),
    publishedBody: text('published_body'),
    publishedRevision: integer('published_revision'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    sourceRevision: integer('source_revision'),
    updatedBy: uuid('updated_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    helpfulCount: integer('helpful_count').notNull().default(0),
    unhelpfulCount: integer('unhelpful_count').notNull().default(0),
    /** Search keys of the published title, summary and text (toTsvectorSource), and the folded title and summary for trigrams (searched in memory). */
    searchText: text('search_text'),
    searchFolded: text('search_folded'),
    searchVector: tsvector('search_vector').generatedAlwaysAs(sql`to_tsvector('simple', coalesce(search_text, ''))`),
  },
  (t) => [
    uniqueIndex('kb_translations_article_lang_key').on(t.articleId, t.lang),
    uniqueIndex('kb_translations_lang_slug_key').on(t.lang, t.slug),
    index('kb_translations_search_idx').using('gin', t.searchVector),
  ],
);

/** Every saved state of a translation, for the history, the diff and restore. */
export const kbVersions = pgTable(
  'kb_versions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    translationId: uuid('translation_id')
      .notNull()
      .references(() => kbTranslations.id, { onDelete: 'cascade' }),
    revision: integer('revision').notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    body: text('body').notNull(),
    status: varchar('status', { length: 16 }).notNull(),
    note: text('note'),
    authorId: uuid('author_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('kb_versions_translation_revision_key').on(t.translationId, t.revision)],
);

/** Images, infographics and PDFs of an article, served from the database. */
export const kbAttachments = pgTable('kb_attachments', {
  id: uuid('id').primaryKey().defaultRandom(),
  articleId: uuid('article_id')
    .notNull()
    .references(() => kbArticles.id, { onDelete: 'cascade' }),
  fileName: text('file_name').notNull(),
  contentType: varchar('content_type', { length: 100 }).notNull(),
  size: integer('size').notNull(),
  content: bytea('content').notNull(),
  uploadedBy: uuid('uploaded_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A reader's "was this helpful", with an optional comment. */
export const kbFeedback = pgTable(
  'kb_feedback',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    translationId: uuid('translation_id')
      .notNull()
      .references(() => kbTranslations.id, { onDelete: 'cascade' }),
    helpful: boolean('helpful').notNull(),
    comment: text('comment'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('kb_feedback_translation_idx').on(t.translationId, t.createdAt)],
);

/** Searches that found nothing, counted per language and normalised query. */
export const kbUnansweredSearches = pgTable(
  'kb_unanswered_searches',
  {
    lang: varchar('lang', { length: 2 }).notNull(),
    query: varchar('query', { length: 200 }).notNull(),
    count: integer('count').notNull().default(1),
    firstAt: timestamp('first_at', { withTimezone: true }).notNull().defaultNow(),
    lastAt: timestamp('last_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('kb_unanswered_searches_key').on(t.lang, t.query), index('kb_unanswered_searches_count_idx').on(t.lang, t.count)],
);

/**
 * Moves whenever what search sees changes (a publication, starter content,
 * rebuilt search keys): servers keep the published articles' index in
 * memory and reload it when this has moved.
 */
export const kbIndexVersion = pgSequence('kb_index_version_seq');
