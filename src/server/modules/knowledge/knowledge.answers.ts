/**
 * Articles as answers in the support center: an operator finds an article
 * in the applicant's language and puts into the reply either its link or
 * its text (title, summary and plain text, no markup: replies go out as
 * plain text by e-mail and Telegram).
 */
import type { Language } from '../../../lib/i18n';
import type { Executor } from '../../platform/db';
import { findArticles } from './knowledge.search';

/** Longer text is cut at a word: a reply is not the place for a whole guide. */
const MAX_ANSWER_CHARS = 4000;

export type ArticleAnswer = { slug: string; lang: Language; title: string; summary: string; url: string; text: string };

export async function articleAnswers(db: Executor, q: string, lang: Language, origin: string): Promise<ArticleAnswer[]> {
  const { found } = await findArticles(db, q, lang, { limit: 8, record: false });
  return found.map(({ slug, title, summary, plainText }) => {
    const url = `${origin}/kb/${lang}/${slug}`;
    const cut = plainText.length > MAX_ANSWER_CHARS ? `${plainText.slice(0, plainText.lastIndexOf(' ', MAX_ANSWER_CHARS))} …` : plainText;
    return { slug, lang, title, summary, url, text: [title, summary, cut, url].filter(Boolean).join('\n\n') };
  });
}
