import { randomUUID } from 'node:crypto';
import type { SeededRandom } from '../../../lib/random';
import { toPassportLatin } from '../../../lib/text/transliteration';
import { almatyInstant, shiftDay, type WorkingCalendar } from '../calendar';
import { priorityRegions2025 } from '../kato';
import { planLifecycle, type Lifecycle } from './support.demo.lifecycle';
import { makeApplicant, pick, russianKeyboardSpelling, weighted, writtenName, type DemoApplicant } from './support.demo.people';
import { questions, type DemoLanguage } from './support.demo.texts';
import type { Channel } from './support.schema';

export type DemoPeriod = { from: string; to: string };

/**
 * Appeals over the half-year by channel, as the foundation's report counts
 * them for January–June 2021 (2,375 in all): front offices 1,227, the
 * contact center 440 calls, the back office 177 written applications, and
 * 531 messages by messengers, social networks and e-mail (here e-mail,
 * Telegram and the portal's form).
 */
export const demoChannelCounts: Readonly<Partial<Record<Channel, number>>> = { front_office: 1227, call: 440, back_office: 177, email: 180, telegram: 220, web: 131 };

/** The nine front offices that worked in January–June 2021, weighted by how busy they are. */
export const demoFrontOffices = [
  { code: '750000000', weight: 16 }, // Almaty
  { code: '710000000', weight: 12 }, // Astana
  { code: '190000000', weight: 14 }, // Almaty region
  { code: '310000000', weight: 11 }, // Zhambyl
  { code: '630000000', weight: 12 }, // East Kazakhstan
  { code: '350000000', weight: 10 }, // Karaganda
  { code: '110000000', weight: 9 }, // Akmola
  { code: '390000000', weight: 8 }, // Kostanay
  { code: '550000000', weight: 8 }, // Pavlodar
];
/** Where applicants live: the front offices' regions, the other priority regions for resettlement, the south. */
const homeRegions = [
  ...demoFrontOffices,
  ...priorityRegions2025.codes.filter((code) => !demoFrontOffices.some((f) => f.code === code)).map((code) => ({ code, weight: 4 })),
  { code: '610000000', weight: 6 }, // Turkestan
  { code: '470000000', weight: 5 }, // Mangystau
  { code: '790000000', weight: 4 }, // Shymkent
  { code: '330000000', weight: 3 }, // Zhetisu
];

const topicWeights = (overrides: Record<string, number> = {}) =>
  Object.entries({ iin: 17, kandas_status: 20, residence_permit: 11, citizenship: 12, regional_quota: 14, temporary_registration: 5, housing: 5, employment: 6, education: 3, social_benefits: 3, other: 4, ...overrides }).map(([code, weight]) => ({ code, weight }));
const topicsByChannel: Partial<Record<Channel, Array<{ code: string; weight: number }>>> = {
  back_office: topicWeights({ citizenship: 22, residence_permit: 18, kandas_status: 14, regional_quota: 12, education: 8, social_benefits: 8, iin: 4, temporary_registration: 2 }),
  call: topicWeights({ other: 9 }),
};

export type DemoTopic = { deadlineWorkingDays: number; team: string; documents: string[] };

export type PlannedCase = Lifecycle & {
  channel: Channel;
  topicCode: string;
  team: string;
  regionCode: string | null;
  language: DemoLanguage;
  personId: string;
  applicantName: string;
  message: string;
  fields: Record<string, unknown>;
  documentsSeen: string[];
  channelDetails: Record<string, unknown>;
  consent: boolean;
  createdAt: Date;
  /** Identifiers the applicant gave in this appeal, in their stored form. */
  presented: Array<{ kind: 'iin' | 'phone' | 'email' | 'telegram'; value: string }>;
};

export type PlannedPerson = {
  id: string;
  fullName: string;
  nameLatin: string;
  birthDate: string | null;
  iin: string | null;
  country: string;
  regionCode: string | null;
  language: DemoLanguage;
  createdAt: Date;
  /** Left for the background matcher: a differently spelled record of someone already registered. */
  matchPending: boolean;
};

const staffChannels: readonly Channel[] = ['front_office', 'call', 'back_office'];
const hour = 3_600_000;

/** Local hour (fractional) an appeal arrives: offices and the phone line keep office hours, messages come any time. */
function arrivalHour(next: SeededRandom, channel: Channel): number {
  if (staffChannels.includes(channel)) {
    let h = 9 + next() * 9;
    // Fewer walk-ins over lunch.
    if (h >= 13 && h < 14 && next() < 0.6) h = 9 + next() * 4;
    return h;
  }
  return next() < 0.75 ? 9 + next() * 10 : pick(next, [7, 8, 19, 20, 21, 22, 23]) + next();
}

/** The days of the period with each channel's weight: offices only on working days, busier in spring. */
function dayWeights(calendar: WorkingCalendar, period: DemoPeriod, channel: Channel) {
  const days: Array<{ day: string; weight: number }> = [];
  for (let d = period.from; d <= period.to; d = shiftDay(d, 1)) days.push({ day: d, weight: 0 });
  days.forEach((entry, i) => {
    const working = calendar.isWorkingDay(entry.day);
    const base = staffChannels.includes(channel) ? (working ? 1 : 0) : working ? 1 : 0.4;
    entry.weight = base * (0.8 + (0.4 * i) / days.length);
  });
  return days;
}

const fill = (text: string, next: SeededRandom, person: DemoApplicant, language: DemoLanguage) =>
  text
    .replace('{from}', person.origin.from[language])
    .replace('{family}', String(2 + Math.floor(next() * 6)))
    .replace('{years}', String(2 + Math.floor(next() * 7)));

const closings: Record<DemoLanguage, string[]> = { kk: ['Рахмет!', 'Алдын ала рахмет.', ''], ru: ['Спасибо!', 'Заранее спасибо.', ''], en: ['Thank you.', ''] };

function topicFields(next: SeededRandom, topicCode: string, channel: Channel): Record<string, unknown> {
  if (topicCode === 'kandas_status' || topicCode === 'regional_quota') return next() < 0.6 ? { family_size: 1 + Math.floor(next() * 7) } : {};
  if (topicCode === 'citizenship' && channel !== 'call') return { former_citizenship_renounced: pick(next, ['yes', 'in_progress', 'no']) };
  return {};
}

function channelDetails(next: SeededRandom, channel: Channel, person: DemoApplicant, createdAt: Date, letterSerial: number, subject: string) {
  switch (channel) {
    case 'call': {
      const durationSeconds = 60 + Math.floor(next() * 840);
      return { phoneNumber: person.phone, durationSeconds, outcome: 'consultation', callbackNeeded: false };
    }
    case 'back_office':
      return { registrationNumber: `ЖТ-${letterSerial}`, registrationDate: createdAt.toISOString().slice(0, 10) };
    case 'email':
      return { from: person.email, messageId: `<${createdAt.getTime().toString(36)}.${person.telegram}@${person.email.split('@')[1]}>`, subject, to: 'komek@example.org' };
    case 'telegram':
      return { chatId: Number(person.telegram), userId: Number(person.telegram), username: null };
    default:
      return {};
  }
}

/** Identifiers an applicant gives through a channel; one who comes back always leaves a phone, so the records link. */
function presentedIdentifiers(next: SeededRandom, channel: Channel, person: DemoApplicant, recurring: boolean): PlannedCase['presented'] {
  const given: PlannedCase['presented'] = [];
  const phone = { kind: 'phone' as const, value: person.phone };
  const iin = person.iin ? [{ kind: 'iin' as const, value: person.iin }] : [];
  if (channel === 'front_office' || channel === 'back_office') given.push(phone, ...iin);
  else if (channel === 'call') given.push(phone);
  else if (channel === 'email') given.push({ kind: 'email', value: person.email }, ...(recurring ? [phone] : []));
  else if (channel === 'telegram') given.push({ kind: 'telegram', value: person.telegram }, ...(recurring ? [phone] : []));
  else given.push(phone, ...(next() < 0.5 ? [{ kind: 'email' as const, value: person.email }] : []), ...(next() < 0.4 ? iin : []));
  return given;
}

type PersonState = { applicant: DemoApplicant; channels: Set<Channel>; cases: number; last: Date; recurring: boolean; twinOf: string | null; record: PlannedPerson | null };

/**
 * The half-year's appeals, people and histories. The same seed gives the same
 * data; ids are fresh.
 */
export function planDemoCases(
  next: SeededRandom,
  input: { calendar: WorkingCalendar; period: DemoPeriod; topics: Map<string, DemoTopic>; asOf: Date },
): { cases: PlannedCase[]; people: PlannedPerson[] } {
  const { calendar, period, topics, asOf } = input;
  const arrivals: Array<{ channel: Channel; createdAt: Date }> = [];
  for (const [channel, count] of Object.entries(demoChannelCounts) as Array<[Channel, number]>) {
    const days = dayWeights(calendar, period, channel);
    for (let i = 0; i < count; i += 1) {
      const { day } = weighted(next, days);
      arrivals.push({ channel, createdAt: new Date(almatyInstant(day, 0).getTime() + arrivalHour(next, channel) * hour) });
    }
  }
  arrivals.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());

  const taken = new Set<string>();
  const states: PersonState[] = [];
  const comeBack: PersonState[] = [];
  const twinSources: PersonState[] = [];
  let twins = 0;
  let letterSerial = 0;
  const cases: PlannedCase[] = [];
  for (const { channel, createdAt } of arrivals) {
    let state = comeBack.length && next() < 0.2 ? pick(next, comeBack.slice(-80)) : undefined;
    if (state && (state.channels.has(channel) || state.cases >= 3 || createdAt.getTime() - state.last.getTime() < 24 * hour)) state = undefined;
    if (!state && twins < 12 && channel !== 'front_office' && twinSources.length > 20 && next() < 0.03) {
      // Someone registered before writes again under another spelling, without an IIN: the matcher proposes the pair.
      const source = twinSources.splice(Math.floor(next() * twinSources.length), 1)[0]!;
      const fresh = makeApplicant(next, randomUUID(), taken);
      const variant = twins % 2 === 0 ? russianKeyboardSpelling(source.applicant.name) : toPassportLatin(source.applicant.name, 'kk');
      const applicant = { ...fresh, name: variant, sex: source.applicant.sex, birthDate: source.applicant.birthDate, origin: source.applicant.origin, language: source.applicant.language, iin: null, script: 'cyrillic' as const };
      state = { applicant, channels: new Set(), cases: 0, last: createdAt, recurring: false, twinOf: source.applicant.id, record: null };
      states.push(state);
      twins += 1;
    }
    if (!state) {
      const recurring = next() < 0.12;
      state = { applicant: makeApplicant(next, randomUUID(), taken), channels: new Set(), cases: 0, last: createdAt, recurring, twinOf: null, record: null };
      states.push(state);
      if (recurring) comeBack.push(state);
      else if (channel === 'front_office') twinSources.push(state);
    }
    const person = state.applicant;
    const language = person.language;
    const topicCode = weighted(next, topicsByChannel[channel] ?? topicWeights()).code;
    const topic = topics.get(topicCode)!;
    const closing = staffChannels.includes(channel) ? '' : pick(next, closings[language]);
    const message = [fill(pick(next, questions[topicCode]![language]), next, person, language), closing].filter(Boolean).join(' ');
    const home = state.record?.regionCode ?? (person.phone.startsWith('+7') ? weighted(next, homeRegions).code : null);
    const regionCode = channel === 'front_office' ? (demoFrontOffices.some((f) => f.code === home) ? home : weighted(next, demoFrontOffices).code) : home;
    if (channel === 'back_office') letterSerial += 1;
    const details = channelDetails(next, channel, person, createdAt, letterSerial, message.split(/(?<=[.!?])\s/)[0] ?? '');
    const lifecycle = planLifecycle(next, calendar, { channel, topicCode, language, createdAt, deadlineWorkingDays: topic.deadlineWorkingDays, callSeconds: Number(details.durationSeconds ?? 0) }, asOf);
    if (channel === 'call' && lifecycle.status !== 'closed') details.outcome = 'case_opened';
    const applicantName = writtenName(person, channel);
    if (!state.record) {
      const knowsBirth = channel === 'front_office' || channel === 'back_office' || channel === 'web' || next() < 0.4;
      state.record = {
        id: person.id,
        fullName: applicantName,
        nameLatin: toPassportLatin(applicantName, 'kk'),
        birthDate: knowsBirth || state.twinOf ? person.birthDate : null,
        iin: null,
        country: person.origin.country,
        regionCode,
        language,
        createdAt,
        matchPending: state.twinOf !== null,
      };
    }
    const presented = presentedIdentifiers(next, channel, person, state.recurring);
    if (presented.some((p) => p.kind === 'iin')) state.record.iin = person.iin;
    cases.push({
      ...lifecycle,
      channel,
      topicCode,
      team: topic.team,
      regionCode,
      language,
      personId: person.id,
      applicantName,
      message,
      fields: topicFields(next, topicCode, channel),
      documentsSeen: channel === 'front_office' ? topic.documents.filter(() => next() < 0.7) : [],
      channelDetails: details,
      consent: channel !== 'email' && channel !== 'telegram',
      createdAt,
      presented,
    });
    state.channels.add(channel);
    state.cases += 1;
    state.last = createdAt;
  }
  return { cases, people: states.map((s) => s.record!) };
}
