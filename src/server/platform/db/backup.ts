import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import type pg from 'pg';

/**
 * A logical backup that moves between PGlite and PostgreSQL: gzip'd JSON
 * lines, a header with the schema's migrations, one line per row in foreign
 * key order, and a trailer with row counts so a cut-off file is detected.
 */
export const backupFormat = 'otandas-backup';
export const backupVersion = 1;

type Header = { format: string; version: number; createdAt: string; migrations: string[]; tables: string[] };
type Trailer = { end: true; counts: Record<string, number> };

export type BackupProgress = (done: number, total: number) => void;

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

/** Application tables, parents before children. */
export async function tablesInDependencyOrder(client: pg.ClientBase): Promise<string[]> {
  const tables = (
    await client.query<{ name: string }>(
      `select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
    )
  ).rows.map((r) => r.name);
  const edges = (
    await client.query<{ child: string; parent: string }>(
      `select c.conrelid::regclass::text as child, c.confrelid::regclass::text as parent
       from pg_constraint c join pg_namespace n on n.oid = c.connamespace
       where c.contype = 'f' and n.nspname = 'public'`,
    )
  ).rows.map((e) => ({ child: e.child.replace(/"/g, ''), parent: e.parent.replace(/"/g, '') }));
  const ordered: string[] = [];
  const visiting = new Set<string>();
  const visit = (table: string) => {
    if (ordered.includes(table) || visiting.has(table)) return;
    visiting.add(table);
    for (const edge of edges) if (edge.child === table && edge.parent !== table) visit(edge.parent);
    visiting.delete(table);
    ordered.push(table);
  };
  tables.forEach(visit);
  return ordered;
}

async function appliedMigrations(client: pg.ClientBase): Promise<string[]> {
  const exists = await client.query(`select 1 from information_schema.tables where table_schema = 'drizzle' and table_name = '__drizzle_migrations'`);
  if (!exists.rowCount) return [];
  return (await client.query<{ hash: string }>(`select hash from drizzle.__drizzle_migrations order by created_at, id`)).rows.map((r) => r.hash);
}

async function primaryKeyColumns(client: pg.ClientBase, table: string): Promise<string[]> {
  const result = await client.query<{ column: string }>(
    `select a.attname as column from pg_index i
     join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
     where i.indrelid = $1::regclass and i.indisprimary order by a.attnum`,
    [quote(table)],
  );
  return result.rows.map((r) => r.column);
}

/** Writes a consistent snapshot of every table to `file`. */
export async function backupDatabase(pool: pg.Pool, file: string, onProgress?: BackupProgress): Promise<Trailer['counts']> {
  const client = await pool.connect();
  const gzip = createGzip();
  const output = pipeline(gzip, createWriteStream(file, { mode: 0o600 }));
  const write = async (value: unknown) => {
    if (!gzip.write(`${JSON.stringify(value)}\n`)) await once(gzip, 'drain');
  };
  const counts: Record<string, number> = {};
  try {
    await client.query('begin isolation level repeatable read read only');
    // Timestamps are written in UTC whatever the server's zone, so both engines produce the same file.
    await client.query(`set local timezone = 'UTC'`);
    const tables = await tablesInDependencyOrder(client);
    const totals = await Promise.all(
      tables.map(async (table) => Number((await client.query(`select count(*) as n from ${quote(table)}`)).rows[0].n)),
    );
    const total = totals.reduce((a, b) => a + b, 0);
    const header: Header = { format: backupFormat, version: backupVersion, createdAt: new Date().toISOString(), migrations: await appliedMigrations(client), tables };
    await write(header);
    let done = 0;
    for (const table of tables) {
      const order = (await primaryKeyColumns(client, table)).map(quote).join(', ') || '1';
      await client.query(`declare backup_cursor no scroll cursor for select row_to_json(t)::text as row from ${quote(table)} t order by ${order}`);
      counts[table] = 0;
      for (;;) {
        const batch = await client.query<{ row: string }>('fetch 1000 from backup_cursor');
        if (!batch.rowCount) break;
        for (const { row } of batch.rows) {
          if (!gzip.write(`{"t":${JSON.stringify(table)},"r":${row}}\n`)) await once(gzip, 'drain');
        }
        counts[table] += batch.rowCount;
        done += batch.rowCount;
        onProgress?.(done, total);
      }
      await client.query('close backup_cursor');
    }
    await write({ end: true, counts } satisfies Trailer);
    await client.query('commit');
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    gzip.destroy(error as Error);
    throw error;
  } finally {
    client.release();
  }
  gzip.end();
  await output;
  return counts;
}

export class RestoreError extends Error {}

async function* readBackupLines(file: string): AsyncGenerator<unknown> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of lines) if (line) yield JSON.parse(line);
}

async function restorableColumns(client: pg.ClientBase, table: string): Promise<string[]> {
  const result = await client.query<{ name: string }>(
    `select column_name as name from information_schema.columns
     where table_schema = 'public' and table_name = $1 and is_generated = 'NEVER' order by ordinal_position`,
    [table],
  );
  return result.rows.map((r) => r.name);
}

async function resetSequences(client: pg.ClientBase, table: string): Promise<void> {
  const serials = await client.query<{ name: string }>(
    `select column_name as name from information_schema.columns
     where table_schema = 'public' and table_name = $1 and column_default like 'nextval(%'`,
    [table],
  );
  for (const { name } of serials.rows) {
    await client.query(
      `select setval(pg_get_serial_sequence($1, $2), greatest(coalesce(max(${quote(name)}), 1), 1), max(${quote(name)}) is not null) from ${quote(table)}`,
      [quote(table), name],
    );
  }
}

/**
 * Loads a backup into a migrated, empty database of the same schema version,
 * in one transaction: it lands whole or not at all.
 */
export async function restoreDatabase(pool: pg.Pool, file: string, onProgress?: BackupProgress): Promise<Trailer['counts']> {
  const client = await pool.connect();
  try {
    const reader = readBackupLines(file);
    const first = (await reader.next()).value as Header | undefined;
    if (!first || first.format !== backupFormat) throw new RestoreError(`${file} is not an Otandas backup.`);
    if (first.version !== backupVersion) throw new RestoreError(`Backup format ${first.version} is not supported (expected ${backupVersion}).`);
    const migrations = await appliedMigrations(client);
    if (migrations.join() !== first.migrations.join()) {
      throw new RestoreError(
        `The backup has ${first.migrations.length} migrations and the database ${migrations.length}; restore into the same version of Otandas.`,
      );
    }
    const tables = await tablesInDependencyOrder(client);
    for (const table of tables) {
      const rows = await client.query(`select 1 from ${quote(table)} limit 1`);
      if (rows.rowCount) throw new RestoreError(`The database is not empty (table ${table} has rows). Restore into an empty database, or use --replace.`);
    }
    const counts: Record<string, number> = {};
    const columns = new Map<string, string>();
    let batchTable: string | undefined;
    let batch: unknown[] = [];
    let done = 0;
    let trailer: Trailer | undefined;
    const flush = async () => {
      if (!batchTable || !batch.length) return;
      if (!columns.has(batchTable)) {
        if (!tables.includes(batchTable)) throw new RestoreError(`The backup has a table this database lacks: ${batchTable}.`);
        columns.set(batchTable, (await restorableColumns(client, batchTable)).map(quote).join(', '));
      }
      const list = columns.get(batchTable)!;
      await client.query(
        `insert into ${quote(batchTable)} (${list}) select ${list} from json_populate_recordset(null::${quote(batchTable)}, $1::json)`,
        [JSON.stringify(batch)],
      );
      counts[batchTable] = (counts[batchTable] ?? 0) + batch.length;
      done += batch.length;
      onProgress?.(done, 0);
      batch = [];
    };
    await client.query('begin');
    await client.query(`set local timezone = 'UTC'`);
    for await (const entry of reader) {
      const line = entry as { t?: string; r?: unknown; end?: boolean; counts?: Record<string, number> };
      if (line.end) {
        trailer = line as Trailer;
        break;
      }
      if (line.t !== batchTable || batch.length >= 500) await flush();
      batchTable = line.t;
      batch.push(line.r);
    }
    await flush();
    if (!trailer) throw new RestoreError('The backup file is cut off (no trailer); nothing was restored.');
    for (const [table, expected] of Object.entries(trailer.counts)) {
      if ((counts[table] ?? 0) !== expected) throw new RestoreError(`Table ${table}: ${counts[table] ?? 0} rows read, ${expected} expected.`);
    }
    for (const table of tables) await resetSequences(client, table);
    await client.query('commit');
    return counts;
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** Empties the database completely (schema and migration history), for restore --replace. */
export async function dropEverything(pool: pg.Pool): Promise<void> {
  await pool.query('drop schema if exists drizzle cascade');
  await pool.query('drop schema public cascade');
  await pool.query('create schema public');
}

/** Every row of every table, for comparing two databases in tests. */
export async function snapshotRows(pool: pg.Pool): Promise<Record<string, string[]>> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    await client.query(`set local timezone = 'UTC'`);
    const snapshot: Record<string, string[]> = {};
    for (const table of await tablesInDependencyOrder(client)) {
      const rows = await client.query<{ row: string }>(`select row_to_json(t)::text as row from ${quote(table)} t`);
      snapshot[table] = rows.rows.map((r) => r.row).sort();
    }
    await client.query('commit');
    return snapshot;
  } finally {
    client.release();
  }
}

