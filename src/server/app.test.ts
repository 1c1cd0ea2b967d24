import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createTestApp, type TestApp } from './platform/testing';

describe('app shell', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  test('/healthz and /readyz answer', async () => {
    const client = t.client();
    assert.deepEqual((await client.get('/healthz')).body, { status: 'ok' });
    const ready = await client.get('/readyz');
    assert.equal(ready.status, 200);
    assert.deepEqual(ready.body, { status: 'ready' });
  });

  test('the OpenAPI 3.1 document describes every route with its schemas and the error shape', async () => {
    const doc = (await t.client().get('/api/v1/openapi.json')).body;
    assert.equal(doc.openapi, '3.1.0');
    const login = doc.paths['/auth/login'].post;
    assert.equal(login['x-access'], 'public');
    const bodySchema = login.requestBody.content['application/json'].schema;
    assert.deepEqual(bodySchema.required.sort(), ['email', 'password']);
    assert.equal(bodySchema.additionalProperties, false, 'unknown fields are refused, and the document says so');
    assert.ok(doc.components.schemas.Error);
    const createUser = doc.paths['/staff/users'].post;
    assert.ok(createUser.responses['422'] && createUser.responses['401'] && createUser.responses['403']);
    assert.deepEqual(createUser.security, [{ session: [] }]);
  });

  test('the API reference page is served with its assets, from this server only', async () => {
    const client = t.client();
    const page = await client.get('/api/docs');
    assert.equal(page.status, 200);
    assert.match(page.text, /swagger-ui-bundle\.js/);
    assert.doesNotMatch(page.text, /https?:\/\//, 'no third-party request');
    const script = await client.get('/api/docs/assets/swagger-ui-bundle.js');
    assert.equal(script.status, 200);
    assert.ok(script.text.length > 100_000);
    assert.equal((await client.get('/api/docs/init.js')).status, 200);
  });

  test('security headers are set', async () => {
    const response = await t.client().get('/api/v1/auth/session');
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(response.headers.get('x-frame-options'), 'DENY');
    assert.equal(response.headers.get('cache-control'), 'no-store');
  });

  test('/readyz says so when the database is gone', async () => {
    const other = await createTestApp();
    await other.database.pool.end();
    const ready = await other.client().get('/readyz');
    assert.equal(ready.status, 503);
    assert.equal(ready.body.error.code, 'database_unreachable');
    await other.close().catch(() => undefined);
  });
});
