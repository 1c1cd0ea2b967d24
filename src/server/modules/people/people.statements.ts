/**
 * resolvePerson for the hot path of intake, as SQL of fixed text that the
 * caller makes part of its own single statement (atomic on its own, so no
 * transaction): a new applicant costs one statement, a known one two. The
 * decision itself is choosePerson, shared with resolvePerson.
 */
import { randomUUID } from 'node:crypto';
import type { StatementParams } from '../../platform/db';
import { identifiersOf, newPersonValues, type CandidatePerson, type ContactLookup, type ContactWithRegion, type Identifier, type PersonChoice } from './people.registry';

/**
 * Who a contact may be, as common table expressions for a `with recursive`:
 * contact_hits are the identifiers already known, contact_people the
 * surviving records they lead to along merged_into (as canonicalPersonIds),
 * not anonymised, one row per record and identifier kind.
 */
function lookupCtes(identifiers: Identifier[], params: StatementParams): string[] {
  // Each lookup is a LATERAL subquery with OFFSET 0, which the planner cannot flatten into a join:
  // it stays a probe by key (kind and value, id), so a plan prepared while the tables were still
  // small (a fresh database, a generic plan made before autovacuum's first ANALYZE) is not a scan
  // of the whole table, repeated on every appeal as the registry grows.
  return [
    `contact_hits as (select h.person_id, h.kind from unnest(${params.add(identifiers.map((i) => i.kind), 'text[]')}, ${params.add(identifiers.map((i) => i.value), 'text[]')}) as c(kind, value) cross join lateral (select i.person_id, i.kind from person_identifiers i where i.kind = c.kind and i.value = c.value offset 0) h)`,
    `contact_chain(start, id, merged_into, depth) as (select p.id, p.id, p.merged_into, 0 from (select distinct person_id from contact_hits) h cross join lateral (select p.id, p.merged_into from people p where p.id = h.person_id offset 0) p union all select chain.start, p.id, p.merged_into, chain.depth + 1 from contact_chain chain cross join lateral (select p.id, p.merged_into from people p where p.id = chain.merged_into offset 0) p where chain.depth < 20)`,
    `contact_people as (select h.kind, p.id, p.full_name, p.birth_date::text as birth_date, p.iin, p.passport_number, p.country, p.region_code, p.address from contact_hits h join contact_chain c on c.start = h.person_id and c.merged_into is null cross join lateral (select * from people p where p.id = c.id and p.anonymized_at is null offset 0) p)`,
  ];
}

/** A row of contact_people; all null in a row that only carries the caller's own columns. */
export type ContactPeopleRow = {
  kind: string | null;
  id: string | null;
  full_name: string;
  birth_date: string | null;
  iin: string | null;
  passport_number: string | null;
  country: string | null;
  region_code: string | null;
  address: string | null;
};

/** The lookup resolvePerson would make, from the rows of contact_people. */
export function contactLookupFrom(contact: ContactWithRegion, rows: ContactPeopleRow[]): ContactLookup {
  const candidates = new Map<string, CandidatePerson>();
  const kindsByRoot = new Map<string, Set<string>>();
  for (const row of rows) {
    if (!row.id || !row.kind) continue;
    if (!candidates.has(row.id)) {
      candidates.set(row.id, {
        id: row.id,
        fullName: row.full_name,
        birthDate: row.birth_date,
        iin: row.iin,
        passportNumber: row.passport_number,
        country: row.country,
        regionCode: row.region_code,
        address: row.address,
      });
    }
    const kinds = kindsByRoot.get(row.id) ?? new Set<string>();
    kinds.add(row.kind);
    kindsByRoot.set(row.id, kinds);
  }
  return { identifiers: identifiersOf(contact), candidates: [...candidates.values()], kindsByRoot };
}

export type PersonWrite = {
  personId: string;
  ctes: string[];
  /** The condition under which the person was written; the caller's own writes go under it too. */
  guard: string;
};

function newPersonCtes(personId: string, contact: ContactWithRegion, identifiers: Identifier[], channel: string, guard: string, params: StatementParams): string[] {
  const v = newPersonValues(contact);
  const id = params.add(personId, 'uuid');
  return [
    `new_person as (insert into people (id, full_name, name_latin, birth_date, iin, passport_number, country, region_code, address, language, search_text) select ${id}, ${params.add(v.fullName, 'text')}, ${params.add(v.nameLatin, 'text')}, ${params.add(v.birthDate, 'date')}, ${params.add(v.iin, 'text')}, ${params.add(v.passportNumber, 'text')}, ${params.add(v.country, 'text')}, ${params.add(v.regionCode, 'text')}, ${params.add(v.address, 'text')}, ${params.add(v.language, 'text')}, ${params.add(v.searchText, 'text')} where ${guard})`,
    identifiersCte(id, identifiers, channel, guard, params),
  ];
}

function identifiersCte(id: string, identifiers: Identifier[], channel: string, guard: string, params: StatementParams): string {
  return `person_identifiers_added as (insert into person_identifiers (person_id, kind, value, channel) select ${id}, kind, value, ${params.add(channel, 'text')} from unnest(${params.add(identifiers.map((i) => i.kind), 'text[]')}, ${params.add(identifiers.map((i) => i.value), 'text[]')}) as c(kind, value) where ${guard} on conflict do nothing)`;
}

/**
 * The first statement of an appeal: looks the contact up and, when none of
 * its identifiers is known yet (a new applicant, the usual case), registers
 * the new person in the same statement, as resolvePerson would with no
 * candidates. Otherwise nothing is written and contact_people tells the
 * caller whom to choose from (personWriteCtes).
 */
export function registerUnknownContact(contact: ContactWithRegion, channel: string, params: StatementParams): PersonWrite {
  const identifiers = identifiersOf(contact);
  const personId = randomUUID();
  const guard = 'not exists (select 1 from contact_hits)';
  return { personId, guard, ctes: [...lookupCtes(identifiers, params), ...newPersonCtes(personId, contact, identifiers, channel, guard, params)] };
}

function proposalRows(personId: string, proposals: Extract<PersonChoice, { linked: null }>['proposals']) {
  return proposals
    .filter((p) => p.candidateId !== personId)
    .map((p) => {
      const [a, b] = personId < p.candidateId ? [personId, p.candidateId] : [p.candidateId, personId];
      return { person_id: a, candidate_id: b, score: p.score, reasons: p.reasons };
    });
}

/**
 * The common table expressions that write the person side of an appeal once
 * the contact is known to match someone: a new record with its identifiers
 * and the likely matches proposed to staff (as proposeMatch), or the linked
 * person's new identifiers and filled blanks. Their text depends only on
 * whether a person is linked.
 */
export function personWriteCtes(choice: PersonChoice, contact: ContactWithRegion, lookup: ContactLookup, channel: string, now: Date, params: StatementParams): PersonWrite {
  const guard = 'true';
  if (!choice.linked) {
    const personId = randomUUID();
    return {
      personId,
      guard,
      ctes: [
        ...newPersonCtes(personId, contact, lookup.identifiers, channel, guard, params),
        // One row per unordered pair, the smaller id first; a decided proposal stays as decided.
        `proposals as (insert into person_match_proposals (person_id, candidate_id, score, reasons) select p.person_id, p.candidate_id, p.score, p.reasons from jsonb_to_recordset(${params.add(JSON.stringify(proposalRows(personId, choice.proposals)), 'jsonb')}) as p(person_id uuid, candidate_id uuid, score real, reasons jsonb) on conflict (person_id, candidate_id) do update set score = greatest(person_match_proposals.score, excluded.score), reasons = excluded.reasons where person_match_proposals.status = 'open')`,
      ],
    };
  }
  const personId = choice.linked.id;
  const id = params.add(personId, 'uuid');
  const patch = choice.patch;
  return {
    personId,
    guard,
    ctes: [
      `person_blanks as (update people set birth_date = coalesce(${params.add(patch.birthDate ?? null, 'date')}, birth_date), iin = coalesce(${params.add(patch.iin ?? null, 'text')}, iin), passport_number = coalesce(${params.add(patch.passportNumber ?? null, 'text')}, passport_number), country = coalesce(${params.add(patch.country ?? null, 'text')}, country), region_code = coalesce(${params.add(patch.regionCode ?? null, 'text')}, region_code), address = coalesce(${params.add(patch.address ?? null, 'text')}, address), updated_at = ${params.add(now, 'timestamptz')} where id = ${id} and ${params.add(Object.keys(patch).length > 0, 'boolean')})`,
      identifiersCte(id, lookup.identifiers, channel, guard, params),
    ],
  };
}
