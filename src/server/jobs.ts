import { purgeExpiredSessions } from './platform/auth';
import type { Config } from './platform/config';
import type { Db } from './platform/db';
import { JobRunner, purgeFinishedJobs } from './platform/jobs';
import type { Logger } from './platform/logger';

/** Every background job of the app; modules add theirs here. */
export function createJobRunner(db: Db, config: Config, logger: Logger): JobRunner {
  return new JobRunner(db, logger)
    .register({
      name: 'sessions.purge',
      cron: '*/30 * * * *',
      handler: async (_payload, { db }) => {
        await purgeExpiredSessions(db, config);
      },
    })
    .register({
      name: 'jobs.purge',
      cron: '15 3 * * *',
      handler: async (_payload, { db }) => {
        await purgeFinishedJobs(db, 14 * 24 * 3_600_000);
      },
    });
}
