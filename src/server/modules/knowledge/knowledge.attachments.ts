/**
 * Images, infographics and PDFs of an article: uploaded by editors (base64
 * in JSON, as every upload of the API), checked by their bytes, kept in the
 * database and served at /api/v1/kb/attachments/{id}, the only address the
 * article sanitiser lets images come from. SVG is not accepted: it can
 * carry script.
 */
import { desc, eq } from 'drizzle-orm';
import type { Executor } from '../../platform/db';
import { recordAudit } from '../../platform/audit';
import { base64BodyBytes, decodeBase64Files, type FilePolicy } from '../../platform/files';
import { errors } from '../../platform/errors';
import type { RequestMeta } from '../../platform/http';
import { kbArticles, kbAttachments } from './knowledge.tables';

export const kbAttachmentMaxBytes = 10 * 1024 * 1024;
const articleFiles: FilePolicy = { allowed: new Set(['image/png', 'image/jpeg', 'image/webp', 'image/gif', 'application/pdf']), maxBytes: kbAttachmentMaxBytes };

/** One file per request. */
export const kbUploadBodyBytes = base64BodyBytes(1, kbAttachmentMaxBytes);
export const carriesKbUpload = (path: string) => /^\/api\/v1\/kb\/admin\/articles\/[^/]+\/attachments$/u.test(path);

export const attachmentUrl = (id: string) => `/api/v1/kb/attachments/${id}`;

function describe(row: { id: string; fileName: string; contentType: string; size: number; createdAt: Date }) {
  const url = attachmentUrl(row.id);
  const name = row.fileName.replace(/[[\]()]/gu, '');
  // What the editor pastes into the text: an image, or a link to the PDF.
  const markdown = row.contentType.startsWith('image/') ? `![${name}](${url})` : `[${name}](${url})`;
  return { id: row.id, fileName: row.fileName, contentType: row.contentType, size: row.size, url, markdown, createdAt: row.createdAt.toISOString() };
}

export async function uploadAttachment(db: Executor, meta: RequestMeta, articleId: string, input: { fileName: string; contentBase64: string }) {
  const [article] = await db.select({ id: kbArticles.id }).from(kbArticles).where(eq(kbArticles.id, articleId));
  if (!article) throw errors.notFound('article');
  const [file] = await decodeBase64Files([input], articleFiles, 'file');
  const [row] = await db
    .insert(kbAttachments)
    .values({ articleId, fileName: file!.fileName, contentType: file!.mediaType, size: file!.sizeBytes, content: file!.content, uploadedBy: meta.actor?.id ?? null })
    .returning();
  await recordAudit(db, meta, { action: 'kb.attach', entityType: 'kb_article', entityId: articleId, details: { attachmentId: row!.id, fileName: row!.fileName } });
  return describe(row!);
}

export async function listAttachments(db: Executor, articleId: string) {
  const rows = await db
    .select({ id: kbAttachments.id, fileName: kbAttachments.fileName, contentType: kbAttachments.contentType, size: kbAttachments.size, createdAt: kbAttachments.createdAt })
    .from(kbAttachments)
    .where(eq(kbAttachments.articleId, articleId))
    .orderBy(desc(kbAttachments.createdAt));
  return rows.map(describe);
}

export async function deleteAttachment(db: Executor, meta: RequestMeta, id: string): Promise<void> {
  const [row] = await db.delete(kbAttachments).where(eq(kbAttachments.id, id)).returning({ articleId: kbAttachments.articleId, fileName: kbAttachments.fileName });
  if (!row) throw errors.notFound('attachment');
  await recordAudit(db, meta, { action: 'kb.detach', entityType: 'kb_article', entityId: row.articleId, details: { attachmentId: id, fileName: row.fileName } });
}

/**
 * The file for readers, and for the editor's preview of a draft: served by
 * its random id, like the article text it belongs to, with no personal data.
 */
export async function attachmentFile(db: Executor, id: string) {
  const [row] = await db
    .select({ fileName: kbAttachments.fileName, contentType: kbAttachments.contentType, content: kbAttachments.content })
    .from(kbAttachments)
    .where(eq(kbAttachments.id, id));
  if (!row) throw errors.notFound('attachment');
  return row;
}
