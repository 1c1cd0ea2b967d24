import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db';
import { nameSearchKeys, nameSimilarity } from '../../../lib/text/names';
import { toPassportLatin } from '../../../lib/text/transliteration';
import { people, personIdentifiers, personMatchProposals } from './people.tables';
import type { ContactInput, IdentifierKind } from './people.schema';

export type PersonRow = typeof people.$inferSelect;
export type Identifier = { kind: IdentifierKind; value: string };
export type MatchReason = { kind: string; score?: number };

/** The identifiers of a contact in their stored form. */
export function identifiersOf(contact: Partial<ContactInput>): Identifier[] {
  const found: Identifier[] = [];
  if (contact.iin) found.push({ kind: 'iin', value: contact.iin });
  if (contact.phone) found.push({ kind: 'phone', value: contact.phone });
  if (contact.email) found.push({ kind: 'email', value: contact.email.toLowerCase() });
  if (contact.telegram) found.push({ kind: 'telegram', value: contact.telegram.toLowerCase() });
  if (contact.passportNumber) found.push({ kind: 'passport', value: contact.passportNumber.toUpperCase() });
  return found;
}

/**
 * A to_tsquery('simple', …) string over the name index for a name typed in
 * any script: its keys AND-ed (every part must match) or OR-ed (any part).
 * Null when the name has no key.
 */
export function nameKeysQuery(name: string, join: '&' | '|'): string | null {
  const keys = nameSearchKeys(name).map((k) => `'${k.replace(/'/g, "''")}'`);
  return keys.length ? keys.join(` ${join} `) : null;
}

/** What the name index holds: the script-neutral stems of every name part. */
export function personSearchText(fullName: string): string {
  return nameSearchKeys(fullName).join(' ');
}

/** A name close enough to link a contact by a shared phone or e-mail; a family sharing a phone stays apart. */
const linkingNameScore = 0.8;

const uuidList = (ids: string[]) => sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `);

/** Follows merged_into to the record each id now belongs to. */
export async function canonicalPersonIds(db: Executor, ids: string[]): Promise<Map<string, string>> {
  const result = new Map<string, string>();
  if (!ids.length) return result;
  const rows = await db.execute<{ start: string; id: string }>(sql`
    with recursive chain(start, id, merged_into, depth) as (
      select id, id, merged_into, 0 from people where id in (${uuidList(ids)})
      union all
      select chain.start, p.id, p.merged_into, chain.depth + 1
      from chain join people p on p.id = chain.merged_into where chain.depth < 20
    )
    select start, id from chain where merged_into is null`);
  for (const row of rows.rows) result.set(row.start, row.id);
  return result;
}

/** Every record of one person: the surviving one and all merged into it, at any depth. */
export async function personClusterIds(db: Executor, personId: string): Promise<string[]> {
  const root = (await canonicalPersonIds(db, [personId])).get(personId);
  if (!root) return [];
  const rows = await db.execute<{ id: string }>(sql`
    with recursive cluster(id, depth) as (
      select ${root}::uuid, 0
      union all
      select p.id, cluster.depth + 1 from people p join cluster on p.merged_into = cluster.id where cluster.depth < 20
    )
    select id from cluster`);
  return rows.rows.map((r) => r.id);
}

async function addIdentifiers(db: Executor, personId: string, identifiers: Identifier[], channel: string | null): Promise<void> {
  if (!identifiers.length) return;
  await db
    .insert(personIdentifiers)
    .values(identifiers.map((i) => ({ personId, kind: i.kind, value: i.value, channel })))
    .onConflictDoNothing();
}

export async function proposeMatch(db: Executor, personId: string, candidateId: string, score: number, reasons: MatchReason[]): Promise<void> {
  if (personId === candidateId) return;
  // One row per unordered pair: the smaller id first.
  const [a, b] = personId < candidateId ? [personId, candidateId] : [candidateId, personId];
  await db
    .insert(personMatchProposals)
    .values({ personId: a, candidateId: b, score, reasons })
    .onConflictDoUpdate({
      target: [personMatchProposals.personId, personMatchProposals.candidateId],
      set: { score: sql`greatest(${personMatchProposals.score}, excluded.score)`, reasons: sql`excluded.reasons` },
      setWhere: sql`${personMatchProposals.status} = 'open'`,
    });
}

export type ResolvedPerson = { personId: string; created: boolean; linkedBy: IdentifierKind | null };

/** What linking needs to know of a person the contact may belong to. */
export type CandidatePerson = Pick<PersonRow, 'id' | 'fullName' | 'birthDate' | 'iin' | 'passportNumber' | 'country' | 'regionCode' | 'address'>;
export type ContactWithRegion = ContactInput & { language?: string | undefined; regionCode?: string | null | undefined };

/** The people a contact's identifiers already belong to (their surviving records, not anonymised) and by which kinds. */
export type ContactLookup = { identifiers: Identifier[]; candidates: CandidatePerson[]; kindsByRoot: Map<string, Set<string>> };

/** Which person the contact is, if any: the decision of resolvePerson, made without the database. */
export type PersonChoice =
  | { linked: CandidatePerson; linkedBy: IdentifierKind | null; patch: PersonPatch }
  | { linked: null; proposals: Array<{ candidateId: string; score: number; reasons: MatchReason[] }> };

async function lookupContact(db: Executor, contact: ContactInput): Promise<ContactLookup> {
  const identifiers = identifiersOf(contact);
  const hits = identifiers.length
    ? await db
        .select({ personId: personIdentifiers.personId, kind: personIdentifiers.kind })
        .from(personIdentifiers)
        .where(
          sql`(${personIdentifiers.kind}, ${personIdentifiers.value}) in (${sql.join(
            identifiers.map((i) => sql`(${i.kind}, ${i.value})`),
            sql`, `,
          )})`,
        )
    : [];
  const roots = await canonicalPersonIds(db, [...new Set(hits.map((h) => h.personId))]);
  const kindsByRoot = new Map<string, Set<string>>();
  for (const hit of hits) {
    const root = roots.get(hit.personId);
    if (!root) continue;
    const kinds = kindsByRoot.get(root) ?? new Set<string>();
    kinds.add(hit.kind);
    kindsByRoot.set(root, kinds);
  }
  const candidates = kindsByRoot.size
    ? await db.select().from(people).where(and(inArray(people.id, [...kindsByRoot.keys()]), isNull(people.anonymizedAt)))
    : [];
  return { identifiers, candidates, kindsByRoot };
}

/**
 * An IIN names one person, so it links on its own. A shared phone, e-mail,
 * Telegram id or passport links only when the names agree (and no IIN or
 * birth date disagrees); otherwise a new record is made and every candidate
 * is proposed to staff.
 */
export function choosePerson(contact: ContactWithRegion, lookup: ContactLookup): PersonChoice {
  const { candidates, kindsByRoot } = lookup;
  const byIin = candidates.find((p) => kindsByRoot.get(p.id)?.has('iin'));
  const compatible = (p: CandidatePerson) =>
    !(contact.iin && p.iin && p.iin !== contact.iin) &&
    !(contact.birthDate && p.birthDate && p.birthDate !== contact.birthDate) &&
    nameSimilarity(contact.name, p.fullName).score >= linkingNameScore;
  const linked = byIin ?? (candidates.filter(compatible).length === 1 ? candidates.find(compatible) : undefined);
  if (linked) {
    const kind = [...(kindsByRoot.get(linked.id) ?? [])][0] as IdentifierKind | undefined;
    return { linked, linkedBy: byIin ? 'iin' : (kind ?? null), patch: blanksFilledBy(linked, contact) };
  }
  return {
    linked: null,
    proposals: candidates.map((candidate) => {
      const reasons: MatchReason[] = [...(kindsByRoot.get(candidate.id) ?? [])].map((kind) => ({ kind }));
      const name = nameSimilarity(contact.name, candidate.fullName).score;
      reasons.push({ kind: 'name', score: name });
      return { candidateId: candidate.id, score: Math.min(0.99, 0.5 + name / 2), reasons };
    }),
  };
}

/** The columns of a new person record for a contact. */
export function newPersonValues(contact: ContactWithRegion) {
  return {
    fullName: contact.name,
    nameLatin: toPassportLatin(contact.name, 'kk'),
    birthDate: contact.birthDate ?? null,
    iin: contact.iin ?? null,
    passportNumber: contact.passportNumber?.toUpperCase() ?? null,
    country: contact.country ?? null,
    regionCode: contact.regionCode ?? null,
    address: contact.address ?? null,
    language: contact.language ?? null,
    searchText: personSearchText(contact.name),
  };
}

/**
 * Finds the person an incoming contact belongs to, or registers a new one
 * (see choosePerson). Nothing is ever merged here.
 */
export async function resolvePerson(db: Executor, contact: ContactWithRegion, channel: string): Promise<ResolvedPerson> {
  const lookup = await lookupContact(db, contact);
  const choice = choosePerson(contact, lookup);
  if (choice.linked) {
    await addIdentifiers(db, choice.linked.id, lookup.identifiers, channel);
    if (Object.keys(choice.patch).length) await db.update(people).set({ ...choice.patch, updatedAt: new Date() }).where(eq(people.id, choice.linked.id));
    return { personId: choice.linked.id, created: false, linkedBy: choice.linkedBy };
  }
  const [created] = await db.insert(people).values(newPersonValues(contact)).returning({ id: people.id });
  await addIdentifiers(db, created!.id, lookup.identifiers, channel);
  for (const proposal of choice.proposals) await proposeMatch(db, created!.id, proposal.candidateId, proposal.score, proposal.reasons);
  return { personId: created!.id, created: true, linkedBy: null };
}

export type PersonPatch = Partial<Pick<PersonRow, 'birthDate' | 'iin' | 'passportNumber' | 'country' | 'regionCode' | 'address'>>;

/** A later contact may bring what the first one lacked: a birth date, an IIN, a passport. */
function blanksFilledBy(person: CandidatePerson, contact: ContactWithRegion): PersonPatch {
  const patch: PersonPatch = {};
  if (!person.birthDate && contact.birthDate) patch.birthDate = contact.birthDate;
  if (!person.iin && contact.iin) patch.iin = contact.iin;
  if (!person.passportNumber && contact.passportNumber) patch.passportNumber = contact.passportNumber.toUpperCase();
  if (!person.country && contact.country) patch.country = contact.country;
  if (!person.regionCode && contact.regionCode) patch.regionCode = contact.regionCode;
  if (!person.address && contact.address) patch.address = contact.address;
  return patch;
}
