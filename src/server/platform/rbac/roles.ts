/**
 * Staff roles. The list lives in src/lib so the web UI shows the same roles;
 * this file holds the permission matrix, the one place that says who may do what.
 */
import { regionBoundRoles, roles, type Role } from '../../../lib/contracts/roles';

export { roles, type Role };

export const permissions = {
  /** Own account: profile and password. */
  'self.manage': roles,
  'staff.manage': ['admin'],
  'audit.read': ['admin'],
  'jobs.manage': ['admin'],
  'reference.read': roles,
  'reference.manage': ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissions;

export function can(role: Role, permission: Permission): boolean {
  return (permissions[permission] as readonly Role[]).includes(role);
}

/** Roles that see personal data (IIN, passport, phone, address) unmasked. */
export const personalDataRoles: readonly Role[] = ['admin', 'operator', 'front_office', 'back_office'];

/**
 * The region whose records a caller may see: a front office sees its own
 * region only; every other role sees all regions (null). Modules with
 * regional records filter by this.
 */
export function visibleRegion(actor: { role: Role; regionCode: string | null }): string | null {
  return regionBoundRoles.includes(actor.role) ? actor.regionCode : null;
}

/** Analysts work with aggregates only and never see personal data. */
export function seesPersonalData(role: Role): boolean {
  return personalDataRoles.includes(role);
}
