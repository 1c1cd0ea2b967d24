/**
 * Files sent with an appeal. The server sniffs each file's type and checks
 * its size again; these checks only spare a person a long upload that would
 * be refused.
 */
export const maxFiles = 5;
export const maxFileBytes = 5 * 1024 * 1024;

/** What the file picker offers, by extension as phones' pickers read it: the kinds the server accepts. */
export const acceptedFileTypes = '.pdf,.jpg,.jpeg,.png,.webp,.heic,.tif,.tiff,.doc,.docx,.xlsx,.odt,.txt';

const acceptedExtensions = new Set(acceptedFileTypes.split(','));
const extension = (name: string) => (name.includes('.') ? name.slice(name.lastIndexOf('.')).toLowerCase() : '');

export type FileProblem = 'tooMany' | 'tooLarge' | 'empty' | 'type';
export type RejectedFile = { name: string; problem: FileProblem };
type Named = Blob & { name: string };

/** Adds picked files to the chosen ones; the rest are named with the reason. The same file twice counts once. */
export function addFiles<F extends Named>(chosen: F[], picked: F[]): { files: F[]; rejected: RejectedFile[] } {
  const files = [...chosen];
  const rejected: RejectedFile[] = [];
  const same = (a: F, b: F) => a.name === b.name && a.size === b.size;
  for (const file of picked) {
    if (files.some((f) => same(f, file))) continue;
    // The picker offers these kinds only, but a person can still choose "all files".
    if (!acceptedExtensions.has(extension(file.name))) rejected.push({ name: file.name, problem: 'type' });
    else if (file.size === 0) rejected.push({ name: file.name, problem: 'empty' });
    else if (file.size > maxFileBytes) rejected.push({ name: file.name, problem: 'tooLarge' });
    else if (files.length >= maxFiles) rejected.push({ name: file.name, problem: 'tooMany' });
    else files.push(file);
  }
  return { files, rejected };
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // In slices: String.fromCharCode takes its bytes as arguments, and a 5 MB file is too many.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export async function encodeFile(file: Named): Promise<{ fileName: string; contentBase64: string }> {
  return { fileName: file.name, contentBase64: toBase64(new Uint8Array(await file.arrayBuffer())) };
}

/**
 * "2.4 MB", "380 KB": sizes as people read them. The unit comes from the
 * dictionary: browsers' unit names are incomplete for Kazakh (Chromium writes "kB").
 */
export function fileSize(bytes: number, language: string, t: (key: 'appeal.fileSizeKb' | 'appeal.fileSizeMb', options: { value: string }) => string): string {
  const number = (value: number) => new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value);
  return bytes >= 1024 * 1024 ? t('appeal.fileSizeMb', { value: number(bytes / 1024 / 1024) }) : t('appeal.fileSizeKb', { value: number(Math.max(1, Math.round(bytes / 1024))) });
}
