/**
 * The public knowledge base as plain HTML pages rendered here, so that
 * articles read with JavaScript off, are indexed by search engines and print
 * cleanly: GET /kb/{lang} (the contents), GET /kb/{lang}/{slug} (an article)
 * and POST /kb/{lang}/{slug}/feedback ("Was this helpful?" as a plain form).
 * The page language is the one in the address; the caller's language serves
 * only for a 404 under an unknown language.
 */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { isLanguage, translator, type Language } from '../../../lib/i18n';
import { isAppError } from '../../platform/errors';
import type { AppEnv } from '../../platform/http';
import { getPublishedArticle, listCategories, recordArticleFeedback, type PublishedArticle } from './knowledge.articles';
import { pagePolicy } from './knowledge.page-assets';
import { articlePage, articlePath, indexPage, notFoundPage, type FeedbackState } from './knowledge.page-views';
import { feedbackLimiter } from './knowledge.routes';
import { articleSlugSchema, kbFeedbackRequest } from './knowledge.schema';

type PageContext = Context<AppEnv>;

/** A comment of 2,000 Cyrillic letters is about 12 KB once form-encoded; anything far larger is not a comment. */
const formBytesLimit = 32 * 1024;
const commentMax = kbFeedbackRequest.shape.comment.unwrap().maxLength ?? 2000;

/** The address the reader sees: behind a trusted proxy, the host and scheme it forwarded. */
function siteOrigin(c: PageContext): { host: string; origin: string } {
  const url = new URL(c.req.url);
  const trusted = c.var.config.trustProxy;
  const host = (trusted && c.req.header('x-forwarded-host')?.split(',')[0]?.trim()) || c.req.header('host') || url.host;
  const scheme = (trusted && c.req.header('x-forwarded-proto')?.split(',')[0]?.trim()) || url.protocol.replace(':', '');
  return { host, origin: `${scheme}://${host}` };
}

/**
 * The feedback form carries no CSRF token: the page would then need a
 * cookie, and a reader with JavaScript and cookies off must still be able
 * to vote. Browsers send Origin on every form POST (and Referer, which the
 * site's same-origin Referrer-Policy keeps for its own pages), so a form
 * posted from another site names that site and is refused here. A request
 * with neither header (an old browser, a privacy extension) is let through:
 * refusing it would break voting for those readers, while what a forger
 * could gain is one more anonymous vote, which the per-address rate limit
 * caps and which changes nothing of anyone's.
 */
function sameSite(c: PageContext): boolean {
  const claimed = c.req.header('origin') ?? c.req.header('referer');
  if (claimed === undefined) return true;
  try {
    // Hosts only: TLS ending at a proxy makes the scheme seen here differ from the browser's.
    return new URL(claimed).host === siteOrigin(c).host;
  } catch {
    return false; // "null" (sandboxed frames, cross-site redirects) and anything unparsable
  }
}

/** Pages set their own, stricter policy; the site-wide headers middleware keeps it. */
async function sendPage(c: PageContext, markup: string | Promise<string>, status: 200 | 403 | 404 | 413 | 422 | 429 = 200) {
  c.header('Content-Security-Policy', pagePolicy);
  c.header('Cache-Control', 'no-cache');
  return c.html(await markup, status);
}

function sendNotFound(c: PageContext, lang: Language) {
  return sendPage(c, notFoundPage(translator(lang), lang), 404);
}

async function findArticle(c: PageContext, lang: Language, slug: string): Promise<PublishedArticle | null> {
  if (!articleSlugSchema.safeParse(slug).success) return null;
  try {
    return await getPublishedArticle(c.var.db, slug, lang, translator(lang)('pages.kb.videoPlay'));
  } catch (error) {
    if (isAppError(error) && error.status === 404) return null;
    throw error;
  }
}

function sendArticle(c: PageContext, article: PublishedArticle, feedback: FeedbackState, status: 200 | 403 | 413 | 422 | 429 = 200) {
  const page = articlePage({ t: translator(article.lang), article, origin: siteOrigin(c).origin, feedback, commentMax });
  return sendPage(c, page, status);
}

/** Field values as the form sent them; a repeated or file field counts as missing. */
const field = (body: Record<string, unknown>, name: string) => (typeof body[name] === 'string' ? body[name] : undefined);

async function receiveFeedback(c: PageContext) {
  const lang = c.req.param('lang');
  if (!isLanguage(lang)) return sendNotFound(c, c.var.lang);
  const article = await findArticle(c, lang, c.req.param('slug') ?? '');
  if (!article) return sendNotFound(c, lang);
  const t = translator(lang);
  if (!sameSite(c)) return sendArticle(c, article, { thanks: false, error: t('pages.kb.feedbackCrossSite') }, 403);
  try {
    feedbackLimiter().hit(c.var.ip ?? 'unknown');
  } catch (error) {
    if (!isAppError(error) || error.status !== 429) throw error;
    for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
    return sendArticle(c, article, { thanks: false, error: t('pages.kb.feedbackTooMany', { count: Number(error.params.seconds) }) }, 429);
  }
  const body = await c.req.parseBody();
  const helpful = field(body, 'helpful');
  const comment = field(body, 'comment');
  const kept = { thanks: false, helpful, comment };
  if (helpful !== 'yes' && helpful !== 'no') return sendArticle(c, article, { ...kept, error: t('pages.kb.feedbackChoose') }, 422);
  const parsed = kbFeedbackRequest.safeParse({ helpful: helpful === 'yes', comment });
  if (!parsed.success) return sendArticle(c, article, { ...kept, error: t('pages.kb.feedbackTooLong', { count: commentMax }) }, 422);
  await recordArticleFeedback(c.var.db, article.id, parsed.data.helpful, parsed.data.comment ?? null);
  return c.redirect(`${articlePath(lang, article.slug)}?thanks=1#feedback`, 303);
}

/** Mounted before the web app's fallback, so these addresses never reach the single-page app. */
export function knowledgePages(): Hono<AppEnv> {
  return new Hono<AppEnv>()
    // A trailing slash (typed, or left by a link) leads to the page's own address.
    .get('/kb/:lang/', (c) => {
      const lang = c.req.param('lang');
      return isLanguage(lang) ? c.redirect(`/kb/${lang}`, 301) : sendNotFound(c, c.var.lang);
    })
    .get('/kb/:lang/:slug/', (c) => {
      const lang = c.req.param('lang');
      const slug = c.req.param('slug');
      return isLanguage(lang) && articleSlugSchema.safeParse(slug).success ? c.redirect(articlePath(lang, slug), 301) : sendNotFound(c, isLanguage(lang) ? lang : c.var.lang);
    })
    .get('/kb/:lang', async (c) => {
      const lang = c.req.param('lang');
      if (!isLanguage(lang)) return sendNotFound(c, c.var.lang);
      return sendPage(c, indexPage(translator(lang), lang, await listCategories(c.var.db, lang), siteOrigin(c).origin));
    })
    .get('/kb/:lang/:slug', async (c) => {
      const lang = c.req.param('lang');
      if (!isLanguage(lang)) return sendNotFound(c, c.var.lang);
      const slug = c.req.param('slug');
      const article = await findArticle(c, lang, slug);
      if (!article) return sendNotFound(c, lang);
      // A slug of another language finds the article too; the reader is sent to its own address in this language.
      if (article.slug !== slug) return c.redirect(articlePath(lang, article.slug), 301);
      return sendArticle(c, article, { thanks: c.req.query('thanks') === '1' });
    })
    .post(
      '/kb/:lang/:slug/feedback',
      bodyLimit({
        maxSize: formBytesLimit,
        onError: async (c) => {
          const lang = c.req.param('lang');
          const article = isLanguage(lang) ? await findArticle(c, lang, c.req.param('slug') ?? '') : null;
          if (!article) return sendNotFound(c, isLanguage(lang) ? lang : c.var.lang);
          return sendArticle(c, article, { thanks: false, error: translator(article.lang)('pages.kb.feedbackTooLarge') }, 413);
        },
      }),
      receiveFeedback,
    );
}
