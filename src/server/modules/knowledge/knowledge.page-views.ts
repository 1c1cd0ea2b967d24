/**
 * Markup of the server-rendered knowledge-base pages. Every value goes
 * through hono's `html` template, which escapes it; the article body is the
 * one `raw` insert, and it comes out of renderArticleHtml already sanitised.
 */
import { html, raw } from 'hono/html';
import type { TFunction } from 'i18next';
import { formatDate, languages, type Language } from '../../../lib/i18n';
import type { CategoryListing, PublishedArticle } from './knowledge.articles';
import { pageStyle, videoScript } from './knowledge.page-assets';

type Markup = ReturnType<typeof html>;

/** Each language by its own name, as a reader looks for it in a switcher. */
const autonyms: Record<Language, string> = { kk: 'Қазақша', ru: 'Русский', en: 'English' };

export const indexPath = (lang: Language) => `/kb/${lang}`;
const categoryAnchor = (code: string) => `category-${code}`;
export const articlePath = (lang: Language, slug: string) => `/kb/${lang}/${encodeURIComponent(slug)}`;

type Shell = {
  lang: Language;
  t: TFunction;
  title: string;
  description?: string;
  /** Absolute address of this page, for search engines; none on a 404. */
  canonical?: string;
  alternates?: Array<{ lang: Language; href: string }>;
  content: Markup;
  /** Only pages that hold a video placeholder carry the script. */
  withScript?: boolean;
};

function shell({ lang, t, title, description, canonical, alternates = [], content, withScript = false }: Shell): Markup {
  const kk = alternates.find((a) => a.lang === 'kk');
  return html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
${description ? html`<meta name="description" content="${description}">` : ''}
${canonical ? html`<link rel="canonical" href="${canonical}">` : html`<meta name="robots" content="noindex">`}
${alternates.map((a) => html`<link rel="alternate" hreflang="${a.lang}" href="${a.href}">`)}
${kk ? html`<link rel="alternate" hreflang="x-default" href="${kk.href}">` : ''}
<style>${raw(pageStyle)}</style>
</head>
<body>
<a class="kb-skip" href="#main">${t('pages.kb.skipLink')}</a>
<header class="kb-header">
<div class="kb-wrap">
<a class="kb-site" href="/">${t('pages.kb.siteName')}</a>
<nav aria-label="${t('pages.kb.navLabel')}">
<ul>
<li><a href="/">${t('pages.kb.navHome')}</a></li>
<li><a href="/kb?q=">${t('pages.kb.navSearch')}</a></li>
<li><a href="/appeal">${t('pages.kb.navAppeal')}</a></li>
</ul>
</nav>
</div>
</header>
<main id="main" class="kb-wrap" tabindex="-1">
${content}
</main>
<footer>
<div class="kb-wrap">
<p>${t('pages.kb.footerNote')}</p>
<p>© ${t('pages.kb.siteName')}</p>
</div>
</footer>
${withScript ? html`<script>${raw(videoScript)}</script>` : ''}
</body>
</html>`;
}

/** Plain links to the same page in the other languages. */
function languageLinks(t: TFunction, current: Language, links: Array<{ lang: Language; href: string }>): Markup {
  const others = links.filter((l) => l.lang !== current);
  if (!others.length) return html``;
  return html`<nav class="kb-langs" aria-labelledby="kb-langs-title">
<h2 id="kb-langs-title">${t('pages.kb.otherLanguages')}</h2>
<ul>${others.map((l) => html`<li><a href="${l.href}" hreflang="${l.lang}" lang="${l.lang}">${autonyms[l.lang]}</a></li>`)}</ul>
</nav>`;
}

/** A translated sentence with its date as a <time> element; the sentence is split around the date, so both parts stay escaped. */
function withDate(t: TFunction, key: string, value: string, lang: Language): Markup {
  const [before = '', after = ''] = t(key, { date: '\u0000' }).split('\u0000');
  return html`${before}<time datetime="${value}">${formatDate(value, lang)}</time>${after}`;
}

function legalBasis(t: TFunction, article: PublishedArticle): Markup {
  if (!article.legalActs.length) return html``;
  return html`<section aria-labelledby="kb-legal-title">
<h2 id="kb-legal-title">${t('pages.kb.legalBasis')}</h2>
<ul>${article.legalActs.map(
    (act) =>
      html`<li>${act.title}, ${t('pages.kb.actNumber', { number: act.number, date: formatDate(act.date, article.lang) })}${act.article ? html`, ${t('pages.kb.actArticle', { article: act.article })}` : ''}</li>`,
  )}</ul>
</section>`;
}

function dates(t: TFunction, article: PublishedArticle): Markup {
  const { lang } = article;
  const lines = [
    article.validFrom && html`<li>${withDate(t, 'pages.kb.validFrom', article.validFrom, lang)}</li>`,
    article.validUntil && html`<li>${withDate(t, 'pages.kb.validUntil', article.validUntil, lang)}</li>`,
    article.publishedAt && html`<li>${withDate(t, 'pages.kb.updated', article.publishedAt, lang)}</li>`,
  ].filter(Boolean);
  return lines.length ? html`<ul class="kb-meta">${lines}</ul>` : html``;
}

/** What the reader sent, kept when the form comes back with an error. */
export type FeedbackState = { thanks: boolean; error?: string; helpful?: string; comment?: string };

function feedbackForm(t: TFunction, article: PublishedArticle, state: FeedbackState, commentMax: number): Markup {
  const heading = html`<h2 id="kb-feedback-title">${t('pages.kb.feedbackTitle')}</h2>`;
  if (state.thanks) return html`<section id="feedback" class="kb-feedback" aria-labelledby="kb-feedback-title">${heading}<p class="kb-thanks" role="status">${t('pages.kb.feedbackThanks')}</p></section>`;
  const error = state.error ? html`<p id="kb-feedback-error" class="kb-error" role="alert">${state.error}</p>` : '';
  const radio = (value: 'yes' | 'no', label: string) =>
    html`<label><input type="radio" name="helpful" value="${value}" required${state.helpful === value ? raw(' checked') : ''}> ${label}</label>`;
  return html`<section id="feedback" class="kb-feedback" aria-labelledby="kb-feedback-title">
${heading}
${error}
<form method="post" action="${articlePath(article.lang, article.slug)}/feedback">
<fieldset aria-labelledby="kb-feedback-title"${state.error ? raw(' aria-describedby="kb-feedback-error"') : ''}>
${radio('yes', t('pages.kb.feedbackYes'))}
${radio('no', t('pages.kb.feedbackNo'))}
</fieldset>
<label class="kb-field" for="kb-comment">${t('pages.kb.feedbackComment')}</label>
<textarea id="kb-comment" name="comment" rows="3" maxlength="${commentMax}" aria-describedby="kb-comment-hint">${state.comment ?? ''}</textarea>
<p id="kb-comment-hint" class="kb-hint">${t('pages.kb.feedbackCommentHint')}</p>
<button type="submit">${t('pages.kb.feedbackSend')}</button>
</form>
</section>`;
}

export type ArticlePage = {
  t: TFunction;
  article: PublishedArticle;
  origin: string;
  feedback: FeedbackState;
  commentMax: number;
};

export function articlePage({ t, article, origin, feedback, commentMax }: ArticlePage): Markup {
  const { lang } = article;
  const links = article.translations.map((tr) => ({ lang: tr.lang, href: articlePath(tr.lang, tr.slug) }));
  const source = article.translations.find((tr) => tr.lang === article.sourceLang);
  const content = html`<nav class="kb-crumbs" aria-label="${t('pages.kb.breadcrumbLabel')}">
<ol>
<li><a href="${indexPath(lang)}">${t('pages.kb.title')}</a></li>
<li><a href="${indexPath(lang)}#${categoryAnchor(article.category.code)}">${article.category.name}</a></li>
<li aria-current="page">${article.title}</li>
</ol>
</nav>
<article>
<h1>${article.title}</h1>
${article.summary ? html`<p class="kb-summary">${article.summary}</p>` : ''}
${article.sample ? html`<p class="kb-notice" role="note">${t('pages.kb.sampleNotice')}</p>` : ''}
${article.outdated && source
    ? html`<p class="kb-notice kb-outdated" role="note">${t('pages.kb.outdatedNotice')} <a href="${articlePath(source.lang, source.slug)}" hreflang="${source.lang}">${t('pages.kb.outdatedSource', { language: autonyms[source.lang] })}</a></p>`
    : ''}
<div class="kb-body">${raw(article.html)}</div>
${legalBasis(t, article)}
${dates(t, article)}
</article>
${languageLinks(t, lang, links)}
${feedbackForm(t, article, feedback, commentMax)}`;
  return shell({
    lang,
    t,
    title: `${article.title} — ${t('pages.kb.title')}`,
    description: article.summary || undefined,
    canonical: origin + articlePath(lang, article.slug),
    alternates: links.map((l) => ({ lang: l.lang, href: origin + l.href })),
    content,
    withScript: article.html.includes('class="kb-video"'),
  });
}

export function indexPage(t: TFunction, lang: Language, categories: CategoryListing[], origin: string): Markup {
  const links = languages.map((l) => ({ lang: l, href: indexPath(l) }));
  const content = html`<h1>${t('pages.kb.indexTitle')}</h1>
<p class="kb-summary">${t('pages.kb.indexLead')}</p>
${categories.map(
    (category) => html`<section aria-labelledby="${categoryAnchor(category.code)}">
<h2 id="${categoryAnchor(category.code)}">${category.name}</h2>
<p class="kb-count">${t('pages.kb.articleCount', { count: category.articles.length })}</p>
${category.articles.length
      ? html`<ul class="kb-toc">${category.articles.map((a) => html`<li><a href="${articlePath(lang, a.slug)}">${a.title}</a>${a.summary ? html`<p>${a.summary}</p>` : ''}</li>`)}</ul>`
      : html`<p>${t('pages.kb.emptyCategory')}</p>`}
</section>`,
  )}
${languageLinks(t, lang, links)}`;
  return shell({
    lang,
    t,
    title: `${t('pages.kb.indexTitle')} — ${t('pages.kb.title')}`,
    description: t('pages.kb.indexLead'),
    canonical: origin + indexPath(lang),
    alternates: links.map((l) => ({ lang: l.lang, href: origin + l.href })),
    content,
  });
}

export function notFoundPage(t: TFunction, lang: Language): Markup {
  const content = html`<h1>${t('pages.kb.notFoundTitle')}</h1>
<p>${t('pages.kb.notFoundText')}</p>
<p><a href="${indexPath(lang)}">${t('pages.kb.notFoundBack')}</a></p>`;
  return shell({ lang, t, title: `${t('pages.kb.notFoundTitle')} — ${t('pages.kb.title')}`, content });
}
