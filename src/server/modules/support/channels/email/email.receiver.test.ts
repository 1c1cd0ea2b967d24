import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, asc, eq, sql } from 'drizzle-orm';
import { createTransport } from 'nodemailer';
import type { DatabaseHandle, Db } from '../../../../platform/db';
import { createLogger } from '../../../../platform/logger';
import { createTestDatabase } from '../../../../platform/testing';
import { supportAttachments, supportCaseEntries, supportCases } from '../../support.tables';
import { seedSupportReference } from '../../topics.service';
import { startSmtpReceiver, type SmtpReceiver } from './email.receiver';
import { fakeExe, testMailConfig, tinyPng } from './email.testing';

type SendOptions = Parameters<ReturnType<typeof createTransport>['sendMail']>[0];

describe('SMTP receiver', () => {
  let database: DatabaseHandle;
  let receiver: SmtpReceiver;
  let send: (mail: SendOptions) => Promise<unknown>;
  const limit = 5;
  const logLines: string[] = [];

  before(async () => {
    database = await createTestDatabase();
    await seedSupportReference(database.db);
    receiver = await startSmtpReceiver({ db: database.db, config: testMailConfig({ inboundPerSenderPerMinute: limit }), logger: createLogger('info', { write: (line: string) => void logLines.push(line) }) });
    // A fresh connection per mail, as a relay delivering separate messages would use.
    const transport = createTransport({ host: '127.0.0.1', port: receiver.port, secure: false, ignoreTLS: true });
    send = (mail) => transport.sendMail({ to: 'appeals@otandas.test', ...mail });
  });
  after(async () => {
    await receiver.close();
    await database.close();
  });

  const caseOf = async (messageId: string) => {
    const [entry] = await database.db.select().from(supportCaseEntries).where(eq(supportCaseEntries.externalId, messageId));
    assert.ok(entry, `no entry for ${messageId}`);
    const [row] = await database.db.select().from(supportCases).where(eq(supportCases.id, entry.caseId));
    return { entry, row: row! };
  };
  const messagesOf = (caseId: string) =>
    database.db
      .select()
      .from(supportCaseEntries)
      .where(and(eq(supportCaseEntries.caseId, caseId), eq(supportCaseEntries.kind, 'message')))
      .orderBy(asc(supportCaseEntries.id));

  test('a new mail opens a case, with its attachment typed by its bytes', async () => {
    await send({
      from: 'Айгүл Серікқызы <Aigul@Example.kz>',
      subject: 'Квота туралы сұрақ',
      text: 'Сәлеметсіз бе! Көшіп келу квотасы туралы сұрағым бар. Құжаттарды қоса жіберемін.',
      messageId: '<first-1@example.kz>',
      attachments: [{ filename: 'scan.bin', content: tinyPng, contentType: 'application/octet-stream' }],
    });
    const { entry, row } = await caseOf('<first-1@example.kz>');
    assert.equal(row.channel, 'email');
    assert.equal(row.topicCode, 'other');
    assert.equal(row.status, 'new');
    assert.equal(row.applicantName, 'Айгүл Серікқызы');
    assert.equal(row.subject, 'Квота туралы сұрақ');
    assert.equal(row.consentAt, null);
    assert.deepEqual(row.channelDetails, { from: 'aigul@example.kz', messageId: '<first-1@example.kz>', subject: 'Квота туралы сұрақ', to: 'appeals@otandas.test' });
    assert.match(entry.body, /квотасы туралы сұрағым бар/);
    assert.equal(entry.channel, 'email');
    const files = await database.db.select().from(supportAttachments).where(eq(supportAttachments.caseId, row.id));
    assert.equal(files.length, 1);
    assert.equal(files[0]!.mediaType, 'image/png');
    assert.equal(files[0]!.entryId, entry.id);
    assert.deepEqual(files[0]!.content, tinyPng);
  });

  test('a reply with In-Reply-To joins its case, without the quote, and reopens it', async () => {
    await send({ from: 'Berik <berik@example.org>', subject: 'Housing', text: 'I need help with housing in Astana.', messageId: '<first-2@example.org>' });
    const { row } = await caseOf('<first-2@example.org>');
    // Staff answered by mail: the reply carries our own Message-Id.
    await database.db.insert(supportCaseEntries).values({ caseId: row.id, kind: 'reply', channel: 'email', body: 'Please send your passport.', externalId: '<answer-2@otandas.test>', meta: { delivery: 'sent' } });
    await database.db.update(supportCases).set({ status: 'answered', answeredAt: new Date() }).where(eq(supportCases.id, row.id));

    await send({
      from: 'Berik <berik@example.org>',
      subject: 'Re: Housing [#' + row.number + ']',
      text: 'Here it is, thank you.\n\nOn Tue, 5 May 2026 at 10:00, Otandas <support@otandas.test> wrote:\n> Please send your passport.\n',
      messageId: '<reply-2@example.org>',
      inReplyTo: '<answer-2@otandas.test>',
      references: ['<first-2@example.org>', '<answer-2@otandas.test>'],
      attachments: [{ filename: 'passport.png', content: tinyPng }],
    });
    const { entry, row: after } = await caseOf('<reply-2@example.org>');
    assert.equal(after.id, row.id);
    assert.equal(after.status, 'in_progress');
    assert.equal(entry.body, 'Here it is, thank you.');
    assert.match(String((entry.meta.email as { fullText: string }).fullText), /> Please send your passport/);
    assert.equal((await messagesOf(row.id)).length, 2);
    const events = await database.db.select().from(supportCaseEntries).where(and(eq(supportCaseEntries.caseId, row.id), eq(supportCaseEntries.kind, 'event')));
    assert.deepEqual(events.map((e) => e.meta.event), ['reopened']);
    const files = await database.db.select().from(supportAttachments).where(eq(supportAttachments.entryId, entry.id));
    assert.equal(files.length, 1);
  });

  test('a reply to an unknown Message-Id opens a new case', async () => {
    await send({ from: 'dana@example.org', subject: 'Re: old thread', text: 'Answering a mail you never sent.', messageId: '<orphan-3@example.org>', inReplyTo: '<never-seen@elsewhere.example>' });
    const { row } = await caseOf('<orphan-3@example.org>');
    assert.equal((await messagesOf(row.id)).length, 1);
    assert.equal(row.status, 'new');
  });

  test('the case tag in the subject threads only for the case’s own sender', async () => {
    await send({ from: 'erlan@example.org', subject: 'Pension', text: 'About my pension transfer.', messageId: '<first-4@example.org>' });
    const { row } = await caseOf('<first-4@example.org>');
    // No In-Reply-To (a client that drops it), but the tag and the same sender.
    await send({ from: 'ERLAN@example.org', subject: `Re: Pension [#${row.number}]`, text: 'One more detail.', messageId: '<tag-4@example.org>' });
    assert.equal((await caseOf('<tag-4@example.org>')).row.id, row.id);
    // Someone else quoting the number gets a case of their own.
    await send({ from: 'stranger@example.net', subject: `Re: Pension [#${row.number}]`, text: 'Let me into that case.', messageId: '<hijack-4@example.net>' });
    assert.notEqual((await caseOf('<hijack-4@example.net>')).row.id, row.id);
    assert.equal((await messagesOf(row.id)).length, 2);
  });

  test('a redelivered mail (same Message-Id) is stored once', async () => {
    const mail = { from: 'gulnar@example.org', subject: 'Twice', text: 'The relay delivered me twice.', messageId: '<dup-5@example.org>' };
    // At once, as two relay queues might: the lock on the Message-Id lets one through.
    await Promise.all([send(mail), send(mail)]);
    await send(mail);
    const entries = await database.db.select().from(supportCaseEntries).where(eq(supportCaseEntries.externalId, '<dup-5@example.org>'));
    assert.equal(entries.length, 1);
    const [{ cases }] = (await database.db.execute(sql`select count(*)::int as cases from support_cases where channel_details->>'messageId' = '<dup-5@example.org>'`)).rows as Array<{ cases: number }> as [{ cases: number }];
    assert.equal(cases, 1);
  });

  test('a mail without a Message-Id gets a stand-in from its content, so a redelivery is still stored once', async () => {
    const raw = 'From: Saule <saule@example.org>\r\nTo: appeals@otandas.test\r\nSubject: No id\r\nDate: Tue, 5 May 2026 10:00:00 +0500\r\n\r\nMy client sends no Message-Id.\r\n';
    const envelope = { from: 'saule@example.org', to: ['appeals@otandas.test'] };
    await send({ envelope, raw });
    await send({ envelope, raw });
    const rows = (await database.db.execute(sql`select channel_details->>'messageId' as id from support_cases where channel_details->>'from' = 'saule@example.org'`)).rows as Array<{ id: string }>;
    assert.equal(rows.length, 1);
    assert.match(rows[0]!.id, /^<[0-9a-f]{64}@no-message-id\.otandas\.invalid>$/);
  });

  test('a flood from one sender is deferred with 451, and every accepted mail is stored', async () => {
    const results = await Promise.allSettled(
      Array.from({ length: limit + 4 }, (_, i) => send({ from: 'flood@example.org', subject: `Flood ${i}`, text: `Message number ${i}.`, messageId: `<flood-${i}@example.org>` })),
    );
    const accepted = results.filter((r) => r.status === 'fulfilled').length;
    const deferred = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as { responseCode?: number }] : []));
    assert.equal(accepted, limit);
    assert.equal(deferred.length, 4);
    assert.ok(deferred.every((e) => e.responseCode === 451), 'deferrals are temporary');
    const stored = (await database.db.execute(sql`select count(*)::int as n from support_cases where channel_details->>'from' = 'flood@example.org'`)).rows[0] as { n: number };
    assert.equal(stored.n, accepted);
    // Another sender is not held up by the flood.
    await send({ from: 'calm@example.org', subject: 'Calm', text: 'Just one mail.', messageId: '<calm-6@example.org>' });
    await caseOf('<calm-6@example.org>');
  });

  test('a refused attachment is noted and the mail is kept with the other files', async () => {
    await send({
      from: 'marat@example.org',
      subject: 'Documents',
      text: 'My documents are attached.',
      messageId: '<exe-7@example.org>',
      attachments: [
        { filename: 'setup.exe', content: fakeExe },
        { filename: 'diploma.png', content: tinyPng },
      ],
    });
    const { entry, row } = await caseOf('<exe-7@example.org>');
    assert.match(entry.body, /setup\.exe \(attachment_type_not_allowed\)/);
    assert.deepEqual(entry.meta.email, { refusedAttachments: [{ fileName: 'setup.exe', code: 'attachment_type_not_allowed' }] });
    const files = await database.db.select().from(supportAttachments).where(eq(supportAttachments.caseId, row.id));
    assert.deepEqual(files.map((f) => [f.fileName, f.mediaType]), [['diploma.png', 'image/png']]);
  });

  test('an HTML-only mail is kept as text', async () => {
    await send({ from: 'nurlan@example.org', subject: 'Html', html: '<p>Hello,<br>I need <b>a consultation</b>.</p>', messageId: '<html-8@example.org>' });
    const { entry } = await caseOf('<html-8@example.org>');
    assert.match(entry.body, /I need a consultation\./i);
    assert.doesNotMatch(entry.body, /<b>/);
  });

  test('logs carry ids and counts, never addresses, subjects or text', () => {
    const stored = logLines.filter((l) => l.includes('"mail_stored"'));
    assert.ok(stored.length >= 10);
    assert.ok(logLines.some((l) => l.includes('"mail_duplicate"')));
    assert.ok(logLines.some((l) => l.includes('"sender_rate"')));
    for (const line of logLines) {
      assert.doesNotMatch(line, /@|Квота|Housing|passport|setup\.exe|Айгүл/i, line);
    }
  });
});

describe('SMTP receiver, when it cannot keep a mail', () => {
  const transportTo = (port: number) => createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });

  test('a database failure answers 451, so the relay keeps the mail and retries', async () => {
    const broken = { transaction: async () => Promise.reject(Object.assign(new Error('terminating connection'), { code: '57P01' })) } as unknown as Db;
    const receiver = await startSmtpReceiver({ db: broken, config: testMailConfig(), logger: createLogger('silent') });
    try {
      await assert.rejects(transportTo(receiver.port).sendMail({ from: 'a@example.org', to: 'appeals@otandas.test', subject: 'x', text: 'y' }), (error: { responseCode?: number }) => error.responseCode === 451);
    } finally {
      await receiver.close();
    }
  });

  test('a mail over the size limit is refused permanently (552)', async () => {
    const unused = {} as Db;
    const receiver = await startSmtpReceiver({ db: unused, config: testMailConfig(), logger: createLogger('silent'), maxBytes: 10_000 });
    try {
      const big = { from: 'a@example.org', to: 'appeals@otandas.test', subject: 'big', text: 'x', attachments: [{ filename: 'big.png', content: Buffer.alloc(20_000, 1) }] };
      await assert.rejects(transportTo(receiver.port).sendMail(big), (error: { responseCode?: number }) => error.responseCode === 552);
    } finally {
      await receiver.close();
    }
  });
});
