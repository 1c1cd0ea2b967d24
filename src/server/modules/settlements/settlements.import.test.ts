import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { isAppError } from '../../platform/errors';
import { createTestApp, type TestApp } from '../../platform/testing';
import { insertCatalogueSettlements, xlsxOf } from './settlements.admin.test-helper';
import { readCsv } from './settlements.import-file';
import { parseIndicatorValue } from './settlements.import-rows';
import { commitImport, discardImport, getImport, listImports, previewImport } from './settlements.import';
import { indicatorImports, settlementIndicators, settlements } from './settlements.tables';

const meta = { actor: null, ip: null, requestId: 'test' };
const preview = (t: TestApp, fileName: string, content: string | Buffer) => previewImport(t.database.db, meta, { fileName, bytes: Buffer.from(content) });
const problemsOf = (p: { problems: Array<{ line: number; column: string | null; code: string; value: string | null }> }) =>
  p.problems.map((x) => `${x.line} ${x.column} ${x.code} ${x.value}`);

async function rejects(promise: Promise<unknown>, code: string, status: number) {
  await assert.rejects(promise, (error: unknown) => isAppError(error) && error.code === code && error.status === status);
}

describe('indicator file reading', () => {
  test('CSV: semicolons, a BOM, quoted fields with delimiters, quotes and line breaks keep the file line numbers', () => {
    const lines = readCsv('\uFEFFkato;source;school\r\n1;"a; b";1\r\n2;"say ""hi""\nthen";0\n\n3;x;1');
    assert.deepEqual(lines, [
      { line: 1, cells: ['kato', 'source', 'school'] },
      { line: 2, cells: ['1', 'a; b', '1'] },
      { line: 3, cells: ['2', 'say "hi"\nthen', '0'] },
      { line: 5, cells: [''] },
      { line: 6, cells: ['3', 'x', '1'] },
    ]);
  });

  test('values: yes and no in three languages for booleans, whole numbers where counted, bounds from the vocabulary', () => {
    const boolean = { key: 'gas', level: 'settlement', kind: 'boolean', min: 0, max: 1 } as const;
    const count = { key: 'vacancies', level: 'settlement', kind: 'count', min: 0, max: 100_000 } as const;
    for (const word of ['да', 'Иә', 'yes', 'TRUE', '1', 'бар']) assert.equal(parseIndicatorValue(word, boolean), 1, word);
    for (const word of ['нет', 'жоқ', 'No', 'false', '0']) assert.equal(parseIndicatorValue(word, boolean), 0, word);
    assert.equal(parseIndicatorValue(true, boolean), 1);
    assert.equal(parseIndicatorValue('2', boolean), 'out_of_range');
    assert.equal(parseIndicatorValue('1 200', count), 1200);
    assert.equal(parseIndicatorValue('12,5', count), 'not_a_number');
    assert.equal(parseIndicatorValue('да', count), 'not_a_number');
    assert.equal(parseIndicatorValue('100001', count), 'out_of_range');
    assert.equal(parseIndicatorValue('', count), 'not_a_number');
  });
});

describe('indicator imports', () => {
  let t: TestApp;
  let codes: string[];
  let a: string;
  let b: string;
  let c: string;

  /** Good values, an unknown code, a value out of range, a duplicate, a bad number, no code, a bad year and an unknown indicator. */
  const mixedRows = () => [
    ['kato', 'indicator', 'value', 'year', 'source', 'gas', 'colour'],
    [a, 'school', '1', '2024', 'Akimat letter 12', '1', ''],
    ['999999999', 'school', '1', '2024', 'x', '', ''],
    [b, 'vacancies', '-5', '2024', 'x', '', ''],
    [a, 'school', '0', '2024', 'x', '', ''],
    [b, 'clinic', 'many', '2024', 'x', 'да', ''],
    ['', 'school', '1', '2024', 'x', '', ''],
    [b, 'road', '2', '1890', 'x', '', ''],
    [b, 'internet', '3', '', 'Ministry, 2024', '', ''],
    [c, 'smell', '1', '2024', 'x', '', ''],
  ];
  const csvOf = (rows: string[][]) => rows.map((r) => r.map((cell) => (/[",]/.test(cell) ? `"${cell}"` : cell)).join(',')).join('\n');
  /** The mixed file as CSV, with a blank line before the last, which still counts in the numbering. */
  const mixedText = () => {
    const rows = mixedRows();
    return `${csvOf(rows.slice(0, -1))}\n\n${csvOf(rows.slice(-1))}\n`;
  };
  const expectedProblems = () => [
    '1 colour unknown_column colour',
    '3 kato unknown_kato 999999999',
    '4 vacancies out_of_range -5',
    '5 school duplicate 0',
    '6 clinic not_a_number many',
    '7 kato missing_code null',
    '8 year bad_year 1890',
    '11 indicator unknown_column smell',
  ];

  before(async () => {
    t = await createTestApp({ fullKato: true });
    codes = await insertCatalogueSettlements(t.database.db, 130);
    [a, b, c] = codes as [string, string, string];
    // A demo value the import will replace, a real value it will change, and one it will leave as it is.
    await t.database.db.insert(settlementIndicators).values([
      { settlementCode: a, key: 'school', value: 0, source: 'Demo', year: null, isDemo: true },
      { settlementCode: b, key: 'gas', value: 0, source: 'Old survey', year: 2020, isDemo: false },
      { settlementCode: b, key: 'internet', value: 3, source: 'Ministry, 2024', year: null, isDemo: false },
    ]);
  });
  after(() => t.close());

  test('the preview reports every bad value with its line, keeps the good ones and shows what changes', async () => {
    const result = await preview(t, 'mixed.csv', mixedText());
    assert.deepEqual(problemsOf(result), expectedProblems());
    assert.deepEqual(result.summary, { lines: 9, goodRows: 4, badLines: 7, newValues: 1, changedValues: 2, unchangedValues: 1, replacesDemo: 1 });
    assert.equal(result.status, 'previewed');
    const changes = Object.fromEntries(result.changes.map((ch) => [`${ch.kato}:${ch.key}`, ch]));
    assert.deepEqual(Object.keys(changes).sort(), [`${a}:gas`, `${a}:school`, `${b}:gas`].sort());
    assert.deepEqual(changes[`${a}:school`]!.before, { value: 0, year: null, source: 'Demo', demo: true });
    assert.deepEqual(changes[`${a}:school`]!.after, { value: 1, year: 2024, source: 'Akimat letter 12', demo: false });
    assert.equal(changes[`${a}:gas`]!.before, null);
    assert.deepEqual(changes[`${b}:gas`]!.before, { value: 0, year: 2020, source: 'Old survey', demo: false });
    assert.ok(changes[`${a}:school`]!.name.ru.length > 0);
    const [stored] = await t.database.db.select().from(settlementIndicators).where(eq(settlementIndicators.settlementCode, a));
    assert.equal(stored!.isDemo, true, 'a preview writes nothing');
  });

  test('an XLSX workbook reads the same as the CSV', async () => {
    const rows: Array<Array<string | number | boolean | null>> = mixedRows().map((r) => r.map((cell) => (cell === '' ? null : /^\d+$/.test(cell) ? Number(cell) : cell)));
    rows[5]![5] = true; // a boolean cell for gas, where the CSV says "да"
    rows.splice(rows.length - 1, 0, []); // the blank line 10
    const fromXlsx = await preview(t, 'mixed.xlsx', await xlsxOf(rows));
    const fromCsv = await preview(t, 'mixed.csv', mixedText());
    assert.deepEqual(problemsOf(fromXlsx), expectedProblems());
    assert.deepEqual(fromXlsx.summary, fromCsv.summary);
    const stored = async (id: string) => (await t.database.db.select({ rows: indicatorImports.rows }).from(indicatorImports).where(eq(indicatorImports.id, id)))[0]!.rows;
    assert.deepEqual(await stored(fromXlsx.id), await stored(fromCsv.id));
  });

  test('committing writes every good row as real, once; the catalogue version moves and the commit is audited', async () => {
    // A sequence never read has last_value 1 and is_called false.
    const version = async () => Number(((await t.database.db.execute(sql`select case when is_called then last_value else 0 end as v from settlements_catalogue_version_seq`)).rows[0] as { v: string }).v);
    const previewed = await preview(t, 'mixed.csv', mixedText());
    const before = await version();
    const committed = await commitImport(t.database.db, meta, previewed.id);
    assert.equal(committed.status, 'committed');
    assert.ok(committed.committedAt);
    assert.equal(committed.changes.length, 3);
    const written = await t.database.db.select().from(settlementIndicators).where(eq(settlementIndicators.importId, previewed.id));
    assert.deepEqual(written.map((w) => `${w.settlementCode}:${w.key}=${w.value}/${w.year}/${w.isDemo}`).sort(), [
      `${a}:gas=1/2024/false`,
      `${a}:school=1/2024/false`,
      `${b}:gas=1/2024/false`,
      `${b}:internet=3/null/false`,
    ].sort());
    assert.equal((await version()) > before, true);
    const audit = await t.database.db.execute(sql`select details from audit_log where action = 'indicator_import.commit' and entity_id = ${previewed.id}`);
    assert.equal(audit.rows.length, 1);
    await rejects(commitImport(t.database.db, meta, previewed.id), 'indicator_import_committed', 409);
    await rejects(discardImport(t.database.db, meta, previewed.id), 'indicator_import_committed', 409);
    // The same file again now changes nothing: the values are real and equal.
    const again = await preview(t, 'mixed.csv', mixedText());
    assert.deepEqual({ ...again.summary }, { lines: 9, goodRows: 4, badLines: 7, newValues: 0, changedValues: 0, unchangedValues: 4, replacesDemo: 0 });
    await discardImport(t.database.db, meta, again.id);
  });

  test('a discarded import keeps its report, writes nothing and cannot be committed', async () => {
    const previewed = await preview(t, 'discard.csv', `kato,vacancies\n${c},7\n`);
    const discarded = await discardImport(t.database.db, meta, previewed.id);
    assert.equal(discarded.status, 'discarded');
    await rejects(commitImport(t.database.db, meta, previewed.id), 'indicator_import_discarded', 409);
    assert.equal((await t.database.db.select().from(settlementIndicators).where(eq(settlementIndicators.settlementCode, c))).length, 0);
    const read = await getImport(t.database.db, previewed.id);
    assert.equal(read.summary.goodRows, 1);
    const listed = await listImports(t.database.db);
    assert.equal(listed[0]!.id, previewed.id, 'newest first');
  });

  test('a failure in the middle of a commit leaves nothing written', async () => {
    // Every indicator for 120 settlements in wide form: 1,320 values, more than one write batch.
    const batchCodes = codes.slice(10, 130);
    const keys = ['school', 'schoolKazakh', 'schoolRussian', 'kindergarten', 'clinic', 'vacancies', 'housingForKandas', 'internet', 'water', 'gas', 'road'];
    const text = [`kato,year,source,${keys.join(',')}`, ...batchCodes.map((code) => `${code},2025,Akimat survey,1,1,0,1,1,5,2,3,1,1,2`)].join('\n');
    const started = performance.now();
    const previewed = await preview(t, 'all.csv', text);
    const previewMs = performance.now() - started;
    assert.equal(previewed.summary.goodRows, 1320);
    assert.equal(previewed.changes.length, 50, 'the preview lists the first 50 changes');
    // The last settlement leaves the catalogue after the preview: its rows, in the last batch, break the foreign key.
    await t.database.db.delete(settlements).where(eq(settlements.code, batchCodes.at(-1)!));
    await rejects(commitImport(t.database.db, meta, previewed.id), 'indicator_import_stale', 409);
    const written = await t.database.db.select().from(settlementIndicators).where(eq(settlementIndicators.importId, previewed.id));
    assert.equal(written.length, 0, 'the first batch was rolled back with the rest');
    assert.equal((await getImport(t.database.db, previewed.id)).status, 'previewed');

    const again = await preview(t, 'all.csv', text);
    assert.equal(again.summary.goodRows, 1309);
    assert.deepEqual(new Set(again.problems.map((p) => p.code)), new Set(['unknown_kato']));
    const committedAt = performance.now();
    await commitImport(t.database.db, meta, again.id);
    const commitMs = performance.now() - committedAt;
    assert.equal((await t.database.db.select().from(settlementIndicators).where(eq(settlementIndicators.importId, again.id))).length, 1309);
    console.log(`# 1,320-value file: preview ${previewMs.toFixed(0)} ms, commit ${commitMs.toFixed(0)} ms`);
  });

  test('files that cannot be read are refused as a whole', async () => {
    await rejects(preview(t, 'empty.csv', ''), 'indicator_file_empty', 422);
    await rejects(preview(t, 'header-only.csv', '\n\n'), 'indicator_file_empty', 422);
    await rejects(preview(t, 'photo.png', Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082', 'hex')), 'indicator_file_type', 422);
    await rejects(preview(t, 'binary.csv', Buffer.from([0x6b, 0x61, 0x74, 0x6f, 0x00, 0xff, 0xfe])), 'indicator_file_type', 422);
    await rejects(preview(t, 'nocode.csv', 'code,school\n1,1\n'), 'indicator_file_no_kato_column', 422);
    await rejects(preview(t, 'large.csv', `kato,school\n${'x'.repeat(5 * 1024 * 1024)}`), 'indicator_file_too_large', 422);
    await rejects(preview(t, 'long.csv', `kato,school\n${`${a},1\n`.repeat(100_001)}`), 'indicator_file_too_many_lines', 422);
  });
});
