import type { Config } from '../../../../platform/config';
import { callBotApi } from './bot-api';
import { webhookPath } from './telegram.routes';
import { botOf } from './telegram.service';

/**
 * Tells Telegram where to deliver the bot's updates: the webhook under the
 * installation's public address, with the secret token Telegram will send
 * back in every call (the webhook refuses calls without it).
 */
export async function setTelegramWebhook(config: Pick<Config, 'telegram'>, publicUrl: string): Promise<string> {
  const bot = botOf(config);
  if (!bot) throw new Error('TELEGRAM_BOT_TOKEN is not set');
  if (!config.telegram.webhookSecret) throw new Error('TELEGRAM_WEBHOOK_SECRET is not set');
  const base = new URL(publicUrl);
  if (base.protocol !== 'https:') throw new Error('Telegram delivers webhooks over https only');
  const url = new URL(`${base.pathname.replace(/\/$/, '')}/api/v1${webhookPath}`, base).toString();
  await callBotApi<boolean>(bot, 'setWebhook', { url, secret_token: config.telegram.webhookSecret, allowed_updates: ['message'] });
  return url;
}
