import { and, asc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit';
import { generatePassword, hashPassword, revokeSessions, staffUsers, type StaffUserRow } from '../../platform/auth';
import type { Executor } from '../../platform/db';
import { errors } from '../../platform/errors';
import type { RequestMeta } from '../../platform/http';
import type { Role } from '../../platform/rbac';
import { regionBoundRoles } from '../../../lib/contracts/roles';
import { isRegionCode } from '../kato';
import type { CreateStaffUserInput, StaffUserDto, UpdateStaffUserInput } from './staff.schema';

export function toStaffUserDto(user: StaffUserRow): StaffUserDto {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role as Role,
    regionCode: user.regionCode,
    active: user.active,
    mustChangePassword: user.mustChangePassword,
    lockedUntil: user.lockedUntil && user.lockedUntil > new Date() ? user.lockedUntil.toISOString() : null,
    lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
    createdAt: user.createdAt.toISOString(),
  };
}

/** A front office serves exactly one region; other roles serve none. */
async function checkRegion(db: Executor, role: Role, regionCode: string | null | undefined): Promise<string | null> {
  if (!regionBoundRoles.includes(role)) {
    if (regionCode) throw errors.unprocessable('region_not_allowed_for_role');
    return null;
  }
  if (!regionCode) throw errors.unprocessable('region_required_for_role');
  if (!(await isRegionCode(db, regionCode))) throw errors.unprocessable('not_a_region', { codes: [regionCode] });
  return regionCode;
}

export async function createStaffUser(
  db: Executor,
  meta: RequestMeta,
  input: CreateStaffUserInput,
): Promise<{ user: StaffUserDto; generatedPassword: string | null }> {
  const regionCode = await checkRegion(db, input.role, input.regionCode);
  const [existing] = await db
    .select({ id: staffUsers.id })
    .from(staffUsers)
    .where(sql`lower(${staffUsers.email}) = ${input.email.toLowerCase()}`);
  if (existing) throw errors.conflict('email_taken');
  const generatedPassword = input.password ? null : generatePassword();
  const [user] = await db
    .insert(staffUsers)
    .values({
      email: input.email.toLowerCase(),
      displayName: input.displayName,
      role: input.role,
      regionCode,
      passwordHash: await hashPassword(input.password ?? generatedPassword!),
      // Whoever receives a password from someone else should replace it.
      mustChangePassword: meta.actor !== null,
    })
    .returning();
  await recordAudit(db, meta, {
    action: 'staff_user.create',
    entityType: 'staff_user',
    entityId: user!.id,
    details: { role: input.role, regionCode },
  });
  return { user: toStaffUserDto(user!), generatedPassword };
}

export type StaffUserFilter = { role?: Role | undefined; active?: boolean | undefined; q?: string | undefined };

export async function listStaffUsers(db: Executor, meta: RequestMeta, filter: StaffUserFilter): Promise<StaffUserDto[]> {
  const parts: SQL[] = [];
  if (filter.role) parts.push(eq(staffUsers.role, filter.role));
  if (filter.active !== undefined) parts.push(eq(staffUsers.active, filter.active));
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[%_\\]/g, '\\$&')}%`;
    parts.push(or(ilike(staffUsers.email, pattern), ilike(staffUsers.displayName, pattern))!);
  }
  const rows = await db
    .select()
    .from(staffUsers)
    .where(parts.length ? and(...parts) : undefined)
    .orderBy(asc(staffUsers.displayName));
  await recordAudit(db, meta, {
    action: 'staff_user.list',
    entityType: 'staff_user',
    details: { count: rows.length, role: filter.role ?? null, active: filter.active ?? null, searched: Boolean(filter.q) },
  });
  return rows.map(toStaffUserDto);
}

async function findUser(db: Executor, id: string): Promise<StaffUserRow> {
  const [user] = await db.select().from(staffUsers).where(eq(staffUsers.id, id));
  if (!user) throw errors.notFound('staff_user');
  return user;
}

export async function getStaffUser(db: Executor, meta: RequestMeta, id: string): Promise<StaffUserDto> {
  const user = await findUser(db, id);
  await recordAudit(db, meta, { action: 'staff_user.read', entityType: 'staff_user', entityId: id });
  return toStaffUserDto(user);
}

/**
 * Renames, re-roles, re-regions, disables or enables an account. A change of
 * role or a disable ends the account's sessions at once.
 */
export async function updateStaffUser(
  db: Executor,
  meta: RequestMeta,
  id: string,
  input: UpdateStaffUserInput,
): Promise<StaffUserDto> {
  const user = await findUser(db, id);
  if (meta.actor?.id === id && (input.active === false || (input.role && input.role !== user.role))) {
    throw errors.unprocessable('cannot_demote_self');
  }
  const role = input.role ?? (user.role as Role);
  const regionCode = await checkRegion(
    db,
    role,
    input.regionCode !== undefined ? input.regionCode : regionBoundRoles.includes(role) ? user.regionCode : null,
  );
  const [updated] = await db
    .update(staffUsers)
    .set({
      displayName: input.displayName ?? user.displayName,
      role,
      regionCode,
      active: input.active ?? user.active,
      ...(input.active === true ? { failedLogins: 0, lockedUntil: null } : {}),
      updatedAt: new Date(),
    })
    .where(eq(staffUsers.id, id))
    .returning();
  if (role !== user.role || input.active === false || regionCode !== user.regionCode) await revokeSessions(db, id);
  const changed = Object.keys(input).filter((key) => (input as Record<string, unknown>)[key] !== (user as Record<string, unknown>)[key]);
  await recordAudit(db, meta, {
    action: input.active === false ? 'staff_user.disable' : input.active === true && !user.active ? 'staff_user.enable' : 'staff_user.update',
    entityType: 'staff_user',
    entityId: id,
    details: { changed, role: role !== user.role ? { from: user.role, to: role } : undefined },
  });
  return toStaffUserDto(updated!);
}

/** Issues a new generated password that must be changed at the next sign-in. */
export async function resetStaffPassword(db: Executor, meta: RequestMeta, id: string): Promise<string> {
  await findUser(db, id);
  const password = generatePassword();
  await db
    .update(staffUsers)
    .set({ passwordHash: await hashPassword(password), mustChangePassword: true, failedLogins: 0, lockedUntil: null, updatedAt: new Date() })
    .where(eq(staffUsers.id, id));
  await revokeSessions(db, id);
  await recordAudit(db, meta, { action: 'staff_user.password_reset', entityType: 'staff_user', entityId: id });
  return password;
}

export async function findStaffUserByEmail(db: Executor, email: string): Promise<StaffUserDto | undefined> {
  const [user] = await db.select().from(staffUsers).where(sql`lower(${staffUsers.email}) = ${email.trim().toLowerCase()}`);
  return user ? toStaffUserDto(user) : undefined;
}

export async function countStaffUsers(db: Executor): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(staffUsers);
  return row?.n ?? 0;
}
