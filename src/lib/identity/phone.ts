/**
 * Phone numbers are kept in E.164 (+77011234567) so the same number typed as
 * 8 701 123 45 67, +7 (701) 123-45-67 or 87011234567 matches one person.
 * Numbers outside the +7 zone must be written with their country code.
 */
export function normalizePhone(raw: string): string | null {
  const trimmed = raw.trim();
  if (!/^[+\d\s()\-.]+$/.test(trimmed)) return null;
  const digits = trimmed.replace(/\D/g, '');
  let e164: string;
  if (trimmed.startsWith('+')) e164 = digits;
  else if (digits.startsWith('00')) e164 = digits.slice(2);
  // Kazakhstan and Russia: the trunk prefix 8, or 7 without the plus.
  else if (digits.length === 11 && (digits.startsWith('8') || digits.startsWith('7'))) e164 = `7${digits.slice(1)}`;
  else if (digits.length === 10 && digits.startsWith('7')) e164 = `7${digits}`;
  else return null;
  if (e164.startsWith('7') && e164.length !== 11) return null;
  if (e164.length < 8 || e164.length > 15 || e164.startsWith('0')) return null;
  return `+${e164}`;
}

export function maskPhone(e164: string): string {
  return `${e164.slice(0, 3)}•••••${e164.slice(-2)}`;
}
