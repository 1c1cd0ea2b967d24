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
  /** The support center: read and work cases (a front office within its region). */
  'cases.work': ['admin', 'operator', 'front_office', 'back_office'],
  /** Topics, canned answers, partner keys. */
  'support.configure': ['admin'],
  /** Appeal statistics: aggregates without personal data. */
  'support.stats': ['admin', 'analyst', 'operator', 'front_office', 'back_office'],
  'people.read': ['admin', 'operator', 'front_office', 'back_office'],
  'people.merge': ['admin', 'operator', 'back_office'],
  /** Subject access export and anonymisation on request. */
  'privacy.manage': ['admin'],
  'correspondence.read': ['admin', 'operator', 'front_office', 'back_office'],
  'correspondence.manage': ['admin', 'back_office'],
  /** The knowledge base: write and submit articles for review. */
  'kb.edit': ['admin', 'operator', 'back_office', 'media', 'outreach'],
  /** Publish, send back and restore articles. */
  'kb.publish': ['admin', 'media'],
  /** Readers' feedback and unanswered searches. */
  'kb.reports': ['admin', 'media', 'analyst', 'operator', 'outreach'],
  /** The relocation advisor's data: indicator file imports and the regions' quotas and aid. */
  'settlements.manage': ['admin', 'analyst'],
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
