import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createTestApp, testPassword, type TestApp, type TestClient } from '../../platform/testing';

describe('staff accounts', () => {
  let t: TestApp;
  let admin: TestClient;
  let adminId: string;

  before(async () => {
    t = await createTestApp();
    ({ client: admin, userId: adminId } = await t.signedIn('admin'));
  });
  after(() => t.close());

  test('an admin creates an account with a generated password that must be changed', async () => {
    const created = await admin.post('/api/v1/staff/users', { email: 'New.Operator@Test.Otandas.kz', displayName: 'New operator', role: 'operator' });
    assert.equal(created.status, 201);
    assert.equal(created.body.user.email, 'new.operator@test.otandas.kz');
    assert.equal(created.body.user.mustChangePassword, true);
    assert.match(created.body.generatedPassword, /^[A-Za-z0-9]{20}$/);
    const client = t.client();
    const login = await client.login('new.operator@test.otandas.kz', created.body.generatedPassword);
    assert.equal(login.status, 200);
    assert.equal(login.body.user.mustChangePassword, true);
    const changed = await client.post('/api/v1/auth/password', { currentPassword: created.body.generatedPassword, newPassword: 'my own new password' });
    assert.equal(changed.status, 200);
    assert.equal((await client.get('/api/v1/auth/me')).body.user.mustChangePassword, false);
  });

  test('a front office is bound to exactly one real region', async () => {
    const noRegion = await admin.post('/api/v1/staff/users', { email: 'fo1@test.otandas.kz', displayName: 'FO', role: 'front_office' });
    assert.equal(noRegion.status, 422);
    assert.equal(noRegion.body.error.code, 'region_required_for_role');
    const district = await admin.post('/api/v1/staff/users', { email: 'fo1@test.otandas.kz', displayName: 'FO', role: 'front_office', regionCode: '111000000' });
    assert.equal(district.status, 422);
    assert.equal(district.body.error.code, 'not_a_region');
    const analystWithRegion = await admin.post('/api/v1/staff/users', { email: 'an@test.otandas.kz', displayName: 'AN', role: 'analyst', regionCode: '110000000' });
    assert.equal(analystWithRegion.body.error.code, 'region_not_allowed_for_role');
    const ok = await admin.post('/api/v1/staff/users', { email: 'fo1@test.otandas.kz', displayName: 'FO', role: 'front_office', regionCode: '550000000' });
    assert.equal(ok.status, 201);
    assert.equal(ok.body.user.regionCode, '550000000');
  });

  test('re-roling or disabling an account ends its sessions at once', async () => {
    const { client, userId } = await t.signedIn('operator');
    assert.equal((await client.get('/api/v1/auth/me')).status, 200);
    const rerole = await admin.request('PATCH', `/api/v1/staff/users/${userId}`, { json: { role: 'analyst' } });
    assert.equal(rerole.status, 200);
    assert.equal(rerole.body.role, 'analyst');
    assert.equal((await client.get('/api/v1/auth/me')).status, 401);
    const { client: second, userId: secondId, email } = await t.signedIn('media');
    const disabled = await admin.request('PATCH', `/api/v1/staff/users/${secondId}`, { json: { active: false } });
    assert.equal(disabled.body.active, false);
    assert.equal((await second.get('/api/v1/auth/me')).status, 401);
    assert.equal((await t.client().login(email, testPassword)).status, 401, 'a disabled account cannot sign in');
    await admin.request('PATCH', `/api/v1/staff/users/${secondId}`, { json: { active: true } });
    assert.equal((await t.client().login(email, testPassword)).status, 200);
    const log = await admin.get(`/api/v1/admin/audit?entityId=${secondId}&action=staff_user.*`);
    assert.deepEqual(log.body.items.map((e: { action: string }) => e.action).slice(0, 2), ['staff_user.enable', 'staff_user.disable']);
  });

  test('an admin cannot demote or disable themself', async () => {
    const response = await admin.request('PATCH', `/api/v1/staff/users/${adminId}`, { json: { active: false } });
    assert.equal(response.status, 422);
    assert.equal(response.body.error.code, 'cannot_demote_self');
  });

  test('a password reset issues a new password and ends sessions', async () => {
    const { client, userId, email } = await t.signedIn('back_office');
    const reset = await admin.post(`/api/v1/staff/users/${userId}/password-reset`);
    assert.equal(reset.status, 200);
    assert.equal((await client.get('/api/v1/auth/me')).status, 401);
    assert.equal((await t.client().login(email, testPassword)).status, 401);
    assert.equal((await t.client().login(email, reset.body.generatedPassword)).status, 200);
  });

  test('lists with filters; an unknown id is 404', async () => {
    const media = await admin.get('/api/v1/staff/users?role=front_office');
    assert.ok(media.body.items.length >= 1);
    assert.ok(media.body.items.every((u: { role: string }) => u.role === 'front_office'));
    const search = await admin.get('/api/v1/staff/users?q=fo1@');
    assert.deepEqual(search.body.items.map((u: { email: string }) => u.email), ['fo1@test.otandas.kz']);
    const missing = await admin.get('/api/v1/staff/users/00000000-0000-4000-8000-000000000000');
    assert.equal(missing.status, 404);
    assert.equal(missing.body.error.code, 'not_found');
  });
});

describe('a password issued by someone else', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  test('must be changed before anything else is allowed', async () => {
    const { client: admin } = await t.signedIn('admin');
    const created = await admin.post('/api/v1/staff/users', { email: 'fresh.admin@test.otandas.kz', displayName: 'Fresh', role: 'admin' });
    const fresh = t.client();
    await fresh.login('fresh.admin@test.otandas.kz', created.body.generatedPassword);
    const blocked = await fresh.get('/api/v1/staff/users');
    assert.equal(blocked.status, 403);
    assert.equal(blocked.body.error.code, 'password_change_required');
    assert.equal((await fresh.get('/api/v1/auth/me')).status, 200);
    const changed = await fresh.post('/api/v1/auth/password', { currentPassword: created.body.generatedPassword, newPassword: 'now it is mine 123' });
    assert.equal(changed.status, 200);
    assert.equal((await fresh.get('/api/v1/staff/users')).status, 200);
  });
});
