import { and, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { recordAudit } from '../../platform/audit';
import type { Executor } from '../../platform/db';
import { errors } from '../../platform/errors';
import type { RequestMeta } from '../../platform/http';
import { seesPersonalData, visibleRegion } from '../../platform/rbac';
import { checkIin, maskEmail, maskIin, maskPhone, normalizeEmail, normalizePhone } from '../../../lib/identity';
import { nameSimilarity } from '../../../lib/text/names';
import { people, personIdentifiers, personMatchProposals, personMerges } from './people.tables';
import { canonicalPersonIds, nameKeysQuery, personClusterIds, type PersonRow } from './people.registry';
import type { IdentifierKind, MatchProposalDto, PersonDto, PersonSummaryDto } from './people.schema';

const maskers: Record<IdentifierKind, (v: string) => string> = {
  iin: maskIin,
  phone: maskPhone,
  email: maskEmail,
  telegram: (v) => `${v.slice(0, 2)}•••`,
  passport: (v) => `•••${v.slice(-3)}`,
};

const canSee = (meta: RequestMeta) => Boolean(meta.actor && seesPersonalData(meta.actor.role));

/**
 * Which of these person records have been served in a region (by the
 * support center). A front office sees only the people of its own region:
 * those who live there, and those whose appeals it handles.
 */
export type PeopleServedInRegion = (db: Executor, personIds: string[], regionCode: string) => Promise<Set<string>>;

async function inActorRegion(db: Executor, meta: RequestMeta, row: PersonRow, servedInRegion?: PeopleServedInRegion): Promise<boolean> {
  const region = meta.actor ? visibleRegion(meta.actor) : null;
  if (!region || row.regionCode === region) return true;
  if (!servedInRegion) return false;
  return (await servedInRegion(db, await personClusterIds(db, row.id), region)).size > 0;
}

export function toPersonSummary(row: PersonRow, unmasked: boolean): PersonSummaryDto {
  return {
    id: row.id,
    fullName: row.fullName,
    birthDate: row.birthDate,
    iin: row.iin ? (unmasked ? row.iin : maskIin(row.iin)) : null,
    regionCode: row.regionCode,
  };
}

async function loadPerson(db: Executor, id: string): Promise<PersonRow> {
  const [row] = await db.select().from(people).where(eq(people.id, id));
  if (!row) throw errors.notFound('person');
  return row;
}

/** Details a person record may lack that another record of the same person can supply. */
const fillableFields = ['iin', 'birthDate', 'passportNumber', 'nameLatin', 'country', 'regionCode', 'address', 'language'] as const;

/**
 * The survivor as the console shows it: each empty detail taken from the
 * newest merged record that has it. Only the reply changes; stored rows stay
 * as they were, so an unmerge still restores each record exactly.
 */
async function withMergedDetails(db: Executor, root: PersonRow, clusterIds: string[]): Promise<PersonRow> {
  const missing = fillableFields.filter((field) => !root[field]);
  const others = clusterIds.filter((c) => c !== root.id);
  if (!missing.length || !others.length) return root;
  const merged = await db.select().from(people).where(inArray(people.id, others)).orderBy(desc(people.createdAt), desc(people.id));
  const filled: PersonRow = { ...root };
  for (const field of missing) {
    const source = merged.find((record) => record[field]);
    if (source) Object.assign(filled, { [field]: source[field] });
  }
  return filled;
}

/**
 * A person with every record merged into them. The read is audited, and
 * roles that do not handle personal data get masked identifiers.
 */
export async function getPerson(db: Executor, meta: RequestMeta, id: string, servedInRegion?: PeopleServedInRegion): Promise<PersonDto> {
  const requested = await loadPerson(db, id);
  const rootId = (await canonicalPersonIds(db, [id])).get(id) ?? id;
  const stored = rootId === id ? requested : await loadPerson(db, rootId);
  if (!(await inActorRegion(db, meta, stored, servedInRegion))) throw errors.forbidden();
  const clusterIds = await personClusterIds(db, rootId);
  const root = await withMergedDetails(db, stored, clusterIds);
  const identifiers = await db
    .select()
    .from(personIdentifiers)
    .where(inArray(personIdentifiers.personId, clusterIds))
    .orderBy(personIdentifiers.firstSeenAt);
  const unmasked = canSee(meta);
  await recordAudit(db, meta, { action: 'person.view', entityType: 'person', entityId: rootId, details: { masked: !unmasked } });
  const seen = new Set<string>();
  return {
    ...toPersonSummary(root, unmasked),
    nameLatin: root.nameLatin,
    passportNumber: root.passportNumber ? (unmasked ? root.passportNumber : maskers.passport(root.passportNumber)) : null,
    country: root.country,
    address: root.address ? (unmasked ? root.address : '•••') : null,
    language: root.language,
    identifiers: identifiers
      .filter((i) => !seen.has(`${i.kind}:${i.value}`) && seen.add(`${i.kind}:${i.value}`))
      .map((i) => ({
        kind: i.kind as IdentifierKind,
        value: unmasked ? i.value : maskers[i.kind as IdentifierKind](i.value),
        channel: i.channel,
        firstSeenAt: i.firstSeenAt.toISOString(),
      })),
    mergedIds: clusterIds.filter((c) => c !== rootId),
    mergedInto: requested.mergedInto,
    masked: !unmasked,
    anonymized: root.anonymizedAt !== null,
    demo: root.demo,
    createdAt: root.createdAt.toISOString(),
  };
}

/**
 * Finds people by IIN, phone, e-mail or name in any script. Returns the
 * surviving record of each person, best name match first.
 */
export async function searchPeopleIds(db: Executor, q: string, limit = 20): Promise<string[]> {
  const text = q.trim();
  const iin = /^\d{12}$/.test(text.replace(/\s/g, '')) ? checkIin(text) : null;
  const email = text.includes('@') ? normalizeEmail(text) : null;
  const phone = /^[+\d\s()\-]{7,}$/.test(text) ? normalizePhone(text) : null;
  let ids: string[] = [];
  const identifier = iin?.ok ? { kind: 'iin', value: iin.value } : email ? { kind: 'email', value: email } : phone ? { kind: 'phone', value: phone } : null;
  if (identifier) {
    const rows = await db
      .select({ id: personIdentifiers.personId })
      .from(personIdentifiers)
      .where(and(eq(personIdentifiers.kind, identifier.kind), eq(personIdentifiers.value, identifier.value)))
      .limit(limit);
    ids = rows.map((r) => r.id);
  } else {
    const query = nameKeysQuery(text, '&');
    if (!query) return [];
    const rows = await db
      .select({ id: people.id, fullName: people.fullName })
      .from(people)
      .where(sql`${people.searchVector} @@ to_tsquery('simple', ${query})`)
      .limit(limit * 5);
    ids = rows
      .map((r) => ({ id: r.id, score: nameSimilarity(text, r.fullName).score }))
      .sort((a, b) => b.score - a.score)
      .map((r) => r.id);
  }
  const roots = await canonicalPersonIds(db, ids);
  return [...new Set(ids.map((id) => roots.get(id) ?? id))].slice(0, limit);
}

export async function searchPeople(db: Executor, meta: RequestMeta, q: string, limit: number, servedInRegion?: PeopleServedInRegion): Promise<PersonSummaryDto[]> {
  const ids = await searchPeopleIds(db, q, limit);
  if (!ids.length) return [];
  const rows = await db.select().from(people).where(inArray(people.id, ids));
  const byId = new Map(rows.map((r) => [r.id, r]));
  const found: PersonSummaryDto[] = [];
  for (const id of ids) {
    const row = byId.get(id);
    if (row && (await inActorRegion(db, meta, row, servedInRegion))) found.push(toPersonSummary(row, canSee(meta)));
  }
  return found;
}

export async function listMatchProposals(db: Executor, meta: RequestMeta, status: 'open' | 'merged' | 'dismissed', limit: number): Promise<MatchProposalDto[]> {
  const candidate = alias(people, 'candidate');
  const rows = await db
    .select({ proposal: personMatchProposals, person: people, candidate })
    .from(personMatchProposals)
    .innerJoin(people, eq(people.id, personMatchProposals.personId))
    .innerJoin(candidate, eq(candidate.id, personMatchProposals.candidateId))
    .where(and(eq(personMatchProposals.status, status), status === 'open' ? and(isNull(people.mergedInto), isNull(candidate.mergedInto)) : undefined))
    .orderBy(desc(personMatchProposals.score), desc(personMatchProposals.createdAt))
    .limit(limit);
  const unmasked = canSee(meta);
  return rows.map(({ proposal, person, candidate: other }) => ({
    id: proposal.id,
    person: toPersonSummary(person, unmasked),
    candidate: toPersonSummary(other, unmasked),
    score: proposal.score,
    reasons: proposal.reasons,
    status: proposal.status as MatchProposalDto['status'],
    createdAt: proposal.createdAt.toISOString(),
  }));
}

/** Marks proposals between two clusters as decided. */
async function decideProposals(db: Executor, meta: RequestMeta, a: string[], b: string[], status: 'merged' | 'dismissed'): Promise<void> {
  await db
    .update(personMatchProposals)
    .set({ status, decidedBy: meta.actor?.id ?? null, decidedAt: new Date() })
    .where(
      and(
        eq(personMatchProposals.status, 'open'),
        or(
          and(inArray(personMatchProposals.personId, a), inArray(personMatchProposals.candidateId, b)),
          and(inArray(personMatchProposals.personId, b), inArray(personMatchProposals.candidateId, a)),
        ),
      ),
    );
}

/**
 * Merges one person into another. Rows do not move: the merged record points
 * at the survivor, so its cases and contacts appear under the survivor and
 * an unmerge puts everything back exactly.
 */
export async function mergePeople(db: Executor, meta: RequestMeta, survivorId: string, mergedId: string): Promise<{ mergeId: string }> {
  const roots = await canonicalPersonIds(db, [survivorId, mergedId]);
  const survivorRoot = roots.get(survivorId);
  const mergedRoot = roots.get(mergedId);
  if (!survivorRoot || !mergedRoot) throw errors.notFound('person');
  if (survivorRoot === mergedRoot) throw errors.conflict('people_already_merged');
  const [survivor, merged] = [await loadPerson(db, survivorRoot), await loadPerson(db, mergedRoot)];
  if (survivor.anonymizedAt || merged.anonymizedAt) throw errors.conflict('person_anonymized');
  if (survivor.iin && merged.iin && survivor.iin !== merged.iin) throw errors.conflict('people_conflicting_iin');
  const [survivorCluster, mergedCluster] = [await personClusterIds(db, survivorRoot), await personClusterIds(db, mergedRoot)];
  await db.update(people).set({ mergedInto: survivorRoot, updatedAt: new Date() }).where(eq(people.id, mergedRoot));
  const [record] = await db.insert(personMerges).values({ survivorId: survivorRoot, mergedId: mergedRoot, mergedBy: meta.actor?.id ?? null }).returning({ id: personMerges.id });
  await decideProposals(db, meta, survivorCluster, mergedCluster, 'merged');
  await recordAudit(db, meta, { action: 'person.merge', entityType: 'person', entityId: survivorRoot, details: { mergedId: mergedRoot, mergeId: record!.id } });
  return { mergeId: record!.id };
}

export async function unmergePerson(db: Executor, meta: RequestMeta, mergedId: string): Promise<void> {
  const person = await loadPerson(db, mergedId);
  if (!person.mergedInto) throw errors.conflict('person_not_merged');
  await db.update(people).set({ mergedInto: null, updatedAt: new Date() }).where(eq(people.id, mergedId));
  await db
    .update(personMerges)
    .set({ unmergedAt: new Date(), unmergedBy: meta.actor?.id ?? null })
    .where(and(eq(personMerges.mergedId, mergedId), isNull(personMerges.unmergedAt)));
  await recordAudit(db, meta, { action: 'person.unmerge', entityType: 'person', entityId: mergedId, details: { survivorId: person.mergedInto } });
}

export async function dismissMatchProposal(db: Executor, meta: RequestMeta, proposalId: string): Promise<void> {
  const updated = await db
    .update(personMatchProposals)
    .set({ status: 'dismissed', decidedBy: meta.actor?.id ?? null, decidedAt: new Date() })
    .where(and(eq(personMatchProposals.id, proposalId), eq(personMatchProposals.status, 'open')))
    .returning({ id: personMatchProposals.id });
  if (!updated.length) throw errors.notFound('match_proposal');
  await recordAudit(db, meta, { action: 'person.match_dismiss', entityType: 'person_match_proposal', entityId: proposalId });
}

/** Everything the registry holds on one person, unmasked, for a subject access request. */
export async function personRecordForExport(db: Executor, id: string) {
  const clusterIds = await personClusterIds(db, id);
  if (!clusterIds.length) throw errors.notFound('person');
  const records = await db.select().from(people).where(inArray(people.id, clusterIds));
  const identifiers = await db.select().from(personIdentifiers).where(inArray(personIdentifiers.personId, clusterIds));
  const merges = await db.select().from(personMerges).where(or(inArray(personMerges.survivorId, clusterIds), inArray(personMerges.mergedId, clusterIds)));
  return {
    records: records.map(({ searchText: _s, searchVector: _v, ...rest }) => rest),
    identifiers: identifiers.map(({ id: _id, ...rest }) => rest),
    merges,
    clusterIds,
  };
}

/** Removes the personal data of every record of a person; what is left serves statistics only. */
export async function anonymizePersonRecords(db: Executor, clusterIds: string[]): Promise<void> {
  if (!clusterIds.length) return;
  await db.delete(personIdentifiers).where(inArray(personIdentifiers.personId, clusterIds));
  await db
    .update(people)
    .set({ fullName: '—', nameLatin: null, birthDate: null, iin: null, passportNumber: null, address: null, searchText: null, anonymizedAt: new Date(), updatedAt: new Date() })
    .where(inArray(people.id, clusterIds));
}
