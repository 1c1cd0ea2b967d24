import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { createLogger } from '../logger';
import { createTestApp, type TestApp } from '../testing';
import { JobRunner } from './job-runner';
import { backoffMs, claimNextJob, enqueueDueSchedules, enqueueJob, jobCounts, nextCronRun, upsertSchedule } from './jobs.service';

describe('background jobs', () => {
  let t: TestApp;
  const logger = createLogger('silent');
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());
  beforeEach(async () => {
    await t.database.pool.query('delete from jobs; delete from job_schedules');
  });

  test('a job runs once and is marked done', async () => {
    const seen: unknown[] = [];
    const runner = new JobRunner(t.database.db, logger).register({ name: 'test.echo', handler: async (payload) => void seen.push(payload) });
    await enqueueJob(t.database.db, 'test.echo', { n: 1 });
    assert.equal(await runner.tick(), 1);
    assert.equal(await runner.tick(), 0);
    assert.deepEqual(seen, [{ n: 1 }]);
    assert.equal((await jobCounts(t.database.db)).done, 1);
  });

  test('a failing job is retried with backoff, then goes to the dead letters; an admin can retry it', async () => {
    let calls = 0;
    const runner = new JobRunner(t.database.db, logger).register({
      name: 'test.flaky',
      handler: async () => {
        calls += 1;
        throw new Error(`boom ${calls}`);
      },
    });
    const id = await enqueueJob(t.database.db, 'test.flaky', {}, { maxAttempts: 2 });
    await runner.tick();
    const afterFirst = await t.database.pool.query('select state, attempts, run_at > now() as later, last_error from jobs where id = $1', [id]);
    assert.deepEqual(afterFirst.rows[0], { state: 'queued', attempts: 1, later: true, last_error: 'Error: boom 1' });
    assert.equal(await runner.tick(), 0, 'not due yet: backoff');
    await t.database.pool.query('update jobs set run_at = now() where id = $1', [id]);
    await runner.tick();
    const dead = await t.database.pool.query('select state, attempts from jobs where id = $1', [id]);
    assert.deepEqual(dead.rows[0], { state: 'dead', attempts: 2 });

    const { client: admin } = await t.signedIn('admin');
    const list = await admin.get('/api/v1/admin/jobs?state=dead');
    assert.equal(list.status, 200);
    assert.equal(list.body.counts.dead, 1);
    assert.deepEqual(list.body.items.map((j: { id: number }) => j.id), [id]);
    const retry = await admin.post(`/api/v1/admin/jobs/${id}/retry`);
    assert.equal(retry.status, 200);
    assert.equal(retry.body.state, 'queued');
    assert.equal((await admin.post(`/api/v1/admin/jobs/${id}/retry`)).status, 404, 'only dead jobs can be retried');
  });

  test('two workers never claim the same job', async () => {
    for (let i = 0; i < 20; i++) await enqueueJob(t.database.db, 'test.claim', { i });
    const claims = await Promise.all(
      Array.from({ length: 30 }, (_, i) => claimNextJob(t.database.db, ['test.claim'], `worker-${i % 3}`)),
    );
    const ids = claims.filter(Boolean).map((j) => j!.id);
    assert.equal(ids.length, 20);
    assert.equal(new Set(ids).size, 20);
  });

  test('a singleton key keeps one queued copy', async () => {
    assert.ok(await enqueueJob(t.database.db, 'test.single', {}, { singletonKey: 'only-one' }));
    assert.equal(await enqueueJob(t.database.db, 'test.single', {}, { singletonKey: 'only-one' }), null);
  });

  test('schedules enqueue when due, once, and move to the next run', async () => {
    await upsertSchedule(t.database.db, 'test.nightly', '0 3 * * *');
    await t.database.pool.query(`update job_schedules set next_run_at = now() - interval '1 minute'`);
    assert.equal(await enqueueDueSchedules(t.database.db), 1);
    assert.equal(await enqueueDueSchedules(t.database.db), 0);
    const queued = await t.database.pool.query(`select count(*)::int as n from jobs where name = 'test.nightly'`);
    assert.equal(queued.rows[0].n, 1);
    const next = await t.database.pool.query(`select next_run_at from job_schedules where name = 'test.nightly'`);
    assert.ok(next.rows[0].next_run_at > new Date());
  });

  test('cron times are Almaty times; backoff grows and is capped', () => {
    const next = nextCronRun('0 3 * * *', new Date('2026-01-10T00:00:00Z'));
    assert.equal(next.toISOString(), '2026-01-10T22:00:00.000Z', '03:00 in Almaty (UTC+5) is 22:00 UTC');
    assert.ok(backoffMs(1, 0.5) < backoffMs(2, 0.5));
    assert.ok(backoffMs(2, 0.5) < backoffMs(3, 0.5));
    assert.equal(backoffMs(30, 0.5), 3_600_000);
  });
});
