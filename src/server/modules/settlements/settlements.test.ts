import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { CRITERIA, PRESETS } from '../../../lib/contracts/settlements';
import { createTestApp, type TestApp, type TestClient } from '../../platform/testing';
import { buildSettlementCatalogue, catalogueKind, demoIndicatorValues } from './index';
import { settlementIndicators, settlements } from './settlements.tables';

// Two priority regions keep the build quick; the ranking universe is the priority list.
const akmola = '110000000';
const pavlodar = '550000000';
const family = PRESETS.familyWithChildren;

let app: TestApp;
let client: TestClient;

before(async () => {
  app = await createTestApp({ fullKato: true });
  await app.database.db.execute(sql`update priority_regions set active = region_code in (${akmola}, ${pavlodar})`);
  await buildSettlementCatalogue(app.database.db, { regionCodes: [akmola, pavlodar] });
  client = await app.client().start();
});
after(() => app.close());

type Ranked = { kato: string; score: number; rank: number; pareto: boolean; contributions: Record<string, number>; demo: string[]; rankRange?: [number, number] };
const rank = async (body: Record<string, unknown>) => client.post('/api/v1/settlements/rank', body);

describe('catalogue', () => {
  test('main settlements only: codes ending 00, and towns that are units of their own', () => {
    assert.equal(catalogueKind({ code: '103230100', level: 'settlement', typeCode: 2, nameRu: 'с.Карааул' }), 'village');
    assert.equal(catalogueKind({ code: '613639180', level: 'settlement', typeCode: 2, nameRu: 'Чабанский жил.дом' }), null);
    assert.equal(catalogueKind({ code: '101010000', level: 'sub_district', typeCode: 1, nameRu: 'г.Семей' }), 'city');
    assert.equal(catalogueKind({ code: '103230000', level: 'sub_district', typeCode: 2, nameRu: 'Карааульский с.о.' }), null);
  });

  test('every settlement has a position with its source, and each district one centre', async () => {
    const db = app.database.db;
    const rows = await db.select().from(settlements);
    assert.ok(rows.length > 800, `${rows.length} settlements`);
    const osm = rows.filter((r) => r.coordinatesSource === 'osm').length;
    assert.ok(osm / rows.length > 0.8, 'most positions come from OpenStreetMap');
    assert.ok(rows.every((r) => r.lat === null || (r.lat > 40 && r.lat < 56 && r.lon! > 46 && r.lon! < 88)));
    const centres = new Map<string, number>();
    for (const r of rows) if (r.isDistrictCentre) centres.set(r.districtCode, (centres.get(r.districtCode) ?? 0) + 1);
    assert.ok([...centres.values()].every((n) => n === 1));
    const kokshetau = rows.find((r) => r.code === '111010000');
    assert.equal(kokshetau?.nameKk, 'Көкшетау');
    assert.ok(kokshetau!.regionalCentreKm! < 5, 'Kokshetau is the centre of Akmola region');
    assert.equal(kokshetau?.districtCentreKm, 0);
  });

  test('demo values are a function of the settlement, flagged, and never replace a real value', async () => {
    const db = app.database.db;
    assert.deepEqual(demoIndicatorValues({ code: '111010000', kind: 'city' }), demoIndicatorValues({ code: '111010000', kind: 'city' }));
    const code = '111010000';
    await db.update(settlementIndicators).set({ value: 0, isDemo: false, source: 'Akimat survey', year: 2025 }).where(sql`settlement_code = ${code} and key = 'gas'`);
    await buildSettlementCatalogue(db, { regionCodes: [akmola] });
    const [gas] = await db.select().from(settlementIndicators).where(sql`settlement_code = ${code} and key = 'gas'`);
    assert.deepEqual([gas?.value, gas?.isDemo, gas?.source], [0, false, 'Akimat survey']);
    const card = await client.get(`/api/v1/settlements/${code}`);
    assert.equal(card.status, 200);
    assert.deepEqual(card.body.indicators.gas, { value: 0, year: 2025, source: 'Akimat survey', demo: false });
    assert.equal(card.body.indicators.school.demo, true);
    assert.match(card.body.indicators.school.source, /not real/i);
    assert.equal(card.body.hasDemoValues, true);
  });
});

describe('regions', () => {
  test('GET /regions: every region, the priority flag and the official indicators', async () => {
    const response = await client.get('/api/v1/regions');
    assert.equal(response.status, 200);
    assert.equal(response.body.items.length, 20);
    const found = response.body.items.find((r: { kato: string }) => r.kato === akmola);
    assert.deepEqual(found.name, { kk: 'Ақмола облысы', ru: 'Акмолинская область', en: 'Akmola Region' });
    assert.equal(found.priority, true);
    assert.equal(found.indicators.wage.value, 250155);
    assert.equal(found.indicators.wage.year, 2022);
    assert.equal(found.indicators.wage.demo, false);
    assert.equal(response.body.items.filter((r: { priority: boolean }) => r.priority).length, 2);
  });

  test('GET /regions/{kato}: national figures, income series, quota and districts', async () => {
    const response = await client.get(`/api/v1/regions/${pavlodar}`);
    assert.equal(response.status, 200);
    const body = response.body;
    assert.equal(body.national.wage.value, 309697);
    assert.equal(body.incomeSeries.length, 21);
    assert.deepEqual([body.incomeSeries[0].year, body.incomeSeries.at(-1).year], [2000, 2020]);
    assert.equal(body.nationalIncomeSeries.length, 21);
    assert.equal(body.programmes[0].year, 2026);
    assert.equal(body.programmes[0].quota, 977);
    assert.equal(body.centre.name.en, 'Pavlodar');
    assert.equal(body.districts.reduce((s: number, d: { settlementCount: number }) => s + d.settlementCount, 0), body.settlementCount);
    assert.equal((await client.get('/api/v1/regions/111010000')).status, 404);
    const bad = await client.get('/api/v1/regions/abc', { 'accept-language': 'ru' });
    assert.equal(bad.status, 422);
    assert.ok(bad.body.error.message);
  });
});

describe('settlements', () => {
  test('GET /settlements pages by region and finds a name written in Latin', async () => {
    const page1 = await client.get(`/api/v1/settlements?region=${akmola}&page=1&pageSize=20`);
    const page2 = await client.get(`/api/v1/settlements?region=${akmola}&page=2&pageSize=20`);
    assert.equal(page1.body.items.length, 20);
    assert.equal(page1.body.total, page2.body.total);
    assert.ok(page1.body.items.every((i: { regionKato: string }) => i.regionKato === akmola));
    assert.notEqual(page1.body.items[0].kato, page2.body.items[0].kato);
    const found = await client.get('/api/v1/settlements?q=Kokshetau');
    assert.equal(found.body.items[0].kato, '111010000');
    assert.equal((await client.get('/api/v1/settlements/111010001')).status, 404);
  });

  test('GET /settlements/points gives the priority regions\' positions as columns', async () => {
    const response = await client.get('/api/v1/settlements/points');
    const body = response.body;
    assert.equal(body.codes.length, body.lat.length);
    assert.ok(body.codes.every((c: string) => c.startsWith('11') || c.startsWith('55')));
    assert.ok(body.approximate.some(Boolean) && !body.approximate.every(Boolean));
  });
});

describe('map', () => {
  test('GET /settlements/map lays the 2024–2025 districts over the priority regions, named from KATO', async () => {
    const only = (body: { districts: { kato: string; regionKato: string; name: { ru: string } }[] }, codes: string[]) => body.districts.filter((d) => codes.includes(d.kato));
    const newDistricts = ['104100000', '635500000', '636300000'];
    assert.deepEqual(only((await client.get('/api/v1/settlements/map')).body, newDistricts), [], 'none in Akmola and Pavlodar');
    const db = app.database.db;
    await db.execute(sql`update priority_regions set active = region_code in ('100000000', '630000000')`);
    try {
      const response = await client.get('/api/v1/settlements/map');
      assert.equal(response.status, 200);
      const overlay = only(response.body, newDistricts);
      assert.deepEqual(overlay.map((d) => [d.kato, d.regionKato, d.name.ru]).sort(), [
        ['104100000', '100000000', 'Жаңасемей'],
        ['635500000', '630000000', 'Марқакөл'],
        ['636300000', '630000000', 'Үлкен Нарын'],
      ]);
      assert.deepEqual(response.body.districts.slice(-3).map((d: { kato: string }) => d.kato).sort(), newDistricts, 'drawn last');
    } finally {
      await db.execute(sql`update priority_regions set active = region_code in (${akmola}, ${pavlodar})`);
    }
  });
});

describe('ranking', () => {
  test('weighted: contributions add up to the score, ranks follow scores, the priority regions only', async () => {
    const response = await rank({ weights: family, limit: 50 });
    assert.equal(response.status, 200);
    const items: Ranked[] = response.body.items;
    assert.equal(items.length, 50);
    for (const item of items) {
      const sum = Object.values(item.contributions).reduce((s, v) => s + v, 0);
      assert.ok(Math.abs(sum - item.score) < 1e-9, `${item.kato}: ${sum} vs ${item.score}`);
    }
    for (let i = 1; i < items.length; i++) assert.ok(items[i - 1]!.score >= items[i]!.score && items[i - 1]!.rank <= items[i]!.rank);
    const weights = Object.values(response.body.criterionWeights as Record<string, number>);
    assert.ok(Math.abs(weights.reduce((s, v) => s + v, 0) - 1) < 1e-9);
    assert.ok(items.every((i) => i.kato.startsWith('11') || i.kato.startsWith('55')));
    assert.ok(items.some((i) => i.pareto));
    assert.ok(items[0]!.demo.includes('school'), 'demo criteria are named');
  });

  test('must-haves and distance limits leave out settlements that fail them', async () => {
    const db = app.database.db;
    const response = await rank({ weights: family, filters: { mustHave: ['school', 'clinic'], maxDistrictCentreKm: 30 }, limit: 200 });
    const codes = (response.body.items as Ranked[]).map((i) => i.kato);
    const all = await rank({ weights: family, limit: 1 });
    assert.ok(response.body.total < all.body.total);
    for (const code of codes.slice(0, 40)) {
      const rows = await db.select().from(settlementIndicators).where(eq(settlementIndicators.settlementCode, code));
      assert.equal(rows.find((r) => r.key === 'school')?.value, 1);
      assert.equal(rows.find((r) => r.key === 'clinic')?.value, 1);
      const [s] = await db.select().from(settlements).where(eq(settlements.code, code));
      assert.ok(s!.districtCentreKm! <= 30);
    }
  });

  test('a settlement filtered out moves nobody else: the others keep their scores and order', async () => {
    const full = (await rank({ weights: family, limit: 30 })).body.items as Ranked[];
    const dropped = full[3]!;
    const districts = await app.database.db.select({ d: settlements.districtCode }).from(settlements).where(eq(settlements.code, dropped.kato));
    // Leave out the dropped settlement's whole district by listing every other district.
    const others = await app.database.db.selectDistinct({ d: settlements.districtCode }).from(settlements);
    const filtered = (await rank({ weights: family, filters: { districts: others.map((o) => o.d).filter((d) => d !== districts[0]!.d) }, limit: 30 })).body.items as Ranked[];
    const kept = full.filter((i) => filtered.some((f) => f.kato === i.kato));
    const order = filtered.filter((f) => kept.some((k) => k.kato === f.kato));
    assert.deepEqual(order.map((i) => i.kato), kept.map((i) => i.kato));
    for (const k of kept) assert.equal(filtered.find((f) => f.kato === k.kato)!.score, k.score);
  });

  test('geometric and TOPSIS rank too; robustness gives ranges around the rank', async () => {
    for (const method of ['geometric', 'topsis']) {
      const response = await rank({ weights: family, method, limit: 5 });
      assert.equal(response.status, 200, method);
      assert.equal(response.body.items[0].rank, 1);
    }
    const robust = (await rank({ weights: family, robustness: { samples: 200, seed: 7 }, limit: 10 })).body.items as Ranked[];
    for (const item of robust) assert.ok(item.rankRange![0] <= item.rank && item.rank <= item.rankRange![1], `${item.kato} ${item.rank} ${item.rankRange}`);
    const again = (await rank({ weights: family, robustness: { samples: 200, seed: 7 }, limit: 10 })).body.items as Ranked[];
    assert.deepEqual(again.map((i) => i.rankRange), robust.map((i) => i.rankRange));
  });

  test('includeScores gives every candidate a score for the map', async () => {
    const response = await rank({ weights: family, filters: { mustHave: ['gas'] }, includeScores: true, limit: 1 });
    assert.equal(Object.keys(response.body.scores).length, response.body.total);
  });

  test('bad input: a translated 422, never a 500', async () => {
    const zero = await rank({ weights: Object.fromEntries(CRITERIA.map((c) => [c.dimension, 0])) });
    assert.equal(zero.status, 422);
    assert.equal(zero.body.error.code, 'ranking_no_weight');
    assert.notEqual(zero.body.error.message, 'errors.ranking_no_weight');
    for (const body of [{ weights: { ...family, work: 9 } }, { weights: family, method: 'borda' }, { weights: { ...family, taste: 2 } }, { weights: family, filters: { mustHave: ['sauna'] } }]) {
      const response = await rank(body);
      assert.equal(response.status, 422, JSON.stringify(body));
      assert.ok(response.body.error.details.length > 0);
    }
  });
});

describe('shortlists', () => {
  test('a saved shortlist reads back in its order; unknown codes are refused', async () => {
    const saved = await client.post('/api/v1/settlements/shortlists', { codes: ['551010000', '111010000'], rankingQuery: 'p=familyWithChildren' });
    assert.equal(saved.status, 201);
    const read = await client.get(`/api/v1/settlements/shortlists/${saved.body.id}`);
    assert.deepEqual(read.body.items.map((i: { kato: string }) => i.kato), ['551010000', '111010000']);
    assert.equal(read.body.rankingQuery, 'p=familyWithChildren');
    const bad = await client.post('/api/v1/settlements/shortlists', { codes: ['999999900'] });
    assert.equal(bad.status, 422);
    assert.equal(bad.body.error.code, 'unknown_settlement');
    assert.equal((await client.get('/api/v1/settlements/shortlists/00000000-0000-4000-8000-000000000000')).status, 404);
  });

  test('one address saving shortlists without end is told to wait, in its language', async () => {
    let refused: Awaited<ReturnType<TestClient['post']>> | null = null;
    for (let i = 0; i < 40 && !refused; i++) {
      const response = await client.post('/api/v1/settlements/shortlists', { codes: ['111010000'] }, { 'accept-language': 'ru' });
      if (response.status === 429) refused = response;
      else assert.equal(response.status, 201);
    }
    assert.ok(refused, 'the limit answers 429 within 40 saves');
    assert.equal(refused.body.error.code, 'too_many_requests');
    assert.ok(Number(refused.headers.get('retry-after')) > 0);
    assert.match(refused.body.error.message, /[а-я]/i);
  });
});
