import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { createTestApp, type TestApp, type TestClient } from '../testing';

/** Bad input always gets the error shape with the right status, never a 500, and writes nothing. */
describe('bad input', () => {
  let t: TestApp;
  let admin: TestClient;
  const countUsers = async () => (await t.database.pool.query('select count(*)::int as n from staff_users')).rows[0].n as number;

  before(async () => {
    t = await createTestApp();
    admin = (await t.signedIn('admin')).client;
  });
  after(() => t.close());

  function assertErrorShape(body: any, code: string) {
    assert.equal(body?.error?.code, code, JSON.stringify(body));
    assert.equal(typeof body.error.message, 'string');
    assert.ok(body.error.message.length > 0);
    assert.ok('details' in body.error);
    assert.doesNotMatch(JSON.stringify(body), /at .*\.ts:\d+|node_modules/, 'no stack trace');
  }

  test('malformed JSON → 400', async () => {
    const before = await countUsers();
    const response = await admin.request('POST', '/api/v1/staff/users', {
      body: '{"email": "x@y.kz", ',
      headers: { 'content-type': 'application/json' },
    });
    assert.equal(response.status, 400);
    assertErrorShape(response.body, 'malformed_json');
    assert.equal(await countUsers(), before);
  });

  test('an unknown field → 422 naming the field', async () => {
    const before = await countUsers();
    const response = await admin.post('/api/v1/staff/users', {
      email: 'new.person@test.otandas.kz',
      displayName: 'New Person',
      role: 'analyst',
      isSuperuser: true,
    });
    assert.equal(response.status, 422);
    assertErrorShape(response.body, 'validation_failed');
    assert.deepEqual(
      response.body.error.details.map((d: any) => [d.path, d.code]),
      [['json.isSuperuser', 'unrecognized_key']],
    );
    assert.equal(await countUsers(), before);
  });

  test('a body over the limit → 413', async () => {
    const response = await admin.post('/api/v1/staff/users', { displayName: 'x'.repeat(t.config.bodyLimitBytes + 10) });
    assert.equal(response.status, 413);
    assertErrorShape(response.body, 'payload_too_large');
  });

  test('a chunked body over the limit (no Content-Length) → 413', async () => {
    const big = new TextEncoder().encode(JSON.stringify({ displayName: 'y'.repeat(t.config.bodyLimitBytes) }));
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < big.length; i += 65536) controller.enqueue(big.slice(i, i + 65536));
        controller.close();
      },
    });
    const response = await admin.request('POST', '/api/v1/staff/users', {
      body: stream,
      headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
    });
    assert.equal(response.status, 413);
  });

  test('a wrong content type → 415', async () => {
    const response = await admin.request('POST', '/api/v1/staff/users', {
      body: 'email=a@b.kz',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    assert.equal(response.status, 415);
    assertErrorShape(response.body, 'unsupported_media_type');
  });

  test('a forged session cookie → 401', async () => {
    const client = t.client();
    client.setCookie('otandas_session', 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    const response = await client.get('/api/v1/staff/users');
    assert.equal(response.status, 401);
    assertErrorShape(response.body, 'session_expired');
  });

  test('a missing CSRF token → 403, nothing written', async () => {
    const before = await countUsers();
    const response = await admin.request('POST', '/api/v1/staff/users', {
      json: { email: 'csrf@test.otandas.kz', displayName: 'CSRF', role: 'analyst' },
      csrf: false,
    });
    assert.equal(response.status, 403);
    assertErrorShape(response.body, 'csrf_missing');
    assert.equal(await countUsers(), before);
  });

  test('an SQL-looking string is stored as text, not run', async () => {
    const name = "Robert'); DROP TABLE staff_users; --";
    const response = await admin.post('/api/v1/staff/users', { email: 'bobby@test.otandas.kz', displayName: name, role: 'analyst' });
    assert.equal(response.status, 201);
    assert.equal(response.body.user.displayName, name);
    const search = await admin.get(`/api/v1/staff/users?q=${encodeURIComponent("' OR 1=1 --")}`);
    assert.equal(search.status, 200);
    assert.equal(search.body.items.length, 0);
    const injectedCode = await admin.get(`/api/v1/reference/kato/${encodeURIComponent("1' OR '1'='1")}`);
    assert.equal(injectedCode.status, 422);
  });

  test('a 10,000-character name → 422 with the limit, nothing written', async () => {
    const before = await countUsers();
    const response = await admin.post('/api/v1/staff/users', {
      email: 'long@test.otandas.kz',
      displayName: 'Ж'.repeat(10_000),
      role: 'analyst',
    });
    assert.equal(response.status, 422);
    assertErrorShape(response.body, 'validation_failed');
    assert.equal(response.body.error.details[0].path, 'json.displayName');
    assert.equal(response.body.error.details[0].code, 'too_big_string');
    assert.match(response.body.error.details[0].message, /200/);
    assert.equal(await countUsers(), before);
  });

  test('a duplicate e-mail → 409', async () => {
    const body = { email: 'twice@test.otandas.kz', displayName: 'Twice', role: 'media' };
    assert.equal((await admin.post('/api/v1/staff/users', body)).status, 201);
    const again = await admin.post('/api/v1/staff/users', { ...body, email: 'TWICE@test.otandas.kz' });
    assert.equal(again.status, 409);
    assertErrorShape(again.body, 'email_taken');
  });

  test('an unknown API path → 404 in the error shape', async () => {
    const response = await admin.get('/api/v1/no-such-thing');
    assert.equal(response.status, 404);
    assertErrorShape(response.body, 'route_not_found');
  });

  test('a bad query parameter → 422, translated', async () => {
    const response = await admin.get('/api/v1/staff/users?role=emperor&lang=ru');
    assert.equal(response.status, 422);
    assert.equal(response.body.error.message, 'Некоторые поля заполнены неверно.');
    assert.equal(response.body.error.details[0].path, 'query.role');
    assert.match(response.body.error.details[0].message, /Допустимые значения/);
  });

  test('an empty required text field → "required", not "at least 1 character"', async () => {
    const ru = JSON.parse(readFileSync(new URL('../../../lib/i18n/locales/ru.json', import.meta.url), 'utf8'));
    const empty = await admin.post('/api/v1/staff/users?lang=ru', { email: 'empty.name@test.otandas.kz', displayName: '', role: 'analyst' });
    assert.equal(empty.status, 422);
    assert.deepEqual(empty.body.error.details.map((d: any) => [d.path, d.code, d.message]), [['json.displayName', 'required', ru.validation.required]]);
    const blank = await admin.get(`/api/v1/people?q=${encodeURIComponent('   ')}&lang=ru`);
    assert.deepEqual(blank.body.error.details.map((d: any) => [d.path, d.code]), [['query.q', 'required']], 'blank where two characters are needed');
    const short = await admin.get('/api/v1/people?q=a&lang=ru');
    assert.deepEqual(short.body.error.details.map((d: any) => [d.path, d.code]), [['query.q', 'too_small_string']], 'too short is still too short');
    assert.match(short.body.error.details[0].message, /2/);
  });

  test('every response carries a request id, and a sane incoming one is kept', async () => {
    const response = await admin.get('/api/v1/auth/me', { 'x-request-id': 'trace-12345678' });
    assert.equal(response.headers.get('x-request-id'), 'trace-12345678');
    const generated = await admin.get('/healthz');
    assert.match(generated.headers.get('x-request-id') ?? '', /^[0-9a-f-]{36}$/);
  });
});
