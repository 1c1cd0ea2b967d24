import { purgeExpiredSessions } from './platform/auth';
import { matchPendingPeople } from './modules/people';
import {
  anonymizeExpiredCases,
  autoAssignNewCases,
  clearSealedAccessCodes,
  deliverReply,
  warnApproachingDeadlines,
  type ChannelSenders,
} from './modules/support';
import type { Config } from './platform/config';
import type { Db } from './platform/db';
import { JobRunner, purgeFinishedJobs } from './platform/jobs';
import type { Logger } from './platform/logger';

/** Every background job of the app; modules add theirs here. */
export function createJobRunner(db: Db, config: Config, logger: Logger, senders: ChannelSenders = {}): JobRunner {
  const runner = new JobRunner(db, logger)
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
    })
    .register({
      name: 'support.deliver',
      handler: async (payload, { db }) => {
        await db.transaction((tx) => deliverReply(tx, Number(payload.entryId), senders));
      },
    })
    .register({
      name: 'support.deadlines',
      cron: '*/10 * * * *',
      handler: async (_payload, { db }) => {
        await db.transaction((tx) => warnApproachingDeadlines(tx));
      },
    })
    .register({
      name: 'support.retention',
      cron: '30 2 * * *',
      handler: async (_payload, { db }) => {
        await db.transaction((tx) => anonymizeExpiredCases(tx, config.support.retentionYears));
        await clearSealedAccessCodes(db);
      },
    })
    .register({
      name: 'people.match',
      cron: '* * * * *',
      handler: async (_payload, { db }) => {
        await db.transaction((tx) => matchPendingPeople(tx));
      },
    });
  if (config.support.autoAssign) {
    runner.register({
      name: 'support.assign',
      cron: '* * * * *',
      handler: async (_payload, { db }) => {
        await db.transaction((tx) => autoAssignNewCases(tx));
      },
    });
  }
  return runner;
}
