import { base64BodyBytes, checkFiles, decodeBase64Files, type CheckedFile, type FilePolicy } from '../../platform/files';
import { maxAttachments, type AttachmentInput } from './support.schema';

export const attachmentMaxBytes = 5 * 1024 * 1024;

/** What applicants send: scans, photos, office documents and plain text. Nothing executable. */
const applicantFiles: FilePolicy = {
  allowed: new Set([
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
  ]),
  maxBytes: attachmentMaxBytes,
  acceptText: true,
};

/**
 * Files travel in JSON as base64 (4 bytes for every 3), so a request with a
 * full set of attachments needs more than the general body limit.
 */
export const attachmentsBodyBytes = base64BodyBytes(maxAttachments, attachmentMaxBytes);

/** The API paths whose JSON bodies carry files: the web form, staff registration, replies. */
export function carriesAttachments(path: string): boolean {
  return /^\/api\/v1\/(appeals|cases)$/.test(path) || /^\/api\/v1\/cases\/[^/]+\/reply$/.test(path);
}

export type StoredAttachment = CheckedFile;

/** Checks raw files from mail or Telegram; problems name the file's position. */
export function checkAttachmentFiles(files: Array<{ fileName: string; content: Buffer }>, pathPrefix: string): Promise<StoredAttachment[]> {
  return checkFiles(files, applicantFiles, pathPrefix);
}

/** Decodes base64 attachments from a JSON body and checks them like any other file. */
export function decodeAttachments(inputs: AttachmentInput[] | undefined, pathPrefix = 'json.attachments'): Promise<StoredAttachment[]> {
  return decodeBase64Files(inputs, applicantFiles, pathPrefix);
}
