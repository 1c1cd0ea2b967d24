import { createHash } from 'node:crypto';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { detectLanguage } from '../../../../../lib/text/language';
import type { Config } from '../../../../platform/config';
import type { Db, Executor } from '../../../../platform/db';
import { isAppError } from '../../../../platform/errors';
import type { Logger } from '../../../../platform/logger';
import { attachmentMaxBytes, checkAttachmentFiles, type StoredAttachment } from '../../attachments';
import { createCaseOnce } from '../../intake';
import { supportCaseEntries, supportCases } from '../../support.tables';
import { addApplicantMessage } from '../../workflow';
import { BotApiError, callBotApi, downloadBotFile, type BotApi } from './bot-api';
import { botTexts, isBotLanguage, type BotLanguage } from './telegram.messages';
import type { TelegramMessage, TelegramUpdate } from './telegram.schema';

/** Appeals that arrive by Telegram start under this topic; staff move them on. */
export const telegramTopic = 'other';

export type InboundOutcome = 'created' | 'threaded' | 'duplicate' | 'greeted' | 'ignored';

export type TelegramInbound = {
  db: Db;
  config: Pick<Config, 'secret' | 'telegram'>;
  logger: Logger;
  /** Counts one message from the sender; true once the sender is over the per-minute limit. */
  overLimit: (userId: number) => boolean;
};

export const botOf = (config: Pick<Config, 'telegram'>): BotApi | null =>
  config.telegram.botToken ? { token: config.telegram.botToken, apiBase: config.telegram.apiBase } : null;

/** `tg:<chat>:<message>`: how entries from Telegram are named, for de-duplication and threading. */
export const telegramExternalId = (chatId: number | string, messageId: number | string) => `tg:${chatId}:${messageId}`;

/**
 * Messages of one sender are handled one after another, so two quick first
 * messages make one case, not two. This holds within one process.
 */
const queues = new Map<string, Promise<unknown>>();
function oneAtATime<T>(key: string, task: () => Promise<T>): Promise<T> {
  const run = (queues.get(key) ?? Promise.resolve()).then(task, task);
  const tail = run.catch(() => undefined);
  queues.set(key, tail);
  void tail.then(() => {
    if (queues.get(key) === tail) queues.delete(key);
  });
  return run;
}

function languageOf(text: string, languageCode: string | undefined): BotLanguage {
  // Short texts ("Сәлем", "ok") say little about their language; the app's setting says more.
  const detected = text.length >= 20 ? detectLanguage(text).lang : 'und';
  if (isBotLanguage(detected)) return detected;
  const tag = languageCode?.toLowerCase().split('-')[0];
  return isBotLanguage(tag) ? tag : 'kk';
}

type FileRef = { fileId: string; fileName: string | null; kind: 'photo' | 'document' };

function filesOf(message: TelegramMessage): FileRef[] {
  const refs: FileRef[] = [];
  // Telegram sends each photo in several sizes; the largest is the one staff need to read a document.
  const largest = [...(message.photo ?? [])].sort((a, b) => b.width * b.height - a.width * a.height || (b.file_size ?? 0) - (a.file_size ?? 0))[0];
  if (largest) refs.push({ fileId: largest.file_id, fileName: null, kind: 'photo' });
  if (message.document) refs.push({ fileId: message.document.file_id, fileName: message.document.file_name ?? null, kind: 'document' });
  return refs;
}

const extensions: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp', 'image/heic': 'heic', 'image/tiff': 'tif', 'application/pdf': 'pdf', 'text/plain': 'txt' };

type Fetched = { attachments: StoredAttachment[]; problems: Array<'not_received' | 'not_accepted'> };

/** Downloads and checks the files; a file that fails becomes a note, never a lost message. */
async function fetchFiles(deps: TelegramInbound, refs: FileRef[], messageId: number): Promise<Fetched> {
  const fetched: Fetched = { attachments: [], problems: [] };
  const bot = botOf(deps.config);
  for (const ref of refs) {
    let content: Buffer;
    try {
      if (!bot) throw new BotApiError('getFile', 0, 'no bot token');
      content = await downloadBotFile(bot, ref.fileId, attachmentMaxBytes);
    } catch (error) {
      const status = error instanceof BotApiError ? error.status : 0;
      deps.logger.warn({ err: { type: (error as Error).name, status } }, 'telegram file not received');
      fetched.problems.push(status === 413 ? 'not_accepted' : 'not_received');
      continue;
    }
    try {
      const [stored] = await checkAttachmentFiles([{ fileName: ref.fileName ?? ref.kind, content }], 'telegram.files');
      if (!ref.fileName) stored!.fileName = `${ref.kind}-${messageId}.${extensions[stored!.mediaType] ?? 'bin'}`;
      fetched.attachments.push(stored!);
    } catch (error) {
      if (!isAppError(error)) throw error;
      fetched.problems.push('not_accepted');
    }
  }
  return fetched;
}

function composeBody(text: string, problems: Fetched['problems'], language: BotLanguage): string {
  const texts = botTexts[language];
  const parts = [text, ...problems.map((p) => (p === 'not_accepted' ? texts.fileNotAccepted : texts.fileNotReceived))].filter(Boolean);
  return parts.length ? parts.join('\n\n') : texts.noText;
}

function applicantName(from: NonNullable<TelegramMessage['from']>): string {
  const name = [from.first_name, from.last_name].filter(Boolean).join(' ').replace(/\s+/g, ' ').trim();
  if (name.length >= 2) return name.slice(0, 200);
  return from.username ?? `Telegram ${from.id}`;
}

async function isKnown(db: Executor, externalId: string): Promise<boolean> {
  const [found] = await db.select({ id: supportCaseEntries.id }).from(supportCaseEntries).where(eq(supportCaseEntries.externalId, externalId)).limit(1);
  return Boolean(found);
}

/** The sender's open case, or else their latest one that still holds its data. */
async function currentCase(db: Executor, userId: number): Promise<string | undefined> {
  const [row] = await db
    .select({ id: supportCases.id })
    .from(supportCases)
    .where(and(eq(supportCases.channel, 'telegram'), sql`${supportCases.channelDetails}->>'userId' = ${String(userId)}`, isNull(supportCases.anonymizedAt)))
    .orderBy(sql`case when ${supportCases.status} in ('answered', 'closed') then 1 else 0 end`, desc(supportCases.createdAt))
    .limit(1);
  return row?.id;
}

async function say(deps: TelegramInbound, chatId: number, text: string): Promise<void> {
  const bot = botOf(deps.config);
  if (!bot) return;
  try {
    await callBotApi(bot, 'sendMessage', { chat_id: chatId, text });
  } catch (error) {
    // The message is stored; a lost acknowledgement must not make Telegram send the update again.
    deps.logger.warn({ err: { type: (error as Error).name, status: error instanceof BotApiError ? error.status : 0 } }, 'telegram acknowledgement not sent');
  }
}

const commandPattern = /^\/(start|help)(@\w+)?(\s|$)/;

/**
 * One Bot API update: a private message becomes a new case or joins the
 * sender's case. Updates that carry no appeal (other chats, edits, stickers)
 * are answered and dropped.
 */
export async function receiveTelegramUpdate(deps: TelegramInbound, update: TelegramUpdate): Promise<{ outcome: InboundOutcome; caseId?: string }> {
  const message = update.message;
  if (!message?.from || message.from.is_bot || message.chat.type !== 'private') return { outcome: 'ignored' };
  const from = message.from;
  return oneAtATime(`tg:${from.id}`, async () => {
    const externalId = telegramExternalId(message.chat.id, message.message_id);
    if (await isKnown(deps.db, externalId)) return { outcome: 'duplicate' as const };
    const overLimit = deps.overLimit(from.id);
    const text = (message.text ?? message.caption ?? '').trim();
    const refs = filesOf(message);
    const language = languageOf(text, from.language_code);
    if ((!text && !refs.length) || (commandPattern.test(text) && !refs.length)) {
      if (!overLimit) await say(deps, message.chat.id, botTexts[language].welcome);
      return { outcome: 'greeted' as const };
    }
    const { attachments, problems } = await fetchFiles(deps, refs, message.message_id);
    const body = composeBody(text, problems, language);
    const caseId = await currentCase(deps.db, from.id);
    if (caseId) {
      const outcome = await deps.db.transaction(async (tx) => {
        await tx.select({ id: supportCases.id }).from(supportCases).where(eq(supportCases.id, caseId)).for('update');
        if (await isKnown(tx, externalId)) return 'duplicate' as const;
        await addApplicantMessage(tx, caseId, { body, channel: 'telegram', externalId, attachments });
        return 'threaded' as const;
      });
      return { outcome, caseId };
    }
    const created = await createCaseOnce(deps.db, deps.config.secret, {
      channel: 'telegram',
      topicCode: telegramTopic,
      message: body,
      language,
      person: { name: applicantName(from), ...(String(from.id).length >= 3 ? { telegram: String(from.id) } : {}) },
      channelDetails: { chatId: message.chat.id, userId: from.id, username: from.username ?? null },
      // Telegram gives no consent to the processing of personal data; staff ask for it.
      consentGiven: false,
      externalId,
      attachments,
      // A retried first message finds the case it made, even in a race.
      idempotency: { key: externalId, fingerprint: createHash('sha256').update(externalId).digest('hex') },
    });
    if (!created.created) return { outcome: 'duplicate' as const, caseId: created.id };
    if (!overLimit) await say(deps, message.chat.id, botTexts[language].caseCreated(created.number, created.accessCode));
    return { outcome: 'created' as const, caseId: created.id };
  });
}
