import type { CallOutcome, StaffCaseInput, StaffChannel, TopicField } from './support-intake.api';

/** A topic field's value as the inputs hold it; the list kinds keep their keys. */
export type FieldValue = string | number | string[];

export type PersonForm = {
  name: string;
  iin: string;
  passportNumber: string;
  phone: string;
  email: string;
  birthDate: string;
  address: string;
};
export type PersonFieldName = keyof PersonForm;

export type IntakeForm = {
  topic: string | null;
  message: string;
  language: StaffCaseInput['language'];
  region: string | null;
  consent: boolean;
  person: PersonForm;
  fields: Record<string, FieldValue>;
  documentsSeen: string[];
  call: { minutes: number | ''; seconds: number | ''; outcome: CallOutcome; callbackNeeded: boolean; callbackAt: string };
  letter: { registrationNumber: string; registrationDate: string };
  files: File[];
};

/** What each channel asks about the person: a caller gives a name and a number, a letter a postal address. */
export const personFieldsByChannel: Record<StaffChannel, PersonFieldName[]> = {
  front_office: ['name', 'iin', 'passportNumber', 'phone', 'birthDate'],
  call: ['name', 'phone', 'iin'],
  back_office: ['name', 'iin', 'birthDate', 'phone', 'email', 'address'],
};

export function emptyIntakeForm(region: string | null, today: string): IntakeForm {
  return {
    topic: null,
    message: '',
    language: 'kk',
    region,
    consent: false,
    person: { name: '', iin: '', passportNumber: '', phone: '', email: '', birthDate: '', address: '' },
    fields: {},
    documentsSeen: [],
    call: { minutes: '', seconds: '', outcome: 'case_opened', callbackNeeded: false, callbackAt: '' },
    letter: { registrationNumber: '', registrationDate: today },
    files: [],
  };
}

const filled = (value: string) => value.trim() || undefined;

/**
 * A datetime-local value carries no zone; operators work on Almaty time,
 * which has been UTC+5 all year round since March 2024.
 */
export const almatyLocalToIso = (value: string) => (value ? `${value.length === 16 ? `${value}:00` : value}+05:00` : undefined);

function topicValues(definitions: TopicField[], values: Record<string, FieldValue>): StaffCaseInput['fields'] {
  const result: NonNullable<StaffCaseInput['fields']> = {};
  for (const field of definitions) {
    const value = values[field.code];
    if (value === undefined || value === '' || (Array.isArray(value) && !value.length)) continue;
    result[field.code] = typeof value === 'string' ? value.trim() : value;
  }
  return Object.keys(result).length ? result : undefined;
}

/**
 * The request for POST /cases. Blank optional inputs are left out, so the
 * server checks only what the operator typed; each channel sends its own details.
 */
export function toStaffCaseRequest(
  channel: StaffChannel,
  form: IntakeForm,
  definitions: TopicField[],
  attachments: StaffCaseInput['attachments'],
): StaffCaseInput {
  const asked = new Set(personFieldsByChannel[channel]);
  const person = Object.fromEntries(
    (Object.entries(form.person) as Array<[PersonFieldName, string]>).filter(([key]) => asked.has(key)).map(([key, value]) => [key, filled(value)]),
  ) as Partial<PersonForm>;
  const base = {
    channel,
    topic: form.topic ?? '',
    message: form.message.trim(),
    consent: form.consent,
    language: form.language,
    region: form.region ?? undefined,
    person: { ...person, name: form.person.name.trim() },
    fields: topicValues(definitions, form.fields),
  };
  if (channel === 'front_office') return { ...base, walkIn: { documentsSeen: form.documentsSeen } };
  if (channel === 'call') {
    const { minutes, seconds, outcome, callbackNeeded, callbackAt } = form.call;
    return {
      ...base,
      call: {
        phoneNumber: form.person.phone.trim(),
        durationSeconds: Number(minutes || 0) * 60 + Number(seconds || 0),
        outcome,
        callbackNeeded,
        callbackDueAt: callbackNeeded ? almatyLocalToIso(callbackAt) : undefined,
      },
    };
  }
  return { ...base, letter: { ...form.letter, registrationNumber: form.letter.registrationNumber.trim() }, attachments };
}
