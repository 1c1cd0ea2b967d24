import { z } from 'zod';
import { localizedText } from '../../../lib/contracts/localized';

/** Contracts of the knowledge-base API, shared by the server, the portal and the console. */
export const kbLanguages = ['kk', 'ru', 'en'] as const;
const lang = z.enum(kbLanguages);
const range = z.tuple([z.number().int(), z.number().int()]);
export const articleSlugSchema = z.string().trim().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u).max(120);

/** Any length is accepted: a pasted essay or only punctuation is answered quickly with nothing. */
export const kbSearchQuery = z.object({ q: z.string().max(20_000).default(''), lang: lang.optional(), limit: z.coerce.number().int().min(1).max(50).default(10) });

export const kbSearchHit = z.object({
  id: z.uuid(),
  slug: z.string(),
  lang,
  title: z.string(),
  snippet: z.string(),
  score: z.number(),
  /** Character ranges of the matched words in the title and the snippet. */
  titleHighlights: z.array(range),
  highlights: z.array(range),
});
export type KbSearchHitDto = z.infer<typeof kbSearchHit>;
/** `correctedQuery`: the words searched for instead of misspelt ones no article holds. */
export const kbSearchResponse = z.object({ items: z.array(kbSearchHit), correctedQuery: z.string().nullable() });
export const kbSuggestResponse = z.object({ items: z.array(z.object({ slug: z.string(), title: z.string(), highlights: z.array(range) })) });

export const kbArticleParams = z.object({ slug: articleSlugSchema });
export const kbLangQuery = z.object({ lang: lang.optional() });

export const kbArticle = z.object({
  id: z.uuid(),
  articleId: z.uuid(),
  slug: z.string(),
  lang,
  title: z.string(),
  summary: z.string(),
  /** Sanitised HTML of the article text. */
  html: z.string(),
  category: z.object({ code: z.string(), name: z.string() }),
  tags: z.array(z.string()),
  legalActs: z.array(z.object({ title: z.string(), number: z.string(), date: z.string(), article: z.string().nullable() })),
  validFrom: z.string().nullable(),
  validUntil: z.string().nullable(),
  publishedAt: z.string().nullable(),
  revision: z.number().int(),
  /** Starter content not yet checked by the foundation's lawyers. */
  sample: z.boolean(),
  outdated: z.boolean(),
  sourceLang: lang,
  translations: z.array(z.object({ lang, slug: z.string(), title: z.string(), outdated: z.boolean() })),
});
export type KbArticleDto = z.infer<typeof kbArticle>;

export const kbCategoriesResponse = z.object({
  items: z.array(z.object({ code: z.string(), name: z.string(), articles: z.array(z.object({ key: z.string(), slug: z.string(), title: z.string(), summary: z.string() })) })),
});

export const kbFeedbackParams = z.object({ id: z.uuid() });
export const kbFeedbackRequest = z.object({ helpful: z.boolean(), comment: z.string().trim().max(2000).optional() });

// Staff

export const translationStatuses = ['draft', 'review', 'published'] as const;
export const kbTranslationParams = z.object({ id: z.uuid() });
export const kbTranslationContent = z.object({
  slug: articleSlugSchema,
  title: z.string().trim().min(1).max(200),
  summary: z.string().trim().max(600).default(''),
  body: z.string().trim().min(1).max(100_000),
});
export const kbSaveRequest = kbTranslationContent.extend({ note: z.string().trim().max(500).nullish() });
export const kbStatusRequest = z.object({ status: z.enum(translationStatuses) });
export const kbRestoreRequest = z.object({ revision: z.number().int().min(1) });
export const kbPreviewRequest = z.object({ body: z.string().max(100_000) });
export const kbPreviewResponse = z.object({ html: z.string() });
export const kbDiffQuery = z.object({ from: z.coerce.number().int().min(1), to: z.coerce.number().int().min(1) });

const legalAct = z.object({ title: localizedText, number: z.string().trim().min(1).max(40), date: z.iso.date(), article: z.string().trim().max(40).optional() });
export const kbArticleFields = z.object({
  categoryCode: z.string().max(40),
  position: z.number().int().min(0).max(100_000).default(0),
  tags: z.array(z.string().trim().regex(/^[a-z0-9-]+$/u).max(40)).max(20).default([]),
  legalActs: z.array(legalAct).max(30).default([]),
  validFrom: z.iso.date().nullable().default(null),
  validUntil: z.iso.date().nullable().default(null),
  reviewDue: z.iso.date().nullable().default(null),
});
export const kbCreateArticleRequest = kbArticleFields.extend({
  key: z.string().trim().regex(/^[a-z0-9-]+$/u).min(2).max(80),
  sourceLang: lang.default('kk'),
  translation: kbTranslationContent,
});
export const kbArticleIdParams = z.object({ articleId: z.uuid() });
export const kbAddTranslationRequest = kbTranslationContent.extend({ lang });

const staffTranslation = z.object({
  id: z.uuid(),
  lang,
  slug: z.string(),
  title: z.string(),
  status: z.enum(translationStatuses),
  revision: z.number().int(),
  publishedRevision: z.number().int().nullable(),
  outdated: z.boolean(),
  helpful: z.number().int(),
  unhelpful: z.number().int(),
  updatedAt: z.string(),
});
export const kbStaffArticle = z.object({
  id: z.uuid(),
  key: z.string(),
  categoryCode: z.string(),
  position: z.number().int(),
  tags: z.array(z.string()),
  legalActs: z.array(legalAct),
  validFrom: z.string().nullable(),
  validUntil: z.string().nullable(),
  reviewDue: z.string().nullable(),
  sourceLang: lang,
  sample: z.boolean(),
  translations: z.array(staffTranslation),
});
export type KbStaffArticleDto = z.infer<typeof kbStaffArticle>;

export const kbStaffTranslation = z.object({
  id: z.uuid(),
  articleId: z.uuid(),
  lang,
  sourceLang: lang,
  slug: z.string(),
  title: z.string(),
  summary: z.string(),
  body: z.string(),
  status: z.enum(translationStatuses),
  revision: z.number().int(),
  publishedRevision: z.number().int().nullable(),
  sourceRevision: z.number().int().nullable(),
  outdated: z.boolean(),
  updatedAt: z.string(),
  versions: z.array(z.object({ revision: z.number().int(), status: z.string(), note: z.string().nullable(), authorId: z.uuid().nullable(), createdAt: z.string() })),
});
export type KbStaffTranslationDto = z.infer<typeof kbStaffTranslation>;

const diffPart = z.object({ value: z.string(), change: z.enum(['added', 'removed', 'same']) });
export const kbDiff = z.object({ from: z.number().int(), to: z.number().int(), title: z.array(diffPart), summary: z.array(diffPart), body: z.array(diffPart) });

export const kbReportQuery = z.object({ lang: lang.optional(), limit: z.coerce.number().int().min(1).max(100).default(20) });
export const kbReport = z.object({
  leastHelpful: z.array(
    z.object({ id: z.uuid(), lang, slug: z.string(), title: z.string(), helpful: z.number().int(), unhelpful: z.number().int(), comments: z.array(z.object({ comment: z.string(), helpful: z.boolean(), createdAt: z.string() })) }),
  ),
  unanswered: z.array(z.object({ lang, query: z.string(), count: z.number().int(), lastAt: z.string() })),
});

/** Articles as answers in a case reply: the link, or the text in the applicant's language. */
export const kbAnswersQuery = z.object({ q: z.string().max(20_000).default(''), lang: lang.optional() });
export const kbAnswersResponse = z.object({
  items: z.array(z.object({ slug: z.string(), lang, title: z.string(), summary: z.string(), url: z.string(), text: z.string() })),
});
export type KbAnswerDto = z.infer<typeof kbAnswersResponse>['items'][number];

export const kbAttachmentParams = z.object({ id: z.uuid() });
export const kbUploadRequest = z.object({ fileName: z.string().trim().min(1).max(200), contentBase64: z.string().min(1) });
export const kbAttachment = z.object({ id: z.uuid(), fileName: z.string(), contentType: z.string(), size: z.number().int(), url: z.string(), markdown: z.string(), createdAt: z.string() });
export type KbAttachmentDto = z.infer<typeof kbAttachment>;
