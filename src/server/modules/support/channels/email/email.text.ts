import { createHash } from 'node:crypto';

/** external_id is varchar(300); a longer Message-Id is kept as its hash, the same way on every lookup. */
const maxIdLength = 300;
export const hashedIdDomain = 'hashed.otandas.invalid';

/** A Message-Id as stored: trimmed, in angle brackets, hashed when too long for the column. */
export function normalizeMessageId(raw: string): string | null {
  const bare = raw.trim().replace(/^<+/, '').replace(/>+$/, '').trim();
  if (!bare || /\s/.test(bare)) return null;
  const id = `<${bare}>`;
  return id.length <= maxIdLength ? id : `<${createHash('sha256').update(bare).digest('hex')}@${hashedIdDomain}>`;
}

/** The ids a reply names, the one it answers first, then References from the newest back. */
export function threadCandidates(inReplyTo: string | undefined, references: string | string[] | undefined): string[] {
  const refs = (Array.isArray(references) ? references : references ? [references] : []).flatMap((r) => r.split(/\s+/));
  const ids = [...(inReplyTo ? inReplyTo.split(/\s+/) : []), ...refs.reverse()];
  return [...new Set(ids.flatMap((id) => normalizeMessageId(id) ?? []))].slice(0, 50);
}

/** The case number tag replies carry in their subject: "Re: … [#2026-000123]". */
export function caseNumberTag(subject: string | undefined): string | null {
  return subject?.match(/\[#(\d{4}-\d{6,})\]/)?.[1] ?? null;
}

/** "Re: <subject> [#number]", without piling up prefixes or tags on a long thread. */
export function replySubject(original: string, caseNumber: string): string {
  const bare = original
    .replace(/\s*\[#\d{4}-\d{6,}\]\s*/g, ' ')
    .replace(/^\s*((re|fwd?|aw|ответ|отв)\s*(\[\d+\])?\s*:\s*)+/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  return `Re: ${bare ? `${bare} ` : ''}[#${caseNumber}]`;
}

const separator = /^\s*(-{2,}\s*(original message|исходное сообщение|пересылаемое сообщение|forwarded message|бастапқы хат)\s*-{2,}|_{20,})\s*$/i;
// Attribution lines carry a date or an address, which sets them apart from
// a sentence of new text that happens to end in "wrote:".
const attributionVerb = /(^|\s)(wrote|пишет|написал|написала|написал\(а\)|жазды|жазған)\s*:\s*$/i;
const attributionAddress = /<[^<>\s]+@[^<>\s]+>\s*:\s*$/;
const attribution = { test: (line: string) => line.length <= 400 && ((attributionVerb.test(line) && /[\d@]/.test(line)) || attributionAddress.test(line)) };
const headerField = /^\s*\*?(from|от|кімнен|sent|date|отправлено|дата|жіберілді|to|кому|кімге|subject|тема|тақырып)\s*:\*?\s*\S/i;
const fromField = /^\s*\*?(from|от|кімнен)\s*:\*?\s*\S/i;

/**
 * Where the quoted part of a reply opens, in the clients applicants use:
 * Gmail/Apple ("On … wrote:", wrapped over two lines at most), Russian and
 * Kazakh clients, Outlook's separator and its From/Sent/To header block.
 */
function quoteStartsAt(lines: string[], i: number): boolean {
  const line = lines[i]!;
  const next = lines[i + 1]?.trim() ?? '';
  if (separator.test(line) || attribution.test(line)) return true;
  if (next && !line.trim().endsWith(':') && line.trim() && attribution.test(`${line.trim()} ${next}`)) return true;
  // An Outlook header block: From: followed by at least one more header line.
  return fromField.test(line) && lines.slice(i + 1, i + 4).some((l) => headerField.test(l) && !fromField.test(l));
}

/**
 * The new part of a reply: the text above the first quote header, or above
 * the trailing block of ">" lines. The whole text comes back when stripping
 * would leave nothing, so a message is never emptied by mistake.
 */
export function stripQuotedReply(text: string): { text: string; stripped: boolean } {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let end = lines.length;
  for (let i = 0; i < lines.length; i += 1) {
    if (quoteStartsAt(lines, i)) {
      end = i;
      break;
    }
  }
  // Drop the trailing run of quoted and blank lines (bottom-posted quotes).
  while (end > 0 && /^\s*(>.*)?$/.test(lines[end - 1]!)) end -= 1;
  const kept = lines.slice(0, end).join('\n').trim();
  const whole = text.replace(/\r\n?/g, '\n').trim();
  if (!kept) return { text: whole, stripped: false };
  return { text: kept, stripped: kept !== whole };
}
