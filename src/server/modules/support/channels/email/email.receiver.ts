import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerError, type SMTPServerSession } from 'smtp-server';
import type { Config } from '../../../../platform/config';
import type { Db } from '../../../../platform/db';
import { isAppError } from '../../../../platform/errors';
import { RateLimiter } from '../../../../platform/http';
import type { Logger } from '../../../../platform/logger';
import { ingestMail, type InboundMail } from './email.intake';
import { normalizeMessageId, threadCandidates } from './email.text';

/** The largest mail accepted, announced with SIZE (RFC 1870). */
export const mailMaxBytes = 25 * 1024 * 1024;

export type SmtpReceiver = { port: number; close(): Promise<void> };

function smtpError(responseCode: number, message: string): SMTPServerError {
  return Object.assign(new Error(message), { responseCode });
}

/** A stand-in Message-Id for a mail without one, the same for every redelivery of it. */
function contentId(mail: ParsedMail): string {
  const hash = createHash('sha256');
  // The raw Date line: mailparser puts "now" in place of a date it cannot read.
  const date = mail.headerLines.find((h) => h.key === 'date')?.line;
  for (const part of [mail.from?.text, date, mail.subject, mail.text]) hash.update(`${part ?? ''}\u0000`);
  for (const file of mail.attachments) hash.update(file.content);
  return `<${hash.digest('hex')}@no-message-id.otandas.invalid>`;
}

function firstMailbox(header: AddressObject | AddressObject[] | undefined): { address: string; name: string } | null {
  const objects = Array.isArray(header) ? header : header ? [header] : [];
  for (const object of objects) {
    for (const entry of object.value) {
      const mailbox = entry.address ? entry : entry.group?.find((g) => g.address);
      if (mailbox?.address) return { address: mailbox.address.trim(), name: mailbox.name ?? '' };
    }
  }
  return null;
}

/** What the support center keeps of a parsed mail. */
export function toInboundMail(mail: ParsedMail, session: Pick<SMTPServerSession, 'envelope'>): InboundMail {
  const envelopeFrom = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
  const header = mail.headers.get('auto-submitted');
  const autoSubmitted = String((header && typeof header === 'object' && 'value' in header ? header.value : header) ?? 'no').toLowerCase();
  return {
    messageId: (mail.messageId && normalizeMessageId(mail.messageId)) || contentId(mail),
    from: firstMailbox(mail.from) ?? (envelopeFrom ? { address: envelopeFrom, name: '' } : null),
    to: session.envelope.rcptTo[0]?.address ?? null,
    subject: (mail.subject ?? '').trim(),
    text: mail.text ?? '',
    threadIds: threadCandidates(mail.inReplyTo, mail.references),
    autoSubmitted: !autoSubmitted.startsWith('no'),
    attachments: mail.attachments.map((a, i) => ({ fileName: a.filename ?? `attachment-${i + 1}`, content: a.content })),
  };
}

async function readAll(stream: SMTPServerDataStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  // Past the size limit the rest is drained, not kept.
  for await (const chunk of stream) if (!stream.sizeExceeded) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * The inbound mail channel: an SMTP receiver meant to sit behind the
 * foundation's mail relay (no authentication, no TLS of its own). Each
 * accepted mail is committed to the database before the "250" goes back;
 * anything that fails on our side answers 451, so the relay keeps the mail
 * and tries again later. Logs carry counts and ids, never addresses or text.
 */
export async function startSmtpReceiver({
  db,
  config,
  logger,
  maxBytes = mailMaxBytes,
}: {
  db: Db;
  config: Config;
  logger: Logger;
  /** Tests lower it; the relay in front should allow no more than this. */
  maxBytes?: number;
}): Promise<SmtpReceiver> {
  const log = logger.child({ component: 'smtp-receiver' });
  const perSender = new RateLimiter(config.support.inboundPerSenderPerMinute, 60_000);

  const server = new SMTPServer({
    banner: 'Otandas support',
    size: maxBytes,
    disabledCommands: ['AUTH', 'STARTTLS'],
    disableReverseLookup: true,
    logger: false,
    maxClients: 20,
    maxRecipients: 100,
    closeTimeout: 10_000,
    onMailFrom(address, _session, callback) {
      try {
        perSender.hit(`from:${address.address.toLowerCase()}`);
        callback();
      } catch (error) {
        if (!isAppError(error) || error.code !== 'too_many_requests') return callback(smtpError(451, '4.3.0 Temporary failure, try again later'));
        log.info({ event: 'mail_deferred', reason: 'sender_rate' }, 'mail deferred');
        callback(smtpError(451, '4.7.1 Too many messages from this sender, try again later'));
      }
    },
    onData(stream, session, callback) {
      void (async () => {
        const raw = await readAll(stream);
        if (stream.sizeExceeded) {
          log.info({ event: 'mail_refused', reason: 'size', bytes: stream.byteLength }, 'mail refused');
          return callback(smtpError(552, '5.3.4 Message exceeds fixed maximum message size'));
        }
        const parsed = await simpleParser(raw, { keepCidLinks: true, maxHtmlLengthToParse: 5_000_000 });
        const result = await ingestMail(db, config.secret, toInboundMail(parsed, session));
        if (result.outcome === 'duplicate') log.info({ event: 'mail_duplicate', caseId: result.caseId }, 'mail already stored');
        else {
          const { outcome, caseId, entryId, threadedBy, attachments, refused } = result;
          log.info({ event: 'mail_stored', outcome, caseId, entryId, threadedBy, attachments, refused, bytes: raw.length }, 'mail stored');
        }
        callback(null, 'OK: stored');
      })().catch((error: unknown) => {
        // Only the error's kind: driver messages can quote the values they choked on.
        const { name, code } = error as { name?: string; code?: string };
        log.error({ event: 'mail_failed', error: { name, code } }, 'mail not stored, deferred');
        callback(smtpError(451, '4.3.0 Temporary failure, try again later'));
      });
    },
  });
  server.on('error', (error: Error & { code?: string }) => log.warn({ event: 'smtp_error', error: { name: error.name, code: error.code } }, 'smtp connection error'));

  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(config.mail.listenPort ?? 0, config.mail.listenHost, () => {
      server.server.off('error', reject);
      resolve();
    });
  });
  const port = (server.server.address() as AddressInfo).port;
  log.info({ port }, 'smtp receiver listening');
  return {
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
