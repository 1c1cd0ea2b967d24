import type { Language } from '../../../app/i18n';
import type { AppealInput, AppealTopic, TopicField } from './appeal.api';

/** The form as typed: every input a string, the topic's own fields by their code. */
export type AppealFormValues = {
  topic: string;
  message: string;
  name: string;
  iin: string;
  phone: string;
  email: string;
  telegram: string;
  birthDate: string;
  region: string;
  fields: Record<string, string | string[]>;
  consent: boolean;
  /** The trap field: people never see it, bots fill it. */
  website: string;
};

export const emptyAppealForm = (): AppealFormValues => ({
  topic: '',
  message: '',
  name: '',
  iin: '',
  phone: '',
  email: '',
  telegram: '',
  birthDate: '',
  region: '',
  fields: {},
  consent: false,
  website: '',
});

export const minMessageLength = 10;

/**
 * The problems the form can see before sending, keyed like the server's
 * field errors ("person.iin", "fields.family_size") and valued with a
 * problem code (the text is appeal.problem_<code>). The server checks everything again and has the last word.
 */
export function formProblems(values: AppealFormValues, topic: AppealTopic | undefined): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!values.topic) problems.topic = 'topic';
  if (values.message.trim().length < minMessageLength) problems.message = 'message';
  if (values.name.trim().length < 2) problems['person.name'] = 'name';
  const iin = values.iin.replace(/\s/g, '');
  if (iin && !/^\d{12}$/.test(iin)) problems['person.iin'] = 'iin';
  if (values.email.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email.trim())) problems['person.email'] = 'email';
  if (values.telegram.trim() && !telegramHandle(values.telegram)) problems['person.telegram'] = 'telegram';
  for (const field of topic?.fields ?? []) {
    const value = values.fields[field.code];
    const empty = value === undefined || (Array.isArray(value) ? value.length === 0 : value.trim() === '');
    if (field.required && empty) problems[`fields.${field.code}`] = 'required';
    else if (!empty && field.datatype === 'number' && !/^-?\d+([.,]\d+)?$/.test(String(value).trim())) problems[`fields.${field.code}`] = 'number';
  }
  if (!values.consent) problems.consent = 'consent';
  return problems;
}

/** "@name", "name" or a numeric id, as the server takes it; null when it is none of these. */
export function telegramHandle(text: string): string | null {
  const value = text.trim().replace(/^https?:\/\/t\.me\//i, '');
  if (/^\d{3,20}$/.test(value)) return value;
  const name = value.replace(/^@/, '');
  return /^[A-Za-z0-9_]{5,32}$/.test(name) ? `@${name}` : null;
}

function fieldValues(values: AppealFormValues, fields: TopicField[]): Record<string, string | number | string[]> | undefined {
  const result: Record<string, string | number | string[]> = {};
  for (const field of fields) {
    const value = values.fields[field.code];
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      if (value.length) result[field.code] = value;
      continue;
    }
    const text = value.trim();
    if (!text) continue;
    result[field.code] = field.datatype === 'number' ? Number(text.replace(',', '.')) : text;
  }
  return Object.keys(result).length ? result : undefined;
}

type Extras = {
  language: Language;
  proof: { challenge: string; nonce: string } | null;
  attachments: Array<{ fileName: string; contentBase64: string }>;
};

/** The request body: blank optional inputs are left out rather than sent empty, which the server would refuse. */
export function toAppealRequest(values: AppealFormValues, topic: AppealTopic | undefined, extras: Extras): AppealInput {
  const optional = (text: string) => text.trim() || undefined;
  const person: AppealInput['person'] = { name: values.name.trim() };
  const iin = values.iin.replace(/\s/g, '');
  if (iin) person.iin = iin;
  if (optional(values.phone)) person.phone = values.phone.trim();
  if (optional(values.email)) person.email = values.email.trim();
  if (optional(values.telegram)) person.telegram = telegramHandle(values.telegram) ?? values.telegram.trim();
  if (values.birthDate) person.birthDate = values.birthDate;
  const fields = fieldValues(values, topic?.fields ?? []);
  return {
    topic: values.topic,
    message: values.message.trim(),
    consent: values.consent,
    language: extras.language,
    person,
    ...(values.region ? { region: values.region } : {}),
    ...(fields ? { fields } : {}),
    ...(extras.attachments.length ? { attachments: extras.attachments } : {}),
    ...(extras.proof ? { proof: extras.proof } : {}),
    ...(values.website ? { website: values.website } : {}),
  };
}

/** A fresh key per filled form: random, and available on plain http too, unlike crypto.randomUUID. */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `appeal-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}
