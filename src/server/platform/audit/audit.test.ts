import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createTestApp, type TestApp, type TestClient } from '../testing';

describe('audit log', () => {
  let t: TestApp;
  let admin: TestClient;
  let adminId: string;

  before(async () => {
    t = await createTestApp();
    ({ client: admin, userId: adminId } = await t.signedIn('admin'));
  });
  after(() => t.close());

  test('records who did what to which record, from where, with the request id', async () => {
    const created = await admin.request('POST', '/api/v1/staff/users', {
      json: { email: 'audited@test.otandas.kz', displayName: 'Audited', role: 'media' },
      headers: { 'x-request-id': 'req-audit-0001' },
    });
    assert.equal(created.status, 201);
    const log = await admin.get(`/api/v1/admin/audit?action=staff_user.create&entityId=${created.body.user.id}`);
    assert.equal(log.status, 200);
    assert.equal(log.body.items.length, 1);
    const [entry] = log.body.items;
    assert.equal(entry.actorId, adminId);
    assert.equal(entry.actorRole, 'admin');
    assert.equal(entry.actorName, 'admin 1');
    assert.equal(entry.entityType, 'staff_user');
    assert.equal(entry.requestId, 'req-audit-0001');
    assert.deepEqual(entry.details, { role: 'media', regionCode: null });
    assert.doesNotMatch(JSON.stringify(entry), /audited@test/, 'no personal data in the entry');
  });

  test('every read of a staff record is logged', async () => {
    const created = await admin.post('/api/v1/staff/users', { email: 'read.me@test.otandas.kz', displayName: 'Read me', role: 'media' });
    const id = created.body.user.id;
    await admin.get(`/api/v1/staff/users/${id}`);
    await admin.get(`/api/v1/staff/users/${id}`);
    const log = await admin.get(`/api/v1/admin/audit?action=staff_user.read&entityId=${id}`);
    assert.equal(log.body.items.length, 2);
    const list = await admin.get('/api/v1/staff/users?role=media');
    assert.equal(list.status, 200);
    const listLog = await admin.get('/api/v1/admin/audit?action=staff_user.list');
    assert.ok(listLog.body.items.length >= 1);
  });

  test('entries cannot be updated, deleted or truncated, even with direct SQL', async () => {
    const pool = t.database.pool;
    await assert.rejects(pool.query(`update audit_log set action = 'forged'`), /append-only/);
    await assert.rejects(pool.query(`delete from audit_log`), /append-only/);
    await assert.rejects(pool.query(`truncate audit_log`), /append-only/);
    const count = await pool.query(`select count(*)::int as n from audit_log where action = 'forged'`);
    assert.equal(count.rows[0].n, 0);
  });

  test('filters by action family, actor and time, and pages by id', async () => {
    for (let i = 0; i < 3; i++) {
      await admin.post('/api/v1/staff/users', { email: `page${i}@test.otandas.kz`, displayName: `Page ${i}`, role: 'outreach' });
    }
    const family = await admin.get('/api/v1/admin/audit?action=staff_user.*&limit=2');
    assert.equal(family.body.items.length, 2);
    assert.ok(family.body.items.every((e: { action: string }) => e.action.startsWith('staff_user.')));
    assert.ok(family.body.nextBeforeId);
    const next = await admin.get(`/api/v1/admin/audit?action=staff_user.*&limit=2&beforeId=${family.body.nextBeforeId}`);
    assert.ok(next.body.items.every((e: { id: number }) => e.id < family.body.nextBeforeId));
    const future = await admin.get(`/api/v1/admin/audit?from=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`);
    assert.equal(future.body.items.length, 0);
    const byActor = await admin.get(`/api/v1/admin/audit?actorId=${adminId}&action=staff_user.create`);
    assert.ok(byActor.body.items.length >= 5);
  });

  test('exports CSV with the same filters, neutralising formula cells', async () => {
    await admin.post('/api/v1/staff/users', { email: 'csv@test.otandas.kz', displayName: 'CSV', role: 'analyst' });
    const response = await admin.get('/api/v1/admin/audit.csv?action=staff_user.create');
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /text\/csv/);
    assert.match(response.headers.get('content-disposition') ?? '', /attachment; filename="otandas-audit-/);
    const lines = response.text.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    assert.equal(lines[0], 'id,at,actorId,actorName,actorRole,action,entityType,entityId,ip,requestId,details');
    assert.ok(lines.length >= 7);
    assert.ok(lines.slice(1).every((line) => line.includes(',staff_user.create,')));
    const exportLog = await admin.get('/api/v1/admin/audit?action=audit.export');
    assert.equal(exportLog.body.items.length, 1, 'the export itself is audited');
  });
});
