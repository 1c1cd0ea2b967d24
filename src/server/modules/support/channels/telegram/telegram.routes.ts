import { timingSafeEqual, createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { AppError, errors, isAppError } from '../../../../platform/errors';
import { createRouter, defineRoute, jsonBody, jsonContent, RateLimiter, type AppEnv } from '../../../../platform/http';
import { receiveTelegramUpdate } from './telegram.service';
import { telegramUpdate, webhookAnswer } from './telegram.schema';

export const webhookPath = '/channels/telegram/webhook';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * Telegram proves itself with the secret token set by setWebhook. Comparing
 * digests keeps the comparison constant-time whatever the lengths.
 */
export function checkWebhookSecret(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const expected = c.var.config.telegram.webhookSecret;
    if (!expected) throw errors.unavailable('telegram_not_configured');
    const given = c.req.header('x-telegram-bot-api-secret-token');
    if (!given) throw new AppError('telegram_secret_missing', 401);
    if (!timingSafeEqual(digest(given), digest(expected))) throw new AppError('telegram_secret_invalid', 403);
    await next();
  };
}

const webhook = defineRoute({
  method: 'post',
  path: webhookPath,
  access: 'public',
  // For Telegram only, and it answers 401/403/503 before the body is read: kept out of the public API document.
  hide: true,
  tags: ['Channels'],
  summary: 'Telegram Bot API webhook',
  request: { body: jsonBody(telegramUpdate) },
  responses: { 200: jsonContent(webhookAnswer, 'Stored, or not an appeal') },
});

export function telegramRoutes() {
  const router = createRouter();
  let limiter: RateLimiter | undefined;
  router.use(webhookPath, checkWebhookSecret());
  router.openapi(webhook, async (c) => {
    limiter ??= new RateLimiter(c.var.config.support.inboundPerSenderPerMinute, 60_000);
    const overLimit = (userId: number) => {
      try {
        limiter!.hit(`tg:${userId}`);
        return false;
      } catch (error) {
        if (isAppError(error) && error.status === 429) return true;
        throw error;
      }
    };
    const result = await receiveTelegramUpdate({ db: c.var.db, config: c.var.config, logger: c.var.logger, overLimit }, c.req.valid('json'));
    c.var.logger.debug({ requestId: c.var.requestId, updateId: c.req.valid('json').update_id, outcome: result.outcome }, 'telegram update');
    return c.json({ ok: true as const }, 200);
  });
  return router;
}
