import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

/**
 * The access code that comes with a case number lets the applicant read the
 * case without an account. Only its HMAC is kept; letters that are easy to
 * confuse (0/O, 1/I/L) are left out so it can be read over the phone.
 */
const alphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export function generateAccessCode(): string {
  let code = '';
  for (let i = 0; i < 8; i += 1) code += alphabet[randomInt(alphabet.length)];
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** Applicants type codes in any case and with or without the dash. */
export function normalizeAccessCode(code: string): string {
  const letters = code.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return letters.length === 8 ? `${letters.slice(0, 4)}-${letters.slice(4)}` : letters;
}

export function hashAccessCode(secret: string, caseId: string, code: string): string {
  return createHmac('sha256', `${secret}:access-code`).update(`${caseId}:${normalizeAccessCode(code)}`).digest('hex');
}

export function accessCodeMatches(secret: string, caseId: string, code: string, storedHash: string): boolean {
  const given = Buffer.from(hashAccessCode(secret, caseId, code), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}

const sealKey = (secret: string) => createHash('sha256').update(`${secret}:idempotency-seal`).digest();

/** Keeps the code readable for a retried request only, for the day retries last. */
export function sealAccessCode(secret: string, code: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', sealKey(secret), iv);
  const sealed = Buffer.concat([cipher.update(code, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), sealed].map((b) => b.toString('base64url')).join('.');
}

export function unsealAccessCode(secret: string, sealed: string): string | null {
  try {
    const [iv, tag, data] = sealed.split('.').map((p) => Buffer.from(p, 'base64url'));
    const decipher = createDecipheriv('aes-256-gcm', sealKey(secret), iv!);
    decipher.setAuthTag(tag!);
    return Buffer.concat([decipher.update(data!), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
