/**
 * The IIN (ЖСН/ИИН), Kazakhstan's 12-digit individual identification number:
 * YYMMDD of birth, a digit for century and sex, a 4-digit serial and a check
 * digit. The check digit uses two weight rows; a number whose check sum is 10
 * under both rows is never issued.
 */
export type IinInfo = { birthDate: string; sex: 'male' | 'female' | null };

export type IinProblem = 'format' | 'date' | 'checksum';

const firstWeights = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const secondWeights = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

function weightedSum(digits: number[], weights: number[]): number {
  return weights.reduce((sum, weight, i) => sum + weight * digits[i]!, 0) % 11;
}

export function iinCheckDigit(first11: string): number | null {
  const digits = [...first11].map(Number);
  let check = weightedSum(digits, firstWeights);
  if (check === 10) check = weightedSum(digits, secondWeights);
  return check === 10 ? null : check;
}

/** 7th digit → century; 0 was given to some people born abroad and says nothing about the century. */
const centuryOf: Record<string, number | null> = { '0': null, '1': 1800, '2': 1800, '3': 1900, '4': 1900, '5': 2000, '6': 2000 };

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function checkIin(raw: string): { ok: true; value: string; info: IinInfo } | { ok: false; problem: IinProblem } {
  const value = raw.replace(/[\s-]/g, '');
  if (!/^\d{12}$/.test(value)) return { ok: false, problem: 'format' };
  const marker = value[6]!;
  if (!(marker in centuryOf)) return { ok: false, problem: 'date' };
  const yy = Number(value.slice(0, 2));
  const month = Number(value.slice(2, 4));
  const day = Number(value.slice(4, 6));
  const century = centuryOf[marker] ?? null;
  // Without a century digit, the most recent century that makes the date real and not in the future.
  const year = century ?? (2000 + yy > new Date().getUTCFullYear() ? 1900 + yy : 2000 + yy);
  const fullYear = century === null ? year : century + yy;
  if (!isRealDate(fullYear, month, day)) return { ok: false, problem: 'date' };
  const check = iinCheckDigit(value.slice(0, 11));
  if (check === null || check !== Number(value[11])) return { ok: false, problem: 'checksum' };
  const sex = marker === '0' ? null : Number(marker) % 2 === 1 ? 'male' : 'female';
  const birthDate = `${String(fullYear).padStart(4, '0')}-${value.slice(2, 4)}-${value.slice(4, 6)}`;
  return { ok: true, value, info: { birthDate, sex } };
}

export function isValidIin(raw: string): boolean {
  return checkIin(raw).ok;
}

/** What roles without access to personal data see: the birth-date part stays hidden too. */
export function maskIin(iin: string): string {
  return `••••••••${iin.slice(-4)}`;
}
