import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { gunzipSync, gzipSync } from 'node:zlib';
import { createTestApp, type TestApp } from '../testing';
import { backupDatabase, dropEverything, migrateDatabase, openDatabase, restoreDatabase, RestoreError, snapshotRows, type DatabaseHandle } from '.';
import { createTestDatabase } from '../testing';

/**
 * A backup taken on one engine restores into the other, and the two hold the
 * same rows. With DATABASE_URL set (the CI PostgreSQL lane) the pairs are
 * PGlite → PostgreSQL and PostgreSQL → PGlite; without it, PGlite → PGlite.
 */
async function openPglite(): Promise<DatabaseHandle> {
  const handle = await openDatabase({ dataDir: 'memory://', poolSize: 3 });
  await migrateDatabase(handle.db);
  return handle;
}

describe('backup and restore', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'otandas-backup-'));
  let source: TestApp;

  before(async () => {
    source = await createTestApp();
    // Rows in several tables, with a foreign key, JSON, timestamps and text that needs escaping.
    const { client } = await source.signedIn('admin');
    await client.post('/api/v1/staff/users', { email: 'q@test.otandas.kz', displayName: 'Қ "quoted", \\ back\nline', role: 'analyst' });
    await client.request('PUT', '/api/v1/reference/priority-regions', { json: { codes: ['110000000', '550000000'], basis: 'test basis' } });
  });
  after(async () => {
    await source.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('the source engine → the other engine, rows equal, sequences continue', async () => {
    const file = path.join(dir, 'forward.otandas.gz');
    const counts = await backupDatabase(source.database.pool, file);
    assert.ok(counts.staff_users! >= 2 && counts.audit_log! > 0 && counts.priority_regions === 8);
    // The CI lane runs the source on PostgreSQL, so the target is PGlite; otherwise PGlite → PGlite.
    const target = process.env.DATABASE_URL ? await openPglite() : await createTestDatabase();
    try {
      await restoreDatabase(target.pool, file);
      assert.deepEqual(await snapshotRows(target.pool), await snapshotRows(source.database.pool));
      const inserted = await target.pool.query(`insert into audit_log (action) values ('test.after_restore') returning id`);
      assert.ok(inserted.rows[0].id > counts.audit_log!, 'the id sequence continues after the restored rows');
    } finally {
      await target.close();
    }
  });

  test('the round trip the other way gives the same rows again', async () => {
    const first = path.join(dir, 'a.otandas.gz');
    await backupDatabase(source.database.pool, first);
    const middle = process.env.DATABASE_URL ? await openPglite() : await createTestDatabase();
    const last = await createTestDatabase();
    try {
      await restoreDatabase(middle.pool, first);
      const second = path.join(dir, 'b.otandas.gz');
      await backupDatabase(middle.pool, second);
      await restoreDatabase(last.pool, second);
      assert.deepEqual(await snapshotRows(last.pool), await snapshotRows(source.database.pool));
    } finally {
      await middle.close();
      await last.close();
    }
  });

  test('restore refuses a non-empty database and keeps it as it was', async () => {
    const file = path.join(dir, 'nonempty.otandas.gz');
    await backupDatabase(source.database.pool, file);
    const before = await snapshotRows(source.database.pool);
    await assert.rejects(restoreDatabase(source.database.pool, file), RestoreError);
    assert.deepEqual(await snapshotRows(source.database.pool), before);
  });

  test('a cut-off backup restores nothing', async () => {
    const file = path.join(dir, 'full.otandas.gz');
    await backupDatabase(source.database.pool, file);
    const lines = gunzipSync(readFileSync(file)).toString('utf8').trimEnd().split('\n');
    const truncated = path.join(dir, 'cut.otandas.gz');
    writeFileSync(truncated, gzipSync(lines.slice(0, -3).join('\n') + '\n'));
    const target = await createTestDatabase();
    try {
      await assert.rejects(restoreDatabase(target.pool, truncated), /cut off/);
      const audit = await target.pool.query('select count(*)::int as n from audit_log');
      assert.equal(audit.rows[0].n, 0, 'the transaction rolled back');
    } finally {
      await target.close();
    }
  });

  test('--replace empties a database before restoring', async () => {
    const file = path.join(dir, 'replace.otandas.gz');
    await backupDatabase(source.database.pool, file);
    const target = await createTestDatabase();
    try {
      await target.pool.query(`insert into audit_log (action) values ('will.be.replaced')`);
      await dropEverything(target.pool);
      await migrateDatabase(target.db);
      await restoreDatabase(target.pool, file);
      assert.deepEqual(await snapshotRows(target.pool), await snapshotRows(source.database.pool));
    } finally {
      await target.close();
    }
  });
});
