import { hostname } from 'node:os';
import type { Db } from '../db';
import type { Logger } from '../logger';
import { claimNextJob, completeJob, enqueueDueSchedules, failJob, requeueStaleJobs, upsertSchedule } from './jobs.service';

export type JobContext = { db: Db; logger: Logger; jobId: number; attempt: number };
export type JobHandler = (payload: Record<string, unknown>, context: JobContext) => Promise<void>;

export type JobDefinition = {
  name: string;
  handler: JobHandler;
  /** Five-field cron in Asia/Almaty time, for recurring jobs. */
  cron?: string;
};

/**
 * Polls the jobs table and runs handlers one at a time per worker. Modules
 * register their jobs here; the queue itself is plain SQL, so it runs the
 * same on PGlite and PostgreSQL.
 */
export class JobRunner {
  private readonly handlers = new Map<string, JobDefinition>();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = true;
  readonly workerId = `${hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`;

  constructor(
    private readonly db: Db,
    private readonly logger: Logger,
    private readonly pollMs = 1000,
  ) {}

  register(definition: JobDefinition): this {
    this.handlers.set(definition.name, definition);
    return this;
  }

  get names(): string[] {
    return [...this.handlers.keys()];
  }

  async start(): Promise<void> {
    for (const definition of this.handlers.values()) {
      if (definition.cron) await upsertSchedule(this.db, definition.name, definition.cron);
    }
    this.stopped = false;
    this.schedule(0);
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.tick()
        .then(() => undefined)
        .catch((error: Error) => this.logger.error({ err: { message: error.message } }, 'job runner tick failed'))
        .finally(() => this.schedule(this.pollMs));
    }, delay);
  }

  /** One pass: due schedules, stale jobs, then every due job. Exposed for tests and the CLI. */
  async tick(): Promise<number> {
    await enqueueDueSchedules(this.db);
    await requeueStaleJobs(this.db, 15 * 60_000);
    let processed = 0;
    while (await this.runOne()) processed += 1;
    return processed;
  }

  /** Claims and runs one job; false when none is due. */
  async runOne(): Promise<boolean> {
    const job = await claimNextJob(this.db, this.names, this.workerId);
    if (!job) return false;
    const definition = this.handlers.get(job.name)!;
    const started = performance.now();
    try {
      await definition.handler(job.payload, { db: this.db, logger: this.logger, jobId: job.id, attempt: job.attempts });
      await completeJob(this.db, job.id);
      this.logger.info({ job: job.name, jobId: job.id, ms: Math.round(performance.now() - started) }, 'job done');
    } catch (error) {
      const state = await failJob(this.db, job, error);
      this.logger.warn({ job: job.name, jobId: job.id, attempt: job.attempts, state, err: { message: (error as Error).message } }, 'job failed');
    }
    return true;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }
}
