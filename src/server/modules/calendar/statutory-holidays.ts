import type { LocalizedText } from '../../../lib/contracts/localized';
import { isWeekend, shiftDay } from './working-days';

/**
 * Public holidays under the Law of the Republic of Kazakhstan "On holidays"
 * (No. 267-II of 13 December 2001, as amended in 2022). When a secular
 * holiday falls on a weekend, the next working day is a day off (Labour Code,
 * art. 85); religious holidays are not moved. Kurban ait follows the lunar
 * calendar: its date is announced each year by the Spiritual Administration
 * of Muslims of Kazakhstan, and admins correct it in the calendar if needed.
 */
export type StatutoryDay = { day: string; kind: 'holiday' | 'day_off'; name: LocalizedText; basis: string };

const law = 'Law of RK No. 267-II "On holidays in the Republic of Kazakhstan"';
const moveRule = 'Labour Code of RK, art. 85: a holiday on a weekend moves the day off to the next working day';

type Fixed = { monthDay: string; name: LocalizedText; religious?: boolean };

const fixedHolidays: Fixed[] = [
  { monthDay: '01-01', name: { kk: 'Жаңа жыл', ru: 'Новый год', en: 'New Year' } },
  { monthDay: '01-02', name: { kk: 'Жаңа жыл', ru: 'Новый год', en: 'New Year' } },
  { monthDay: '01-07', name: { kk: 'Православиелік Рождество', ru: 'Православное Рождество', en: 'Orthodox Christmas' }, religious: true },
  { monthDay: '03-08', name: { kk: 'Халықаралық әйелдер күні', ru: 'Международный женский день', en: "International Women's Day" } },
  { monthDay: '03-21', name: { kk: 'Наурыз мейрамы', ru: 'Наурыз мейрамы', en: 'Nauryz' } },
  { monthDay: '03-22', name: { kk: 'Наурыз мейрамы', ru: 'Наурыз мейрамы', en: 'Nauryz' } },
  { monthDay: '03-23', name: { kk: 'Наурыз мейрамы', ru: 'Наурыз мейрамы', en: 'Nauryz' } },
  { monthDay: '05-01', name: { kk: 'Қазақстан халқының бірлігі мерекесі', ru: 'Праздник единства народа Казахстана', en: 'Unity Day of the People of Kazakhstan' } },
  { monthDay: '05-07', name: { kk: 'Отан қорғаушы күні', ru: 'День защитника Отечества', en: 'Defender of the Fatherland Day' } },
  { monthDay: '05-09', name: { kk: 'Жеңіс күні', ru: 'День Победы', en: 'Victory Day' } },
  { monthDay: '07-06', name: { kk: 'Астана күні', ru: 'День Столицы', en: 'Capital Day' } },
  { monthDay: '08-30', name: { kk: 'Конституция күні', ru: 'День Конституции', en: 'Constitution Day' } },
  { monthDay: '10-25', name: { kk: 'Республика күні', ru: 'День Республики', en: 'Republic Day' } },
  { monthDay: '12-16', name: { kk: 'Тәуелсіздік күні', ru: 'День Независимости', en: 'Independence Day' } },
];

/** First day of Kurban ait as announced for each year. */
const kurbanAit: Record<number, string> = {
  2024: '2024-06-16',
  2025: '2025-06-06',
  2026: '2026-05-27',
  2027: '2027-05-16',
  2028: '2028-05-05',
};
const kurbanAitName: LocalizedText = { kk: 'Құрбан айт', ru: 'Курбан айт', en: 'Kurban Ait' };

export function statutoryHolidays(year: number): StatutoryDay[] {
  const holidays: Array<{ day: string; name: LocalizedText; religious: boolean }> = fixedHolidays.map((h) => ({
    day: `${year}-${h.monthDay}`,
    name: h.name,
    religious: h.religious ?? false,
  }));
  const kurban = kurbanAit[year];
  if (kurban) holidays.push({ day: kurban, name: kurbanAitName, religious: true });
  const taken = new Set(holidays.map((h) => h.day));
  const result: StatutoryDay[] = holidays.map((h) => ({ day: h.day, kind: 'holiday', name: h.name, basis: law }));
  for (const holiday of holidays) {
    if (holiday.religious || !isWeekend(holiday.day)) continue;
    let day = shiftDay(holiday.day, 1);
    while (isWeekend(day) || taken.has(day)) day = shiftDay(day, 1);
    taken.add(day);
    result.push({ day, kind: 'day_off', name: holiday.name, basis: moveRule });
  }
  return result.sort((a, b) => a.day.localeCompare(b.day));
}

export const kurbanAitYears = Object.keys(kurbanAit).map(Number);
