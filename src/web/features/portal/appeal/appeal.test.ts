/**
 * The appeal form's requests against the real public API: what the form
 * builds is what the server accepts, the server's field errors land on the
 * form's field names, and one key files one appeal.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { solveProofOfWork } from '../../../../lib/contracts/proof-of-work';
import { consentVersion as serverConsentVersion } from '../../../../server/modules/support';
import { createTestApp, type TestApp } from '../../../../server/platform/testing';
import { api, ApiError } from '../../../app/api';
import { consentVersion, fetchChallenge, type AppealCreated, type AppealStatusDto, type AppealTopic } from './appeal.api';
import { addFiles, encodeFile, fileSize, maxFileBytes } from './appeal-files';
import { emptyAppealForm, formProblems, newIdempotencyKey, telegramHandle, toAppealRequest, type AppealFormValues } from './appeal-form';

const file = (name: string, size: number) => new File([new Uint8Array(size).fill(65)], name);

describe('appeal form', () => {
  let t: TestApp;
  const realFetch = globalThis.fetch;
  before(async () => {
    t = await createTestApp();
    // The web client's own fetch goes to the app in this process.
    globalThis.fetch = (async (input: string, init?: RequestInit) => t.app.request(input, init)) as typeof fetch;
  });
  after(async () => {
    globalThis.fetch = realFetch;
    await t.close();
  });

  const filled = (overrides: Partial<AppealFormValues> = {}): AppealFormValues => ({
    ...emptyAppealForm(),
    topic: 'kandas_status',
    message: 'Қандас мәртебесін алу үшін қандай құжаттар керек? Моңғолиядан көштік.',
    name: 'Жұмабай Нұрлан',
    phone: '+7 701 111 22 33',
    telegram: 'nurlan_kz',
    region: '110000000',
    fields: { family_size: '4', country_of_origin: '  ' },
    consent: true,
    ...overrides,
  });

  async function send(values: AppealFormValues, key: string, attachments: Array<{ fileName: string; contentBase64: string }> = []) {
    const topics = await api<{ items: AppealTopic[] }>('/appeals/topics');
    const topic = topics.items.find((item) => item.code === values.topic);
    const challenge = await fetchChallenge();
    const proof = { challenge: challenge.challenge, nonce: await solveProofOfWork(challenge.challenge, challenge.bits) };
    const input = toAppealRequest(values, topic, { language: 'ru', proof, attachments });
    return api<AppealCreated>('/appeals', { method: 'POST', body: input, headers: { 'Idempotency-Key': key } });
  }

  it('files what the form builds, blank optional inputs included, and one key files once', async () => {
    const key = newIdempotencyKey();
    const attachment = await encodeFile(file('note.txt', 40_000));
    const first = await send(filled(), key, [attachment]);
    assert.match(first.number, /^\d{4}-\d{6}$/);
    const again = await send(filled(), key, [attachment]);
    assert.deepEqual(again, first, 'a retry with the same key answers with the same appeal');
    const other = await send(filled(), newIdempotencyKey(), [attachment]);
    assert.notEqual(other.number, first.number);

    const status = await api<AppealStatusDto>('/appeals/status', { query: { number: first.number, code: first.accessCode } });
    assert.equal(status.status, 'new');
    assert.equal(status.topic, 'kandas_status');
    assert.equal(status.entries[0]?.body, filled().message);
  });

  it("puts the server's field errors on the form's field names", async () => {
    const error = await send(filled({ iin: '123456789012', phone: '12' }), newIdempotencyKey()).catch((e: unknown) => e);
    assert.ok(error instanceof ApiError);
    assert.equal(error.status, 422);
    const fields = error.fieldErrors;
    assert.ok(fields['person.iin'], JSON.stringify(fields));
    assert.ok(fields['person.phone'], JSON.stringify(fields));
  });

  it('answers a wrong code like a wrong number', async () => {
    const created = await send(filled(), newIdempotencyKey());
    const wrongCode = await api('/appeals/status', { query: { number: created.number, code: 'AAAA-AAAA' } }).catch((e: unknown) => e);
    const wrongNumber = await api('/appeals/status', { query: { number: '1999-000001', code: created.accessCode } }).catch((e: unknown) => e);
    assert.ok(wrongCode instanceof ApiError && wrongNumber instanceof ApiError);
    assert.deepEqual([wrongCode.status, wrongCode.code, wrongCode.message], [wrongNumber.status, wrongNumber.code, wrongNumber.message]);
  });

  it('shows the consent version the server records', () => {
    assert.equal(consentVersion, serverConsentVersion);
  });
});

describe('appeal form checks', () => {
  it('finds the problems it can see before sending', () => {
    const topic = { code: 'x', fields: [{ code: 'size', datatype: 'number', required: true, label: { kk: 'a', ru: 'a', en: 'a' } }] } as unknown as AppealTopic;
    const problems = formProblems({ ...emptyAppealForm(), topic: 'x', message: 'қысқа', iin: '1234', telegram: '@ab' }, topic);
    assert.deepEqual(problems, { message: 'message', 'person.name': 'name', 'person.iin': 'iin', 'person.telegram': 'telegram', 'fields.size': 'required', consent: 'consent' });
    const fine = formProblems({ ...emptyAppealForm(), topic: 'x', message: 'Толық сұрақ мәтіні', name: 'Асқар', iin: '1234 5678 9012', fields: { size: '3' }, consent: true }, topic);
    assert.deepEqual(fine, {});
  });

  it('reads Telegram names as people write them', () => {
    assert.equal(telegramHandle('nurlan_kz'), '@nurlan_kz');
    assert.equal(telegramHandle(' https://t.me/nurlan_kz '), '@nurlan_kz');
    assert.equal(telegramHandle('123456789'), '123456789');
    assert.equal(telegramHandle('@abc'), null);
  });

  it('takes at most five files of up to 5 MB, and says why it refused the rest', () => {
    const six = Array.from({ length: 6 }, (_, i) => file(`scan-${i}.pdf`, 10));
    const { files, rejected } = addFiles([], [...six, file('big.pdf', maxFileBytes + 1), file('empty.pdf', 0), file('setup.exe', 10), file('README', 10), six[0]!]);
    assert.deepEqual(files.map((f) => f.name), six.slice(0, 5).map((f) => f.name));
    assert.deepEqual(rejected, [
      { name: 'scan-5.pdf', problem: 'tooMany' },
      { name: 'big.pdf', problem: 'tooLarge' },
      { name: 'empty.pdf', problem: 'empty' },
      { name: 'setup.exe', problem: 'type' },
      { name: 'README', problem: 'type' },
    ]);
    assert.deepEqual(addFiles([], [file('PHOTO.JPG', 10)]).files.map((f) => f.name), ['PHOTO.JPG']);
  });

  it('writes file sizes with the units from the dictionary and the numbers of the language', () => {
    const t = (key: string, options: { value: string }) => `${options.value} ${key.endsWith('Mb') ? 'МБ' : 'КБ'}`;
    assert.equal(fileSize(2.5 * 1024 * 1024, 'ru', t), '2,5 МБ');
    assert.equal(fileSize(380 * 1024, 'kk', t), '380 КБ');
    assert.equal(fileSize(10, 'en', t), '1 КБ');
  });

  it('encodes files larger than one slice without loss', async () => {
    const bytes = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 7) % 256);
    const encoded = await encodeFile(new File([bytes], 'photo.jpg'));
    assert.deepEqual(new Uint8Array(Buffer.from(encoded.contentBase64, 'base64')), bytes);
  });
});
