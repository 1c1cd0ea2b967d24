import { eq } from 'drizzle-orm';
import type { Executor } from '../../platform/db';
import { supportAttachments, supportCaseEntries, supportCases } from './support.tables';

/** A public reply on its way to the applicant, with what the channel needs to address it. */
export type ReplyToDeliver = {
  entryId: number;
  caseId: string;
  caseNumber: string;
  channel: string;
  language: string;
  subject: string;
  body: string;
  /** What the channel stored at intake: the sender's address and Message-Id, the Telegram chat id. */
  channelDetails: Record<string, unknown>;
  /** Message-Ids / message ids of the case's earlier entries, for threading. */
  threadIds: string[];
  attachments: Array<{ fileName: string; mediaType: string; content: Buffer }>;
};

/** Sends one reply; returns the id the channel gave it (Message-Id, Telegram message id). Throws to retry. */
export type ChannelSender = (reply: ReplyToDeliver) => Promise<{ externalId: string | null }>;

export type ChannelSenders = Partial<Record<string, ChannelSender>>;

/**
 * Delivers a reply through its case's channel. Channels without a sender
 * (the portal, a walk-in, a call) need none: the reply waits on the status
 * page for the applicant.
 */
export async function deliverReply(db: Executor, entryId: number, senders: ChannelSenders): Promise<'sent' | 'portal' | 'skipped'> {
  const [row] = await db
    .select({ entry: supportCaseEntries, case: supportCases })
    .from(supportCaseEntries)
    .innerJoin(supportCases, eq(supportCases.id, supportCaseEntries.caseId))
    .where(eq(supportCaseEntries.id, entryId));
  if (!row || row.entry.kind !== 'reply' || row.entry.meta.delivery === 'sent' || row.case.anonymizedAt) return 'skipped';
  const sender = senders[row.case.channel];
  if (!sender) {
    await db.update(supportCaseEntries).set({ meta: { ...row.entry.meta, delivery: 'portal' } }).where(eq(supportCaseEntries.id, entryId));
    return 'portal';
  }
  const files = await db
    .select({ fileName: supportAttachments.fileName, mediaType: supportAttachments.mediaType, content: supportAttachments.content })
    .from(supportAttachments)
    .where(eq(supportAttachments.entryId, entryId));
  const thread = await db
    .select({ externalId: supportCaseEntries.externalId })
    .from(supportCaseEntries)
    .where(eq(supportCaseEntries.caseId, row.case.id))
    .orderBy(supportCaseEntries.id);
  const { externalId } = await sender({
    entryId,
    caseId: row.case.id,
    caseNumber: row.case.number,
    channel: row.case.channel,
    language: row.case.language,
    subject: row.case.subject,
    body: row.entry.body,
    channelDetails: row.case.channelDetails,
    threadIds: thread.flatMap((t) => (t.externalId ? [t.externalId] : [])),
    attachments: files,
  });
  await db
    .update(supportCaseEntries)
    .set({ externalId, meta: { ...row.entry.meta, delivery: 'sent', sentAt: new Date().toISOString() } })
    .where(eq(supportCaseEntries.id, entryId));
  return 'sent';
}
