import { z } from 'zod';
import { roles } from '../../../lib/contracts/roles';

/** Contracts of the staff API, shared by the server and the web console. */
const password = z.string().min(10).max(200);
export const katoCode = z.string().regex(/^\d{9}$/);
const email = z.email().max(254).transform((v) => v.trim().toLowerCase());
const displayName = z.string().trim().min(1).max(200);

export const loginRequest = z.strictObject({
  email: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(200),
});

export const changePasswordRequest = z.strictObject({
  currentPassword: z.string().min(1).max(200),
  newPassword: password,
});

export const staffUser = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  role: z.enum(roles),
  regionCode: z.string().nullable(),
  active: z.boolean(),
  mustChangePassword: z.boolean(),
  lockedUntil: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
});
export type StaffUserDto = z.infer<typeof staffUser>;

export const sessionInfo = z.object({
  user: staffUser.pick({ id: true, email: true, displayName: true, role: true, regionCode: true, mustChangePassword: true }).nullable(),
  csrfToken: z.string(),
});
export type SessionInfo = z.infer<typeof sessionInfo>;

export const createStaffUserRequest = z.strictObject({
  email,
  displayName,
  role: z.enum(roles),
  regionCode: katoCode.optional(),
  /** Omit to have a password generated and returned once. */
  password: password.optional(),
});
export type CreateStaffUserInput = z.infer<typeof createStaffUserRequest>;

export const updateStaffUserRequest = z
  .strictObject({
    displayName: displayName.optional(),
    role: z.enum(roles).optional(),
    regionCode: katoCode.nullable().optional(),
    active: z.boolean().optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { params: { code: 'empty_update' } });
export type UpdateStaffUserInput = z.infer<typeof updateStaffUserRequest>;

export const staffUserListQuery = z.object({
  role: z.enum(roles).optional(),
  active: z.enum(['true', 'false']).optional(),
  q: z.string().trim().max(200).optional(),
});

export const createdStaffUser = z.object({ user: staffUser, generatedPassword: z.string().nullable() });
