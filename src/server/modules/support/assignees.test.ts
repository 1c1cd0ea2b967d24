import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { staffUsers } from '../../platform/auth';
import { createTestApp, type TestApp } from '../../platform/testing';
import { appealBody, fileAppeal } from './support.test-helper';

type Assignee = { id: string; displayName: string; role: string; regionCode: string | null };

describe('assignees: colleagues who can take a case', () => {
  let t: TestApp;
  const ids: Record<string, string> = {};
  before(async () => {
    t = await createTestApp();
    for (const [key, role, regionCode] of [
      ['operator', 'operator', undefined],
      ['backOffice', 'back_office', undefined],
      ['astana', 'front_office', '110000000'],
      ['almaty', 'front_office', '750000000'],
      ['analyst', 'analyst', undefined],
      ['leaver', 'operator', undefined],
    ] as const) {
      ids[key] = (await t.signedIn(role, regionCode ? { regionCode } : {})).userId;
    }
    await t.database.db.update(staffUsers).set({ active: false }).where(eq(staffUsers.id, ids.leaver!));
  });
  after(async () => t.close());

  const listed = async (client: Awaited<ReturnType<TestApp['signedIn']>>['client'], query = '') => {
    const response = await client.get(`/api/v1/support/assignees${query}`);
    assert.equal(response.status, 200, response.text);
    return new Set((response.body.items as Assignee[]).map((a) => a.id));
  };

  it('lists active staff who work cases, and for a region only that region of the front offices', async () => {
    const { client } = await t.signedIn('operator');
    const all = await listed(client);
    for (const key of ['operator', 'backOffice', 'astana', 'almaty']) assert.ok(all.has(ids[key]!), `${key} can take cases`);
    assert.ok(!all.has(ids.analyst!), 'an analyst never works cases');
    assert.ok(!all.has(ids.leaver!), 'an inactive account is not offered');

    const astana = await listed(client, '?region=110000000');
    assert.ok(astana.has(ids.astana!) && astana.has(ids.operator!) && astana.has(ids.backOffice!));
    assert.ok(!astana.has(ids.almaty!), 'the front office of another region cannot hold the case');
  });

  it('a front office gets its own region whatever it asks, and everyone offered can really be assigned', async () => {
    const { client } = await t.signedIn('front_office', { regionCode: '110000000' });
    const offered = await listed(client, '?region=750000000');
    assert.ok(offered.has(ids.astana!));
    assert.ok(!offered.has(ids.almaty!));

    const filed = await fileAppeal(await t.client().start(), appealBody());
    assert.equal(filed.status, 201, filed.text);
    const inbox = await client.get(`/api/v1/cases?q=${filed.body.number}`);
    const caseId = inbox.body.items[0].id as string;
    for (const assigneeId of offered) {
      const assigned = await client.post(`/api/v1/cases/${caseId}/assign`, { assigneeId });
      assert.equal(assigned.status, 200, assigned.text);
    }
  });

  it('refuses a malformed region and roles without case work', async () => {
    const { client } = await t.signedIn('operator');
    assert.equal((await client.get('/api/v1/support/assignees?region=abc')).status, 422);
    const analyst = (await t.signedIn('analyst')).client;
    assert.equal((await analyst.get('/api/v1/support/assignees')).status, 403);
  });
});
