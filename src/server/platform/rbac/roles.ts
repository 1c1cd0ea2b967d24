/**
 * Staff roles. The list lives in src/lib so the web UI shows the same roles;
 * this file holds the permission matrix, the one place that says who may do what.
 */
import { roles, type Role } from '../../../lib/contracts/roles';

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
