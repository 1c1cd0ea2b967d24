import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { SEARCH_KEYS_VERSION } from '../lib/text/search';
import { markSearchTablesCurrent, rebuildStaleSearchColumns, searchIndexState, staleSearchTables } from './modules/search-index';
import { appealBody, fileAppeal } from './modules/support/support.test-helper';
import { createTestApp, type TestApp } from './platform/testing';
import { searchColumns } from './search-columns';

type Row = { search_text: string | null };

describe('search columns rebuilt when the keys change', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(async () => t.close());

  const searchTextOf = async (table: string, where: string) =>
    (await t.database.db.execute<Row>(sql.raw(`select search_text from ${table} where ${where}`))).rows.map((row) => row.search_text);

  it('gives rows written with older keys the keys a new row gets, finds them again, and records the version', async () => {
    const db = t.database.db;
    const filed = await fileAppeal(t.client(), appealBody({ message: 'Апостильдің мерзімі қанша? Құжаттарды қайда тапсырамын?', person: { name: 'Сейітов Ерлан', phone: '+77051112299' } }));
    assert.equal(filed.status, 201);
    const number = filed.body.number as string;
    const [caseText] = await searchTextOf('support_cases', `number = '${number}'`);
    const [personText] = await searchTextOf('people', `id = (select person_id from support_cases where number = '${number}')`);
    const [unitText] = await searchTextOf('kato_units', `code = '110000000'`);
    assert.ok(caseText?.includes('апостил') && personText && unitText);

    // As an older toolkit would have left them: other keys, and an older version on record.
    await db.execute(sql.raw(`update support_cases set search_text = 'апостильдин' where number = '${number}'`));
    await db.execute(sql.raw(`update people set search_text = 'stale' where id = (select person_id from support_cases where number = '${number}')`));
    await db.execute(sql.raw(`update kato_units set search_text = 'stale' where code = '110000000'`));
    await markSearchTablesCurrent(db, searchColumns.map((c) => c.table), SEARCH_KEYS_VERSION - 1);
    assert.equal((await staleSearchTables(db, searchColumns)).length, searchColumns.length);

    const staff = await t.signedIn('operator');
    const findsCase = async () => {
      const found = await staff.client.get(`/api/v1/cases?q=${encodeURIComponent('апостиль')}`);
      assert.equal(found.status, 200);
      return found.body.items.some((c: { number: string }) => c.number === number);
    };
    assert.equal(await findsCase(), false, 'the older keys miss the word');

    const changed = await rebuildStaleSearchColumns(db, searchColumns);
    assert.deepEqual(changed, { kato_units: 1, people: 1, support_cases: 1, kb_translations: 0 }, 'only the rows whose text differs are written');
    assert.deepEqual(await searchTextOf('support_cases', `number = '${number}'`), [caseText]);
    assert.deepEqual(await searchTextOf('people', `id = (select person_id from support_cases where number = '${number}')`), [personText]);
    assert.deepEqual(await searchTextOf('kato_units', `code = '110000000'`), [unitText]);
    const versions = await db.select().from(searchIndexState);
    assert.deepEqual(new Set(versions.map((v) => v.keysVersion)), new Set([SEARCH_KEYS_VERSION]));

    // The generated tsvector follows: the inbox finds the case by the word in another form.
    assert.equal(await findsCase(), true);

    assert.deepEqual(await rebuildStaleSearchColumns(db, searchColumns), {}, 'nothing stale the second time');
  });

  it('leaves anonymised records without search text, and stops between batches when asked', async () => {
    const db = t.database.db;
    const filed = await fileAppeal(t.client(), appealBody({ person: { name: 'Жоқбаев Асхат', phone: '+77051112300' } }));
    const number = filed.body.number as string;
    await db.execute(sql.raw(`update support_cases set search_text = null, anonymized_at = now(), applicant_name = '—' where number = '${number}'`));
    await markSearchTablesCurrent(db, ['support_cases'], SEARCH_KEYS_VERSION - 1);
    const stopped = new AbortController();
    stopped.abort();
    assert.deepEqual(await rebuildStaleSearchColumns(db, searchColumns, { signal: stopped.signal }), {});
    assert.equal((await staleSearchTables(db, searchColumns)).length, 1, 'a stopped rebuild leaves its table stale');
    await rebuildStaleSearchColumns(db, searchColumns);
    assert.deepEqual(await searchTextOf('support_cases', `number = '${number}'`), [null]);
    assert.equal((await staleSearchTables(db, searchColumns)).length, 0);
  });
});
