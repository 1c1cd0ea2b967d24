import { randomUUID } from 'node:crypto';
import { createTransport } from 'nodemailer';
import type { Config } from '../../../../platform/config';
import type { ChannelSender, ReplyToDeliver } from '../../delivery';
import { hashedIdDomain, replySubject } from './email.text';

/** The domain our Message-Ids carry: MAIL_FROM's, so replies to them thread back to us. */
function messageIdDomain(from: string): string {
  const domain = from.match(/@([A-Za-z0-9.-]+)>?\s*$/)?.[1];
  return domain ?? 'otandas.local';
}

/** In-Reply-To and References for a reply, from the ids the case's entries carry. */
export function threadHeaders(reply: Pick<ReplyToDeliver, 'threadIds' | 'channelDetails'>, ownDomain: string): { inReplyTo?: string; references?: string[] } {
  const ids = reply.threadIds.filter((id) => /^<[^<>\s]+@[^<>\s]+>$/.test(id) && !id.endsWith(`@${hashedIdDomain}>`));
  const first = typeof reply.channelDetails.messageId === 'string' ? reply.channelDetails.messageId : ids[0];
  // The applicant's latest mail is the one answered; ours carry our own domain.
  const theirs = ids.filter((id) => !id.endsWith(`@${ownDomain}>`));
  const inReplyTo = theirs.at(-1) ?? first;
  if (!inReplyTo) return {};
  // RFC 5322 asks for the first message and the latest ones; long threads keep the header short.
  const references = [...new Set([...(first ? [first] : []), ...ids.slice(-10)])];
  return { inReplyTo, references };
}

/**
 * The outbound mail channel: a public reply goes to the address the case
 * came from, threaded under the applicant's mail and tagged with the case
 * number, so an answer to it finds its case again. Undefined when no relay
 * is configured (replies then wait on the portal's status page).
 */
export function emailSender(config: Config): ChannelSender | undefined {
  if (!config.mail.smtpUrl) return undefined;
  // Timeouts short enough that a stuck relay fails the job, which retries later.
  const transport = createTransport(
    { url: config.mail.smtpUrl, connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 },
    { from: config.mail.from },
  );
  const ownDomain = messageIdDomain(config.mail.from);

  return async (reply) => {
    const to = reply.channelDetails.from;
    if (typeof to !== 'string' || !to.includes('@')) throw new Error(`case ${reply.caseId} has no e-mail address to reply to`);
    const original = typeof reply.channelDetails.subject === 'string' && reply.channelDetails.subject.trim() ? reply.channelDetails.subject : reply.subject;
    const messageId = `<${randomUUID()}@${ownDomain}>`;
    const { inReplyTo, references } = threadHeaders(reply, ownDomain);
    await transport.sendMail({
      to,
      subject: replySubject(original, reply.caseNumber),
      text: reply.body,
      messageId,
      ...(inReplyTo ? { inReplyTo } : {}),
      ...(references?.length ? { references } : {}),
      attachments: reply.attachments.map((a) => ({ filename: a.fileName, content: a.content, contentType: a.mediaType })),
    });
    return { externalId: messageId };
  };
}
