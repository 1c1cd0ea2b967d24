import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { createRouter, defineRoute, jsonBody, jsonContent, RateLimiter, requestMeta, type AppEnv } from '../../platform/http';
import { articleAnswers } from './knowledge.answers';
import { attachmentFile, deleteAttachment, listAttachments, uploadAttachment } from './knowledge.attachments';
import { getPublishedArticle, listCategories, recordArticleFeedback } from './knowledge.articles';
import {
  addTranslation,
  createArticle,
  diffRevisions,
  getTranslationForStaff,
  listArticlesForStaff,
  restoreRevision,
  saveTranslation,
  setTranslationStatus,
  updateArticleFields,
} from './knowledge.editing';
import { knowledgeReport } from './knowledge.reports';
import { renderArticleHtml } from './markdown';
import {
  kbAddTranslationRequest,
  kbAnswersQuery,
  kbAnswersResponse,
  kbArticle,
  kbAttachment,
  kbAttachmentParams,
  kbArticleFields,
  kbArticleIdParams,
  kbArticleParams,
  kbCategoriesResponse,
  kbCreateArticleRequest,
  kbDiff,
  kbDiffQuery,
  kbFeedbackParams,
  kbFeedbackRequest,
  kbPreviewRequest,
  kbPreviewResponse,
  kbLangQuery,
  kbReport,
  kbReportQuery,
  kbRestoreRequest,
  kbSaveRequest,
  kbSearchQuery,
  kbSearchResponse,
  kbStaffArticle,
  kbStaffTranslation,
  kbStatusRequest,
  kbSuggestResponse,
  kbTranslationParams,
  kbUploadRequest,
} from './knowledge.schema';
import { searchArticles, suggestArticles } from './knowledge.search';

const tags = ['Knowledge base'];
const staffTags = ['Knowledge base: editing'];

const search = defineRoute({ method: 'get', path: '/kb/search', access: 'public', tags, summary: 'Search published articles in any script and word form', request: { query: kbSearchQuery }, responses: { 200: jsonContent(kbSearchResponse) } });
const suggest = defineRoute({ method: 'get', path: '/kb/suggest', access: 'public', tags, summary: 'Article titles for type-ahead (the last word as a prefix)', request: { query: kbSearchQuery }, responses: { 200: jsonContent(kbSuggestResponse) } });
const article = defineRoute({ method: 'get', path: '/kb/articles/{slug}', access: 'public', tags, summary: 'A published article in a language (a slug of any language finds it)', request: { params: kbArticleParams, query: kbLangQuery }, responses: { 200: jsonContent(kbArticle), 404: jsonContent(z.unknown(), 'No such published article') } });
const categories = defineRoute({ method: 'get', path: '/kb/categories', access: 'public', tags, summary: 'The journey categories with their published articles', request: { query: kbLangQuery }, responses: { 200: jsonContent(kbCategoriesResponse) } });
const feedback = defineRoute({ method: 'post', path: '/kb/translations/{id}/feedback', access: 'public', tags, summary: 'Mark an article helpful or not, with a comment', request: { params: kbFeedbackParams, body: jsonBody(kbFeedbackRequest) }, responses: { 204: { description: 'Recorded' } } });

const staffList = defineRoute({ method: 'get', path: '/kb/admin/articles', access: 'kb.edit', tags: staffTags, summary: 'Every article with the state of its translations', responses: { 200: jsonContent(z.object({ items: z.array(kbStaffArticle) })) } });
const create = defineRoute({ method: 'post', path: '/kb/admin/articles', access: 'kb.edit', tags: staffTags, summary: 'A new article with its source translation, as a draft', request: { body: jsonBody(kbCreateArticleRequest) }, responses: { 201: jsonContent(z.object({ articleId: z.uuid(), translationId: z.uuid() })) } });
const updateFields = defineRoute({ method: 'put', path: '/kb/admin/articles/{articleId}', access: 'kb.edit', tags: staffTags, summary: 'Category, order, tags, legal acts and dates of an article', request: { params: kbArticleIdParams, body: jsonBody(kbArticleFields) }, responses: { 204: { description: 'Saved' } } });
const translate = defineRoute({ method: 'post', path: '/kb/admin/articles/{articleId}/translations', access: 'kb.edit', tags: staffTags, summary: 'Add a language to an article, as a draft', request: { params: kbArticleIdParams, body: jsonBody(kbAddTranslationRequest) }, responses: { 201: jsonContent(kbStaffTranslation) } });
const getTranslation = defineRoute({ method: 'get', path: '/kb/admin/translations/{id}', access: 'kb.edit', tags: staffTags, summary: 'A translation: working copy, published revision and history', request: { params: kbTranslationParams }, responses: { 200: jsonContent(kbStaffTranslation) } });
const save = defineRoute({ method: 'put', path: '/kb/admin/translations/{id}', access: 'kb.edit', tags: staffTags, summary: 'Save the working copy as a new draft revision', request: { params: kbTranslationParams, body: jsonBody(kbSaveRequest) }, responses: { 200: jsonContent(kbStaffTranslation) } });
const status = defineRoute({ method: 'post', path: '/kb/admin/translations/{id}/status', access: 'kb.edit', tags: staffTags, summary: 'Submit for review, send back, or publish (publishing needs kb.publish)', request: { params: kbTranslationParams, body: jsonBody(kbStatusRequest) }, responses: { 200: jsonContent(kbStaffTranslation) } });
const restore = defineRoute({ method: 'post', path: '/kb/admin/translations/{id}/restore', access: 'kb.publish', tags: staffTags, summary: 'A new draft with the content of an earlier revision', request: { params: kbTranslationParams, body: jsonBody(kbRestoreRequest) }, responses: { 200: jsonContent(kbStaffTranslation) } });
const diff = defineRoute({ method: 'get', path: '/kb/admin/translations/{id}/diff', access: 'kb.edit', tags: staffTags, summary: 'Word differences between two revisions', request: { params: kbTranslationParams, query: kbDiffQuery }, responses: { 200: jsonContent(kbDiff) } });
const preview = defineRoute({ method: 'post', path: '/kb/admin/preview', access: 'kb.edit', tags: staffTags, summary: 'The sanitised HTML readers would see for a Markdown text', request: { body: jsonBody(kbPreviewRequest) }, responses: { 200: jsonContent(kbPreviewResponse) } });
const answers = defineRoute({ method: 'get', path: '/support/kb-answers', access: 'cases.work', tags: ['Support center'], summary: 'Published articles to answer with: link or text, in the applicant language', request: { query: kbAnswersQuery }, responses: { 200: jsonContent(kbAnswersResponse) } });
const upload = defineRoute({ method: 'post', path: '/kb/admin/articles/{articleId}/attachments', access: 'kb.edit', tags: staffTags, summary: 'Upload an image or a PDF for an article (checked by its bytes)', request: { params: kbArticleIdParams, body: jsonBody(kbUploadRequest) }, responses: { 201: jsonContent(kbAttachment) } });
const attachments = defineRoute({ method: 'get', path: '/kb/admin/articles/{articleId}/attachments', access: 'kb.edit', tags: staffTags, summary: 'The files of an article', request: { params: kbArticleIdParams }, responses: { 200: jsonContent(z.object({ items: z.array(kbAttachment) })) } });
const detach = defineRoute({ method: 'delete', path: '/kb/admin/attachments/{id}', access: 'kb.edit', tags: staffTags, summary: 'Remove a file of an article', request: { params: kbAttachmentParams }, responses: { 204: { description: 'Removed' } } });
const file = defineRoute({ method: 'get', path: '/kb/attachments/{id}', access: 'public', tags, summary: 'An image or PDF of an article', request: { params: kbAttachmentParams }, responses: { 200: { description: 'The file', content: { 'application/octet-stream': { schema: z.string() } } } } });
const report = defineRoute({ method: 'get', path: '/kb/admin/report', access: 'kb.reports', tags: staffTags, summary: 'Least helpful articles and the most frequent unanswered searches', request: { query: kbReportQuery }, responses: { 200: jsonContent(kbReport) } });

let limiters: { searches: RateLimiter; feedback: RateLimiter } | null = null;
/** Per address: searches (each may be counted as unanswered) and feedback votes. */
function limitersFor(): { searches: RateLimiter; feedback: RateLimiter } {
  limiters ??= { searches: new RateLimiter(240, 60_000), feedback: new RateLimiter(20, 60_000) };
  return limiters;
}

/** Votes through the API and through the article page's form share one budget per address. */
export const feedbackLimiter = (): RateLimiter => limitersFor().feedback;

const languageOf = (c: Context<AppEnv>, lang: 'kk' | 'ru' | 'en' | undefined) => lang ?? c.var.lang;

export function knowledgeRoutes() {
  return createRouter()
    .openapi(search, async (c) => {
      limitersFor().searches.hit(c.var.ip ?? 'unknown');
      const { q, lang, limit } = c.req.valid('query');
      return c.json(await searchArticles(c.var.db, q, languageOf(c, lang), { limit }), 200);
    })
    .openapi(suggest, async (c) => {
      limitersFor().searches.hit(c.var.ip ?? 'unknown');
      const { q, lang, limit } = c.req.valid('query');
      return c.json({ items: await suggestArticles(c.var.db, q, languageOf(c, lang), Math.min(limit, 10)) }, 200);
    })
    .openapi(article, async (c) => {
      const lang = languageOf(c, c.req.valid('query').lang);
      return c.json(await getPublishedArticle(c.var.db, c.req.valid('param').slug, lang, c.var.t('pages.kb.videoPlay')), 200);
    })
    .openapi(categories, async (c) => c.json({ items: await listCategories(c.var.db, languageOf(c, c.req.valid('query').lang)) }, 200))
    .openapi(feedback, async (c) => {
      limitersFor().feedback.hit(c.var.ip ?? 'unknown');
      const { helpful, comment } = c.req.valid('json');
      await recordArticleFeedback(c.var.db, c.req.valid('param').id, helpful, comment ?? null);
      return c.body(null, 204);
    })
    .openapi(staffList, async (c) => c.json({ items: await listArticlesForStaff(c.var.db) }, 200))
    .openapi(create, async (c) => c.json(await c.var.db.transaction((tx) => createArticle(tx, requestMeta(c), c.req.valid('json'))), 201))
    .openapi(updateFields, async (c) => {
      await c.var.db.transaction((tx) => updateArticleFields(tx, requestMeta(c), c.req.valid('param').articleId, c.req.valid('json')));
      return c.body(null, 204);
    })
    .openapi(translate, async (c) => {
      const { lang, ...content } = c.req.valid('json');
      return c.json(await c.var.db.transaction((tx) => addTranslation(tx, requestMeta(c), c.req.valid('param').articleId, lang, content)), 201);
    })
    .openapi(getTranslation, async (c) => c.json(await getTranslationForStaff(c.var.db, c.req.valid('param').id), 200))
    .openapi(save, async (c) => c.json(await c.var.db.transaction((tx) => saveTranslation(tx, requestMeta(c), c.req.valid('param').id, c.req.valid('json'))), 200))
    .openapi(status, async (c) => c.json(await c.var.db.transaction((tx) => setTranslationStatus(tx, requestMeta(c), c.req.valid('param').id, c.req.valid('json').status)), 200))
    .openapi(restore, async (c) => c.json(await c.var.db.transaction((tx) => restoreRevision(tx, requestMeta(c), c.req.valid('param').id, c.req.valid('json').revision)), 200))
    .openapi(diff, async (c) => {
      const { from, to } = c.req.valid('query');
      return c.json(await diffRevisions(c.var.db, c.req.valid('param').id, from, to), 200);
    })
    .openapi(preview, async (c) => c.json({ html: renderArticleHtml(c.req.valid('json').body, c.var.t('pages.kb.videoPlay')) }, 200))
    .openapi(answers, async (c) => {
      const { q, lang } = c.req.valid('query');
      return c.json({ items: await articleAnswers(c.var.db, q, languageOf(c, lang), new URL(c.req.url).origin) }, 200);
    })
    .openapi(upload, async (c) => c.json(await c.var.db.transaction((tx) => uploadAttachment(tx, requestMeta(c), c.req.valid('param').articleId, c.req.valid('json'))), 201))
    .openapi(attachments, async (c) => c.json({ items: await listAttachments(c.var.db, c.req.valid('param').articleId) }, 200))
    .openapi(detach, async (c) => {
      await c.var.db.transaction((tx) => deleteAttachment(tx, requestMeta(c), c.req.valid('param').id));
      return c.body(null, 204);
    })
    .openapi(file, async (c) => {
      const found = await attachmentFile(c.var.db, c.req.valid('param').id);
      // The type the bytes were checked as; nosniff so no browser reads them as anything else.
      return c.body(new Uint8Array(found.content), 200, {
        'Content-Type': found.contentType,
        'Content-Disposition': `inline; filename*=UTF-8''${encodeURIComponent(found.fileName)}`,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'public, max-age=86400',
      });
    })
    .openapi(report, async (c) => {
      const { lang, limit } = c.req.valid('query');
      return c.json(await knowledgeReport(c.var.db, lang, limit), 200);
    });
}
