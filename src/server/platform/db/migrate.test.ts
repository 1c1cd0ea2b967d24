import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openDatabase } from './connection';
import { migrateDatabase } from './migrate';
import { createScratchPostgresDatabase } from '../testing';

/**
 * Two app processes starting together against one PostgreSQL server must not
 * both create the tables. PGlite has one owner process, so this is a
 * PostgreSQL-lane test.
 */
test('concurrent migrations of one PostgreSQL database both succeed', { skip: process.env.DATABASE_URL ? false : 'needs DATABASE_URL (PostgreSQL lane)' }, async () => {
  const scratch = await createScratchPostgresDatabase(process.env.DATABASE_URL!);
  const first = await openDatabase({ databaseUrl: scratch.url, dataDir: 'unused', poolSize: 3 });
  const second = await openDatabase({ databaseUrl: scratch.url, dataDir: 'unused', poolSize: 3 });
  try {
    await Promise.all([migrateDatabase(first.db), migrateDatabase(second.db)]);
    const tables = await first.pool.query(`select count(*)::int as n from information_schema.tables where table_name = 'staff_users'`);
    assert.equal(tables.rows[0].n, 1);
  } finally {
    await first.close();
    await second.close();
    await scratch.drop();
  }
});
