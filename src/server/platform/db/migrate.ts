import { migrate } from 'drizzle-orm/node-postgres/migrator';
import { fileURLToPath } from 'node:url';
import type { Db } from './connection';

export const migrationsFolder = fileURLToPath(new URL('../../../../drizzle', import.meta.url));

/** Any fixed number: the advisory lock that lets one process migrate at a time. */
const migrationLockKey = 7_301_202_611;

/**
 * Applies the committed drizzle-kit migrations that have not run yet. Two
 * processes starting at once against one PostgreSQL server would both try to
 * create the same tables, so the migration runs under an advisory lock.
 */
export async function migrateDatabase(db: Db): Promise<void> {
  const lockClient = await db.$client.connect();
  try {
    await lockClient.query('select pg_advisory_lock($1)', [migrationLockKey]);
    try {
      await migrate(db, { migrationsFolder });
    } finally {
      await lockClient.query('select pg_advisory_unlock($1)', [migrationLockKey]);
    }
  } finally {
    lockClient.release();
  }
}
