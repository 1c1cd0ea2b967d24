import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { statutoryHolidays } from './statutory-holidays';
import { almatyDay, WorkingCalendar, type DayKind } from './working-days';

const calendarOf = (year: number, extra: Array<[string, DayKind]> = []) =>
  new WorkingCalendar(new Map([...statutoryHolidays(year).map((d) => [d.day, d.kind] as [string, DayKind]), ...extra]));

describe('statutory holidays', () => {
  it('moves a secular holiday on a weekend to the next working day, but not a religious one', () => {
    // 2026-03-21 is a Saturday and 03-22 a Sunday: Nauryz moves two days off after the 23rd.
    const days = statutoryHolidays(2026);
    const offs = days.filter((d) => d.kind === 'day_off').map((d) => d.day);
    assert.ok(offs.includes('2026-03-24') && offs.includes('2026-03-25'), offs.join());
    // Orthodox Christmas 2028 falls on a Friday; Kurban ait 2027-05-16 on a Sunday and is not moved.
    assert.ok(!offs.some((d) => d.startsWith('2027-05-17')));
    assert.equal(new Set(days.map((d) => d.day)).size, days.length, 'no day listed twice');
  });
});

describe('working calendar', () => {
  it('counts working days from the day after arrival and skips weekends and holidays', () => {
    const calendar = calendarOf(2026);
    // Friday 2026-03-20, 15:00 Almaty. Nauryz 21–23 and the moved days off 24–25: due Friday 27th at 18:00.
    const arrived = new Date('2026-03-20T10:00:00Z');
    const due = calendar.addWorkingDays(arrived, 2);
    assert.equal(almatyDay(due), '2026-03-27');
    assert.equal(due.toISOString(), '2026-03-27T13:00:00.000Z');
    assert.equal(calendar.workingDaysBetween(arrived, due), 2);
  });

  it('a weekend day made working by decree counts', () => {
    const plain = calendarOf(2026);
    const withDecree = calendarOf(2026, [['2026-01-03', 'working_day']]);
    const arrived = new Date('2026-01-02T06:00:00Z');
    assert.equal(almatyDay(plain.addWorkingDays(arrived, 1)), '2026-01-05');
    assert.equal(almatyDay(withDecree.addWorkingDays(arrived, 1)), '2026-01-03');
  });

  it('an appeal late in the evening UTC belongs to the next Almaty day', () => {
    // 20:30 UTC on Thursday is 01:30 on Friday in Almaty (UTC+5).
    assert.equal(almatyDay(new Date('2026-11-26T20:30:00Z')), '2026-11-27');
  });
});
