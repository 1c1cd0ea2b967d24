import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { createTransport } from 'nodemailer';
import type { DatabaseHandle } from '../../../../platform/db';
import { createLogger } from '../../../../platform/logger';
import { createTestDatabase } from '../../../../platform/testing';
import { deliverReply, type ReplyToDeliver } from '../../delivery';
import { supportCaseEntries, supportCases } from '../../support.tables';
import { seedSupportReference } from '../../topics.service';
import { startSmtpReceiver, type SmtpReceiver } from './email.receiver';
import { emailSender, threadHeaders } from './email.sender';
import { startFakeRelay, testMailConfig, tinyPng } from './email.testing';

const reply = (over: Partial<ReplyToDeliver> = {}): ReplyToDeliver => ({
  entryId: 1,
  caseId: '00000000-0000-4000-8000-000000000001',
  caseNumber: '2026-000042',
  channel: 'email',
  language: 'kk',
  subject: 'Сәлеметсіз бе!',
  body: 'Құжаттарыңыз қабылданды.\nКелесі қадам: ...',
  channelDetails: { from: 'aigul@example.kz', messageId: '<first@example.kz>', subject: 'Квота туралы сұрақ', to: 'appeals@otandas.test' },
  threadIds: ['<first@example.kz>'],
  attachments: [{ fileName: 'answer.png', mediaType: 'image/png', content: tinyPng }],
  ...over,
});

test('no relay configured: no sender, replies stay on the portal', () => {
  assert.equal(emailSender(testMailConfig()), undefined);
});

test('threading headers answer the applicant’s latest mail and keep the first', () => {
  const headers = threadHeaders(
    { channelDetails: { messageId: '<a@x.kz>' }, threadIds: ['<a@x.kz>', '<r1@otandas.test>', '<b@x.kz>', '<r2@otandas.test>', 'telegram-1'] },
    'otandas.test',
  );
  assert.deepEqual(headers, { inReplyTo: '<b@x.kz>', references: ['<a@x.kz>', '<r1@otandas.test>', '<b@x.kz>', '<r2@otandas.test>'] });
  assert.deepEqual(threadHeaders({ channelDetails: {}, threadIds: [] }, 'otandas.test'), {});
});

describe('sending replies through a relay', () => {
  let relay: Awaited<ReturnType<typeof startFakeRelay>>;
  before(async () => {
    relay = await startFakeRelay();
  });
  after(() => relay.close());

  test('the reply goes to the applicant, threaded, tagged with the case number', async () => {
    const send = emailSender(testMailConfig({ smtpUrl: relay.url }))!;
    const { externalId } = await send(reply());
    const delivered = relay.messages.at(-1)!;
    assert.deepEqual(delivered.envelopeTo, ['aigul@example.kz']);
    const { mail } = delivered;
    assert.equal(mail.to && !Array.isArray(mail.to) ? mail.to.text : null, 'aigul@example.kz');
    assert.equal(mail.from?.value[0]?.address, 'support@otandas.test');
    assert.equal(mail.subject, 'Re: Квота туралы сұрақ [#2026-000042]');
    assert.equal(mail.inReplyTo, '<first@example.kz>');
    assert.deepEqual([mail.references].flat(), ['<first@example.kz>']);
    assert.equal(mail.text?.trim(), 'Құжаттарыңыз қабылданды.\nКелесі қадам: ...');
    assert.equal(mail.messageId, externalId);
    assert.match(externalId!, /^<[0-9a-f-]{36}@otandas\.test>$/);
    assert.equal(mail.attachments.length, 1);
    assert.deepEqual(mail.attachments[0]!.content, tinyPng);
  });

  test('a case without an address fails the job instead of sending nowhere', async () => {
    const send = emailSender(testMailConfig({ smtpUrl: relay.url }))!;
    await assert.rejects(send(reply({ channelDetails: {} })), /no e-mail address/);
  });
});

describe('round trip: mail in, reply out, answer in', () => {
  let database: DatabaseHandle;
  let relay: Awaited<ReturnType<typeof startFakeRelay>>;
  let receiver: SmtpReceiver;
  before(async () => {
    database = await createTestDatabase();
    await seedSupportReference(database.db);
    relay = await startFakeRelay();
    const config = testMailConfig({ smtpUrl: relay.url });
    receiver = await startSmtpReceiver({ db: database.db, config, logger: createLogger('silent') });
  });
  after(async () => {
    await receiver.close();
    await relay.close();
    await database.close();
  });

  test('the applicant’s answer to our reply lands on the same case', async () => {
    const applicant = createTransport({ host: '127.0.0.1', port: receiver.port, secure: false, ignoreTLS: true });
    await applicant.sendMail({ from: 'Asel <asel@example.org>', to: 'appeals@otandas.test', subject: 'Moving to Kazakhstan', text: 'How do I apply?', messageId: '<q1@example.org>' });
    const [first] = await database.db.select().from(supportCaseEntries).where(eq(supportCaseEntries.externalId, '<q1@example.org>'));
    const [entry] = await database.db
      .insert(supportCaseEntries)
      .values({ caseId: first!.caseId, kind: 'reply', channel: 'email', body: 'Apply at the front office.', meta: { delivery: 'pending' } })
      .returning();
    assert.equal(await deliverReply(database.db, entry!.id, { email: emailSender(testMailConfig({ smtpUrl: relay.url })) }), 'sent');
    const out = relay.messages.at(-1)!.mail;
    const [stored] = await database.db.select().from(supportCaseEntries).where(eq(supportCaseEntries.id, entry!.id));
    assert.equal(stored!.externalId, out.messageId);
    const [row] = await database.db.select().from(supportCases).where(eq(supportCases.id, first!.caseId));
    assert.equal(out.subject, `Re: Moving to Kazakhstan [#${row!.number}]`);

    await database.db.update(supportCases).set({ status: 'answered' }).where(eq(supportCases.id, row!.id));
    await applicant.sendMail({
      from: 'Asel <asel@example.org>',
      to: 'appeals@otandas.test',
      subject: out.subject!,
      text: 'Thank you!',
      messageId: '<q2@example.org>',
      inReplyTo: out.messageId!,
      references: [out.inReplyTo!, out.messageId!],
    });
    const [answer] = await database.db.select().from(supportCaseEntries).where(eq(supportCaseEntries.externalId, '<q2@example.org>'));
    assert.equal(answer!.caseId, row!.id);
    const [reopened] = await database.db.select().from(supportCases).where(eq(supportCases.id, row!.id));
    assert.equal(reopened!.status, 'in_progress');
  });
});
