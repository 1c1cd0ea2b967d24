import type { Config } from '../../../../platform/config';
import type { ChannelSender } from '../../delivery';
import { callBotApi } from './bot-api';
import { botTexts, isBotLanguage } from './telegram.messages';
import { botOf, telegramExternalId } from './telegram.service';

/** The Bot API takes at most 4096 characters a message; longer replies go in parts, split at line ends where possible. */
export function splitMessage(text: string, limit = 4096): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    const cut = rest.lastIndexOf('\n', limit);
    const at = cut > limit / 2 ? cut : limit;
    parts.push(rest.slice(0, at));
    rest = rest.slice(at).replace(/^\n/, '');
  }
  if (rest) parts.push(rest);
  return parts;
}

/**
 * Sends staff replies to the applicant's chat: the text under the case
 * number, then each attachment as a document. Undefined without a bot token,
 * so replies to Telegram cases wait on the portal.
 */
export function telegramSender(config: Pick<Config, 'telegram'>): ChannelSender | undefined {
  const bot = botOf(config);
  if (!bot) return undefined;
  return async (reply) => {
    const chatId = reply.channelDetails.chatId;
    if (typeof chatId !== 'number' && !(typeof chatId === 'string' && /^-?\d+$/.test(chatId))) {
      throw new Error('The case has no Telegram chat id');
    }
    const header = botTexts[isBotLanguage(reply.language) ? reply.language : 'kk'].replyHeader(reply.caseNumber);
    let firstId: number | undefined;
    for (const part of splitMessage(`${header}\n\n${reply.body}`)) {
      const sent = await callBotApi<{ message_id: number }>(bot, 'sendMessage', { chat_id: chatId, text: part });
      firstId ??= sent.message_id;
    }
    for (const file of reply.attachments) {
      const form = new FormData();
      form.set('chat_id', String(chatId));
      form.set('document', new Blob([new Uint8Array(file.content)], { type: file.mediaType }), file.fileName);
      await callBotApi(bot, 'sendDocument', form);
    }
    return { externalId: firstId === undefined ? null : telegramExternalId(chatId, firstId) };
  };
}
