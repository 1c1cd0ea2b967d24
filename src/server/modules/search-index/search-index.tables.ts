import { integer, pgTable, timestamp, varchar } from 'drizzle-orm/pg-core';

/**
 * Which version of the search keys (SEARCH_KEYS_VERSION of the text
 * toolkit) each table's stored search text was last built with. A table
 * missing here, or built with an older version, is rebuilt at start.
 */
export const searchIndexState = pgTable('search_index_state', {
  tableName: varchar('table_name', { length: 63 }).primaryKey(),
  keysVersion: integer('keys_version').notNull(),
  rebuiltAt: timestamp('rebuilt_at', { withTimezone: true }).notNull().defaultNow(),
});
