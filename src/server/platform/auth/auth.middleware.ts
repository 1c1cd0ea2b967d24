import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { errors } from '../errors';
import type { AppEnv } from '../http/context';
import { can, type Permission } from '../rbac';
import { resolveSession } from './session.service';
import { hmac, randomToken, safeEqual } from './tokens';

export const sessionCookie = 'otandas_session';
/** The anonymous CSRF nonce, before sign-in. */
export const csrfCookie = 'otandas_csrf';
export const csrfHeader = 'x-csrf-token';

function secureCookies(c: Context<AppEnv>): boolean {
  const mode = c.var.config.cookieSecure;
  if (mode !== 'auto') return mode === 'always';
  const proto = c.var.config.trustProxy ? c.req.header('x-forwarded-proto') : undefined;
  return (proto ?? new URL(c.req.url).protocol.replace(':', '')) === 'https';
}

export function setSessionCookie(c: Context<AppEnv>, token: string, expiresAt: Date): void {
  setCookie(c, sessionCookie, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: secureCookies(c),
    path: '/',
    expires: expiresAt,
  });
}

export function clearSessionCookie(c: Context<AppEnv>): void {
  deleteCookie(c, sessionCookie, { path: '/' });
}

/**
 * Reads the session cookie. An unknown or expired cookie is remembered so
 * that protected routes can say "session expired" rather than "sign in".
 */
export function loadSession(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = getCookie(c, sessionCookie);
    if (token) {
      const resolved = await resolveSession(c.var.db, c.var.config, token);
      if (resolved.state === 'active') {
        c.set('actor', resolved.actor);
        c.set('sessionTokenHash', resolved.tokenHash);
        c.set('csrfToken', resolved.csrfToken);
      } else {
        c.set('sessionRejected', true);
        clearSessionCookie(c);
      }
    }
    await next();
  };
}

/** A signed anonymous CSRF token: nonce.HMAC(nonce). The nonce also sits in an httpOnly cookie. */
export function anonymousCsrfToken(c: Context<AppEnv>): string {
  let nonce = getCookie(c, csrfCookie);
  if (!nonce || !/^[A-Za-z0-9_-]{20,64}$/.test(nonce)) {
    nonce = randomToken(18);
    setCookie(c, csrfCookie, nonce, { httpOnly: true, sameSite: 'Strict', secure: secureCookies(c), path: '/' });
  }
  return `${nonce}.${hmac(c.var.config.secret, `csrf:${nonce}`)}`;
}

/** The token the caller must echo in X-CSRF-Token: its session's, or the anonymous one. */
export function currentCsrfToken(c: Context<AppEnv>): string {
  return c.var.csrfToken ?? anonymousCsrfToken(c);
}

function anonymousTokenValid(c: Context<AppEnv>, token: string): boolean {
  const nonce = getCookie(c, csrfCookie);
  const [tokenNonce, signature] = token.split('.');
  if (!nonce || !tokenNonce || !signature || !safeEqual(nonce, tokenNonce)) return false;
  return safeEqual(signature, hmac(c.var.config.secret, `csrf:${nonce}`));
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Every state-changing request carries X-CSRF-Token: the session's token when
 * signed in, otherwise the signed anonymous token (which protects sign-in itself).
 */
export function csrfProtection(exempt: (path: string) => boolean): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (safeMethods.has(c.req.method) || exempt(c.req.path)) return next();
    const sent = c.req.header(csrfHeader);
    if (!sent) throw errors.csrfMissing();
    const valid = c.var.csrfToken ? safeEqual(sent, c.var.csrfToken) : anonymousTokenValid(c, sent);
    if (!valid) throw errors.csrfInvalid();
    await next();
  };
}

export type Access = Permission | 'public' | 'signed_in';

/**
 * Route guard: 401 without a valid session, 403 when the role lacks the
 * permission. An account holding a password someone else issued may only
 * see itself, change that password and sign out.
 */
export function requireAccess(access: Access): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (access === 'public') return next();
    const actor = c.var.actor;
    if (!actor) throw c.var.sessionRejected ? errors.sessionExpired() : errors.unauthenticated();
    if (actor.mustChangePassword && access !== 'signed_in' && access !== 'self.manage') throw errors.passwordChangeRequired();
    if (access !== 'signed_in' && !can(actor.role, access)) throw errors.forbidden();
    await next();
  };
}
