import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createTestApp, type TestApp } from '../../platform/testing';
import { parentCodeOf, parseCsvLine, readKatoCsv } from './kato.import';

test('CSV lines with quoted commas and quotes', () => {
  assert.deepEqual(parseCsvLine('1,"a, b","say ""x""",'), ['1', 'a, b', 'say "x"', '']);
});

test('parents are found by zeroing segments from the right', () => {
  const known = new Set(['100000000', '103200000', '103230000', '103230100', '613639100', '613630000', '613600000', '610000000']);
  assert.equal(parentCodeOf('103230100', known), '103230000');
  assert.equal(parentCodeOf('103230000', known), '103200000');
  assert.equal(parentCodeOf('103200000', known), '100000000');
  assert.equal(parentCodeOf('100000000', known), null);
  assert.equal(parentCodeOf('613639180', known), '613639100', 'a sub-settlement hangs off its settlement');
});

test('the shipped classifier has 15,594 units in a consistent tree', async () => {
  const rows = await readKatoCsv();
  assert.equal(rows.length, 15_594);
  const byLevel = rows.reduce<Record<string, number>>((acc, r) => ({ ...acc, [r.level]: (acc[r.level] ?? 0) + 1 }), {});
  assert.deepEqual(byLevel, { oblast: 20, district: 209, sub_district: 2379, settlement: 12_986 });
  const codes = new Set(rows.map((r) => r.code));
  const orphans = rows.filter((r) => r.level !== 'oblast' && (!r.parentCode || !codes.has(r.parentCode)));
  assert.deepEqual(orphans.map((r) => r.code), []);
  assert.ok(rows.every((r) => codes.has(r.regionCode)));
});

describe('reference API', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ fullKato: true });
  });
  after(() => t.close());

  test('regions and one unit with its children, in Kazakh and Russian', async () => {
    const client = t.client();
    const regions = await client.get('/api/v1/reference/regions');
    assert.equal(regions.body.items.length, 20);
    const akmola = await client.get('/api/v1/reference/kato/110000000');
    assert.equal(akmola.status, 200);
    assert.equal(akmola.body.unit.nameKk, 'Ақмола облысы');
    assert.ok(akmola.body.children.length > 10);
    assert.ok(akmola.body.children.every((c: { parentCode: string }) => c.parentCode === '110000000'));
    assert.equal((await client.get('/api/v1/reference/kato/999999999')).status, 404);
  });

  test('finds settlements by name in any script, word form and keyboard', async () => {
    const client = t.client();
    const codesFor = async (q: string, extra = '') =>
      ((await client.get(`/api/v1/reference/kato?q=${encodeURIComponent(q)}${extra}`)).body.items as Array<{ code: string; nameKk: string }>).map(
        (i) => i.code,
      );
    const kokshetau = await codesFor('Көкшетау');
    assert.ok(kokshetau.length > 0);
    const first = kokshetau[0]!;
    assert.equal(first.slice(0, 2), '11', 'Kokshetau is in Akmola');
    for (const variant of ['кокшетау', 'Kökşetau', 'Кокшетауда', 'г. Кокшетау']) {
      assert.ok((await codesFor(variant)).includes(first), `${variant} finds Kokshetau`);
    }
    const inPavlodar = await codesFor('Көкшетау', '&region=550000000');
    assert.ok(!inPavlodar.includes(first));
    const hit = (await client.get('/api/v1/reference/kato?q=Көкшетау&limit=1')).body.items[0];
    assert.equal(hit.regionNameKk, 'Ақмола облысы');
    assert.ok(hit.nameLatin);
    assert.equal((await client.get('/api/v1/reference/kato?q=')).status, 422);
    assert.deepEqual((await client.get('/api/v1/reference/kato?q=%20%2B%2B%20')).body.items ?? [], []);
  });

  test('the 2025 priority list has 8 regions; an admin edits it, with an audit entry', async () => {
    const client = t.client();
    const list = await client.get('/api/v1/reference/priority-regions');
    assert.deepEqual(
      list.body.items.map((r: { regionCode: string }) => r.regionCode).sort(),
      ['100000000', '110000000', '230000000', '270000000', '390000000', '550000000', '590000000', '630000000'],
    );
    const { client: admin } = await t.signedIn('admin');
    const notRegion = await admin.request('PUT', '/api/v1/reference/priority-regions', { json: { codes: ['111000000'], basis: 'x basis' } });
    assert.equal(notRegion.status, 422);
    assert.equal(notRegion.body.error.code, 'not_a_region');
    const updated = await admin.request('PUT', '/api/v1/reference/priority-regions', {
      json: { codes: ['110000000', '390000000', '550000000', '590000000', '630000000'], basis: 'The 2021 list' },
    });
    assert.equal(updated.status, 200);
    assert.equal(updated.body.items.length, 5);
    assert.equal((await client.get('/api/v1/reference/priority-regions')).body.items.length, 5);
    const log = await admin.get('/api/v1/admin/audit?action=priority_regions.update');
    assert.deepEqual(log.body.items[0].details.removed.sort(), ['100000000', '230000000', '270000000']);
  });
});
