/**
 * The starter articles shipped in content/knowledge: one folder per article
 * with meta.json and kk.md, ru.md, en.md (a three-line header of slug,
 * title and summary between --- lines, then Markdown). Read at first start
 * into an empty knowledge base; from then on the database is the source.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { languages, type Language } from '../../../lib/i18n';
import { localizedText } from '../../../lib/contracts/localized';

export const contentDir = path.resolve(import.meta.dirname, '../../../../content/knowledge');

export const articleSlug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u).max(120);

const articleMeta = z.object({
  key: z.string().regex(/^[a-z0-9-]+$/u).max(80),
  category: z.string().max(40),
  order: z.number().int(),
  tags: z.array(z.string().regex(/^[a-z0-9-]+$/u)).max(20),
  legalActs: z.array(
    z.object({ title: localizedText, number: z.string().max(40), date: z.iso.date(), article: z.string().max(40).optional() }),
  ),
  validFrom: z.iso.date().optional(),
  validUntil: z.iso.date().optional(),
  reviewDue: z.iso.date().optional(),
  sample: z.boolean().default(false),
});

export type ArticleFile = { slug: string; title: string; summary: string; body: string };
export type ContentArticle = z.infer<typeof articleMeta> & { translations: Record<Language, ArticleFile> };

/** Reads one language file; throws with the file's name when its header is not as described. */
export function parseArticleFile(text: string, name = 'article'): ArticleFile {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/u.exec(text.replace(/^\uFEFF/u, ''));
  if (!match) throw new Error(`${name}: no --- header`);
  const header: Record<string, string> = {};
  for (const line of match[1]!.split(/\r?\n/u)) {
    const at = line.indexOf(':');
    if (at > 0) header[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
  const slug = articleSlug.safeParse(header.slug);
  if (!slug.success || !header.title) throw new Error(`${name}: header needs a slug of latin letters, digits and hyphens, and a title`);
  return { slug: slug.data, title: header.title, summary: header.summary ?? '', body: match[2]!.trim() };
}

/** Every article folder under `dir`, in folder order. */
export function readContentArticles(dir = contentDir): ContentArticle[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((folder) => {
      const at = path.join(dir, folder);
      const meta = articleMeta.parse(JSON.parse(readFileSync(path.join(at, 'meta.json'), 'utf8')));
      const translations = Object.fromEntries(
        languages.map((lang) => [lang, parseArticleFile(readFileSync(path.join(at, `${lang}.md`), 'utf8'), `${folder}/${lang}.md`)]),
      ) as Record<Language, ArticleFile>;
      return { ...meta, translations };
    });
}
