import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from './connection';

/**
 * Data a module keeps in memory per database handle, reloaded when a
 * sequence moves: a writer on any server calls nextval, and every server's
 * next read (one tiny statement) sees the new value and reloads. `alsoKey`,
 * a scalar text query, adds what else the data depends on without a
 * sequence of its own; it is read in the same statement.
 */
export function sequenceCache<T>(sequence: string, load: (db: Executor) => Promise<T>, alsoKey?: SQL) {
  if (!/^[a-z_]+$/.test(sequence)) throw new Error(`not a sequence name: ${sequence}`);
  const entries = new WeakMap<object, { version: string; loading: Promise<T> }>();
  const sequenceVersion = sql.raw(`(select last_value::text || ':' || is_called::text from ${sequence})`);
  const versionQuery = alsoKey ? sql`select ${sequenceVersion} || '|' || coalesce((${alsoKey}), '') as version` : sql`select ${sequenceVersion} as version`;
  return {
    async get(db: Executor): Promise<T> {
      const [row] = (await db.execute<{ version: string }>(versionQuery)).rows;
      const version = row?.version ?? '';
      let entry = entries.get(db);
      if (!entry || entry.version !== version) {
        entry = { version, loading: load(db) };
        entries.set(db, entry);
        entry.loading.catch(() => entries.delete(db));
      }
      return entry.loading;
    },
    async bump(db: Executor): Promise<void> {
      await db.execute(sql.raw(`select nextval('${sequence}')`));
    },
  };
}
