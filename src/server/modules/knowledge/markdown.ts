/**
 * Article text is Markdown written by staff. It leaves the server only as
 * HTML that markdown-it renders with raw HTML off and sanitize-html then
 * reduces to an allowlist: no script, no event handlers, no style, and
 * links only to http(s), mailto and the site itself. A video link standing
 * alone on a line becomes a click-to-play placeholder: nothing is fetched
 * from the video host until the reader asks for it.
 */
import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });

const ALLOWED: sanitizeHtml.IOptions = {
  allowedTags: ['h2', 'h3', 'h4', 'p', 'ul', 'ol', 'li', 'strong', 'em', 'a', 'blockquote', 'code', 'pre', 'hr', 'br', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'img', 'div', 'span'],
  allowedAttributes: {
    a: ['href', 'title', 'rel', 'target'],
    img: ['src', 'alt', 'title', 'loading'],
    div: ['class', 'data-video-provider', 'data-video-id'],
    span: ['class'],
    th: ['align'],
    td: ['align'],
  },
  allowedClasses: { div: ['kb-video'], span: ['kb-video-label'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: [] },
  allowProtocolRelative: false,
  // Images only from the article's own attachments.
  exclusiveFilter: (frame) => frame.tag === 'img' && !String(frame.attribs.src ?? '').startsWith('/api/v1/kb/attachments/'),
  transformTags: {
    // Headings start at h2: the page's h1 is the article title.
    h1: 'h2',
    a: (tagName, attribs) => {
      const external = /^https?:/iu.test(attribs.href ?? '');
      return { tagName, attribs: external ? { ...attribs, rel: 'noopener noreferrer nofollow', target: '_blank' } : attribs };
    },
    img: (tagName, attribs) => ({ tagName, attribs: { ...attribs, loading: 'lazy' } }),
  },
};

type Video = { provider: 'youtube' | 'vimeo'; id: string };

/** A YouTube or Vimeo address, when a line holds nothing else. */
export function videoOf(line: string): Video | null {
  const url = line.trim();
  const youtube = /^https:\/\/(?:www\.)?(?:youtube\.com\/watch\?v=|youtu\.be\/)([\w-]{6,20})(?:[&?#]\S*)?$/u.exec(url);
  if (youtube) return { provider: 'youtube', id: youtube[1]! };
  const vimeo = /^https:\/\/(?:www\.)?vimeo\.com\/(\d{3,12})(?:[?#]\S*)?$/u.exec(url);
  if (vimeo) return { provider: 'vimeo', id: vimeo[1]! };
  return null;
}

/** Where the placeholder leads without JavaScript, and what the player loads once asked. */
export function videoAddress(video: Video): string {
  return video.provider === 'youtube' ? `https://www.youtube-nocookie.com/embed/${video.id}` : `https://player.vimeo.com/video/${video.id}`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (ch) => `&#${ch.charCodeAt(0)};`);
}

/**
 * The article's HTML, safe to put in a page. `videoLabel` is the
 * placeholder's text in the page's language.
 */
export function renderArticleHtml(source: string, videoLabel = 'Video'): string {
  const blocks = String(source ?? '')
    .split(/\r?\n/u)
    .map((line) => {
      const video = videoOf(line);
      if (!video) return line;
      // Rendered as a link by markdown; the marker paragraph is swapped for the placeholder below.
      return `\n@@video:${video.provider}:${video.id}@@\n`;
    })
    .join('\n');
  const html = markdown.render(blocks).replace(/<p>@@video:(youtube|vimeo):([\w-]+)@@<\/p>/gu, (_m, provider: Video['provider'], id: string) => {
    const href = videoAddress({ provider, id });
    return `<div class="kb-video" data-video-provider="${provider}" data-video-id="${id}"><a href="${href}" rel="noopener noreferrer nofollow" target="_blank"><span class="kb-video-label">${escapeHtml(videoLabel)}</span></a></div>`;
  });
  return sanitizeHtml(html, ALLOWED);
}

/**
 * The article's words without markup, for search keys, snippets and
 * plain-text answers. Only the Markdown syntax is taken away (markers,
 * link and image addresses, emphasis, table rules); the result is text, to
 * be escaped wherever it is shown. Done with patterns rather than by
 * rendering: a search renders ten snippets, and this is a hundred times
 * cheaper than markdown-it plus the sanitiser.
 */
export function articlePlainText(source: string): string {
  return String(source ?? '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/gu, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/gu, '$1')
    .replace(/^[ \t]{0,3}(?:#{1,6}|>+|[-*+]|\d{1,9}[.)])[ \t]+/gmu, '')
    .replace(/^[ \t]*\|?[ \t]*:?-{3,}[-:| \t]*$/gmu, ' ')
    .replace(/^[ \t]*(?:-{3,}|\*{3,}|_{3,})[ \t]*$/gmu, ' ')
    .replace(/\|/gu, ' ')
    .replace(/(\*\*|__|~~|`+)/gu, '')
    .replace(/(^|[\s(])[*_]([^\s*_][^*_]*?)[*_](?=[\s).,;:!?]|$)/gmu, '$1$2')
    .replace(/\\([\\`*_{}[\]()#+\-.!|])/gu, '$1')
    .replace(/\s+/gu, ' ')
    .trim();
}
