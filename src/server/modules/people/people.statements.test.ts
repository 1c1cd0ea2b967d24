import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import pg from 'pg';
import { queryFixed, StatementParams } from '../../platform/db';
import { createTestApp, type TestApp } from '../../platform/testing';
import { choosePerson, type ContactWithRegion } from './people.registry';
import { contactLookupFrom, personWriteCtes, registerUnknownContact, type ContactPeopleRow } from './people.statements';
import { people, personIdentifiers, personMatchProposals } from './people.tables';

/** The two statements intake makes of a contact, without the case: the person id and whether the first one registered it. */
async function resolveByStatements(t: TestApp, contact: ContactWithRegion): Promise<{ personId: string; registeredAtOnce: boolean }> {
  const db = t.database.db;
  const first = new StatementParams();
  const unknown = registerUnknownContact(contact, 'web', first);
  const rows = await queryFixed<ContactPeopleRow & { written: boolean }>(
    db,
    'test_unknown_contact',
    `with recursive ${unknown.ctes.join(',\n')}\nselect (select ${unknown.guard}) as written, c.* from (select 1) one left join contact_people c on true`,
    first.values,
  );
  if (rows[0]?.written) return { personId: unknown.personId, registeredAtOnce: true };
  const lookup = contactLookupFrom(contact, rows);
  const second = new StatementParams();
  const write = personWriteCtes(choosePerson(contact, lookup), contact, lookup, 'web', new Date(), second);
  const name = `test_${write.ctes[0]!.slice(0, write.ctes[0]!.indexOf(' '))}`;
  await queryFixed(db, name, `with ${write.ctes.join(',\n')}\nselect 1`, second.values);
  return { personId: write.personId, registeredAtOnce: false };
}

describe('person statements of intake', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(async () => t.close());

  it('registers a new contact at once, links a known one by phone when the names agree, and proposes a relative', async () => {
    const db = t.database.db;
    const first = await resolveByStatements(t, { name: 'Сейітов Ерлан', phone: '+77051112233' });
    assert.equal(first.registeredAtOnce, true);
    const [person] = await db.select().from(people).where(eq(people.id, first.personId));
    assert.equal(person?.fullName, 'Сейітов Ерлан');
    assert.ok(person?.searchText, 'the name index is filled');

    const again = await resolveByStatements(t, { name: 'Seiitov Erlan', phone: '+77051112233', email: 'Erlan@Example.kz', birthDate: '1990-04-02' });
    assert.equal(again.registeredAtOnce, false);
    assert.equal(again.personId, first.personId, 'same phone, same name in Latin');
    const [filled] = await db.select().from(people).where(eq(people.id, first.personId));
    assert.equal(filled?.birthDate, '1990-04-02', 'a blank is filled');
    const identifiers = await db.select().from(personIdentifiers).where(eq(personIdentifiers.personId, first.personId));
    assert.deepEqual(identifiers.map((i) => `${i.kind}:${i.value}`).sort(), ['email:erlan@example.kz', 'phone:+77051112233']);

    const relative = await resolveByStatements(t, { name: 'Сейітова Айгүл', phone: '+77051112233' });
    assert.notEqual(relative.personId, first.personId, 'a relative sharing the phone is not linked');
    const proposals = await db.select().from(personMatchProposals);
    const pair = proposals.find((p) => [p.personId, p.candidateId].sort().join() === [first.personId, relative.personId].sort().join());
    assert.ok(pair, 'the shared phone is proposed for a decision');
    assert.deepEqual(pair.reasons.map((r) => r.kind), ['phone', 'name']);
  });

  it('looks contacts up by index even in a plan prepared before the tables have statistics', async () => {
    // A pooled connection keeps a prepared statement's generic plan; one made while the tables were
    // small must not scan them whole on every appeal once they have grown.
    const params = new StatementParams();
    const unknown = registerUnknownContact({ name: 'Сейітов Ерлан', phone: '+77051112233', email: 'erlan@example.kz' }, 'web', params);
    const text = `with recursive ${unknown.ctes.join(',\n')}\nselect c.* from (select 1) one left join contact_people c on true`;
    const literal = (value: unknown) =>
      value === null ? 'null' : pg.Client.prototype.escapeLiteral(Array.isArray(value) ? `{${value.map((v) => JSON.stringify(v)).join(',')}}` : String(value));
    const client = await t.database.db.$client.connect();
    try {
      await client.query('set plan_cache_mode = force_generic_plan');
      await client.query(`prepare generic_contact_lookup as ${text}`);
      const plan = await client.query<{ 'QUERY PLAN': string }>(`explain execute generic_contact_lookup(${params.values.map(literal).join(', ')})`);
      const lines = plan.rows.map((row) => row['QUERY PLAN']);
      const scanned = lines.filter((line) => /Seq Scan on (people|person_identifiers)\b/u.test(line));
      assert.deepEqual(scanned, [], lines.join('\n'));
      assert.ok(lines.some((line) => line.includes('person_identifiers_lookup_idx')), lines.join('\n'));
    } finally {
      await client.query('deallocate generic_contact_lookup').catch(() => undefined);
      await client.query('reset plan_cache_mode');
      client.release();
    }
  });
});
