import { CronExpressionParser } from 'cron-parser';
import { and, asc, count, desc, eq, inArray, lt, lte, sql } from 'drizzle-orm';
import { recordAudit } from '../audit';
import type { Executor } from '../db';
import { errors } from '../errors';
import type { RequestMeta } from '../http/context';
import { jobSchedules, jobs } from './jobs.tables';

export type JobRow = typeof jobs.$inferSelect;
export type JobState = 'queued' | 'running' | 'done' | 'dead';
export const jobStates: readonly JobState[] = ['queued', 'running', 'done', 'dead'];

export type EnqueueOptions = {
  runAt?: Date;
  maxAttempts?: number;
  /** While a job with this key is queued or running, enqueuing another is a no-op. */
  singletonKey?: string;
};

export async function enqueueJob(
  db: Executor,
  name: string,
  payload: Record<string, unknown> = {},
  options: EnqueueOptions = {},
): Promise<number | null> {
  const rows = await db
    .insert(jobs)
    .values({
      name,
      payload,
      runAt: options.runAt ?? new Date(),
      maxAttempts: options.maxAttempts ?? 5,
      singletonKey: options.singletonKey ?? null,
    })
    .onConflictDoNothing()
    .returning({ id: jobs.id });
  return rows[0]?.id ?? null;
}

/** Exponential backoff with jitter: about 10 s, 40 s, 2.7 min, 10 min … capped at one hour. */
export function backoffMs(attempt: number, random = Math.random()): number {
  const base = Math.min(10_000 * 4 ** (attempt - 1), 3_600_000);
  return Math.round(base * (0.8 + 0.4 * random));
}

/** Claims the next due job for one of `names`; concurrent workers never get the same row. */
export async function claimNextJob(db: Executor, names: string[], workerId: string): Promise<JobRow | undefined> {
  if (!names.length) return undefined;
  const result = await db.execute<JobRow>(sql`
    update ${jobs} set state = 'running', locked_at = now(), locked_by = ${workerId}, attempts = attempts + 1
    where id = (
      select id from ${jobs}
      where state = 'queued' and run_at <= now() and name in ${names}
      order by run_at, id
      for update skip locked
      limit 1
    )
    returning id, name, payload, attempts, max_attempts as "maxAttempts"`);
  return result.rows[0];
}

export async function completeJob(db: Executor, id: number): Promise<void> {
  await db.update(jobs).set({ state: 'done', finishedAt: new Date(), lockedAt: null, lastError: null }).where(eq(jobs.id, id));
}

/** A failed attempt is retried with backoff until maxAttempts; then the job goes to the dead-letter list. */
export async function failJob(db: Executor, job: Pick<JobRow, 'id' | 'attempts' | 'maxAttempts'>, error: unknown): Promise<JobState> {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const dead = job.attempts >= job.maxAttempts;
  await db
    .update(jobs)
    .set({
      state: dead ? 'dead' : 'queued',
      lastError: message.slice(0, 2000),
      lockedAt: null,
      lockedBy: null,
      runAt: dead ? undefined : new Date(Date.now() + backoffMs(job.attempts)),
      finishedAt: dead ? new Date() : null,
    })
    .where(eq(jobs.id, job.id));
  return dead ? 'dead' : 'queued';
}

/** Jobs left running by a worker that died are put back in the queue. */
export async function requeueStaleJobs(db: Executor, olderThanMs: number): Promise<number> {
  const rows = await db
    .update(jobs)
    .set({ state: 'queued', lockedAt: null, lockedBy: null, lastError: 'worker stopped while running' })
    .where(and(eq(jobs.state, 'running'), lt(jobs.lockedAt, new Date(Date.now() - olderThanMs))))
    .returning({ id: jobs.id });
  return rows.length;
}

export function nextCronRun(cron: string, after: Date): Date {
  return CronExpressionParser.parse(cron, { currentDate: after, tz: 'Asia/Almaty' }).next().toDate();
}

/** Declares a recurring job; the cron is evaluated in Asia/Almaty time. */
export async function upsertSchedule(db: Executor, name: string, cron: string, payload: Record<string, unknown> = {}): Promise<void> {
  const nextRunAt = nextCronRun(cron, new Date());
  await db
    .insert(jobSchedules)
    .values({ name, cron, payload, nextRunAt })
    .onConflictDoUpdate({
      target: jobSchedules.name,
      set: { cron, payload, updatedAt: new Date(), nextRunAt: sql`case when ${jobSchedules.cron} = ${cron} then ${jobSchedules.nextRunAt} else ${nextRunAt} end` },
    });
}

/** Enqueues every schedule that is due and moves it to its next run. Safe to call from several workers. */
export async function enqueueDueSchedules(db: Executor, now = new Date()): Promise<number> {
  return db.transaction(async (tx) => {
    const due = await tx
      .select()
      .from(jobSchedules)
      .where(lte(jobSchedules.nextRunAt, now))
      .for('update', { skipLocked: true });
    for (const schedule of due) {
      await enqueueJob(tx, schedule.name, schedule.payload, { singletonKey: `schedule:${schedule.name}` });
      await tx
        .update(jobSchedules)
        .set({ lastRunAt: now, nextRunAt: nextCronRun(schedule.cron, now) })
        .where(eq(jobSchedules.name, schedule.name));
    }
    return due.length;
  });
}

export async function listJobs(
  db: Executor,
  filter: { state?: JobState | undefined; name?: string | undefined; limit: number },
): Promise<JobRow[]> {
  const parts = [filter.state ? eq(jobs.state, filter.state) : undefined, filter.name ? eq(jobs.name, filter.name) : undefined];
  return db
    .select()
    .from(jobs)
    .where(and(...parts))
    .orderBy(desc(jobs.id))
    .limit(filter.limit);
}

export async function jobCounts(db: Executor): Promise<Record<JobState, number>> {
  const rows = await db.select({ state: jobs.state, n: count() }).from(jobs).groupBy(jobs.state);
  const counts = { queued: 0, running: 0, done: 0, dead: 0 };
  for (const row of rows) if (row.state in counts) counts[row.state as JobState] = row.n;
  return counts;
}

export async function listSchedules(db: Executor) {
  return db.select().from(jobSchedules).orderBy(asc(jobSchedules.name));
}

/** Puts a dead job back in the queue with a fresh attempt budget. */
export async function retryDeadJob(db: Executor, meta: RequestMeta, id: number): Promise<JobRow> {
  const [job] = await db
    .update(jobs)
    .set({ state: 'queued', attempts: 0, runAt: new Date(), finishedAt: null })
    .where(and(eq(jobs.id, id), eq(jobs.state, 'dead')))
    .returning();
  if (!job) throw errors.notFound('dead_job');
  await recordAudit(db, meta, { action: 'job.retry', entityType: 'job', entityId: String(id), details: { name: job.name } });
  return job;
}

/** Forgets finished jobs after a retention period; dead ones stay until someone looks. */
export async function purgeFinishedJobs(db: Executor, olderThanMs: number): Promise<number> {
  const rows = await db
    .delete(jobs)
    .where(and(inArray(jobs.state, ['done']), lt(jobs.finishedAt, new Date(Date.now() - olderThanMs))))
    .returning({ id: jobs.id });
  return rows.length;
}
