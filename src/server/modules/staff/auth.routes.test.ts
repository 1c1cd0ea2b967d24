import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createTestApp, testPassword, type TestApp } from '../../platform/testing';

describe('sign-in, sessions and CSRF', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ config: { loginMaxFailures: 3 } });
  });
  after(() => t.close());

  test('signs in, reports the user, and signs out', async () => {
    const { client, email } = await t.signedIn('operator');
    const me = await client.get('/api/v1/auth/me');
    assert.equal(me.status, 200);
    assert.equal(me.body.user.email, email);
    assert.equal(me.body.user.role, 'operator');
    assert.ok(client.cookie('otandas_session'));
    assert.equal((await client.post('/api/v1/auth/logout')).status, 200);
    const afterLogout = await client.get('/api/v1/auth/me');
    assert.equal(afterLogout.status, 401);
    assert.equal(afterLogout.body.error.code, 'unauthenticated');
  });

  test('the session cookie is httpOnly and SameSite', async () => {
    const { email } = await t.signedIn('analyst');
    const client = await t.client().start();
    const response = await client.post('/api/v1/auth/login', { email, password: testPassword });
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('otandas_session='));
    assert.ok(cookie);
    assert.match(cookie, /HttpOnly/i);
    assert.match(cookie, /SameSite=Lax/i);
  });

  test('a wrong password and an unknown e-mail get the same answer', async () => {
    const { email } = await t.signedIn('media');
    const client = await t.client().start();
    const wrong = await client.post('/api/v1/auth/login', { email, password: 'not the password' });
    const unknown = await client.post('/api/v1/auth/login', { email: 'nobody@test.otandas.kz', password: 'not the password' });
    assert.equal(wrong.status, 401);
    assert.equal(unknown.status, 401);
    assert.equal(wrong.body.error.code, 'invalid_credentials');
    assert.deepEqual(wrong.body, unknown.body);
  });

  test('repeated failures lock the account, even for the right password', async () => {
    const { email } = await t.signedIn('outreach');
    const client = await t.client().start();
    for (let i = 0; i < 3; i++) {
      assert.equal((await client.post('/api/v1/auth/login', { email, password: `wrong-${i}` })).status, 401);
    }
    const locked = await client.post('/api/v1/auth/login', { email, password: testPassword });
    assert.equal(locked.status, 429);
    assert.equal(locked.body.error.code, 'too_many_requests');
    assert.ok(Number(locked.headers.get('retry-after')) > 0);
  });

  test('a forged session cookie gets 401 session_expired, in the error shape', async () => {
    const client = t.client();
    client.setCookie('otandas_session', 'forged-forged-forged-forged-forged');
    const response = await client.get('/api/v1/auth/me');
    assert.equal(response.status, 401);
    assert.equal(response.body.error.code, 'session_expired');
    assert.equal(typeof response.body.error.message, 'string');
  });

  test('an idle session expires', async () => {
    const { client, userId } = await t.signedIn('back_office');
    await t.database.pool.query(`update staff_sessions set last_seen_at = now() - interval '2 hours' where user_id = $1`, [userId]);
    const response = await client.get('/api/v1/auth/me');
    assert.equal(response.status, 401);
    assert.equal(response.body.error.code, 'session_expired');
  });

  test('an absolutely expired session ends even when active', async () => {
    const { client, userId } = await t.signedIn('back_office');
    await t.database.pool.query(`update staff_sessions set expires_at = now() - interval '1 second' where user_id = $1`, [userId]);
    assert.equal((await client.get('/api/v1/auth/me')).status, 401);
  });

  test('state-changing requests without the CSRF token are refused', async () => {
    const { client } = await t.signedIn('operator');
    const missing = await client.request('POST', '/api/v1/auth/logout', { csrf: false });
    assert.equal(missing.status, 403);
    assert.equal(missing.body.error.code, 'csrf_missing');
    const wrong = await client.request('POST', '/api/v1/auth/logout', { headers: { 'x-csrf-token': 'guess' } });
    assert.equal(wrong.status, 403);
    assert.equal(wrong.body.error.code, 'csrf_invalid');
    assert.equal((await client.get('/api/v1/auth/me')).status, 200, 'the session survives the refused requests');
  });

  test('sign-in itself needs the anonymous CSRF token bound to its cookie', async () => {
    const { email } = await t.signedIn('operator');
    const client = await t.client().start();
    const noToken = await client.request('POST', '/api/v1/auth/login', { json: { email, password: testPassword }, csrf: false });
    assert.equal(noToken.status, 403);
    assert.equal(noToken.body.error.code, 'csrf_missing');
    const other = await t.client().start();
    const stolen = await client.request('POST', '/api/v1/auth/login', {
      json: { email, password: testPassword },
      headers: { 'x-csrf-token': other.csrfToken! },
    });
    assert.equal(stolen.status, 403, "another browser's token does not fit this browser's cookie");
  });

  test('changing the password ends the other sessions and requires the current one', async () => {
    const { client, email } = await t.signedIn('analyst');
    const second = t.client();
    assert.equal((await second.login(email, testPassword)).status, 200);
    const wrong = await client.post('/api/v1/auth/password', { currentPassword: 'nope', newPassword: 'a new long password' });
    assert.equal(wrong.status, 422);
    assert.equal(wrong.body.error.code, 'current_password_wrong');
    const ok = await client.post('/api/v1/auth/password', { currentPassword: testPassword, newPassword: 'a new long password' });
    assert.equal(ok.status, 200);
    assert.equal((await client.get('/api/v1/auth/me')).status, 200);
    assert.equal((await second.get('/api/v1/auth/me')).status, 401);
    assert.equal((await t.client().login(email, 'a new long password')).status, 200);
  });

  test('errors speak the language of the request', async () => {
    const client = t.client();
    const kk = await client.get('/api/v1/auth/me');
    const ru = await client.get('/api/v1/auth/me?lang=ru');
    const en = await client.get('/api/v1/auth/me', { 'accept-language': 'en-US,en;q=0.9' });
    assert.equal(kk.body.error.message, 'Жүйеге кіріңіз.');
    assert.equal(ru.body.error.message, 'Войдите в систему.');
    assert.equal(en.body.error.message, 'Please sign in.');
  });
});

describe('sign-in throttling per address', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ config: { loginRatePerMinute: 3 } });
  });
  after(() => t.close());

  test('the fourth attempt within a minute is refused with 429, whatever the account', async () => {
    const client = await t.client().start();
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      statuses.push((await client.post('/api/v1/auth/login', { email: `someone${i}@test.otandas.kz`, password: 'whatever-123' })).status);
    }
    assert.deepEqual(statuses, [401, 401, 401, 429]);
  });
});

describe('signing in over a session', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  test('replaces the old session instead of leaving it alive', async () => {
    const { client, userId } = await t.signedIn('operator');
    const { email: otherEmail } = await t.signedIn('media');
    const again = await client.login(otherEmail, testPassword);
    assert.equal(again.status, 200);
    const left = await t.database.pool.query('select count(*)::int as n from staff_sessions where user_id = $1', [userId]);
    assert.equal(left.rows[0].n, 0);
    assert.equal((await client.get('/api/v1/auth/me')).body.user.email, otherEmail);
  });
});
