import { defaultTimeZone, formatDate, formatDateTime, formatNumber, type Language } from '../../lib/i18n/core';

/**
 * Some browsers ship without Kazakh locale data (Chromium builds with a
 * trimmed ICU print "2026 M11 27"). There we compose the CLDR Kazakh pattern
 * ("2026 ж. 27 қар., 15:29") ourselves; everywhere else Intl does the work.
 */
const kazakhMonths = ['қаң.', 'ақп.', 'нау.', 'сәу.', 'мам.', 'мау.', 'шіл.', 'там.', 'қыр.', 'қаз.', 'қар.', 'жел.'];

let kazakhSupported: boolean | undefined;
function browserKnowsKazakh(): boolean {
  kazakhSupported ??= /[а-яәғқңөұүһі]/i.test(new Intl.DateTimeFormat('kk-KZ', { month: 'short' }).format(new Date(Date.UTC(2026, 10, 15))));
  return kazakhSupported;
}

function almatyParts(value: Date | string): Record<string, string> {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: defaultTimeZone,
    year: 'numeric',
    month: 'numeric',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(value));
  return Object.fromEntries(parts.map((part) => [part.type, part.value]));
}

function kazakhDate(value: Date | string): string {
  const p = almatyParts(value);
  return `${p.year} ж. ${p.day} ${kazakhMonths[Number(p.month) - 1] ?? p.month}`;
}

export function dateTime(value: Date | string, language: Language): string {
  if (language !== 'kk' || browserKnowsKazakh()) return formatDateTime(value, language);
  const p = almatyParts(value);
  return `${kazakhDate(value)}, ${p.hour}:${p.minute}`;
}

export function date(value: Date | string, language: Language): string {
  if (language !== 'kk' || browserKnowsKazakh()) return formatDate(value, language);
  return kazakhDate(value);
}

export function number(value: number, language: Language): string {
  // Kazakh groups digits like Russian: a narrow space, and a decimal comma.
  return formatNumber(value, language === 'kk' && !browserKnowsKazakh() ? 'ru' : language);
}
