/** The Telegram channel: the bot's webhook brings appeals in, the sender takes replies out. */
export { telegramRoutes } from './telegram.routes';
export { telegramSender } from './telegram.sender';
export { receiveTelegramUpdate, telegramExternalId } from './telegram.service';
export { setTelegramWebhook } from './telegram.webhook';
