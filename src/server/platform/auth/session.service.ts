import { and, eq, lt, ne, or, sql } from 'drizzle-orm';
import { recordAudit } from '../audit';
import type { Config } from '../config';
import type { Executor } from '../db';
import { errors } from '../errors';
import type { Actor, RequestMeta } from '../http/context';
import type { Role } from '../rbac';
import { decoyPasswordHash, hashPassword, verifyPassword } from './password';
import { staffSessions, staffUsers } from './auth.tables';
import { randomToken, sha256 } from './tokens';

type SessionConfig = Pick<Config, 'sessionIdleMs' | 'sessionAbsoluteMs' | 'loginMaxFailures' | 'loginLockMs'>;

export type StaffUserRow = typeof staffUsers.$inferSelect;

export function toActor(user: StaffUserRow): Actor {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role as Role,
    regionCode: user.regionCode,
    mustChangePassword: user.mustChangePassword,
  };
}

export type SignedIn = { token: string; tokenHash: string; csrfToken: string; actor: Actor; expiresAt: Date };

/**
 * Checks the password and opens a session. Repeated failures lock the account
 * for a while; the caller is told only that it must wait, not whether the
 * e-mail exists.
 */
export async function signIn(
  db: Executor,
  config: SessionConfig,
  input: { email: string; password: string; userAgent?: string | undefined },
  meta: RequestMeta,
): Promise<SignedIn> {
  const email = input.email.trim().toLowerCase();
  const [user] = await db.select().from(staffUsers).where(sql`lower(${staffUsers.email}) = ${email}`);
  if (!user) {
    await verifyPassword(input.password, await decoyPasswordHash());
    await recordAudit(db, meta, { action: 'auth.login_failed', details: { reason: 'unknown_account' } });
    throw errors.invalidCredentials();
  }
  const now = new Date();
  if (user.lockedUntil && user.lockedUntil > now) {
    throw errors.tooManyRequests(Math.ceil((user.lockedUntil.getTime() - now.getTime()) / 1000));
  }
  const passwordOk = await verifyPassword(input.password, user.passwordHash);
  if (!passwordOk || !user.active) {
    const failures = passwordOk ? user.failedLogins : user.failedLogins + 1;
    const lock = failures >= config.loginMaxFailures;
    await db
      .update(staffUsers)
      .set({
        failedLogins: lock ? 0 : failures,
        lockedUntil: lock ? new Date(now.getTime() + config.loginLockMs) : user.lockedUntil,
      })
      .where(eq(staffUsers.id, user.id));
    await recordAudit(db, meta, {
      action: lock ? 'auth.locked' : 'auth.login_failed',
      entityType: 'staff_user',
      entityId: user.id,
      details: { reason: user.active ? 'wrong_password' : 'disabled' },
    });
    throw errors.invalidCredentials();
  }
  const token = randomToken();
  const tokenHash = sha256(token);
  const csrfToken = randomToken();
  const expiresAt = new Date(now.getTime() + config.sessionAbsoluteMs);
  await db.insert(staffSessions).values({
    tokenHash,
    userId: user.id,
    csrfToken,
    expiresAt,
    ip: meta.ip,
    userAgent: input.userAgent?.slice(0, 300) ?? null,
  });
  await db.update(staffUsers).set({ failedLogins: 0, lockedUntil: null, lastLoginAt: now }).where(eq(staffUsers.id, user.id));
  const actor = toActor(user);
  await recordAudit(db, { ...meta, actor }, { action: 'auth.login', entityType: 'staff_user', entityId: user.id });
  return { token, tokenHash, csrfToken, actor, expiresAt };
}

export type ResolvedSession =
  | { state: 'active'; actor: Actor; tokenHash: string; csrfToken: string }
  | { state: 'expired' }
  | { state: 'unknown' };

/** Writes last-seen at most this often, to spare a write on every request. */
const touchIntervalMs = 60_000;

export async function resolveSession(db: Executor, config: SessionConfig, token: string): Promise<ResolvedSession> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return { state: 'unknown' };
  const tokenHash = sha256(token);
  const [row] = await db
    .select({ session: staffSessions, user: staffUsers })
    .from(staffSessions)
    .innerJoin(staffUsers, eq(staffUsers.id, staffSessions.userId))
    .where(eq(staffSessions.tokenHash, tokenHash));
  if (!row) return { state: 'unknown' };
  const now = Date.now();
  const idleFor = now - row.session.lastSeenAt.getTime();
  if (row.session.expiresAt.getTime() <= now || idleFor > config.sessionIdleMs || !row.user.active) {
    await db.delete(staffSessions).where(eq(staffSessions.tokenHash, tokenHash));
    return { state: 'expired' };
  }
  if (idleFor > touchIntervalMs) {
    await db.update(staffSessions).set({ lastSeenAt: new Date(now) }).where(eq(staffSessions.tokenHash, tokenHash));
  }
  return { state: 'active', actor: toActor(row.user), tokenHash, csrfToken: row.session.csrfToken };
}

export async function endSession(db: Executor, tokenHash: string): Promise<void> {
  await db.delete(staffSessions).where(eq(staffSessions.tokenHash, tokenHash));
}

export async function signOut(db: Executor, tokenHash: string, meta: RequestMeta): Promise<void> {
  await endSession(db, tokenHash);
  await recordAudit(db, meta, { action: 'auth.logout', entityType: 'staff_user', entityId: meta.actor?.id });
}

/** Ends every session of a user, except optionally the one in use. */
export async function revokeSessions(db: Executor, userId: string, keepTokenHash?: string): Promise<void> {
  await db
    .delete(staffSessions)
    .where(and(eq(staffSessions.userId, userId), keepTokenHash ? ne(staffSessions.tokenHash, keepTokenHash) : undefined));
}

export async function changeOwnPassword(
  db: Executor,
  input: { currentPassword: string; newPassword: string; keepTokenHash: string },
  meta: RequestMeta & { actor: Actor },
): Promise<void> {
  const [user] = await db.select().from(staffUsers).where(eq(staffUsers.id, meta.actor.id));
  if (!user || !(await verifyPassword(input.currentPassword, user.passwordHash))) {
    throw errors.unprocessable('current_password_wrong');
  }
  if (input.currentPassword === input.newPassword) throw errors.unprocessable('password_unchanged');
  await db
    .update(staffUsers)
    .set({ passwordHash: await hashPassword(input.newPassword), mustChangePassword: false, passwordChangedAt: new Date(), updatedAt: new Date() })
    .where(eq(staffUsers.id, user.id));
  await revokeSessions(db, user.id, input.keepTokenHash);
  await recordAudit(db, meta, { action: 'auth.password_change', entityType: 'staff_user', entityId: user.id });
}

/** Removes sessions past their absolute expiry; run by a scheduled job. */
export async function purgeExpiredSessions(db: Executor, config: SessionConfig): Promise<number> {
  const idleCutoff = new Date(Date.now() - config.sessionIdleMs);
  const deleted = await db
    .delete(staffSessions)
    .where(or(lt(staffSessions.expiresAt, new Date()), lt(staffSessions.lastSeenAt, idleCutoff)))
    .returning({ tokenHash: staffSessions.tokenHash });
  return deleted.length;
}


