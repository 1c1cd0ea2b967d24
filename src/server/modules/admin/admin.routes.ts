import { z } from '@hono/zod-openapi';
import { iterateAudit, listAudit, recordAudit, type AuditFilter, type AuditRow } from '../../platform/audit';
import { createRouter, defineRoute, jsonContent, requestMeta } from '../../platform/http';
import { jobCounts, listJobs, listSchedules, retryDeadJob, type JobRow } from '../../platform/jobs';
import { auditEntry, auditQuery, jobDto, jobsQuery, scheduleDto, type AuditEntryDto, type AuditQuery, type JobDto } from './admin.schema';
import { toCsv } from './csv';

const toAuditDto = (row: AuditRow): AuditEntryDto => ({ ...row, at: row.at.toISOString(), details: row.details ?? null });
const toJobDto = (row: JobRow): JobDto => ({
  id: row.id,
  name: row.name,
  state: row.state as JobDto['state'],
  attempts: row.attempts,
  maxAttempts: row.maxAttempts,
  runAt: row.runAt.toISOString(),
  lastError: row.lastError,
  createdAt: row.createdAt.toISOString(),
  finishedAt: row.finishedAt?.toISOString() ?? null,
});

function toFilter(query: Omit<AuditQuery, 'limit' | 'beforeId'>): AuditFilter {
  return {
    actorId: query.actorId,
    action: query.action,
    entityType: query.entityType,
    entityId: query.entityId,
    from: query.from ? new Date(query.from) : undefined,
    to: query.to ? new Date(query.to) : undefined,
  };
}

const auditList = defineRoute({
  method: 'get',
  path: '/admin/audit',
  access: 'audit.read',
  tags: ['Admin'],
  summary: 'Audit log, newest first, with filters',
  request: { query: auditQuery },
  responses: { 200: jsonContent(z.object({ items: z.array(auditEntry), nextBeforeId: z.number().nullable() })) },
});

const auditCsv = defineRoute({
  method: 'get',
  path: '/admin/audit.csv',
  access: 'audit.read',
  tags: ['Admin'],
  summary: 'Audit log as CSV, same filters',
  request: { query: auditQuery.omit({ beforeId: true, limit: true }) },
  responses: { 200: { description: 'CSV file', content: { 'text/csv': { schema: z.string() } } } },
});

const jobList = defineRoute({
  method: 'get',
  path: '/admin/jobs',
  access: 'jobs.manage',
  tags: ['Admin'],
  summary: 'Background jobs by state, with counts and schedules',
  request: { query: jobsQuery },
  responses: {
    200: jsonContent(
      z.object({
        counts: z.record(z.string(), z.number()),
        items: z.array(jobDto),
        schedules: z.array(scheduleDto),
      }),
    ),
  },
});

const jobRetry = defineRoute({
  method: 'post',
  path: '/admin/jobs/{id}/retry',
  access: 'jobs.manage',
  tags: ['Admin'],
  summary: 'Put a dead job back in the queue',
  request: { params: z.object({ id: z.coerce.number().int().positive() }) },
  responses: { 200: jsonContent(jobDto), 404: jsonContent(z.unknown(), 'No such dead job') },
});

const csvColumns = ['id', 'at', 'actorId', 'actorName', 'actorRole', 'action', 'entityType', 'entityId', 'ip', 'requestId', 'details'] as const;

export function adminRoutes() {
  return createRouter()
    .openapi(auditList, async (c) => {
      const query = c.req.valid('query');
      const page = await listAudit(c.var.db, toFilter(query), { limit: query.limit, beforeId: query.beforeId });
      return c.json({ items: page.items.map(toAuditDto), nextBeforeId: page.nextBeforeId }, 200);
    })
    .openapi(auditCsv, async (c) => {
      const filter = toFilter(c.req.valid('query'));
      await recordAudit(c.var.db, requestMeta(c), { action: 'audit.export', details: { filter } });
      const db = c.var.db;
      const encoder = new TextEncoder();
      const stream = new ReadableStream<Uint8Array>({
        async start(controller) {
          controller.enqueue(encoder.encode(`\uFEFF${toCsv([csvColumns as unknown as string[]])}`));
          for await (const batch of iterateAudit(db, filter)) {
            const lines = batch.map((row) => {
              const dto = toAuditDto(row);
              return csvColumns.map((key) => (key === 'details' ? (dto.details ? JSON.stringify(dto.details) : '') : dto[key]));
            });
            controller.enqueue(encoder.encode(toCsv(lines)));
          }
          controller.close();
        },
      });
      const stamp = new Date().toISOString().slice(0, 10);
      return new Response(stream, {
        status: 200,
        headers: {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename="otandas-audit-${stamp}.csv"`,
          'X-Request-Id': c.var.requestId,
          'Cache-Control': 'no-store',
        },
      }) as never;
    })
    .openapi(jobList, async (c) => {
      const query = c.req.valid('query');
      const [counts, items, schedules] = [
        await jobCounts(c.var.db),
        await listJobs(c.var.db, query),
        await listSchedules(c.var.db),
      ];
      return c.json(
        {
          counts,
          items: items.map(toJobDto),
          schedules: schedules.map((s) => ({ name: s.name, cron: s.cron, nextRunAt: s.nextRunAt.toISOString(), lastRunAt: s.lastRunAt?.toISOString() ?? null })),
        },
        200,
      );
    })
    .openapi(jobRetry, async (c) => {
      const job = await c.var.db.transaction((tx) => retryDeadJob(tx, requestMeta(c), c.req.valid('param').id));
      return c.json(toJobDto(job), 200);
    });
}
