/**
 * Stored search keys follow the text toolkit: every searchable table keeps
 * `search_text` (the keys, as toTsvectorSource gives them) with a generated
 * tsvector over it. When the toolkit's keys change (a stemmer rule, a stop
 * word), rows written before would no longer meet the queries written after,
 * and nothing would say so. SEARCH_KEYS_VERSION names the keys; a table
 * built with another version has its search text computed again, in
 * batches, and then records the version.
 */
import { sql } from 'drizzle-orm';
import { SEARCH_KEYS_VERSION } from '../../../lib/text/search';
import type { Db, Executor } from '../../platform/db';
import type { Logger } from '../../platform/logger';
import { searchIndexState } from './search-index.tables';

/** How one table's search text is computed from its own columns. Names are the code's own, never input. */
export type SearchColumn = {
  table: string;
  /** The key column, and its type (keyset batches need its own ordering, for the index). */
  key: string;
  keyType: 'uuid' | 'text';
  /** The columns the search text is made of. */
  columns: string[];
  /** Rows that have no search text by design (anonymised), left alone. */
  skip?: string;
  /** A statement to run once rows have changed (e.g. to tell in-memory indexes to reload). */
  afterChange?: string;
  searchText(row: Record<string, unknown>): string | null;
};

const BATCH = 1000;

/**
 * Computes the search text of every row of the table again, in keyset
 * batches of one UPDATE each, and writes only the rows whose text changed.
 * Returns how many rows changed, or null when `signal` stopped it.
 */
export async function rebuildSearchColumn(db: Db, spec: SearchColumn, signal?: AbortSignal): Promise<number | null> {
  let after: string | null = null;
  let changed = 0;
  const list = spec.columns.join(', ');
  for (;;) {
    if (signal?.aborted) return null;
    const from = after === null ? sql`true` : sql`${sql.raw(spec.key)} > ${after}::${sql.raw(spec.keyType)}`;
    const page: { rows: Array<Record<string, unknown> & { key: string; search_text: string | null }> } = await db.execute(
      sql`select ${sql.raw(spec.key)}::text as key, search_text, ${sql.raw(list)} from ${sql.raw(spec.table)}
        where ${from}${spec.skip ? sql.raw(` and not (${spec.skip})`) : sql``}
        order by ${sql.raw(spec.key)} limit ${sql.raw(String(BATCH))}`,
    );
    if (!page.rows.length) break;
    after = page.rows.at(-1)!.key;
    const updates = page.rows.flatMap((row) => {
      const text = spec.searchText(row);
      return text === row.search_text ? [] : [{ key: row.key, search_text: text }];
    });
    if (updates.length) {
      await db.execute(sql`update ${sql.raw(spec.table)} as t set search_text = v.search_text
        from json_to_recordset(${JSON.stringify(updates)}::json) as v(key text, search_text text)
        where t.${sql.raw(spec.key)} = v.key::${sql.raw(spec.keyType)}`);
      changed += updates.length;
    }
    if (page.rows.length < BATCH) break;
  }
  if (changed && spec.afterChange) await db.execute(sql.raw(spec.afterChange));
  return changed;
}

/** The tables whose search text was built with another version of the keys than `version`. */
export async function staleSearchTables(db: Db, specs: SearchColumn[], version = SEARCH_KEYS_VERSION): Promise<SearchColumn[]> {
  const state = await db.select().from(searchIndexState);
  const built = new Map(state.map((row) => [row.tableName, row.keysVersion]));
  return specs.filter((spec) => built.get(spec.table) !== version);
}

/** Records that these tables' search text was just written with the current keys (a fresh import). */
export async function markSearchTablesCurrent(db: Executor, tables: string[], version = SEARCH_KEYS_VERSION): Promise<void> {
  if (!tables.length) return;
  await db
    .insert(searchIndexState)
    .values(tables.map((tableName) => ({ tableName, keysVersion: version })))
    .onConflictDoUpdate({ target: searchIndexState.tableName, set: { keysVersion: version, rebuiltAt: new Date() } });
}

/**
 * Rebuilds the stale tables one after another and records the version for
 * each when it is done; a run cut short leaves its table stale, to be
 * rebuilt whole next time (as does `signal` aborting it, between batches,
 * when the server stops). Returns the rows changed per finished table.
 */
export async function rebuildStaleSearchColumns(
  db: Db,
  specs: SearchColumn[],
  options: { logger?: Logger; signal?: AbortSignal; version?: number } = {},
): Promise<Record<string, number>> {
  const { logger, signal, version = SEARCH_KEYS_VERSION } = options;
  const changed: Record<string, number> = {};
  for (const spec of await staleSearchTables(db, specs, version)) {
    const started = performance.now();
    const rows = await rebuildSearchColumn(db, spec, signal);
    if (rows === null) return changed;
    changed[spec.table] = rows;
    await markSearchTablesCurrent(db, [spec.table], version);
    logger?.info({ table: spec.table, keysVersion: version, changed: changed[spec.table], ms: Math.round(performance.now() - started) }, 'search keys rebuilt');
  }
  return changed;
}
