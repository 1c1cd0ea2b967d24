import assert from 'node:assert/strict';
import { test } from 'node:test';
import { staffCaseRequest } from '../../../server/modules/support/support.schema';
import type { TopicField } from '../../../server/modules/support/support.tables';
import { almatyLocalToIso, emptyIntakeForm, toStaffCaseRequest, type IntakeForm } from './intake-form';

const definitions: TopicField[] = [
  { code: 'country_of_origin', datatype: 'string', required: false, label: { kk: 'Ел', ru: 'Страна', en: 'Country' } },
  { code: 'family_size', datatype: 'number', required: false, label: { kk: 'Отбасы', ru: 'Семья', en: 'Family' } },
];

function filledForm(): IntakeForm {
  const form = emptyIntakeForm('110000000', '2026-03-02');
  return {
    ...form,
    topic: 'kandas_status',
    message: '  Куәлікті ұзарту керек  ',
    consent: true,
    person: { ...form.person, name: ' Әлия Нұрланқызы ', iin: '', passportNumber: 'MN1234567', phone: '+86 138 0013 8000', birthDate: '1990-04-12', email: 'aliya@example.org' },
    fields: { country_of_origin: ' Қытай ', family_size: 4, stray: 'not in the topic' },
    documentsSeen: ['foreign_passport'],
  };
}

test('a walk-in sends the documents seen and only the filled person fields the channel asks for', () => {
  const request = toStaffCaseRequest('front_office', filledForm(), definitions, undefined);
  assert.equal(request.channel, 'front_office');
  assert.equal(request.message, 'Куәлікті ұзарту керек');
  assert.deepEqual(request.person, { name: 'Әлия Нұрланқызы', iin: undefined, passportNumber: 'MN1234567', phone: '+86 138 0013 8000', birthDate: '1990-04-12' });
  assert.deepEqual(request.fields, { country_of_origin: 'Қытай', family_size: 4 });
  assert.deepEqual(request.walkIn, { documentsSeen: ['foreign_passport'] });
  assert.equal(request.call, undefined);
  assert.equal(request.region, '110000000');
  // The server's own contract accepts what the screen sends.
  const parsed = staffCaseRequest.safeParse(JSON.parse(JSON.stringify(request)));
  assert.ok(parsed.success, JSON.stringify(parsed.error?.issues));
  assert.equal(parsed.data.person.phone, '+8613800138000');
});

test('a call records the number, the duration in seconds and a callback on Almaty time', () => {
  const form = filledForm();
  form.call = { minutes: 3, seconds: 25, outcome: 'consultation', callbackNeeded: true, callbackAt: '2026-03-03T10:30' };
  const request = toStaffCaseRequest('call', form, definitions, undefined);
  assert.deepEqual(request.call, { phoneNumber: '+86 138 0013 8000', durationSeconds: 205, outcome: 'consultation', callbackNeeded: true, callbackDueAt: '2026-03-03T10:30:00+05:00' });
  assert.equal(new Date(request.call!.callbackDueAt!).toISOString(), '2026-03-03T05:30:00.000Z');
  // A caller is asked name, phone and IIN; the passport typed on another tab stays behind.
  assert.equal('passportNumber' in request.person, false);
  assert.equal(request.walkIn, undefined);
  assert.ok(staffCaseRequest.safeParse(JSON.parse(JSON.stringify(request))).success);

  form.call = { ...form.call, callbackNeeded: false };
  assert.equal(toStaffCaseRequest('call', form, definitions, undefined).call?.callbackDueAt, undefined);
});

test('a letter sends its registration and the scans', () => {
  const form = filledForm();
  form.letter = { registrationNumber: ' ВХ-118 ', registrationDate: '2026-03-01' };
  const attachments = [{ fileName: 'letter.pdf', contentBase64: 'JVBERi0xLjQK' }];
  const request = toStaffCaseRequest('back_office', form, definitions, attachments);
  assert.deepEqual(request.letter, { registrationNumber: 'ВХ-118', registrationDate: '2026-03-01' });
  assert.deepEqual(request.attachments, attachments);
  assert.equal(request.person.email, 'aliya@example.org');
  assert.ok(staffCaseRequest.safeParse(JSON.parse(JSON.stringify(request))).success);
});

test('an empty form leaves validation to the server, which names each field', () => {
  const request = toStaffCaseRequest('front_office', emptyIntakeForm(null, '2026-03-02'), definitions, undefined);
  assert.equal(request.fields, undefined);
  const parsed = staffCaseRequest.safeParse(JSON.parse(JSON.stringify(request)));
  assert.equal(parsed.success, false);
  const paths = new Set(parsed.error!.issues.map((issue) => issue.path.join('.')));
  for (const path of ['topic', 'message', 'consent', 'person.name']) assert.ok(paths.has(path), `${path} in ${[...paths].join(', ')}`);
});

test('a datetime-local value is read as Almaty time', () => {
  assert.equal(almatyLocalToIso(''), undefined);
  assert.equal(almatyLocalToIso('2026-12-31T23:15'), '2026-12-31T23:15:00+05:00');
});
