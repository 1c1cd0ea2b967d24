import { getConnInfo } from '@hono/node-server/conninfo';
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { getCookie } from 'hono/cookie';
import { randomUUID } from 'node:crypto';
import { defaultLanguage, isLanguage, languageCookie, negotiateLanguage, translator } from '../../../lib/i18n';
import { errors } from '../errors';
import type { AppDeps, AppEnv } from './context';

const requestIdPattern = /^[A-Za-z0-9._-]{8,64}$/;

/** Puts the shared services, the request id, the caller's language and address on the context. */
export function requestContext(deps: AppDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const incoming = c.req.header('x-request-id');
    const requestId = incoming && requestIdPattern.test(incoming) ? incoming : randomUUID();
    c.set('requestId', requestId);
    c.header('X-Request-Id', requestId);
    c.set('db', deps.db);
    c.set('config', deps.config);
    c.set('logger', deps.logger);
    const queryLang = c.req.query('lang');
    const cookieLang = getCookie(c, languageCookie);
    const lang = isLanguage(queryLang)
      ? queryLang
      : isLanguage(cookieLang)
        ? cookieLang
        : (negotiateLanguage(c.req.header('accept-language')) ?? defaultLanguage);
    c.set('lang', lang);
    c.set('t', translator(lang));
    c.set('actor', null);
    c.set('sessionTokenHash', null);
    c.set('csrfToken', null);
    c.set('sessionRejected', false);
    c.set('ip', clientIp(c, deps.config.trustProxy));
    await next();
  };
}

function clientIp(c: Parameters<MiddlewareHandler<AppEnv>>[0], trustProxy: boolean): string | null {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded.slice(0, 64);
  }
  try {
    return getConnInfo(c).remote.address ?? null;
  } catch {
    return null;
  }
}

/** One JSON line per request: method, route path, status, time. No query strings: they can carry an IIN. */
export function accessLog(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const status = c.res.status;
    const level = status >= 500 ? 'error' : status >= 400 ? 'info' : 'debug';
    c.var.logger[level](
      {
        requestId: c.var.requestId,
        method: c.req.method,
        path: c.req.path,
        status,
        ms: Math.round(performance.now() - started),
        actorId: c.var.actor?.id,
      },
      'request',
    );
  };
}

export function securityHeaders(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'same-origin');
    c.header('X-Frame-Options', 'DENY');
    c.header('Cross-Origin-Opener-Policy', 'same-origin');
    // Scripts only from this server; Mantine sets inline styles, so styles allow them.
    // A page that sets a policy of its own (the knowledge-base pages name their inline style and script by hash) keeps it.
    if (!c.res.headers.has('Content-Security-Policy')) {
      c.header(
        'Content-Security-Policy',
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'",
      );
    }
    if (c.req.path.startsWith('/api/')) c.header('Cache-Control', 'no-store');
  };
}

const bodyMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * API bodies are JSON, at most BODY_LIMIT_BYTES. The body is parsed here, once,
 * so that malformed JSON and oversize bodies get their own errors before any
 * handler runs. Routes that take uploads declare other media types.
 */
export function jsonBody(
  limitBytes: number | ((path: string) => number),
  otherMediaTypes: (path: string) => string[] = () => [],
): MiddlewareHandler<AppEnv> {
  const limitFor = typeof limitBytes === 'number' ? () => limitBytes : limitBytes;
  const limiters = new Map<number, MiddlewareHandler>();
  const limiterOf = (maxSize: number) => {
    let limiter = limiters.get(maxSize);
    if (!limiter) {
      limiter = bodyLimit({
        maxSize,
        onError: () => {
          throw errors.payloadTooLarge(maxSize);
        },
      });
      limiters.set(maxSize, limiter);
    }
    return limiter;
  };
  return async (c, next) => {
    if (!bodyMethods.has(c.req.method)) return next();
    const length = c.req.header('content-length');
    const hasBody =
      (length !== undefined && length !== '0') ||
      c.req.header('transfer-encoding') !== undefined ||
      (length === undefined && c.req.raw.body !== null);
    if (!hasBody) return next();
    const mediaType = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    const allowed = otherMediaTypes(c.req.path);
    if (mediaType !== 'application/json' && !allowed.includes(mediaType)) {
      throw errors.unsupportedMediaType(['application/json', ...allowed].join(', '));
    }
    return limiterOf(limitFor(c.req.path))(c, async () => {
      if (mediaType === 'application/json') {
        const text = await c.req.text();
        try {
          JSON.parse(text);
        } catch {
          throw errors.malformedJson();
        }
      }
      await next();
    });
  };
}
