import { z } from '@hono/zod-openapi';

/**
 * The parts of a Bot API Update the channel reads. Objects stay loose: the
 * Bot API adds fields often, and an update we cannot parse is one Telegram
 * would keep retrying.
 */
const user = z.looseObject({
  id: z.number().int(),
  is_bot: z.boolean().optional(),
  first_name: z.string().max(256).default(''),
  last_name: z.string().max(256).optional(),
  username: z.string().max(64).optional(),
  language_code: z.string().max(35).optional(),
});

const chat = z.looseObject({ id: z.number().int(), type: z.string().max(32) });

const photoSize = z.looseObject({
  file_id: z.string().min(1).max(300),
  width: z.number().int(),
  height: z.number().int(),
  file_size: z.number().int().optional(),
});

const document = z.looseObject({
  file_id: z.string().min(1).max(300),
  file_name: z.string().max(300).optional(),
  mime_type: z.string().max(200).optional(),
  file_size: z.number().int().optional(),
});

export const telegramMessage = z.looseObject({
  message_id: z.number().int(),
  date: z.number().int(),
  chat,
  from: user.optional(),
  text: z.string().max(10_000).optional(),
  caption: z.string().max(10_000).optional(),
  photo: z.array(photoSize).max(20).optional(),
  document: document.optional(),
});
export type TelegramMessage = z.infer<typeof telegramMessage>;

export const telegramUpdate = z.looseObject({ update_id: z.number().int(), message: telegramMessage.optional() }).openapi('TelegramUpdate');
export type TelegramUpdate = z.infer<typeof telegramUpdate>;

export const webhookAnswer = z.object({ ok: z.literal(true) }).openapi('TelegramWebhookAnswer');
