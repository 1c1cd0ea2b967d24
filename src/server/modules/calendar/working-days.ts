/**
 * Working-day arithmetic on Kazakhstan's calendar: Monday to Friday, minus
 * holidays and moved days off, plus weekend days made working by decree.
 * Deadlines end at the close of business in Almaty time.
 */
export type DayKind = 'holiday' | 'day_off' | 'working_day';

export const almatyTimeZone = 'Asia/Almaty';
/** A deadline falls due at 18:00 local time of its last working day. */
const closeOfBusinessHour = 18;

const dayFormatter = new Intl.DateTimeFormat('en-CA', { timeZone: almatyTimeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
const offsetFormatter = new Intl.DateTimeFormat('en-US', { timeZone: almatyTimeZone, timeZoneName: 'longOffset' });

/** The calendar day (YYYY-MM-DD) an instant falls on in Almaty. */
export function almatyDay(instant: Date): string {
  return dayFormatter.format(instant);
}

/** Minutes Almaty is ahead of UTC at an instant (+300 since March 2024, +360 before). */
function almatyOffsetMinutes(instant: Date): number {
  const name = offsetFormatter.formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT+05:00';
  const match = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
  if (!match) return 300;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3] ?? 0));
}

/** The instant of a local time on a calendar day in Almaty. */
export function almatyInstant(day: string, hour: number): Date {
  const guess = new Date(`${day}T${String(hour).padStart(2, '0')}:00:00Z`);
  return new Date(guess.getTime() - almatyOffsetMinutes(guess) * 60_000);
}

export function shiftDay(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function isWeekend(day: string): boolean {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6;
}

export class WorkingCalendar {
  constructor(private readonly exceptions: ReadonlyMap<string, DayKind>) {}

  isWorkingDay(day: string): boolean {
    const kind = this.exceptions.get(day);
    if (kind === 'working_day') return true;
    if (kind === 'holiday' || kind === 'day_off') return false;
    return !isWeekend(day);
  }

  /**
   * The deadline n working days after an instant: the day it arrives does not
   * count, so an appeal received on a Friday evening with 1 day is due at the
   * close of Monday (or of the next working day after a holiday).
   */
  addWorkingDays(from: Date, workingDays: number): Date {
    let day = almatyDay(from);
    let left = workingDays;
    while (left > 0) {
      day = shiftDay(day, 1);
      if (this.isWorkingDay(day)) left -= 1;
    }
    return almatyInstant(day, closeOfBusinessHour);
  }

  /** Working days strictly after `from`'s day up to and including `to`'s day. */
  workingDaysBetween(from: Date, to: Date): number {
    const last = almatyDay(to);
    let day = almatyDay(from);
    let count = 0;
    while (day < last) {
      day = shiftDay(day, 1);
      if (this.isWorkingDay(day)) count += 1;
    }
    return count;
  }
}
