/**
 * Staff roles:
 * - admin: accounts, reference data, audit log;
 * - operator: contact center;
 * - front_office: a regional front office, bound to one region and seeing only it;
 * - back_office: written applications and correspondence;
 * - analyst: aggregates only, never personal data;
 * - media: media monitoring;
 * - outreach: work with compatriots abroad.
 */
export const roles = ['admin', 'operator', 'front_office', 'back_office', 'analyst', 'media', 'outreach'] as const;
export type Role = (typeof roles)[number];

/** Roles whose accounts must name the region they serve. */
export const regionBoundRoles: readonly Role[] = ['front_office'];
