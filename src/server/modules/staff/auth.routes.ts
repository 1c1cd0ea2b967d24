import { z } from '@hono/zod-openapi';
import {
  changeOwnPassword,
  clearSessionCookie,
  currentCsrfToken,
  setSessionCookie,
  signIn,
  signOut,
  endSession,
} from '../../platform/auth';
import { createRouter, defineRoute, jsonBody, jsonContent, RateLimiter, requestMeta } from '../../platform/http';
import { changePasswordRequest, loginRequest, sessionInfo, type SessionInfo } from './staff.schema';
import type { Actor } from '../../platform/http';

const tags = ['Auth'];

function sessionUser(actor: Actor | null): SessionInfo['user'] {
  return actor
    ? {
        id: actor.id,
        email: actor.email,
        displayName: actor.displayName,
        role: actor.role,
        regionCode: actor.regionCode,
        mustChangePassword: actor.mustChangePassword,
      }
    : null;
}

const login = defineRoute({
  method: 'post',
  path: '/auth/login',
  access: 'public',
  tags,
  summary: 'Sign in with e-mail and password',
  request: { body: jsonBody(loginRequest) },
  responses: { 200: jsonContent(sessionInfo, 'Signed in; the session cookie is set'), 429: jsonContent(z.unknown(), 'Too many attempts') },
});

const logout = defineRoute({
  method: 'post',
  path: '/auth/logout',
  access: 'signed_in',
  tags,
  summary: 'Sign out',
  responses: { 200: jsonContent(z.object({ ok: z.literal(true) })) },
});

const me = defineRoute({
  method: 'get',
  path: '/auth/me',
  access: 'signed_in',
  tags,
  summary: 'The signed-in staff member',
  responses: { 200: jsonContent(sessionInfo) },
});

const session = defineRoute({
  method: 'get',
  path: '/auth/session',
  access: 'public',
  tags,
  summary: 'The current session, if any, and the CSRF token to send with state-changing requests',
  responses: { 200: jsonContent(sessionInfo) },
});

const changePassword = defineRoute({
  method: 'post',
  path: '/auth/password',
  access: 'self.manage',
  tags,
  summary: 'Change the own password; other sessions end',
  request: { body: jsonBody(changePasswordRequest) },
  responses: { 200: jsonContent(z.object({ ok: z.literal(true) })) },
});

export function authRoutes() {
  // Per address, on top of the per-account lock; created on first use with the app's config.
  let loginLimiter: RateLimiter | undefined;
  return createRouter()
    .openapi(login, async (c) => {
      loginLimiter ??= new RateLimiter(c.var.config.loginRatePerMinute, 60_000);
      loginLimiter.hit(c.var.ip ?? 'unknown');
      const body = c.req.valid('json');
      // No wrapping transaction: a failed attempt must still count towards the lock.
      const signed = await signIn(c.var.db, c.var.config, { ...body, userAgent: c.req.header('user-agent') }, requestMeta(c));
      // Signing in over an existing session replaces it rather than leaving it alive.
      if (c.var.sessionTokenHash) await endSession(c.var.db, c.var.sessionTokenHash);
      setSessionCookie(c, signed.token, signed.expiresAt);
      return c.json({ user: sessionUser(signed.actor), csrfToken: signed.csrfToken }, 200);
    })
    .openapi(logout, async (c) => {
      await signOut(c.var.db, c.var.sessionTokenHash!, requestMeta(c));
      clearSessionCookie(c);
      return c.json({ ok: true as const }, 200);
    })
    .openapi(me, (c) => c.json({ user: sessionUser(c.var.actor), csrfToken: c.var.csrfToken! }, 200))
    .openapi(session, (c) => c.json({ user: sessionUser(c.var.actor), csrfToken: currentCsrfToken(c) }, 200))
    .openapi(changePassword, async (c) => {
      const body = c.req.valid('json');
      await c.var.db.transaction((tx) =>
        changeOwnPassword(tx, { ...body, keepTokenHash: c.var.sessionTokenHash! }, { ...requestMeta(c), actor: c.var.actor! }),
      );
      return c.json({ ok: true as const }, 200);
    });
}
