import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import type { Logger } from '../logger';
import { findRunningPglite, hostPglite, type PgliteHost } from './pglite-host';

// timestamptz and bigint values come back as JS types the app expects.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

/** The app's database handle; `$client` is the pool it runs on. */
export type Db = NodePgDatabase<Record<string, never>> & { $client: pg.Pool };
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** What a service takes: the database or an open transaction. */
export type Executor = Db | Tx;

export type DatabaseKind = 'postgres' | 'pglite' | 'pglite-shared';

export type DatabaseHandle = {
  db: Db;
  pool: pg.Pool;
  kind: DatabaseKind;
  close(): Promise<void>;
};

export type OpenDatabaseOptions = {
  databaseUrl?: string | undefined;
  dataDir: string;
  logger?: Logger;
  poolSize?: number;
  /** When another process serves this PGlite, connect to it instead of failing. */
  shareRunning?: boolean;
};

/**
 * Opens the database: a PostgreSQL server when DATABASE_URL is set, otherwise
 * the embedded PGlite in the data directory (or memory:// in tests).
 */
export async function openDatabase(options: OpenDatabaseOptions): Promise<DatabaseHandle> {
  let host: PgliteHost | undefined;
  let poolConfig: pg.PoolConfig;
  let kind: DatabaseKind;
  if (options.databaseUrl) {
    poolConfig = { connectionString: options.databaseUrl };
    kind = 'postgres';
  } else {
    const running = options.shareRunning === false ? undefined : await findRunningPglite(options.dataDir);
    if (running) {
      kind = 'pglite-shared';
      poolConfig = { host: running.socketDir, port: running.port };
    } else {
      host = await hostPglite(options.dataDir);
      kind = 'pglite';
      poolConfig = { host: host.socketDir, port: host.port };
    }
    poolConfig = { ...poolConfig, user: 'postgres', database: 'postgres' };
  }
  const pool = new pg.Pool({ ...poolConfig, max: options.poolSize ?? 10, idleTimeoutMillis: 30_000 });
  pool.on('error', (error) => options.logger?.error({ err: { message: error.message } }, 'database pool error'));
  if (kind === 'postgres') serverPools.add(pool);
  const db = drizzle(pool) as Db;
  return {
    db,
    pool,
    kind,
    async close() {
      try {
        if (!pool.ended) await pool.end();
      } finally {
        await host?.stop();
      }
    },
  };
}

/**
 * Pools on a PostgreSQL server, where each connection is its own session.
 * PGlite serves every connection from one session, so a statement prepared
 * under a name on one connection would clash with the same name on another.
 */
const serverPools = new WeakSet<pg.Pool>();

/** Numbered parameters of a statement whose text is the same on every call. */
export class StatementParams {
  readonly values: unknown[] = [];
  /** Adds a value and returns its placeholder, e.g. `$3::uuid`. */
  add(value: unknown, cast = ''): string {
    this.values.push(value);
    return `$${this.values.length}${cast ? `::${cast}` : ''}`;
  }
}

/**
 * Runs a hot statement straight on the pool, skipping the query builder. On
 * PostgreSQL it is prepared once per connection under `name` (parsed and
 * planned once); `text` must then be the same for every call with that name.
 * After five runs PostgreSQL may keep one generic plan for the connection's
 * life, made from the statistics of that moment: write lookups so that they
 * stay probes by key whatever the table's size then (people.statements.ts).
 */
export async function queryFixed<Row extends pg.QueryResultRow>(db: Db, name: string, text: string, values: unknown[]): Promise<Row[]> {
  const pool = db.$client;
  const result = await pool.query<Row>(serverPools.has(pool) ? { name, text, values } : { text, values });
  return result.rows;
}

/** Is the database reachable? Used by /readyz. */
export async function pingDatabase(pool: pg.Pool): Promise<boolean> {
  try {
    await pool.query('select 1');
    return true;
  } catch {
    return false;
  }
}
