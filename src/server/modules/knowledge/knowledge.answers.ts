/**
 * Articles as answers in the support center: an operator finds an article
 * in the applicant's language and puts into the reply either its link or
 * its text (title, summary and plain text, no markup: replies go out as
 * plain text by e-mail and Telegram).
 */
import { inArray } from 'drizzle-orm';
import type { Language } from '../../../lib/i18n';
import type { Executor } from '../../platform/db';
import { articlePlainText } from './markdown';
import { searchArticles } from './knowledge.search';
import { kbTranslations } from './knowledge.tables';

/** Longer text is cut at a paragraph: a reply is not the place for a whole guide. */
const MAX_ANSWER_CHARS = 4000;

export type ArticleAnswer = { slug: string; lang: Language; title: string; summary: string; url: string; text: string };

export async function articleAnswers(db: Executor, q: string, lang: Language, origin: string): Promise<ArticleAnswer[]> {
  const { items } = await searchArticles(db, q, lang, { limit: 8, record: false });
  if (!items.length) return [];
  const rows = await db
    .select({ id: kbTranslations.id, summary: kbTranslations.publishedSummary, body: kbTranslations.publishedBody })
    .from(kbTranslations)
    .where(inArray(kbTranslations.id, items.map((item) => item.id)));
  const byId = new Map(rows.map((row) => [row.id, row]));
  return items.map((item) => {
    const row = byId.get(item.id);
    const url = `${origin}/kb/${lang}/${item.slug}`;
    const plain = articlePlainText(row?.body ?? '');
    const cut = plain.length > MAX_ANSWER_CHARS ? `${plain.slice(0, plain.lastIndexOf(' ', MAX_ANSWER_CHARS))} …` : plain;
    return { slug: item.slug, lang, title: item.title, summary: row?.summary ?? '', url, text: [item.title, row?.summary ?? '', cut, url].filter(Boolean).join('\n\n') };
  });
}
