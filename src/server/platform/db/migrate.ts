import { migrate } from 'drizzle-orm/node-postgres/migrator';
import { fileURLToPath } from 'node:url';
import type { Db } from './connection';

export const migrationsFolder = fileURLToPath(new URL('../../../../drizzle', import.meta.url));

/** Applies the committed drizzle-kit migrations that have not run yet. */
export async function migrateDatabase(db: Db): Promise<void> {
  await migrate(db, { migrationsFolder });
}
