import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { searchFoldedText, toTsvectorSource, type SearchTable } from './index';

/**
 * An in-memory table of documents indexed the way the product indexes them
 * (search vector and folded text), for the ranking and synonym tests.
 */
export async function createSearchFixture(docs: Record<string, string>): Promise<{ db: PGlite; table: SearchTable }> {
  const db = new PGlite({ extensions: { pg_trgm } });
  await db.exec('create extension pg_trgm; create table kb (id text primary key, v tsvector not null, f text not null)');
  for (const [id, text] of Object.entries(docs)) {
    await db.query(`insert into kb values ($1, to_tsvector('simple', $2), $3)`, [id, toTsvectorSource(text), searchFoldedText(text)]);
  }
  return { db, table: { from: 'kb', key: 'id', vector: 'v', folded: 'f' } };
}
