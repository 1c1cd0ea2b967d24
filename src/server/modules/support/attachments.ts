import { createHash } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import { errors, type FieldIssue } from '../../platform/errors';
import { maxAttachments, type AttachmentInput } from './support.schema';

/** What applicants send: scans, photos, office documents and plain text. Nothing executable. */
const allowedTypes = new Set([
  'application/pdf',
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/heic',
  'image/tiff',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/msword',
  'application/x-cfb',
  'application/vnd.oasis.opendocument.text',
]);

export const attachmentMaxBytes = 5 * 1024 * 1024;

/**
 * Files travel in JSON as base64 (4 bytes for every 3), so a request with a
 * full set of attachments needs more than the general body limit.
 */
export const attachmentsBodyBytes = Math.ceil((maxAttachments * attachmentMaxBytes * 4) / 3) + 256 * 1024;

/** The API paths whose JSON bodies carry files: the web form, staff registration, replies. */
export function carriesAttachments(path: string): boolean {
  return /^\/api\/v1\/(appeals|cases)$/.test(path) || /^\/api\/v1\/cases\/[^/]+\/reply$/.test(path);
}

export type StoredAttachment = { fileName: string; mediaType: string; sizeBytes: number; sha256: string; content: Buffer };

function looksLikeText(bytes: Buffer): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The type as the bytes say, or null if it is not one we accept. */
export async function sniffMediaType(bytes: Buffer): Promise<string | null> {
  const detected = await fileTypeFromBuffer(bytes);
  if (detected) return allowedTypes.has(detected.mime) ? detected.mime : null;
  return looksLikeText(bytes) ? 'text/plain' : null;
}

const safeFileName = (name: string) => name.replace(/[\\/\u0000-\u001f]/g, '_').slice(0, 200);

/** Checks raw files from mail or Telegram; problems name the file's position. */
export async function checkAttachmentFiles(files: Array<{ fileName: string; content: Buffer }>, pathPrefix: string): Promise<StoredAttachment[]> {
  const issues: FieldIssue[] = [];
  const stored: StoredAttachment[] = [];
  for (const [i, file] of files.entries()) {
    const path = `${pathPrefix}.${i}`;
    if (file.content.length === 0) {
      issues.push({ path, code: 'attachment_empty', message: '' });
      continue;
    }
    if (file.content.length > attachmentMaxBytes) {
      issues.push({ path, code: 'attachment_too_large', message: '' });
      continue;
    }
    const mediaType = await sniffMediaType(file.content);
    if (!mediaType) {
      issues.push({ path, code: 'attachment_type_not_allowed', message: '' });
      continue;
    }
    stored.push({
      fileName: safeFileName(file.fileName),
      mediaType,
      sizeBytes: file.content.length,
      sha256: createHash('sha256').update(file.content).digest('hex'),
      content: file.content,
    });
  }
  if (issues.length) throw errors.validation(issues);
  return stored;
}

/** Decodes base64 attachments from a JSON body and checks them like any other file. */
export async function decodeAttachments(inputs: AttachmentInput[] | undefined, pathPrefix = 'json.attachments'): Promise<StoredAttachment[]> {
  if (!inputs?.length) return [];
  const issues: FieldIssue[] = [];
  const files = inputs.flatMap((input, i) => {
    if (!/^[A-Za-z0-9+/=\s]+$/.test(input.contentBase64)) {
      issues.push({ path: `${pathPrefix}.${i}.contentBase64`, code: 'attachment_not_base64', message: '' });
      return [];
    }
    return [{ fileName: input.fileName, content: Buffer.from(input.contentBase64, 'base64') }];
  });
  if (issues.length) throw errors.validation(issues);
  return checkAttachmentFiles(files, pathPrefix);
}
