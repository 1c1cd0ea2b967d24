import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Executor } from '../../../../platform/db';
import { isAppError } from '../../../../platform/errors';
import { normalizeEmail } from '../../../../../lib/identity';
import { checkAttachmentFiles, type StoredAttachment } from '../../attachments';
import { createCase } from '../../intake';
import { supportCaseEntries, supportCases } from '../../support.tables';
import { addApplicantMessage } from '../../workflow';
import { caseNumberTag, stripQuotedReply } from './email.text';

/** A received mail, parsed and reduced to what the support center keeps. */
export type InboundMail = {
  /** Normalised Message-Id (or a stand-in derived from the content when the mail had none). */
  messageId: string;
  /** The From header's mailbox; null only for a mail without a usable From. */
  from: { address: string; name: string } | null;
  /** The mailbox it was delivered to (envelope recipient). */
  to: string | null;
  subject: string;
  /** Plain text body; mailparser has already turned an HTML-only body into text. */
  text: string;
  /** Message-Ids the mail answers (In-Reply-To, then References newest first), normalised. */
  threadIds: string[];
  /** Auto-Submitted other than "no": a vacation notice or a bounce. Kept, and marked. */
  autoSubmitted: boolean;
  attachments: Array<{ fileName: string; content: Buffer }>;
};

export type RefusedAttachment = { fileName: string; code: string };

export type MailOutcome =
  | { outcome: 'duplicate'; caseId: string }
  | { outcome: 'created' | 'threaded'; caseId: string; entryId: number; threadedBy: 'header' | 'subject' | null; attachments: number; refused: number };

/**
 * Files are checked one by one, so one refused file (an .exe, a 30 MB video)
 * costs only itself: the mail and its other files are kept.
 */
export async function screenAttachments(files: InboundMail['attachments']): Promise<{ stored: StoredAttachment[]; refused: RefusedAttachment[] }> {
  const stored: StoredAttachment[] = [];
  const refused: RefusedAttachment[] = [];
  for (const file of files) {
    try {
      stored.push(...(await checkAttachmentFiles([file], 'attachments')));
    } catch (error) {
      if (!isAppError(error) || error.code !== 'validation_failed') throw error;
      const issues = Array.isArray(error.details) ? error.details : [];
      refused.push({ fileName: file.fileName, code: String(issues[0]?.code ?? 'attachment_refused') });
    }
  }
  return { stored, refused };
}

function noteRefused(body: string, refused: RefusedAttachment[]): string {
  if (!refused.length) return body;
  const lines = refused.map((r) => `[attachment not accepted: ${r.fileName} (${r.code})]`);
  return `${body}\n\n${lines.join('\n')}`.trim();
}

/** The case a mail continues: by Message-Id first, then by the subject tag if the sender is the case's own. */
async function findThread(db: Executor, mail: InboundMail): Promise<{ caseId: string; by: 'header' | 'subject' } | null> {
  if (mail.threadIds.length) {
    const rows = await db
      .select({ caseId: supportCaseEntries.caseId, externalId: supportCaseEntries.externalId })
      .from(supportCaseEntries)
      .innerJoin(supportCases, eq(supportCases.id, supportCaseEntries.caseId))
      .where(and(inArray(supportCaseEntries.externalId, mail.threadIds), eq(supportCaseEntries.channel, 'email'), sql`${supportCases.anonymizedAt} is null`));
    for (const id of mail.threadIds) {
      const hit = rows.find((r) => r.externalId === id);
      if (hit) return { caseId: hit.caseId, by: 'header' };
    }
  }
  const number = caseNumberTag(mail.subject);
  if (number && mail.from) {
    const [row] = await db
      .select({ id: supportCases.id, channelDetails: supportCases.channelDetails, anonymizedAt: supportCases.anonymizedAt })
      .from(supportCases)
      .where(eq(supportCases.number, number));
    const owner = row?.channelDetails.from;
    // Anyone can type a case number; only the case's own sender may continue it that way.
    if (row && !row.anonymizedAt && typeof owner === 'string' && owner.toLowerCase() === mail.from.address.toLowerCase()) {
      return { caseId: row.id, by: 'subject' };
    }
  }
  return null;
}

function applicantName(from: InboundMail['from']): string {
  const name = from?.name.replace(/\s+/g, ' ').trim() ?? '';
  if (name.length >= 2) return name.slice(0, 200);
  const local = from?.address.split('@')[0] ?? '';
  return (local.length >= 2 ? local : from?.address || 'E-mail').slice(0, 200);
}

/** The first message of a mail case: its subject line, then the body, as the mail reads. */
function firstMessage(mail: InboundMail): string {
  const subject = mail.subject.trim();
  const text = mail.text.trim();
  if (!subject) return text || '—';
  if (!text || text.startsWith(subject)) return text || subject;
  return `${subject}\n\n${text}`;
}

async function setEntryMeta(db: Executor, entryId: number, meta: Record<string, unknown>): Promise<void> {
  if (Object.keys(meta).length) await db.update(supportCaseEntries).set({ meta: { email: meta } }).where(eq(supportCaseEntries.id, entryId));
}

/**
 * Stores one received mail, exactly once: a redelivered Message-Id is
 * recognised under a lock on that id, a reply joins its case (which opens
 * again), anything else becomes a new case. Resolves only once committed, so
 * the SMTP "250" that follows is a promise kept.
 */
export async function ingestMail(db: Db, secret: string, mail: InboundMail): Promise<MailOutcome> {
  const { stored, refused } = await screenAttachments(mail.attachments);
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`support.email:${mail.messageId}`}, 0))`);
    const [seen] = await tx
      .select({ caseId: supportCaseEntries.caseId })
      .from(supportCaseEntries)
      .where(and(eq(supportCaseEntries.externalId, mail.messageId), eq(supportCaseEntries.channel, 'email')))
      .limit(1);
    if (seen) return { outcome: 'duplicate', caseId: seen.caseId };

    const meta: Record<string, unknown> = {};
    if (refused.length) meta.refusedAttachments = refused;
    if (mail.autoSubmitted) meta.autoSubmitted = true;

    const thread = await findThread(tx, mail);
    if (thread) {
      // The quote under a reply is mostly our own answer, already on the case.
      const { text, stripped } = stripQuotedReply(mail.text);
      if (stripped) meta.fullText = mail.text;
      const body = noteRefused(text || mail.subject.trim() || '—', refused);
      const { entryId } = await addApplicantMessage(tx, thread.caseId, { body, channel: 'email', externalId: mail.messageId, attachments: stored });
      await setEntryMeta(tx, entryId, meta);
      return { outcome: 'threaded', caseId: thread.caseId, entryId, threadedBy: thread.by, attachments: stored.length, refused: refused.length };
    }

    // A new case keeps the whole text: a forwarded conversation may be the appeal itself.
    const email = mail.from ? normalizeEmail(mail.from.address) : null;
    const created = await createCase(tx, secret, {
      channel: 'email',
      topicCode: 'other',
      message: noteRefused(firstMessage(mail), refused),
      person: { name: applicantName(mail.from), ...(email ? { email } : {}) },
      consentGiven: false,
      channelDetails: { from: email ?? mail.from?.address ?? null, messageId: mail.messageId, subject: mail.subject, to: mail.to },
      externalId: mail.messageId,
      attachments: stored,
    });
    const [entry] = await tx
      .select({ id: supportCaseEntries.id })
      .from(supportCaseEntries)
      .where(and(eq(supportCaseEntries.caseId, created.id), eq(supportCaseEntries.externalId, mail.messageId)))
      .limit(1);
    await setEntryMeta(tx, entry!.id, meta);
    return { outcome: 'created', caseId: created.id, entryId: entry!.id, threadedBy: null, attachments: stored.length, refused: refused.length };
  });
}
