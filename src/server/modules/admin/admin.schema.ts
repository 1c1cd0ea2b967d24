import { z } from 'zod';

export const auditQuery = z.object({
  actorId: z.uuid().optional(),
  action: z.string().trim().max(80).regex(/^[a-z_.*]+$/).optional(),
  entityType: z.string().trim().max(60).optional(),
  entityId: z.string().trim().max(100).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  beforeId: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type AuditQuery = z.infer<typeof auditQuery>;

export const auditEntry = z.object({
  id: z.number(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorRole: z.string().nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  entityType: z.string().nullable(),
  entityId: z.string().nullable(),
  ip: z.string().nullable(),
  requestId: z.string().nullable(),
  details: z.record(z.string(), z.unknown()).nullable(),
});
export type AuditEntryDto = z.infer<typeof auditEntry>;

export const jobState = z.enum(['queued', 'running', 'done', 'dead']);
export const jobsQuery = z.object({
  state: jobState.optional(),
  name: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const jobDto = z.object({
  id: z.number(),
  name: z.string(),
  state: jobState,
  attempts: z.number(),
  maxAttempts: z.number(),
  runAt: z.string(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type JobDto = z.infer<typeof jobDto>;

export const scheduleDto = z.object({ name: z.string(), cron: z.string(), nextRunAt: z.string(), lastRunAt: z.string().nullable() });
