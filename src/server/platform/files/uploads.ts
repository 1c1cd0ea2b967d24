/**
 * Checking uploaded files: never trusted by their name or declared type.
 * The bytes say what a file is (file-type's signatures); a file is kept
 * only when that type is one the caller accepts, within its size limit.
 * Problems are field issues naming the file's position, so the one error
 * shape can say which file was refused and why.
 */
import { createHash } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import { errors, type FieldIssue } from '../errors';

export type FilePolicy = {
  /** Media types accepted, as the bytes say them. */
  allowed: ReadonlySet<string>;
  maxBytes: number;
  /** Accept UTF-8 text without a signature as text/plain. */
  acceptText?: boolean;
};

export type CheckedFile = { fileName: string; mediaType: string; sizeBytes: number; sha256: string; content: Buffer };

function looksLikeText(bytes: Buffer): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The type as the bytes say, or null if the policy does not accept it. */
export async function sniffMediaType(bytes: Buffer, policy: FilePolicy): Promise<string | null> {
  const detected = await fileTypeFromBuffer(bytes);
  if (detected) return policy.allowed.has(detected.mime) ? detected.mime : null;
  return policy.acceptText && looksLikeText(bytes) ? 'text/plain' : null;
}

export const safeFileName = (name: string) => name.replace(/[\\/\u0000-\u001f]/g, '_').slice(0, 200);

/** Checks raw files against the policy; problems name `${pathPrefix}.${position}`. */
export async function checkFiles(files: Array<{ fileName: string; content: Buffer }>, policy: FilePolicy, pathPrefix: string): Promise<CheckedFile[]> {
  const issues: FieldIssue[] = [];
  const checked: CheckedFile[] = [];
  for (const [i, file] of files.entries()) {
    const path = `${pathPrefix}.${i}`;
    if (file.content.length === 0) {
      issues.push({ path, code: 'attachment_empty', message: '' });
      continue;
    }
    if (file.content.length > policy.maxBytes) {
      issues.push({ path, code: 'attachment_too_large', message: '' });
      continue;
    }
    const mediaType = await sniffMediaType(file.content, policy);
    if (!mediaType) {
      issues.push({ path, code: 'attachment_type_not_allowed', message: '' });
      continue;
    }
    checked.push({ fileName: safeFileName(file.fileName), mediaType, sizeBytes: file.content.length, sha256: createHash('sha256').update(file.content).digest('hex'), content: file.content });
  }
  if (issues.length) throw errors.validation(issues);
  return checked;
}

/** Decodes base64 files from a JSON body and checks them like any other file. */
export async function decodeBase64Files(inputs: Array<{ fileName: string; contentBase64: string }> | undefined, policy: FilePolicy, pathPrefix: string): Promise<CheckedFile[]> {
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
  return checkFiles(files, policy, pathPrefix);
}

/** The JSON body a request needs to carry `count` files of `maxBytes` as base64 (4 bytes for every 3), with room for the rest. */
export const base64BodyBytes = (count: number, maxBytes: number) => Math.ceil((count * maxBytes * 4) / 3) + 256 * 1024;
