import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../platform/testing';
import { supportCases, supportPartners } from '../support.tables';
import { collectParameters } from './open311.routes';
import { createPartner, listPartners, setPartnerActive } from '.';

const base = '/api/open311/v2';
const form = (fields: Record<string, string | string[]>) => {
  const body = new URLSearchParams();
  for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) body.append(key, v);
  return body.toString();
};

describe('Open311 GeoReport v2', () => {
  let t: TestApp;
  let keyA: string;
  let keyB: string;
  let partnerA: string;

  const postForm = (fields: Record<string, string | string[]>, headers: Record<string, string> = {}) =>
    t.client().request('POST', `${base}/requests.json`, { body: form(fields), headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers } });

  before(async () => {
    t = await createTestApp();
    const meta = { actor: null, ip: null, requestId: 'test' };
    const a = await createPartner(t.database.db, meta, 'eGov partner');
    ({ apiKey: keyA, id: partnerA } = a);
    keyB = (await createPartner(t.database.db, meta, 'Another partner')).apiKey;
  });
  after(() => t.close());

  test('a partner key is shown once and only its hash is kept', async () => {
    const [row] = await t.database.db.select().from(supportPartners).where(eq(supportPartners.id, partnerA));
    assert.match(keyA, /^o311_[A-Za-z0-9_-]{32}$/);
    assert.equal(row!.apiKeyHash.length, 64);
    assert.notEqual(row!.apiKeyHash, keyA);
  });

  test('a disabled partner key is refused at once, and works again when enabled', async () => {
    const meta = { actor: null, ip: null, requestId: 'test' };
    const { id, apiKey } = await createPartner(t.database.db, meta, 'Partner to disable');
    const list = () => t.client().get(`${base}/requests.json?api_key=${apiKey}`);
    assert.equal((await list()).status, 200);
    await setPartnerActive(t.database.db, meta, id, false);
    assert.equal((await list()).status, 403);
    assert.equal((await listPartners(t.database.db)).find((p) => p.id === id)?.active, false);
    await setPartnerActive(t.database.db, meta, id, true);
    assert.equal((await list()).status, 200);
  });

  test('services.json lists the active topics in the request language', async () => {
    const response = await t.client().get(`${base}/services.json?lang=en`);
    assert.equal(response.status, 200);
    const other = response.body.find((s: { service_code: string }) => s.service_code === 'other');
    assert.deepEqual(other, { service_code: 'other', service_name: 'Other question', description: 'Appeals and suggestions on other subjects', metadata: false, type: 'realtime', keywords: '', group: 'contact_center' });
    const kandas = response.body.find((s: { service_code: string }) => s.service_code === 'kandas_status');
    assert.equal(kandas.metadata, true);
    assert.equal(kandas.keywords, 'қандас, кандас, оралман');
    const russian = await t.client().get(`${base}/services.json`, { 'accept-language': 'ru-RU,ru;q=0.9' });
    assert.equal(russian.body.find((s: { service_code: string }) => s.service_code === 'other').service_name, 'Другой вопрос');
  });

  test('services/{code}.json gives the attributes; an unknown code is a 404 in the Open311 shape', async () => {
    const response = await t.client().get(`${base}/services/kandas_status.json?lang=en`);
    assert.equal(response.status, 200);
    assert.equal(response.body.service_code, 'kandas_status');
    assert.deepEqual(response.body.attributes[1], {
      variable: true,
      code: 'family_size',
      datatype: 'number',
      required: false,
      datatype_description: 'A number',
      order: 2,
      description: 'Family members',
      values: [],
    });
    const missing = await t.client().get(`${base}/services/no_such_topic.json?lang=en`);
    assert.equal(missing.status, 404);
    assert.deepEqual(missing.body, [{ code: 404, description: 'There is no such service.', kz_error: 'service_not_found' }]);
    assert.equal((await t.client().get(`${base}/services/other.xml`)).status, 404);
  });

  test('a form-encoded request makes a partner case that its partner reads back', async () => {
    const response = await postForm({
      api_key: keyA,
      service_code: 'kandas_status',
      description: 'Прошу разъяснить порядок продления статуса кандаса.',
      first_name: 'Айгерім',
      last_name: 'Болатқызы',
      email: 'aigerim@example.kz',
      phone: '+7 701 123 45 67',
      'attribute[family_size]': '4',
      lat: '51.1694',
      long: '71.4491',
      address_string: 'Астана, ул. Сыганак, 1',
    });
    assert.equal(response.status, 201, response.text);
    const [created] = response.body;
    assert.match(created.service_request_id, /^\d{4}-\d{6}$/);
    assert.equal(created.account_id, null);
    assert.match(created.service_notice, /10/);
    const [row] = await t.database.db.select().from(supportCases).where(eq(supportCases.number, created.service_request_id));
    assert.equal(row!.channel, 'partner');
    assert.equal(row!.partnerId, partnerA);
    assert.equal(row!.consentAt, null, 'no consent unless the partner says so');
    assert.deepEqual(row!.fields, { family_size: 4 });

    const read = await t.client().get(`${base}/requests/${created.service_request_id}.json?api_key=${keyA}&lang=en`);
    assert.equal(read.status, 200);
    assert.equal(read.body.length, 1);
    const request = read.body[0];
    assert.equal(request.service_request_id, created.service_request_id);
    assert.equal(request.status, 'open');
    assert.equal(request.service_code, 'kandas_status');
    assert.equal(request.service_name, 'Kandas status');
    assert.equal(request.description, 'Прошу разъяснить порядок продления статуса кандаса.');
    assert.equal(request.address, 'Астана, ул. Сыганак, 1');
    assert.equal(request.lat, 51.1694);
    assert.equal(request.expected_datetime, row!.dueAt.toISOString());
    assert.ok(!JSON.stringify(request).includes('aigerim@example.kz'), 'no personal data');

    const list = await t.client().get(`${base}/requests.json?api_key=${keyA}&status=open&service_code=kandas_status`);
    assert.deepEqual(list.body.map((r: { service_request_id: string }) => r.service_request_id), [created.service_request_id]);
    assert.equal((await t.client().get(`${base}/requests.json?api_key=${keyA}&status=closed`)).body.length, 0);

    const other = await t.client().get(`${base}/requests/${created.service_request_id}.json?api_key=${keyB}`);
    assert.equal(other.status, 404);
    assert.equal(other.body[0].kz_error, 'service_request_not_found');
    assert.deepEqual((await t.client().get(`${base}/requests.json?api_key=${keyB}`)).body, []);
  });

  test('JSON is accepted too, with consent and an attribute object', async () => {
    const response = await t.client().post(`${base}/requests.json`, {
      api_key: keyA,
      service_code: 'other',
      description: 'Suggestion: open a front office in Turkistan region.',
      first_name: 'John',
      consent: true,
      attribute: {},
    });
    assert.equal(response.status, 201, response.text);
    const [row] = await t.database.db.select().from(supportCases).where(eq(supportCases.number, response.body[0].service_request_id));
    assert.ok(row!.consentAt);
  });

  test('a wrong or missing key is a 403; a bad date a 400', async () => {
    const wrong = await postForm({ api_key: 'o311_not-a-key', service_code: 'other', description: 'x', first_name: 'Test' });
    assert.equal(wrong.status, 403);
    assert.equal(wrong.body[0].code, 403);
    assert.equal(wrong.body[0].kz_error, 'api_key_invalid');
    const badDate = await t.client().get(`${base}/requests.json?api_key=${keyA}&start_date=yesterday&lang=en`);
    assert.equal(badDate.status, 400);
    assert.deepEqual(badDate.body, [{ code: 400, description: 'start_date: The date must be in ISO 8601 format.', kz_error: 'custom_date_invalid' }]);
    const missing = await t.client().get(`${base}/requests.json`);
    assert.equal(missing.status, 403);
    assert.equal(missing.body[0].kz_error, 'api_key_required');
  });

  test('an unknown service code is a 404 and a missing description a 400, translated', async () => {
    const unknown = await postForm({ api_key: keyA, service_code: 'nope', description: 'Some text here', first_name: 'Test' });
    assert.equal(unknown.status, 404);
    assert.equal(unknown.body[0].kz_error, 'service_not_found');
    const noDescription = await t.client().request('POST', `${base}/requests.json?lang=ru`, {
      body: form({ api_key: keyA, service_code: 'other', first_name: 'Тест' }),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    assert.equal(noDescription.status, 400);
    assert.deepEqual(noDescription.body, [{ code: 400, description: 'description: Обязательное поле.', kz_error: 'required' }]);
  });

  test('attribute values are checked against the service definition', async () => {
    const response = await postForm({ api_key: keyA, service_code: 'kandas_status', description: 'Статус кандаса', first_name: 'Тест', 'attribute[family_size]': 'many', 'attribute[shoe_size]': '42' });
    assert.equal(response.status, 422);
    assert.deepEqual(response.body.map((e: { description: string }) => e.description.split(':')[0]).sort(), ['attribute[family_size]', 'attribute[shoe_size]']);
  });

  test('a body over the limit is refused with 413', async () => {
    const response = await postForm({ api_key: keyA, service_code: 'other', description: 'x'.repeat(t.config.bodyLimitBytes + 10), first_name: 'Test' });
    assert.equal(response.status, 413);
    assert.equal(response.body[0].kz_error, 'payload_too_large');
  });

  test('an Idempotency-Key makes a retried post answer with the same request', async () => {
    const fields = { api_key: keyA, service_code: 'other', description: 'Retried post from a partner', first_name: 'Retry' };
    const first = await postForm(fields, { 'idempotency-key': 'partner-req-000001' });
    const second = await postForm(fields, { 'idempotency-key': 'partner-req-000001' });
    assert.equal(first.status, 201);
    assert.equal(second.body[0].service_request_id, first.body[0].service_request_id);
  });
});

test('form parameters collect attribute lists', () => {
  assert.deepEqual(collectParameters([['a', 'x'], ['attribute[one]', 'v'], ['attribute[many][]', ['p', 'q']], ['empty', '']]), {
    a: 'x',
    attribute: { one: 'v', many: ['p', 'q'] },
  });
});
