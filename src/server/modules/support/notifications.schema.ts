import { z } from '@hono/zod-openapi';

/** What the workflow tells a staff member about: written by workflow.ts and deadlines.ts. */
export const notificationKinds = ['case_assigned', 'case_reopened', 'deadline_warning'] as const;
export type NotificationKind = (typeof notificationKinds)[number];

export const staffNotification = z
  .object({
    id: z.number(),
    kind: z.string().openapi({ description: `One of ${notificationKinds.join(', ')}; clients show unknown kinds generically.` }),
    caseId: z.string().nullable(),
    caseNumber: z.string().nullable(),
    caseSubject: z.string().nullable(),
    /** The case's current deadline, so a warning can say how much time is left. */
    caseDueAt: z.string().nullable(),
    createdAt: z.string(),
    readAt: z.string().nullable(),
  })
  .openapi('StaffNotification');
export type StaffNotificationDto = z.infer<typeof staffNotification>;

export const notificationPage = z
  .object({ items: z.array(staffNotification), unread: z.number(), nextCursor: z.string().nullable() })
  .openapi('StaffNotificationPage');
export type NotificationPageDto = z.infer<typeof notificationPage>;

export const notificationListQuery = z.object({
  /** Opaque: the nextCursor of the previous page. */
  cursor: z.string().regex(/^\d{1,15}$/).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type NotificationListQuery = z.infer<typeof notificationListQuery>;

export const markReadRequest = z
  .object({ ids: z.array(z.number().int().positive()).min(1).max(200).optional(), all: z.literal(true).optional() })
  .strict()
  .refine((v) => v.ids !== undefined || v.all !== undefined, { params: { code: 'empty_update' } })
  .openapi('MarkNotificationsReadRequest');
export type MarkReadInput = z.infer<typeof markReadRequest>;
