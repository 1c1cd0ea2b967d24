import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { migrateDatabase, openDatabase, type DatabaseHandle } from '../db';

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default,
 * or a new database on the PostgreSQL server named by DATABASE_URL (the CI
 * lane), dropped again on close.
 */
/** A new, empty database on the PostgreSQL server at `serverUrl`, and a way to drop it. */
export async function createScratchPostgresDatabase(serverUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `otandas_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default,
 * or a new database on the PostgreSQL server named by DATABASE_URL (the CI
 * lane), dropped again on close.
 */
export async function createTestDatabase(options: { migrate?: boolean } = {}): Promise<DatabaseHandle & { url?: string }> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const handle = await openDatabase({ dataDir: 'memory://', poolSize: 5 });
    if (options.migrate !== false) await migrateDatabase(handle.db);
    return handle;
  }
  const scratch = await createScratchPostgresDatabase(serverUrl);
  const handle = await openDatabase({ databaseUrl: scratch.url, dataDir: 'unused', poolSize: 5 });
  if (options.migrate !== false) await migrateDatabase(handle.db);
  return {
    ...handle,
    url: scratch.url,
    async close() {
      await handle.close();
      await scratch.drop();
    },
  };
}
