import { and, asc, eq, isNull, ne, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db';
import { nameSimilarity, sameNameThreshold } from '../../../lib/text/names';
import { people } from './people.tables';
import { nameKeysQuery, personClusterIds, proposeMatch, type PersonRow } from './people.registry';

/** How many people one run of the matcher compares with the registry. */
const batchSize = 200;
/** Without a birth date, a name alone proposes only at a higher bar. */
const nameOnlyThreshold = 0.97;

/**
 * Proposes likely duplicates by name and birth date across scripts: the
 * registry is narrowed by birth date or by the name's index keys, then each
 * candidate is scored with the toolkit's nameSimilarity.
 */
export async function findNameMatches(db: Executor, person: PersonRow): Promise<number> {
  if (person.anonymizedAt) return 0;
  const cluster = new Set(await personClusterIds(db, person.id));
  const nameQuery = nameKeysQuery(person.fullName, '|');
  let candidates: PersonRow[] = [];
  if (person.birthDate) {
    candidates = await db
      .select()
      .from(people)
      .where(and(eq(people.birthDate, person.birthDate), isNull(people.mergedInto), isNull(people.anonymizedAt), ne(people.id, person.id)))
      .limit(500);
  } else if (nameQuery) {
    candidates = await db
      .select()
      .from(people)
      .where(and(sql`${people.searchVector} @@ to_tsquery('simple', ${nameQuery})`, isNull(people.mergedInto), isNull(people.anonymizedAt), ne(people.id, person.id)))
      .limit(200);
  }
  let proposed = 0;
  for (const candidate of candidates) {
    if (cluster.has(candidate.id)) continue;
    // Two different IINs are two people, whatever the names say.
    if (person.iin && candidate.iin && person.iin !== candidate.iin) continue;
    const { score } = nameSimilarity(person.fullName, candidate.fullName);
    const sameBirth = Boolean(person.birthDate && candidate.birthDate === person.birthDate);
    if (score < (sameBirth ? sameNameThreshold : nameOnlyThreshold)) continue;
    const reasons = [{ kind: 'name', score }, ...(sameBirth ? [{ kind: 'birth_date' }] : [])];
    await proposeMatch(db, person.id, candidate.id, sameBirth ? Math.min(0.99, 0.3 + score * 0.7) : score * 0.6, reasons);
    proposed += 1;
  }
  return proposed;
}

/** One run of the background matcher over people not yet checked. */
export async function matchPendingPeople(db: Executor): Promise<{ checked: number; proposed: number }> {
  const pending = await db.select().from(people).where(isNull(people.matchCheckedAt)).orderBy(asc(people.createdAt)).limit(batchSize);
  let proposed = 0;
  for (const person of pending) {
    proposed += await findNameMatches(db, person);
    await db.update(people).set({ matchCheckedAt: new Date() }).where(eq(people.id, person.id));
  }
  return { checked: pending.length, proposed };
}
