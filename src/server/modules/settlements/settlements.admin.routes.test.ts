import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { createTestApp, type TestApp, type TestClient } from '../../platform/testing';
import { base64, insertCatalogueSettlements, xlsxOf } from './settlements.admin.test-helper';
import { settlementIndicators } from './settlements.tables';

const api = '/api/v1';

describe('settlement indicator imports and region programmes over HTTP', () => {
  let t: TestApp;
  let analyst: TestClient;
  let admin: TestClient;
  let operator: TestClient;
  let codes: string[];

  before(async () => {
    t = await createTestApp({ fullKato: true });
    codes = await insertCatalogueSettlements(t.database.db, 3);
    ({ client: analyst } = await t.signedIn('analyst'));
    ({ client: admin } = await t.signedIn('admin'));
    ({ client: operator } = await t.signedIn('operator'));
  });
  after(() => t.close());

  test('roles without settlements.manage are refused', async () => {
    const upload = await operator.post(`${api}/settlements/imports`, { fileName: 'a.csv', contentBase64: base64(`kato,school\n${codes[0]},1\n`) });
    assert.equal(upload.status, 403);
    assert.equal((await operator.get(`${api}/settlements/imports`)).status, 403);
    assert.equal((await operator.request('PUT', `${api}/regions/100000000/programmes/2026`, { json: { quota: 1, aid: null, source: null } })).status, 403);
  });

  test('the template names every indicator, its examples are real codes, and it reads back without problems', async () => {
    const template = await analyst.get(`${api}/settlements/imports/template.csv`);
    assert.equal(template.status, 200);
    assert.match(template.headers.get('content-type') ?? '', /text\/csv/);
    const lines = template.text.replace(/^\uFEFF/, '').trim().split('\r\n');
    assert.equal(lines.length, 3);
    assert.equal(lines[0], 'kato,year,source,school,schoolKazakh,schoolRussian,kindergarten,clinic,vacancies,housingForKandas,internet,water,gas,road');
    assert.deepEqual(lines.slice(1).map((l) => l.split(',')[0]), codes.slice(0, 2));
    const previewed = await analyst.post(`${api}/settlements/imports`, { fileName: 'template.csv', contentBase64: base64(template.text) });
    assert.equal(previewed.status, 201, previewed.text);
    assert.deepEqual(previewed.body.problems, []);
    assert.equal(previewed.body.summary.goodRows, 22);
    assert.equal((await analyst.post(`${api}/settlements/imports/${previewed.body.id}/discard`)).status, 200);
  });

  test('upload, read, list and commit an XLSX file; a second commit is a translated conflict', async () => {
    const file = await xlsxOf([
      ['kato', 'indicator', 'value', 'year', 'source'],
      [Number(codes[2]), 'vacancies', 40, 2025, 'Employment centre'],
      [Number(codes[2]), 'vacancies', 41, 2025, 'Employment centre'],
      [123, 'school', 1, 2025, 'x'],
    ]);
    const previewed = await analyst.post(`${api}/settlements/imports`, { fileName: 'jobs.xlsx', contentBase64: base64(file) });
    assert.equal(previewed.status, 201, previewed.text);
    assert.deepEqual(previewed.body.problems, [
      { line: 3, column: 'vacancies', code: 'duplicate', value: '41' },
      { line: 4, column: 'kato', code: 'unknown_kato', value: '123' },
    ]);
    const id = previewed.body.id as string;
    const read = await analyst.get(`${api}/settlements/imports/${id}`);
    assert.equal(read.status, 200);
    assert.deepEqual(read.body.changes, previewed.body.changes);
    const listed = await analyst.get(`${api}/settlements/imports`);
    assert.equal(listed.body.items[0].id, id);
    assert.ok(listed.body.items[0].createdByName);

    const committed = await analyst.post(`${api}/settlements/imports/${id}/commit`);
    assert.equal(committed.status, 200, committed.text);
    const [row] = await t.database.db.select().from(settlementIndicators).where(eq(settlementIndicators.settlementCode, codes[2]!));
    assert.deepEqual({ value: row!.value, isDemo: row!.isDemo, source: row!.source, year: row!.year }, { value: 40, isDemo: false, source: 'Employment centre', year: 2025 });

    const twice = await analyst.request('POST', `${api}/settlements/imports/${id}/commit?lang=ru`);
    assert.equal(twice.status, 409);
    assert.equal(twice.body.error.code, 'indicator_import_committed');
    assert.match(twice.body.error.message, /уже/);
    assert.equal((await analyst.get(`${api}/settlements/imports/00000000-0000-4000-8000-000000000000`)).status, 404);
  });

  test('a file that is neither CSV nor XLSX is a translated 422, never a 500', async () => {
    const pdf = await analyst.request('POST', `${api}/settlements/imports?lang=kk`, { json: { fileName: 'scan.pdf', contentBase64: base64('%PDF-1.4\n%\xe2\xe3\n1 0 obj\n<<>>\nendobj\n') } });
    assert.equal(pdf.status, 422);
    assert.equal(pdf.body.error.code, 'indicator_file_type');
    assert.match(pdf.body.error.message, /CSV/);
    const notBase64 = await analyst.post(`${api}/settlements/imports`, { fileName: 'x.csv', contentBase64: '%%%' });
    assert.equal(notBase64.status, 422);
    // A file at the size limit fits in the request; the file's own limit answers.
    const large = await analyst.post(`${api}/settlements/imports`, { fileName: 'big.csv', contentBase64: base64(`kato,school\n${'1'.repeat(5 * 1024 * 1024)}`) });
    assert.equal(large.status, 422, large.text);
    assert.equal(large.body.error.code, 'indicator_file_too_large');
  });

  test("an admin sets a region's quota and aid for a year; it is audited and listed", async () => {
    const aid = { kk: 'Көшу субсидиясы', ru: 'Субсидия на переезд', en: 'Moving subsidy' };
    const saved = await admin.request('PUT', `${api}/regions/550000000/programmes/2027`, { json: { quota: 977, aid, source: 'Order No. 1' } });
    assert.equal(saved.status, 200, saved.text);
    assert.deepEqual({ ...saved.body, updatedAt: undefined }, { year: 2027, quota: 977, aid, source: 'Order No. 1', updatedAt: undefined });
    const changed = await analyst.request('PUT', `${api}/regions/550000000/programmes/2027`, { json: { quota: 1000, aid: null, source: null } });
    assert.equal(changed.status, 200);
    const listed = await analyst.get(`${api}/regions/550000000/programmes`);
    const year2027 = listed.body.items.find((p: { year: number }) => p.year === 2027);
    assert.deepEqual({ quota: year2027.quota, aid: year2027.aid }, { quota: 1000, aid: null });
    const audit = await t.database.db.execute(sql`select count(*)::int as n from audit_log where action = 'region_programme.save' and entity_id = '550000000:2027'`);
    assert.equal((audit.rows[0] as { n: number }).n, 2);
    const notRegion = await admin.request('PUT', `${api}/regions/${codes[0]}/programmes/2027`, { json: { quota: 1, aid: null, source: null } });
    assert.equal(notRegion.status, 404);
    const badYear = await admin.request('PUT', `${api}/regions/550000000/programmes/1800`, { json: { quota: 1, aid: null, source: null } });
    assert.equal(badYear.status, 422);
  });
});
