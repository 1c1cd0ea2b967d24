import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { loadConfig } from '../../../../platform/config';
import { createTestApp, type TestApp } from '../../../../platform/testing';
import { supportAttachments, supportCaseEntries, supportCases } from '../../support.tables';
import { setTelegramWebhook, telegramSender } from '.';

const token = '123456:TEST-token_abcdefghijklmnopqrstuvwxyz';
const secret = 'test-webhook-secret-0123456789';
// A 1×1 PNG: the type must come from the bytes, whatever Telegram calls the file.
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

type Call = { method: string; contentType: string; body: Record<string, unknown>; messageId?: number };

/** A stand-in for the Bot API on a real local port: records calls, serves files. */
class FakeBotApi {
  readonly calls: Call[] = [];
  private server: Server | undefined;
  private nextMessageId = 1000;
  readonly files = new Map<string, { path: string; content: Buffer } | 'missing'>([
    ['photo-small', { path: 'photos/file_0.jpg', content: png }],
    ['photo-large', { path: 'photos/file_1.jpg', content: png }],
    ['gone', 'missing'],
  ]);

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res.writeHead.bind(res), res.end.bind(res)));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server!.close(() => resolve()));
  }

  sent(method: string): Call[] {
    return this.calls.filter((c) => c.method === method);
  }

  private async handle(req: IncomingMessage, writeHead: (status: number, headers: Record<string, string>) => void, end: (body: Buffer | string) => void) {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const json = (status: number, value: unknown) => {
      writeHead(status, { 'content-type': 'application/json' });
      end(JSON.stringify(value));
    };
    const fileMatch = req.url?.match(/^\/file\/bot([^/]+)\/(.+)$/);
    if (req.method === 'GET' && fileMatch) {
      const file = [...this.files.values()].find((f) => f !== 'missing' && f.path === fileMatch[2]);
      if (fileMatch[1] !== token || !file || file === 'missing') return json(404, { ok: false, error_code: 404, description: 'Not Found' });
      writeHead(200, { 'content-type': 'application/octet-stream' });
      return end(file.content);
    }
    const methodMatch = req.url?.match(/^\/bot([^/]+)\/(\w+)$/);
    if (!methodMatch || methodMatch[1] !== token) return json(401, { ok: false, error_code: 401, description: 'Unauthorized' });
    const contentType = req.headers['content-type'] ?? '';
    const body = contentType.startsWith('application/json') ? (JSON.parse(raw.toString()) as Record<string, unknown>) : { raw: raw.toString('latin1') };
    const method = methodMatch[2]!;
    this.calls.push({ method, contentType, body });
    if (method === 'getFile') {
      const file = this.files.get(String(body.file_id));
      if (!file || file === 'missing') return json(400, { ok: false, error_code: 400, description: 'Bad Request: file not found' });
      return json(200, { ok: true, result: { file_id: body.file_id, file_size: file.content.length, file_path: file.path } });
    }
    if (method === 'setWebhook') return json(200, { ok: true, result: true, description: 'Webhook was set' });
    if (method === 'sendMessage' || method === 'sendDocument') {
      this.calls.at(-1)!.messageId = this.nextMessageId;
      return json(200, { ok: true, result: { message_id: this.nextMessageId++, chat: { id: Number(body.chat_id ?? 0) }, date: 0 } });
    }
    return json(400, { ok: false, error_code: 400, description: 'Bad Request: method not found' });
  }
}

let updateCounter = 1;
function update(user: { id: number; first_name: string; last_name?: string }, messageId: number, content: Record<string, unknown>) {
  return {
    update_id: updateCounter++,
    message: { message_id: messageId, date: 1_760_000_000, chat: { id: user.id, type: 'private' }, from: { is_bot: false, language_code: 'ru', ...user }, ...content },
  };
}

describe('Telegram channel', () => {
  let t: TestApp;
  const bot = new FakeBotApi();
  let apiBase: string;

  const post = (body: unknown, headers: Record<string, string> = { 'x-telegram-bot-api-secret-token': secret }) =>
    t.client().request('POST', '/api/v1/channels/telegram/webhook', { json: body, headers });

  const casesOf = (userId: number) =>
    t.database.db.select().from(supportCases).where(eq(supportCases.channel, 'telegram')).then((rows) => rows.filter((r) => r.channelDetails.userId === userId));
  const entriesOf = (caseId: string) => t.database.db.select().from(supportCaseEntries).where(eq(supportCaseEntries.caseId, caseId)).orderBy(supportCaseEntries.id);

  before(async () => {
    apiBase = await bot.start();
    const defaults = loadConfig({ LOG_LEVEL: 'silent' } as NodeJS.ProcessEnv, { dataDir: '/nonexistent', secret: 'x'.repeat(40) });
    t = await createTestApp({
      config: { telegram: { botToken: token, apiBase, webhookSecret: secret }, support: { ...defaults.support, inboundPerSenderPerMinute: 3 } },
    });
  });
  after(async () => {
    await t.close();
    await bot.stop();
  });

  test('set-webhook points Telegram at this installation, with the secret token', async () => {
    const url = await setTelegramWebhook({ telegram: { botToken: token, apiBase, webhookSecret: secret } }, 'https://otandas.example.org/');
    assert.equal(url, 'https://otandas.example.org/api/v1/channels/telegram/webhook');
    assert.deepEqual(bot.sent('setWebhook').at(-1)?.body, { url, secret_token: secret, allowed_updates: ['message'] });
    await assert.rejects(setTelegramWebhook({ telegram: { botToken: token, apiBase, webhookSecret: secret } }, 'http://otandas.example.org'), /https/);
    await assert.rejects(setTelegramWebhook({ telegram: { botToken: token, apiBase, webhookSecret: undefined } }, 'https://otandas.example.org'), /SECRET/);
  });

  test('refuses a webhook call without the secret token, or with a wrong one', async () => {
    const body = update({ id: 5550001, first_name: 'Айдана' }, 1, { text: 'Сәлеметсіз бе, ЖСН алу туралы сұрақ бар' });
    const missing = await post(body, {});
    assert.equal(missing.status, 401);
    assert.equal(missing.body.error.code, 'telegram_secret_missing');
    const wrong = await post(body, { 'x-telegram-bot-api-secret-token': `${secret}x` });
    assert.equal(wrong.status, 403);
    assert.equal(wrong.body.error.code, 'telegram_secret_invalid');
    assert.equal((await casesOf(5550001)).length, 0);
  });

  test('a text message makes a case and the bot acknowledges it with the number and access code', async () => {
    const user = { id: 5550002, first_name: 'Айдана', last_name: 'Серікқызы' };
    const response = await post(update(user, 10, { text: 'Здравствуйте! Хочу узнать, как получить статус кандаса для семьи.' }));
    assert.equal(response.status, 200);
    assert.deepEqual(response.body, { ok: true });
    const [row, ...others] = await casesOf(user.id);
    assert.ok(row && !others.length);
    assert.equal(row.topicCode, 'other');
    assert.equal(row.applicantName, 'Айдана Серікқызы');
    assert.deepEqual(row.channelDetails, { chatId: user.id, userId: user.id, username: null });
    assert.equal(row.consentAt, null);
    const [entry] = await entriesOf(row.id);
    assert.equal(entry!.externalId, `tg:${user.id}:10`);
    const ack = bot.sent('sendMessage').find((c) => c.body.chat_id === user.id);
    assert.ok(ack, 'acknowledgement sent');
    assert.match(String(ack.body.text), new RegExp(`№ ${row.number}`));
    assert.match(String(ack.body.text), /Код доступа: \S+/);
  });

  test('the next message joins the same case, and a duplicate update is stored once', async () => {
    const user = { id: 5550003, first_name: 'Ержан' };
    await post(update(user, 1, { text: 'Прошу помочь с временной регистрацией в Астане.' }));
    const acks = bot.sent('sendMessage').length;
    const second = update(user, 2, { text: 'Забыл добавить: нас трое.' });
    assert.equal((await post(second)).status, 200);
    const again = await post({ ...second, update_id: second.update_id });
    assert.equal(again.status, 200);
    const cases = await casesOf(user.id);
    assert.equal(cases.length, 1);
    const entries = (await entriesOf(cases[0]!.id)).filter((e) => e.kind === 'message');
    assert.deepEqual(entries.map((e) => e.body), ['Прошу помочь с временной регистрацией в Астане.', 'Забыл добавить: нас трое.']);
    assert.equal(bot.sent('sendMessage').length, acks, 'no acknowledgement for a follow-up');
  });

  test('a photo is downloaded from the Bot API and stored with the type its bytes show', async () => {
    const user = { id: 5550004, first_name: 'Гүлнар' };
    const photo = [
      { file_id: 'photo-small', width: 90, height: 90, file_size: 100 },
      { file_id: 'photo-large', width: 1280, height: 960, file_size: 90_000 },
    ];
    assert.equal((await post(update(user, 7, { photo, caption: 'Фото паспорта для ИИН' }))).status, 200);
    const [row] = await casesOf(user.id);
    assert.ok(row);
    assert.equal(bot.sent('getFile').at(-1)?.body.file_id, 'photo-large');
    const files = await t.database.db.select().from(supportAttachments).where(eq(supportAttachments.caseId, row.id));
    assert.equal(files.length, 1);
    assert.equal(files[0]!.mediaType, 'image/png');
    assert.equal(files[0]!.fileName, 'photo-7.png');
    assert.deepEqual(Buffer.from(files[0]!.content), png);
    const [entry] = await entriesOf(row.id);
    assert.equal(entry!.body, 'Фото паспорта для ИИН');
    assert.equal(files[0]!.entryId, entry!.id);
  });

  test('a file that cannot be downloaded leaves the message with a note', async () => {
    const user = { id: 5550005, first_name: 'Марат' };
    const response = await post(update(user, 3, { document: { file_id: 'gone', file_name: 'справка.pdf' }, caption: 'Справка с места работы' }));
    assert.equal(response.status, 200);
    const [row] = await casesOf(user.id);
    assert.ok(row);
    const [entry] = await entriesOf(row.id);
    assert.equal(entry!.body, 'Справка с места работы\n\n[Приложенный файл получить не удалось.]');
    assert.equal((await t.database.db.select().from(supportAttachments).where(eq(supportAttachments.caseId, row.id))).length, 0);
  });

  test('over the per-sender limit messages are still stored, without auto-replies', async () => {
    const user = { id: 5550006, first_name: 'Асель' };
    for (let i = 1; i <= 3; i++) await post(update(user, i, { text: '/start' }));
    const greetings = bot.sent('sendMessage').filter((c) => c.body.chat_id === user.id);
    assert.equal(greetings.length, 3);
    assert.equal((await post(update(user, 4, { text: 'Вопрос по трудоустройству по квоте.' }))).status, 200);
    const cases = await casesOf(user.id);
    assert.equal(cases.length, 1, 'the message is kept');
    assert.equal(bot.sent('sendMessage').filter((c) => c.body.chat_id === user.id).length, 3, 'but not acknowledged');
  });

  test('messages from groups and updates without a message are accepted and dropped', async () => {
    const group = update({ id: 5550007, first_name: 'Group member' }, 1, { text: 'Hello everyone in this group chat' });
    (group.message.chat as { type: string }).type = 'group';
    assert.equal((await post(group)).status, 200);
    assert.equal((await post({ update_id: 99, edited_message: { message_id: 1 } })).status, 200);
    assert.equal((await casesOf(5550007)).length, 0);
  });

  test('the sender delivers a staff reply to the chat and its attachments as documents', async () => {
    assert.equal(telegramSender({ telegram: { botToken: undefined, apiBase, webhookSecret: undefined } }), undefined);
    const send = telegramSender(t.config)!;
    const reply = {
      entryId: 1,
      caseId: '00000000-0000-4000-8000-000000000001',
      caseNumber: '2026-000042',
      channel: 'telegram',
      language: 'ru',
      subject: 'Вопрос',
      body: 'Ваш ИИН готов, приходите в ЦОН.',
      channelDetails: { chatId: 5550002, userId: 5550002, username: null },
      threadIds: [],
      attachments: [{ fileName: 'памятка.png', mediaType: 'image/png', content: png }],
    };
    const result = await send(reply);
    const message = bot.sent('sendMessage').at(-1)!;
    assert.equal(message.body.chat_id, 5550002);
    assert.equal(message.body.text, 'Ответ по обращению № 2026-000042\n\nВаш ИИН готов, приходите в ЦОН.');
    assert.equal(result.externalId, `tg:5550002:${message.messageId}`);
    const document = bot.sent('sendDocument').at(-1)!;
    assert.match(document.contentType, /^multipart\/form-data/);
    assert.match(String(document.body.raw), /name="chat_id"\r\n\r\n5550002/);
    await assert.rejects(send({ ...reply, channelDetails: {} }), /no Telegram chat id/);
  });
});

describe('Telegram channel without a webhook secret', () => {
  test('answers 503 telegram_not_configured', async () => {
    const t = await createTestApp();
    try {
      const response = await t.client().request('POST', '/api/v1/channels/telegram/webhook', { json: { update_id: 1 }, headers: { 'x-telegram-bot-api-secret-token': secret } });
      assert.equal(response.status, 503);
      assert.equal(response.body.error.code, 'telegram_not_configured');
    } finally {
      await t.close();
    }
  });
});

describe('long replies', () => {
  test('are split under the Bot API limit, at line ends where possible', async () => {
    const { splitMessage } = await import('./telegram.sender');
    const text = `${'а'.repeat(3000)}\n${'б'.repeat(3000)}`;
    assert.deepEqual(splitMessage(text).map((p) => p.length), [3000, 3000]);
    assert.ok(splitMessage('в'.repeat(9000)).every((p) => p.length <= 4096));
    assert.equal(splitMessage('в'.repeat(9000)).join(''), 'в'.repeat(9000));
  });
});
