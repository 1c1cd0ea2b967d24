import assert from 'node:assert/strict';
import { test } from 'node:test';
import { caseNumberTag, normalizeMessageId, replySubject, stripQuotedReply, threadCandidates } from './email.text';

test('Message-Ids are kept in angle brackets, and hashed when longer than the column', () => {
  assert.equal(normalizeMessageId(' abc@example.org '), '<abc@example.org>');
  assert.equal(normalizeMessageId('<abc@example.org>'), '<abc@example.org>');
  assert.equal(normalizeMessageId('<>'), null);
  const long = normalizeMessageId(`<${'x'.repeat(400)}@example.org>`)!;
  assert.match(long, /^<[0-9a-f]{64}@hashed\.otandas\.invalid>$/);
  assert.equal(normalizeMessageId(`${'x'.repeat(400)}@example.org`), long);
});

test('thread candidates: In-Reply-To first, then References newest first', () => {
  assert.deepEqual(threadCandidates('<c@x>', ['<a@x>', '<b@x>', '<c@x>']), ['<c@x>', '<b@x>', '<a@x>']);
  assert.deepEqual(threadCandidates(undefined, '<a@x> <b@x>'), ['<b@x>', '<a@x>']);
  assert.deepEqual(threadCandidates(undefined, undefined), []);
});

test('the case tag and the reply subject', () => {
  assert.equal(caseNumberTag('Re: Квота [#2026-000123]'), '2026-000123');
  assert.equal(caseNumberTag('Re: Квота #2026-000123'), null);
  assert.equal(replySubject('Квота', '2026-000123'), 'Re: Квота [#2026-000123]');
  assert.equal(replySubject('RE: Fwd: Квота [#2026-000123]', '2026-000123'), 'Re: Квота [#2026-000123]');
  assert.equal(replySubject('', '2026-000123'), 'Re: [#2026-000123]');
});

test('quoted replies: Gmail, wrapped Gmail, Russian and Kazakh clients, Outlook, bottom quotes', () => {
  const cases: Array<[string, string]> = [
    ['Thanks!\n\nOn Tue, 5 May 2026 at 10:00, Otandas <support@otandas.kz> wrote:\n> Hello', 'Thanks!'],
    ['Thanks!\n\nOn Tue, 5 May 2026 at 10:00, Otandas\n<support@otandas.kz> wrote:\n> Hello', 'Thanks!'],
    ['Спасибо.\n\n05.05.2026, 10:00, "Otandas" <support@otandas.kz>:\n> Здравствуйте', 'Спасибо.'],
    ['Спасибо.\n\nВторник, 5 мая 2026, 10:00 +05:00 от Otandas <support@otandas.kz>:\n> Здравствуйте', 'Спасибо.'],
    ['Рахмет.\n\n2026 ж. 5 мамыр, 10:00 Otandas <support@otandas.kz> жазды:\n> Сәлем', 'Рахмет.'],
    ['Спасибо.\n\n-----Original Message-----\nFrom: Otandas\nSent: Tuesday\nTo: me', 'Спасибо.'],
    ['Ok.\n\n________________________________\nFrom: Otandas <support@otandas.kz>\nSent: Tuesday, May 5, 2026', 'Ok.'],
    ['Ok.\n\nОт: Otandas <support@otandas.kz>\nОтправлено: 5 мая 2026 г.\nКому: me', 'Ok.'],
    ['My answer\n\n> quoted line\n> another', 'My answer'],
  ];
  for (const [text, expected] of cases) assert.deepEqual(stripQuotedReply(text), { text: expected, stripped: true }, text);
});

test('text that only looks like a quote is kept whole', () => {
  const keep = [
    'Here is what my lawyer wrote:\nthe papers are fine.',
    'From: Almaty region\nI want to move to Astana.',
    '> only a quote, nothing new',
    'Inline answers\n> question one\nanswer one\n> question two\nanswer two',
  ];
  for (const text of keep) assert.deepEqual(stripQuotedReply(text), { text, stripped: false }, text);
});
