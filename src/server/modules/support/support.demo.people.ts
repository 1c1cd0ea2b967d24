import { iinCheckDigit } from '../../../lib/identity';
import type { SeededRandom } from '../../../lib/random';
import { cyrillicToTote, toPassportLatin } from '../../../lib/text/transliteration';
import type { Channel } from './support.schema';
import { familyRoots, femaleNames, maleNames, origins, type DemoLanguage, type Origin } from './support.demo.texts';

/** A generated applicant, before the channels they write through are known. */
export type DemoApplicant = {
  id: string;
  sex: 'male' | 'female';
  /** The name as documents give it, in Kazakh Cyrillic. */
  name: string;
  birthDate: string;
  origin: Origin;
  language: DemoLanguage;
  /** Issued IIN; null for those who have not got one yet. */
  iin: string | null;
  phone: string;
  email: string;
  telegram: string;
  /** How this person writes their own name when they type it: staff always write Cyrillic. */
  script: 'cyrillic' | 'latin' | 'tote';
};

export const weighted = <T extends { weight: number }>(next: SeededRandom, items: readonly T[]): T => {
  const total = items.reduce((sum, i) => sum + i.weight, 0);
  let at = next() * total;
  for (const item of items) if ((at -= item.weight) < 0) return item;
  return items[items.length - 1]!;
};
export const pick = <T>(next: SeededRandom, items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
const digits = (next: SeededRandom, n: number) => Array.from({ length: n }, () => Math.floor(next() * 10)).join('');

/** A valid IIN for a birth date: the 7th digit gives century and sex, the last one is the check digit. */
export function demoIin(birthDate: string, sex: 'male' | 'female', serial: number): string {
  const century = birthDate < '2000' ? (sex === 'male' ? 3 : 4) : sex === 'male' ? 5 : 6;
  const yymmdd = birthDate.slice(2, 4) + birthDate.slice(5, 7) + birthDate.slice(8, 10);
  for (let s = serial; ; s = (s + 1) % 10_000) {
    const first11 = `${yymmdd}${century}${String(s).padStart(4, '0')}`;
    const check = iinCheckDigit(first11);
    if (check !== null) return `${first11}${check}`;
  }
}

/** Kazakh mobile prefixes; Russian ones start with 9. */
const kzMobile = ['700', '701', '702', '705', '707', '708', '747', '771', '775', '776', '777', '778'];

function phoneFor(next: SeededRandom, origin: Origin, arrived: boolean): string {
  if (arrived || origin.country === 'RU' && next() < 0.5) return `+7${pick(next, kzMobile)}${digits(next, 7)}`;
  switch (origin.country) {
    case 'RU': return `+79${digits(next, 9)}`;
    case 'CN': return `+861${pick(next, ['3', '5', '8'])}${digits(next, 9)}`;
    case 'MN': return `+976${pick(next, ['88', '99', '95'])}${digits(next, 6)}`;
    case 'UZ': return `+9989${pick(next, ['0', '1', '3', '4', '7'])}${digits(next, 7)}`;
    case 'TR': return `+905${digits(next, 9)}`;
    case 'TM': return `+9936${digits(next, 7)}`;
    default: return `+996${pick(next, ['55', '70', '77'])}${digits(next, 7)}`;
  }
}

function languageOf(next: SeededRandom, origin: Origin): DemoLanguage {
  const r = next();
  switch (origin.country) {
    case 'CN': case 'MN': return r < 0.95 ? 'kk' : 'ru';
    case 'RU': return r < 0.8 ? 'ru' : 'kk';
    case 'TR': return r < 0.6 ? 'en' : 'kk';
    case 'KG': return r < 0.5 ? 'ru' : 'kk';
    default: return r < 0.68 ? 'kk' : r < 0.96 ? 'ru' : 'en';
  }
}

function scriptOf(next: SeededRandom, origin: Origin): DemoApplicant['script'] {
  const r = next();
  if (origin.country === 'TR') return 'latin';
  if (origin.country === 'CN') return r < 0.15 ? 'tote' : r < 0.3 ? 'latin' : 'cyrillic';
  if (origin.country === 'UZ' || origin.country === 'MN') return r < 0.3 ? 'latin' : 'cyrillic';
  return 'cyrillic';
}

function birthDateOf(next: SeededRandom): string {
  // Mostly working-age adults; some pensioners and some young people.
  const year = 1950 + Math.floor(Math.pow(next(), 0.8) * 55);
  const month = 1 + Math.floor(next() * 12);
  const day = 1 + Math.floor(next() * 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function fullName(next: SeededRandom, sex: 'male' | 'female', origin: Origin): string {
  const first = pick(next, sex === 'male' ? maleNames : femaleNames);
  const root = pick(next, familyRoots);
  // China and Mongolia often keep the father's name, Kazakhstan the -ов/-ова form.
  const bareFather = (origin.country === 'CN' || origin.country === 'MN') && next() < 0.5;
  const family = bareFather ? pick(next, maleNames) : next() < 0.25 ? (sex === 'male' ? root.uly : root.uly.replace(/ұлы$/, 'қызы')) : sex === 'male' ? root.ov : `${root.ov}а`;
  return `${family} ${first}`;
}

const emailDomains = ['example.org', 'example.com', 'example.net'];

export function makeApplicant(next: SeededRandom, id: string, taken: Set<string>): DemoApplicant {
  const sex = next() < 0.52 ? 'male' : 'female';
  const origin = weighted(next, origins);
  const name = fullName(next, sex, origin);
  const birthDate = birthDateOf(next);
  let phone = phoneFor(next, origin, next() < 0.75);
  while (taken.has(phone)) phone = phoneFor(next, origin, true);
  taken.add(phone);
  let iin: string | null = null;
  if (next() < 0.62) {
    iin = demoIin(birthDate, sex, Math.floor(next() * 10_000));
    while (taken.has(iin)) iin = demoIin(birthDate, sex, Number(iin.slice(7, 11)) + 1);
    taken.add(iin);
  }
  const latin = toPassportLatin(name, 'kk').toLowerCase().split(' ');
  const email = `${latin[1]}.${latin[0]}${digits(next, 2)}@${pick(next, emailDomains)}`;
  const telegram = String(100_000_000 + Math.floor(next() * 6_900_000_000));
  return { id, sex, name, birthDate, origin, language: languageOf(next, origin), iin, phone, email, telegram, script: scriptOf(next, origin) };
}

const staffChannels: readonly Channel[] = ['front_office', 'call', 'back_office'];

/** The name as it arrives through a channel: staff type Cyrillic, applicants their own script. */
export function writtenName(person: DemoApplicant, channel: Channel): string {
  if (staffChannels.includes(channel) || person.script === 'cyrillic') return person.name;
  if (person.script === 'tote') return cyrillicToTote(person.name);
  const [family = '', first = ''] = toPassportLatin(person.name, 'kk').split(' ');
  const cap = (s: string) => s.charAt(0) + s.slice(1).toLowerCase();
  return `${cap(first)} ${cap(family)}`;
}

/** The same name typed on a Russian keyboard: how another office may have registered the same person. */
export function russianKeyboardSpelling(name: string): string {
  const map: Record<string, string> = { ә: 'а', ғ: 'г', қ: 'к', ң: 'н', ө: 'о', ұ: 'у', ү: 'у', һ: 'х', і: 'и', Ә: 'А', Ғ: 'Г', Қ: 'К', Ң: 'Н', Ө: 'О', Ұ: 'У', Ү: 'У', І: 'И' };
  return [...name].map((ch) => map[ch] ?? ch).join('');
}
