import assert from 'node:assert/strict';
import { solveProofOfWork } from '../../../lib/contracts/proof-of-work';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../platform/testing';
import { auditLog } from '../../platform/audit/audit.tables';
import { supportCases } from './support.tables';
import { anonymizeExpiredCases } from './retention';
import { autoAssignNewCases } from './workflow';
import { warnApproachingDeadlines } from './deadlines';
import { appealBody, fileAppeal, makeIin } from './support.test-helper';

describe('support center', () => {
  let t: TestApp;
  const staff = async (...args: Parameters<TestApp['signedIn']>) => (await t.signedIn(...args)).client;
  before(async () => {
    t = await createTestApp();
  });
  after(async () => t.close());

  it('files an appeal from the portal and lets the applicant read the reply with number and code', async () => {
    const applicant = await t.client().start();
    const filed = await fileAppeal(applicant, appealBody());
    assert.equal(filed.status, 201, filed.text);
    assert.match(filed.body.number, /^\d{4}-\d{6}$/);
    assert.match(filed.body.accessCode, /^[A-Z2-9]{4}-[A-Z2-9]{4}$/);

    const operator = await staff('front_office', { regionCode: '110000000' });
    const inbox = await operator.get('/api/v1/cases?status=open');
    const item = inbox.body.items.find((c: { number: string }) => c.number === filed.body.number);
    assert.ok(item, 'the front office of the region sees the appeal');
    assert.equal(item.channel, 'web');
    assert.equal(item.language, 'kk');

    const replied = await operator.post(`/api/v1/cases/${item.id}/reply`, { body: 'Құжаттар тізімі: паспорт, туу туралы куәлік.' });
    assert.equal(replied.status, 201, replied.text);
    await operator.post(`/api/v1/cases/${item.id}/notes`, { body: 'ішкі жазба: көшірмелер тексерілді' });

    const status = await applicant.get(`/api/v1/appeals/status?number=${filed.body.number}&code=${filed.body.accessCode.toLowerCase().replace('-', '')}`);
    assert.equal(status.status, 200, status.text);
    assert.equal(status.body.status, 'answered');
    assert.deepEqual(status.body.entries.map((e: { kind: string }) => e.kind), ['message', 'reply']);
    assert.ok(!status.text.includes('ішкі жазба'), 'internal notes never reach the applicant');

    const wrong = await applicant.get(`/api/v1/appeals/status?number=${filed.body.number}&code=AAAA-AAAA`);
    assert.equal(wrong.status, 404);

    // A new message from the applicant reopens the answered case.
    const follow = await applicant.post('/api/v1/appeals/messages', { number: filed.body.number, code: filed.body.accessCode, message: 'Рақмет! Тағы бір сұрақ бар.' });
    assert.equal(follow.status, 200, follow.text);
    assert.equal(follow.body.status, 'in_progress');
  });

  it('every staff view of a case is audited, and another region gets 403', async () => {
    const filed = await fileAppeal(await t.client().start(), appealBody({ person: { name: 'Серік Асқаров', email: 'serik@example.kz' } }));
    const [row] = await t.database.db.select().from(supportCases).where(eq(supportCases.number, filed.body.number));
    const operator = await staff('operator');
    assert.equal((await operator.get(`/api/v1/cases/${row!.id}`)).status, 200);
    const views = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, row!.id));
    assert.ok(views.some((v) => v.action === 'case.view' && v.actorRole === 'operator'));
    const otherRegion = await staff('front_office', { regionCode: '750000000' });
    assert.equal((await otherRegion.get(`/api/v1/cases/${row!.id}`)).status, 403);
    const analyst = await staff('analyst');
    assert.equal((await analyst.get(`/api/v1/cases/${row!.id}`)).status, 403);
  });

  it('refuses bad contact details field by field, in the caller language', async () => {
    const client = await t.client().start();
    const bad = await fileAppeal(client, appealBody({ consent: false, person: { name: 'Айгерім', iin: '880315300711', phone: '12345', email: 'no-at-sign' } }), { 'accept-language': 'ru' });
    assert.equal(bad.status, 422, bad.text);
    const byPath = Object.fromEntries(bad.body.error.details.map((d: { path: string; code: string; message: string }) => [d.path, d]));
    assert.equal(byPath['json.person.iin'].code, 'custom_iin_checksum');
    assert.equal(byPath['json.person.phone'].code, 'custom_phone_invalid');
    assert.equal(byPath['json.person.email'].code, 'custom_email_invalid');
    assert.equal(byPath['json.consent'].code, 'custom_consent_required');
    for (const detail of bad.body.error.details) assert.match(detail.message, /[а-яё]/i, `${detail.path} is translated to Russian`);
  });

  it('a repeated Idempotency-Key returns the first case and creates no second one', async () => {
    const client = await t.client().start();
    const body = appealBody({ person: { name: 'Ержан Байболов', phone: '+7 702 555 00 11' } });
    const first = await fileAppeal(client, body, { 'idempotency-key': 'retry-key-0001' });
    const second = await fileAppeal(client, body, { 'idempotency-key': 'retry-key-0001' });
    assert.equal(first.status, 201);
    assert.equal(second.status, 201);
    assert.deepEqual(second.body, first.body);
    const rows = await t.database.db.select().from(supportCases).where(eq(supportCases.idempotencyKey, 'web:retry-key-0001'));
    assert.equal(rows.length, 1);
    const changed = await fileAppeal(client, { ...body, message: 'Басқа мәтін, басқа өтініш мәтіні.' }, { 'idempotency-key': 'retry-key-0001' });
    assert.equal(changed.status, 422);
    assert.equal(changed.body.error.code, 'idempotency_key_reused');
  });

  it('an Idempotency-Key does not excuse a new appeal from the proof of work', async () => {
    const client = await t.client().start();
    const body = appealBody({ person: { name: 'Ләззат Омарова', phone: '+7 705 222 33 44' } });
    const unproven = await client.request('POST', '/api/v1/appeals', { json: body, headers: { 'idempotency-key': 'fresh-key-0001' } });
    assert.equal(unproven.status, 422);
    assert.equal(unproven.body.error.details[0].code, 'proof_missing');
    // One solution spent by one key: the same key may present it again (a retry), another key may not.
    const challenge = (await client.get('/api/v1/appeals/challenge')).body;
    const proof = { challenge: challenge.challenge, nonce: await solveProofOfWork(challenge.challenge, challenge.bits) };
    const first = await client.request('POST', '/api/v1/appeals', { json: { ...body, proof }, headers: { 'idempotency-key': 'fresh-key-0002' } });
    assert.equal(first.status, 201, first.text);
    const retry = await client.request('POST', '/api/v1/appeals', { json: { ...body, proof }, headers: { 'idempotency-key': 'fresh-key-0002' } });
    assert.deepEqual(retry.body, first.body);
    const other = await client.request('POST', '/api/v1/appeals', { json: { ...body, message: `${body.message} Тағы бір сұрақ.`, proof }, headers: { 'idempotency-key': 'fresh-key-0003' } });
    assert.equal(other.status, 422);
    assert.equal(other.body.error.details[0].code, 'proof_reused');
  });

  it('needs the proof of work, refuses the honeypot, and sniffs attachments by content', async () => {
    const client = await t.client().start();
    const noProof = await client.post('/api/v1/appeals', appealBody());
    assert.equal(noProof.status, 422);
    assert.equal(noProof.body.error.details[0].code, 'proof_missing');
    const bot = await fileAppeal(client, appealBody({ website: 'http://spam.example' }));
    assert.equal(bot.status, 422);
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea73581e40000000049454e44ae426082', 'hex');
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 1)]);
    const refused = await fileAppeal(client, appealBody({ attachments: [{ fileName: 'photo.png', contentBase64: exe.toString('base64') }] }));
    assert.equal(refused.status, 422);
    assert.equal(refused.body.error.details[0].code, 'attachment_type_not_allowed');
    const accepted = await fileAppeal(client, appealBody({ attachments: [{ fileName: 'scan.pdf', contentBase64: png.toString('base64') }] }));
    assert.equal(accepted.status, 201, accepted.text);
    const operator = await staff('operator');
    const found = (await operator.get(`/api/v1/cases?q=${accepted.body.number}`)).body.items[0];
    const detail = await operator.get(`/api/v1/cases/${found.id}`);
    assert.equal(detail.body.entries[0].attachments[0].mediaType, 'image/png', 'the bytes decide the type, not the name');
  });

  it('takes files up to their own limit, above the general body limit, and refuses a larger one', async () => {
    const client = await t.client().start();
    const pdf = (bytes: number) => Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(bytes - 9, 0x20)]).toString('base64');
    // 3 MB is 4 MB of base64: over the 1 MB limit of other requests, within the 5 MB a file may have.
    const scan = await fileAppeal(client, appealBody({ attachments: [{ fileName: 'passport.pdf', contentBase64: pdf(3 * 1024 * 1024) }] }));
    assert.equal(scan.status, 201, scan.text);
    const large = await fileAppeal(client, appealBody({ attachments: [{ fileName: 'big.pdf', contentBase64: pdf(5 * 1024 * 1024 + 1) }] }));
    assert.equal(large.status, 422);
    assert.equal(large.body.error.details[0].code, 'attachment_too_large');
    const operator = await staff('operator');
    const other = await operator.request('POST', '/api/v1/cases/bulk', { json: { action: 'close', ids: [], padding: 'x'.repeat(2 * 1024 * 1024) } });
    assert.equal(other.status, 413, 'other requests keep the general limit');
  });

  it('a front office sees the people of its own region only', async () => {
    const client = await t.client().start();
    const akmolaAppeal = await fileAppeal(client, appealBody({ region: '110000000', person: { name: 'Серікбаев Әділет', phone: '+7 701 333 44 55' } }));
    const almatyAppeal = await fileAppeal(client, appealBody({ region: '750000000', person: { name: 'Серікбаев Бауыржан', phone: '+7 701 333 44 66' } }));
    const personOf = async (number: string) => (await t.database.db.select().from(supportCases).where(eq(supportCases.number, number)))[0]!.personId;
    const [akmolaPerson, almatyPerson] = [await personOf(akmolaAppeal.body.number), await personOf(almatyAppeal.body.number)];
    const akmola = await staff('front_office', { regionCode: '110000000' });
    assert.equal((await akmola.get(`/api/v1/people/${akmolaPerson}`)).status, 200);
    assert.equal((await akmola.get(`/api/v1/people/${almatyPerson}`)).status, 403, 'a person served only in Almaty');
    const found = (await akmola.get(`/api/v1/people?q=${encodeURIComponent('Серікбаев')}`)).body.items.map((p: { id: string }) => p.id);
    assert.ok(found.includes(akmolaPerson) && !found.includes(almatyPerson), 'the search leaves out the other region');
    const operator = await staff('operator');
    assert.equal((await operator.get(`/api/v1/people/${almatyPerson}`)).status, 200, 'the contact center sees everyone');
  });

  it('finds one person across channels: by IIN, and by phone when the names agree', async () => {
    const client = await t.client().start();
    const iin = makeIin('850214');
    const a = await fileAppeal(client, appealBody({ person: { name: 'Жұмабаев Нұрлан', iin } }));
    const b = await fileAppeal(client, appealBody({ topic: 'iin', person: { name: 'Zhumabayev Nurlan', iin, phone: '+7 705 123 45 67' } }));
    const c = await fileAppeal(client, appealBody({ topic: 'housing', person: { name: 'Nurlan Jumabaev', phone: '8 705 123 45 67' } }));
    const d = await fileAppeal(client, appealBody({ topic: 'housing', person: { name: 'Айгүл Сапарова', phone: '8 705 123 45 67' } }));
    const rows = await Promise.all([a, b, c, d].map(async (r) => (await t.database.db.select().from(supportCases).where(eq(supportCases.number, r.body.number)))[0]!));
    assert.equal(rows[1]!.personId, rows[0]!.personId, 'same IIN, other script');
    assert.equal(rows[2]!.personId, rows[0]!.personId, 'same phone, same name in another spelling');
    assert.notEqual(rows[3]!.personId, rows[0]!.personId, 'a relative sharing the phone is not merged');

    const operator = await staff('operator');
    const proposals = (await operator.get('/api/v1/people/match-proposals')).body.items;
    const pair = proposals.find((p: { person: { id: string }; candidate: { id: string } }) => [p.person.id, p.candidate.id].includes(rows[3]!.personId));
    assert.ok(pair, 'the shared phone is proposed for a decision');
    assert.ok(pair.reasons.some((r: { kind: string }) => r.kind === 'phone'));

    const person = await operator.get(`/api/v1/people/${rows[0]!.personId}`);
    assert.equal(person.body.iin, iin);
    const cases = await operator.get(`/api/v1/cases?personId=${rows[0]!.personId}`);
    assert.equal(cases.body.items.length, 3);

    // Merge the proposal, see all four cases under one person, then undo it.
    const merged = await operator.post('/api/v1/people/merge', { survivorId: rows[0]!.personId, mergedId: rows[3]!.personId });
    assert.equal(merged.status, 200, merged.text);
    assert.equal((await operator.get(`/api/v1/cases?personId=${rows[0]!.personId}`)).body.items.length, 4);
    assert.equal((await operator.post(`/api/v1/people/${rows[3]!.personId}/unmerge`)).status, 204);
    assert.equal((await operator.get(`/api/v1/cases?personId=${rows[0]!.personId}`)).body.items.length, 3);
  });

  it('searches by number, by name in another script, by IIN and by phone; masks IIN for analysts', async () => {
    const client = await t.client().start();
    const iin = makeIin('900101', '4', '0777');
    const filed = await fileAppeal(client, appealBody({ person: { name: 'Төлеген Бақытжан', iin, phone: '+7 777 000 12 34' } }));
    const operator = await staff('back_office');
    for (const q of [filed.body.number, 'TOLEGEN BAKYTZHAN', 'Толеген', iin, '8 777 000 12 34']) {
      const found = await operator.get(`/api/v1/cases?q=${encodeURIComponent(q)}`);
      assert.ok(found.body.items.some((c: { number: string }) => c.number === filed.body.number), `search "${q}"`);
    }
    const [row] = await t.database.db.select().from(supportCases).where(eq(supportCases.number, filed.body.number));
    const admin = await staff('admin');
    assert.equal((await admin.get(`/api/v1/people/${row!.personId}`)).body.iin, iin);
    const analyst = await staff('analyst');
    assert.equal((await analyst.get(`/api/v1/people/${row!.personId}`)).status, 403);
  });

  it('finds a case by its serial alone, with or without the leading zeros', async () => {
    const client = await t.client().start();
    const filed = await fileAppeal(client, appealBody({ person: { name: 'Сейітов Ерлан', phone: '+7 702 555 10 20' } }));
    const neighbour = await fileAppeal(client, appealBody({ person: { name: 'Сейітова Дана', phone: '+7 702 555 10 21' } }));
    const serial = (filed.body.number as string).split('-')[1]!;
    const operator = await staff('back_office');
    const numbersFor = async (q: string) => (await operator.get(`/api/v1/cases?q=${encodeURIComponent(q)}`)).body.items.map((c: { number: string }) => c.number);
    for (const q of [serial, String(Number(serial)).padStart(3, '0')]) {
      const found = await numbersFor(q);
      assert.ok(found.includes(filed.body.number), `search "${q}"`);
      assert.ok(!found.includes(neighbour.body.number), `search "${q}" leaves out the next case`);
    }
    assert.ok(!(await numbersFor('12')).includes(filed.body.number), 'two digits are too few to be a serial');
  });

  it('waiting stops the deadline clock, and leaving the wait moves the deadline on', async () => {
    const filed = await fileAppeal(await t.client().start(), appealBody({ person: { name: 'Гүлнар Әлиева', phone: '+7 700 900 80 70' } }));
    const [row] = await t.database.db.select().from(supportCases).where(eq(supportCases.number, filed.body.number));
    const operator = await staff('operator');
    assert.equal((await operator.post(`/api/v1/cases/${row!.id}/status`, { status: 'waiting_authority' })).status, 200);
    // Pretend the wait began two days ago.
    await t.database.db.update(supportCases).set({ pausedAt: new Date(Date.now() - 2 * 86_400_000) }).where(eq(supportCases.id, row!.id));
    assert.equal((await operator.post(`/api/v1/cases/${row!.id}/status`, { status: 'in_progress' })).status, 200);
    const [after] = await t.database.db.select().from(supportCases).where(eq(supportCases.id, row!.id));
    const moved = after!.dueAt.getTime() - row!.dueAt.getTime();
    assert.ok(moved >= 2 * 86_400_000 - 60_000 && moved <= 2 * 86_400_000 + 60_000, `moved by ${moved} ms`);
    assert.equal((await operator.post(`/api/v1/cases/${row!.id}/status`, { status: 'new' })).status, 422);
  });

  it('routes new cases to the least-loaded front office of the region and warns before the deadline', async () => {
    const first = await staff('front_office', { regionCode: '350000000' });
    const second = await staff('front_office', { regionCode: '350000000' });
    const client = await t.client().start();
    for (let i = 0; i < 4; i += 1) {
      await fileAppeal(client, appealBody({ region: '350000000', topic: 'housing', person: { name: `Қайрат Тестов ${'АБВГ'[i]}`, phone: `+7 701 000 00 0${i}` } }));
    }
    await t.database.db.transaction((tx) => autoAssignNewCases(tx));
    const mine = async (c: Awaited<ReturnType<typeof staff>>) => (await c.get('/api/v1/cases?assignee=me')).body.items.length;
    assert.deepEqual([await mine(first), await mine(second)].sort(), [2, 2]);
    const warned = await t.database.db.transaction((tx) => warnApproachingDeadlines(tx, new Date(Date.now() + 60 * 86_400_000)));
    assert.ok(warned >= 4);
    assert.equal(await t.database.db.transaction((tx) => warnApproachingDeadlines(tx, new Date(Date.now() + 60 * 86_400_000))), 0, 'each case is warned once');
  });

  it('anonymises closed cases after the retention period and keeps what statistics need', async () => {
    const filed = await fileAppeal(await t.client().start(), appealBody({ person: { name: 'Ескі Өтініш', phone: '+7 701 999 99 99' } }));
    const [row] = await t.database.db.select().from(supportCases).where(eq(supportCases.number, filed.body.number));
    await t.database.db.update(supportCases).set({ status: 'closed', closedAt: new Date('2019-01-10T00:00:00Z') }).where(eq(supportCases.id, row!.id));
    const count = await t.database.db.transaction((tx) => anonymizeExpiredCases(tx, 5));
    assert.ok(count >= 1);
    const [after] = await t.database.db.select().from(supportCases).where(eq(supportCases.id, row!.id));
    assert.equal(after!.applicantName, '—');
    assert.ok(after!.anonymizedAt);
    assert.equal(after!.topicCode, row!.topicCode);
    assert.equal(after!.regionCode, row!.regionCode);
    assert.equal(after!.channel, 'web');
  });
});
