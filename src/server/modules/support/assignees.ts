import { and, asc, eq, inArray, ne, or, type SQL } from 'drizzle-orm';
import { z } from '@hono/zod-openapi';
import { staffUsers } from '../../platform/auth';
import type { Executor } from '../../platform/db';
import type { Actor } from '../../platform/http';
import { permissions, visibleRegion, type Role } from '../../platform/rbac';

export const assigneeDto = z
  .object({ id: z.string(), displayName: z.string(), role: z.string(), regionCode: z.string().nullable() })
  .openapi('Assignee');
export type AssigneeDto = z.infer<typeof assigneeDto>;

export const assigneesQuery = z.object({
  /** The region of the case to hand over: front offices of other regions may not hold it. */
  region: z.string().regex(/^\d{9}$/).optional(),
});

/**
 * Colleagues who can take a case: active staff whose role works cases. A
 * front office holds cases of its own region only, so when a region is
 * known (the case's, or the caller's own for a front office) the front
 * offices of other regions drop out, as the assign check would refuse them.
 */
export async function listAssignees(db: Executor, actor: Actor, region?: string): Promise<AssigneeDto[]> {
  const caseRoles = permissions['cases.work'] as readonly Role[];
  const regionCode = visibleRegion(actor) ?? region ?? null;
  const conditions: Array<SQL | undefined> = [eq(staffUsers.active, true), inArray(staffUsers.role, [...caseRoles])];
  if (regionCode) conditions.push(or(ne(staffUsers.role, 'front_office'), eq(staffUsers.regionCode, regionCode)));
  return db
    .select({ id: staffUsers.id, displayName: staffUsers.displayName, role: staffUsers.role, regionCode: staffUsers.regionCode })
    .from(staffUsers)
    .where(and(...conditions))
    .orderBy(asc(staffUsers.displayName), asc(staffUsers.id));
}
