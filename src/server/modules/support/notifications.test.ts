import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { staffUsers } from '../../platform/auth';
import { createTestApp, type TestApp, type TestClient } from '../../platform/testing';
import { warnApproachingDeadlines } from './deadlines';
import { supportCases } from './support.tables';
import { appealBody, fileAppeal } from './support.test-helper';

type Notice = { id: number; kind: string; caseId: string | null; caseNumber: string | null; caseSubject: string | null; caseDueAt: string | null; readAt: string | null };

describe('staff notifications', () => {
  let t: TestApp;
  let admin: TestClient;
  const region = '590000000';
  before(async () => {
    t = await createTestApp();
    admin = (await t.signedIn('admin')).client;
  });
  after(async () => t.close());

  /** Files a portal appeal in the test region and returns its case row. */
  async function newCase(name: string) {
    const filed = await fileAppeal(await t.client().start(), appealBody({ region, person: { name, phone: '+7 705 123 45 67' } }));
    assert.equal(filed.status, 201, filed.text);
    const [row] = await t.database.db.select().from(supportCases).where(eq(supportCases.number, filed.body.number));
    return row!;
  }

  const assign = async (caseId: string, assigneeId: string) => {
    const response = await admin.post(`/api/v1/cases/${caseId}/assign`, { assigneeId });
    assert.equal(response.status, 200, response.text);
  };

  it('shows each member only their own notices, newest first, with the case joined', async () => {
    const first = await t.signedIn('front_office', { regionCode: region });
    const second = await t.signedIn('front_office', { regionCode: region });
    const a = await newCase('Бақыт Оспанов');
    const b = await newCase('Дәурен Сейітов');
    await assign(a.id, first.userId);
    await assign(b.id, first.userId);
    await assign(b.id, second.userId);

    const mine = await first.client.get('/api/v1/notifications');
    assert.equal(mine.status, 200, mine.text);
    const items = mine.body.items as Notice[];
    assert.deepEqual(items.map((n) => n.caseNumber), [b.number, a.number], 'newest first');
    assert.ok(items.every((n) => n.kind === 'case_assigned' && n.readAt === null));
    assert.equal(items[0]!.caseSubject, b.subject);
    assert.equal(mine.body.unread, 2);

    const theirs = (await second.client.get('/api/v1/notifications')).body.items as Notice[];
    assert.deepEqual(theirs.map((n) => n.caseNumber), [b.number]);

    // Keyset pages: one per page, then the next, then the end.
    const page1 = (await first.client.get('/api/v1/notifications?limit=1')).body;
    assert.equal(page1.items.length, 1);
    assert.ok(page1.nextCursor);
    const page2 = (await first.client.get(`/api/v1/notifications?limit=1&cursor=${page1.nextCursor}`)).body;
    assert.deepEqual(page2.items.map((n: Notice) => n.caseNumber), [a.number]);
    assert.equal(page2.nextCursor, null);
  });

  it('marking read lowers the unread count, and ids of another member are ignored', async () => {
    const reader = await t.signedIn('operator');
    const other = await t.signedIn('operator');
    const cases = [await newCase('Ләззат Мұратқызы'), await newCase('Нұржан Әбенов'), await newCase('Сәуле Қасымова')];
    for (const c of cases) await assign(c.id, reader.userId);
    await assign(cases[0]!.id, other.userId);

    const before = (await reader.client.get('/api/v1/notifications')).body;
    assert.equal(before.unread, 3);
    const otherIds = ((await other.client.get('/api/v1/notifications')).body.items as Notice[]).map((n) => n.id);

    const one = await reader.client.post('/api/v1/notifications/read', { ids: [(before.items as Notice[])[0]!.id, ...otherIds] });
    assert.equal(one.status, 200, one.text);
    assert.deepEqual(one.body, { marked: 1, unread: 2 });
    const otherAfter = (await other.client.get('/api/v1/notifications')).body;
    assert.equal(otherAfter.unread, 1, "another member's notice stays unread");
    assert.ok((otherAfter.items as Notice[]).every((n) => n.readAt === null));

    const all = await reader.client.post('/api/v1/notifications/read', { all: true });
    assert.deepEqual(all.body, { marked: 2, unread: 0 });
    const after = (await reader.client.get('/api/v1/notifications')).body;
    assert.equal(after.unread, 0);
    assert.ok((after.items as Notice[]).every((n) => n.readAt !== null));

    const empty = await reader.client.post('/api/v1/notifications/read', {});
    assert.equal(empty.status, 422, empty.text);
  });

  it('a deadline warning reaches the assignee and the supervisor of the region, once', async () => {
    const assignee = await t.signedIn('front_office', { regionCode: region });
    const supervisor = await t.signedIn('front_office', { regionCode: region });
    const bystander = await t.signedIn('front_office', { regionCode: '750000000' });
    await t.database.db.update(staffUsers).set({ supervisor: true }).where(eq(staffUsers.id, supervisor.userId));
    const due = await newCase('Ғалым Жақыпов');
    await assign(due.id, assignee.userId);

    const warnings = async (client: TestClient) =>
      ((await client.get('/api/v1/notifications')).body.items as Notice[]).filter((n) => n.kind === 'deadline_warning' && n.caseId === due.id);
    assert.equal((await warnings(assignee.client)).length, 0);

    const later = new Date(due.dueAt.getTime() - 3_600_000);
    assert.ok((await t.database.db.transaction((tx) => warnApproachingDeadlines(tx, later))) >= 1);
    await t.database.db.transaction((tx) => warnApproachingDeadlines(tx, later));

    const toAssignee = await warnings(assignee.client);
    assert.equal(toAssignee.length, 1, 'the assignee is warned once');
    assert.equal(toAssignee[0]!.caseDueAt, due.dueAt.toISOString());
    assert.equal((await warnings(supervisor.client)).length, 1, 'the supervisor of the region is warned');
    assert.equal((await warnings(bystander.client)).length, 0, 'a front office of another region is not');
  });

  it('only roles that work cases may read notices', async () => {
    const analyst = (await t.signedIn('analyst')).client;
    assert.equal((await analyst.get('/api/v1/notifications')).status, 403);
    assert.equal((await t.client().get('/api/v1/notifications')).status, 401);
  });
});
