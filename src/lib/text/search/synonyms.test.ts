import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { PGlite } from '@electric-sql/pglite';
import { createSearchFixture } from './search-table.test-helper';
import { rankedSearchSql, searchPlan, searchTokens, type SearchTable } from './index';
import { SYNONYM_GROUPS, synonymGroups } from './synonyms';

const docs: Record<string, string> = {
  iin: 'ЖСН алу тәртібі: қандас халыққа қызмет көрсету орталығына өтініш береді.',
  permit: 'Ықтиярхат беру мерзімі және қажетті құжаттар тізімі.',
  pension: 'Зейнетақы тағайындау үшін қандастар өтініш береді.',
  school: 'Балаларды мектепке қабылдау тәртібі.',
  weather: 'Астанада қар жауады, ауа райы суытады.',
};

let db: PGlite;
let table: SearchTable;

before(async () => {
  ({ db, table } = await createSearchFixture(docs));
});
after(() => db.close());

async function search(query: string, options: { synonyms?: boolean; tokensOnly?: boolean } = {}): Promise<string[]> {
  const plan = searchPlan(query, undefined, { synonyms: options.synonyms });
  if (!plan) return [];
  const { text, params } = rankedSearchSql(plan, options.tokensOnly ? { ...table, folded: undefined } : table, 3);
  return (await db.query<{ key: string }>(text, params)).rows.map((row) => row.key);
}

test('an abbreviation finds its equivalent: ИИН алу → ЖСН алу тәртібі', async () => {
  assert.equal((await search('ИИН алу', { tokensOnly: true }))[0], 'iin');
  assert.equal((await search('ИИН алу'))[0], 'iin');
  assert.equal((await search('IIN'))[0], 'iin');
  assert.ok(!(await search('ИИН', { tokensOnly: true, synonyms: false })).includes('iin'), 'without synonyms the keys miss it');
});

test('a Russian term in a query finds the Kazakh one: ВНЖ → ықтиярхат; ЦОН → ХҚКО in full', async () => {
  assert.equal((await search('ВНЖ', { tokensOnly: true }))[0], 'permit');
  assert.equal((await search('вид на жительство', { tokensOnly: true }))[0], 'permit');
  assert.equal((await search('ЦОН', { tokensOnly: true }))[0], 'iin');
  assert.equal((await search('пенсия', { tokensOnly: true }))[0], 'pension');
  assert.equal((await search('школа', { tokensOnly: true }))[0], 'school');
});

test('a multi-word term is one term of the plan, its alternatives OR-ed, its words AND-ed', () => {
  const plan = searchPlan('тұруға рұқсат алу')!;
  assert.equal(plan.terms.length, 2);
  assert.ok(plan.terms[0]!.startsWith("(('тур' & 'руксат':*) | "));
  assert.ok(plan.terms[0]!.includes("'ыктиярхат':*"));
  assert.ok(plan.terms[0]!.includes("'внж'"));
  assert.equal(plan.terms[1], "'ал'");
  // The trigram half keeps the words as typed.
  assert.deepEqual(plan.foldedWords, ['туруга', 'руксат', 'алу']);
  // A single word of a multi-word term is not expanded by it (рұқсат alone).
  assert.equal(searchPlan('рұқсат', 'kk')!.terms[0], "'руксат':*");
});

test('words outside the groups are not expanded', () => {
  const plan = searchPlan('Астанада қар жауады', 'kk')!;
  assert.deepEqual(plan.terms, ["'астана':*", "'кар'", "'жау'"]);
  assert.deepEqual(searchPlan('ИИН', 'ru', { synonyms: false })!.terms, ["'иин'"]);
  assert.ok(searchPlan('ИИН', 'ru')!.terms[0]!.includes("'жсн'"));
});

test('the index side is untouched: documents keep their own keys', () => {
  assert.deepEqual(searchTokens('ЖСН', 'kk'), ['жсн']);
  assert.deepEqual(searchTokens('Ықтиярхат', 'kk'), ['ыктиярхат']);
});

test('every group term gives keys, and no group is a single term', () => {
  assert.equal(synonymGroups.length, SYNONYM_GROUPS.length);
  assert.ok(synonymGroups.length >= 40);
  for (const group of synonymGroups) {
    assert.ok(group.terms.length >= 2, group.terms.join(' | '));
    assert.equal(group.keys.length, group.terms.length, group.terms.join(' | '));
  }
});
