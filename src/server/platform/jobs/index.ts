export { JobRunner, type JobContext, type JobDefinition, type JobHandler } from './job-runner';
export {
  backoffMs,
  claimNextJob,
  enqueueDueSchedules,
  enqueueJob,
  jobCounts,
  jobStates,
  listJobs,
  listSchedules,
  nextCronRun,
  purgeFinishedJobs,
  retryDeadJob,
  type JobRow,
  type JobState,
} from './jobs.service';
export { jobs, jobSchedules } from './jobs.tables';
