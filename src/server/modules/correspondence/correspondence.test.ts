import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp, type TestClient } from '../../platform/testing';
import { seedSupportReference } from '../support';
import { almatyToday, demoLetterSignatory, letterStatistics, seedDemoLetters, type LetterDto } from '.';

const api = '/api/v1';
const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** A bare support case row: these tests need only its id and region. */
async function insertCase(t: TestApp, regionCode: string | null = null): Promise<string> {
  const id = randomUUID();
  const [topic] = (await t.database.db.execute(sql`select code, team from support_topics limit 1`)).rows as Array<{ code: string; team: string }>;
  await t.database.db.execute(sql`
    insert into support_cases (id, number, access_code_hash, topic_code, channel, team, person_id, applicant_name, language, subject, region_code, due_at)
    values (${id}, ${`T-${id.slice(0, 8)}`}, 'x', ${topic!.code}, 'back_office', ${topic!.team}, ${randomUUID()}, 'Test', 'ru', 'Test', ${regionCode}, now() + interval '10 days')`);
  return id;
}

describe('correspondence registers', () => {
  let t: TestApp;
  let clerk: TestClient;
  let caseId: string;
  const today = almatyToday();

  const outgoing = (number: string, extra: Record<string, unknown> = {}) => ({
    direction: 'outgoing',
    number,
    letterDate: addDays(today, -10),
    counterparty: 'Министерство труда и социальной защиты населения Республики Казахстан',
    signatory: 'Директор',
    subject: 'О содействии в присвоении статуса кандаса',
    replyDueDate: addDays(today, 20),
    ...extra,
  });

  before(async () => {
    t = await createTestApp();
    await seedSupportReference(t.database.db);
    caseId = await insertCase(t, '110000000');
    ({ client: clerk } = await t.signedIn('back_office'));
  });
  after(() => t.close());

  test('an outgoing letter waits for its reply; registering the reply ends the wait', async () => {
    const created = await clerk.post(`${api}/letters`, outgoing('Исх. № 166', { caseIds: [caseId] }));
    assert.equal(created.status, 201, created.text);
    assert.equal(created.body.awaitingReply, true);
    assert.equal(created.body.replyOverdue, false);
    assert.deepEqual(created.body.caseIds, [caseId]);

    const waiting = await clerk.get(`${api}/letters?awaitingReply=true`);
    assert.ok(waiting.body.items.some((l: LetterDto) => l.id === created.body.id));

    const replied = await clerk.post(`${api}/letters/${created.body.id}/reply`, { number: 'Вх. № 12', letterDate: today });
    assert.equal(replied.status, 201, replied.text);
    assert.equal(replied.body.reply.direction, 'incoming');
    assert.equal(replied.body.reply.counterparty, created.body.counterparty, 'the sender defaults to the addressee');
    assert.deepEqual(replied.body.reply.caseIds, [caseId], 'the reply concerns the same cases');
    assert.equal(replied.body.reply.inReplyTo.number, 'Исх. № 166');

    const list = await clerk.get(`${api}/letters?direction=outgoing`);
    const row = list.body.items.find((l: LetterDto) => l.id === created.body.id);
    assert.deepEqual({ number: row.reply.number, letterDate: row.reply.letterDate }, { number: 'Вх. № 12', letterDate: today });
    assert.equal(row.awaitingReply, false);
    const stillWaiting = await clerk.get(`${api}/letters?awaitingReply=true`);
    assert.ok(!stillWaiting.body.items.some((l: LetterDto) => l.id === created.body.id));

    const ofCase = await clerk.get(`${api}/cases/${caseId}/letters`);
    assert.deepEqual(ofCase.body.items.map((l: LetterDto) => l.number).sort(), ['Вх. № 12', 'Исх. № 166']);
  });

  test('a reply due date that passed without a reply is overdue', async () => {
    const late = await clerk.post(`${api}/letters`, outgoing('Исх. № 170', { letterDate: addDays(today, -40), replyDueDate: addDays(today, -1) }));
    assert.equal(late.status, 201, late.text);
    assert.equal(late.body.replyOverdue, true);
    const dueToday = await clerk.post(`${api}/letters`, outgoing('Исх. № 171', { replyDueDate: today }));
    assert.equal(dueToday.body.replyOverdue, false, 'the due day itself is not late');
    const overdue = await clerk.get(`${api}/letters?overdue=true`);
    assert.deepEqual(overdue.body.items.map((l: LetterDto) => l.number), ['Исх. № 170']);
    const stats = await clerk.get(`${api}/letters/stats?from=${addDays(today, -60)}&to=${today}`);
    assert.equal(stats.status, 200);
    assert.equal(stats.body.overdue, 1);
    assert.ok(stats.body.sent >= 3 && stats.body.repliesReceived >= 1);
  });

  test('a number is taken once per register and year, whatever the spacing', async () => {
    const duplicate = await clerk.post(`${api}/letters`, outgoing('исх. №166'));
    assert.equal(duplicate.status, 409);
    assert.equal(duplicate.body.error.code, 'letter_number_taken');
    assert.ok(duplicate.body.error.message);
    const nextYear = await clerk.post(`${api}/letters`, outgoing('Исх. № 166', { letterDate: addDays(today, 400), replyDueDate: null }));
    assert.equal(nextYear.status, 201, 'numbering starts again each year');
    const incoming = await clerk.post(`${api}/letters`, { ...outgoing('Исх. № 166'), direction: 'incoming', replyDueDate: null });
    assert.equal(incoming.status, 201, 'the incoming register is separate');
  });

  test('a reply must answer an outgoing letter', async () => {
    const incoming = await clerk.post(`${api}/letters`, { ...outgoing('Вх. № 500'), direction: 'incoming', replyDueDate: null });
    assert.equal(incoming.status, 201, incoming.text);
    const bad = await clerk.post(`${api}/letters`, { ...outgoing('Вх. № 501'), direction: 'incoming', replyDueDate: null, inReplyToId: incoming.body.id });
    assert.equal(bad.status, 422);
    assert.equal(bad.body.error.code, 'reply_target_not_outgoing');
    const viaEndpoint = await clerk.post(`${api}/letters/${incoming.body.id}/reply`, { number: 'Вх. № 502', letterDate: today });
    assert.equal(viaEndpoint.status, 422);
    const outgoingWithParent = await clerk.post(`${api}/letters`, outgoing('Исх. № 180', { inReplyToId: incoming.body.id }));
    assert.equal(outgoingWithParent.status, 422);
    assert.equal(outgoingWithParent.body.error.code, 'validation_failed');
    assert.equal(outgoingWithParent.body.error.details[0].path, 'json.inReplyToId');
    assert.ok(outgoingWithParent.body.error.details[0].message.length > 0);
  });

  test('case links are checked and can be replaced', async () => {
    const unknown = await clerk.post(`${api}/letters`, outgoing('Исх. № 190', { caseIds: [randomUUID()] }));
    assert.equal(unknown.status, 422);
    assert.equal(unknown.body.error.code, 'unknown_cases');
    const letter = await clerk.post(`${api}/letters`, outgoing('Исх. № 191'));
    const other = await insertCase(t);
    const linked = await clerk.request('PUT', `${api}/letters/${letter.body.id}/cases`, { json: { caseIds: [other, caseId] } });
    assert.equal(linked.status, 200, linked.text);
    assert.deepEqual(linked.body.caseIds, [other, caseId].sort());
    const filtered = await clerk.get(`${api}/letters?caseId=${other}`);
    assert.deepEqual(filtered.body.items.map((l: LetterDto) => l.id), [letter.body.id]);
  });

  test('a correction is validated like a new letter', async () => {
    const letter = await clerk.post(`${api}/letters`, outgoing('Исх. № 200'));
    const patched = await clerk.request('PATCH', `${api}/letters/${letter.body.id}`, { json: { subject: 'О квоте', replyDueDate: null } });
    assert.equal(patched.status, 200, patched.text);
    assert.equal(patched.body.subject, 'О квоте');
    assert.equal(patched.body.awaitingReply, false);
    const taken = await clerk.request('PATCH', `${api}/letters/${letter.body.id}`, { json: { number: 'Исх. № 166' } });
    assert.equal(taken.status, 409);
    const empty = await clerk.request('PATCH', `${api}/letters/${letter.body.id}`, { json: {} });
    assert.equal(empty.status, 422);
  });

  test('the list pages newest first without repeats', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: LetterDto[]; nextCursor: string | null } } = await clerk.get(`${api}/letters?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      assert.equal((page as { status?: number }).status, 200, JSON.stringify(page.body));
      seen.push(...page.body.items.map((l) => l.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    const all = await clerk.get(`${api}/letters?limit=200`);
    assert.deepEqual(seen, all.body.items.map((l: LetterDto) => l.id));
    const dates = all.body.items.map((l: LetterDto) => l.letterDate);
    assert.deepEqual(dates, [...dates].sort().reverse());
    const badCursor = await clerk.get(`${api}/letters?cursor=nonsense`);
    assert.equal(badCursor.status, 422);
  });

  test('the CSV export has the same filters', async () => {
    const response = await clerk.get(`${api}/letters.csv?direction=outgoing&q=166`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /text\/csv/);
    const lines = response.text.replace(/^\uFEFF/, '').trim().split('\r\n');
    assert.equal(lines[0]!.split(',')[1], 'number');
    assert.equal(lines.length, 3, 'header and the two outgoing "Исх. № 166" of two years');
    assert.ok(lines.slice(1).every((line) => line.startsWith('outgoing,Исх. № 166')));
  });

  test('roles: an analyst cannot read; an operator reads but cannot register', async () => {
    const { client: analyst } = await t.signedIn('analyst');
    assert.equal((await analyst.get(`${api}/letters`)).status, 403);
    const { client: operator } = await t.signedIn('operator');
    assert.equal((await operator.get(`${api}/letters`)).status, 200);
    const refused = await operator.post(`${api}/letters`, outgoing('Исх. № 300'));
    assert.equal(refused.status, 403);
    assert.equal(refused.body.error.code, 'forbidden');
  });

  test('a front office sees the letters of its own region\'s cases only', async () => {
    const { client: elsewhere } = await t.signedIn('front_office', { regionCode: '550000000' });
    assert.equal((await elsewhere.get(`${api}/cases/${caseId}/letters`)).status, 403);
    const { client: local } = await t.signedIn('front_office', { regionCode: '110000000' });
    assert.equal((await local.get(`${api}/cases/${caseId}/letters`)).status, 200);
  });

  test('every change is in the audit log', async () => {
    const letter = await clerk.post(`${api}/letters`, outgoing('Исх. № 400'));
    const { client: admin } = await t.signedIn('admin');
    const log = await admin.get(`${api}/admin/audit?entityType=letter&entityId=${letter.body.id}`);
    assert.deepEqual(log.body.items.map((e: { action: string }) => e.action), ['letter.create']);
    assert.equal(log.body.items[0].details.direction, 'outgoing');
    const replies = await admin.get(`${api}/admin/audit?action=letter.reply_register`);
    assert.equal(replies.body.items.length, 1);
    const caseChanges = await admin.get(`${api}/admin/audit?action=letter.cases_set`);
    assert.equal(caseChanges.body.items.length, 1);
  });
});

describe('demo letters', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  test('82 letters sent in six months, about 60 % answered, some overdue', async () => {
    const now = new Date('2026-08-15T06:00:00Z');
    const seeded = await seedDemoLetters(t.database.db, { now });
    assert.equal(seeded.outgoing, 82);
    assert.ok(seeded.replies >= 40 && seeded.replies <= 58, `${seeded.replies} replies`);
    const stats = await letterStatistics(t.database.db, { from: '2026-01-01', to: '2026-06-30' }, '2026-08-15');
    assert.equal(stats.sent, 82);
    assert.ok(stats.overdue >= 3 && stats.overdue <= 25, `${stats.overdue} overdue`);
    const again = await seedDemoLetters(t.database.db, { now });
    assert.equal(again.outgoing, 0, 'seeding twice adds nothing');
    const rows = (await t.database.db.execute(sql`select number, signatory from letters where direction = 'outgoing' order by letter_date, created_at`)).rows as Array<{ number: string; signatory: string }>;
    assert.equal(rows[0]!.number, 'Исх. № 1');
    assert.equal(rows.at(-1)!.number, 'Исх. № 82');
    assert.ok(rows.every((r) => r.signatory === demoLetterSignatory && !r.number.includes('DEMO')));
  });
});
