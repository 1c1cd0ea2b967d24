import { and, asc, eq, gte, lte } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit';
import type { Executor } from '../../platform/db';
import { errors } from '../../platform/errors';
import type { RequestMeta } from '../../platform/http';
import { calendarDays } from './calendar.tables';
import type { CalendarDayDto, PutCalendarDayInput } from './calendar.schema';
import { statutoryHolidays } from './statutory-holidays';
import { WorkingCalendar, type DayKind } from './working-days';

type CalendarRow = typeof calendarDays.$inferSelect;

const toDto = (row: CalendarRow): CalendarDayDto => ({
  day: row.day,
  kind: row.kind as DayKind,
  name: { kk: row.nameKk, ru: row.nameRu, en: row.nameEn },
  basis: row.basis,
  updatedAt: row.updatedAt.toISOString(),
});

/** The years a fresh installation needs: last year to two years ahead. */
export function calendarYears(now = new Date()): number[] {
  const year = now.getUTCFullYear();
  return [year - 1, year, year + 1, year + 2];
}

/** Fills in the statutory holidays of the given years; days an admin already set are kept. */
export async function seedStatutoryHolidays(db: Executor, years: number[]): Promise<number> {
  const rows = years.flatMap((year) =>
    statutoryHolidays(year).map((d) => ({ day: d.day, kind: d.kind, nameKk: d.name.kk, nameRu: d.name.ru, nameEn: d.name.en, basis: d.basis })),
  );
  if (!rows.length) return 0;
  const inserted = await db.insert(calendarDays).values(rows).onConflictDoNothing().returning({ day: calendarDays.day });
  return inserted.length;
}

export async function listCalendarYear(db: Executor, year: number): Promise<CalendarDayDto[]> {
  const rows = await db
    .select()
    .from(calendarDays)
    .where(and(gte(calendarDays.day, `${year}-01-01`), lte(calendarDays.day, `${year}-12-31`)))
    .orderBy(asc(calendarDays.day));
  return rows.map(toDto);
}

/**
 * The calendar is read on every intake, so each process keeps it in memory
 * and reloads it after a minute or after an edit in this process.
 */
const cacheTtlMs = 60_000;
let cached: { calendar: WorkingCalendar; loadedAt: number } | null = null;

export function forgetWorkingCalendar(): void {
  cached = null;
}

export async function loadWorkingCalendar(db: Executor): Promise<WorkingCalendar> {
  if (cached && Date.now() - cached.loadedAt < cacheTtlMs) return cached.calendar;
  const rows = await db.select({ day: calendarDays.day, kind: calendarDays.kind }).from(calendarDays);
  const calendar = new WorkingCalendar(new Map(rows.map((r) => [r.day, r.kind as DayKind])));
  cached = { calendar, loadedAt: Date.now() };
  return calendar;
}

export async function putCalendarDay(db: Executor, meta: RequestMeta, day: string, input: PutCalendarDayInput): Promise<CalendarDayDto> {
  const values = { kind: input.kind, nameKk: input.name.kk, nameRu: input.name.ru, nameEn: input.name.en, basis: input.basis, updatedBy: meta.actor?.id ?? null, updatedAt: new Date() };
  const [row] = await db
    .insert(calendarDays)
    .values({ day, ...values })
    .onConflictDoUpdate({ target: calendarDays.day, set: values })
    .returning();
  await recordAudit(db, meta, { action: 'calendar_day.put', entityType: 'calendar_day', entityId: day, details: { kind: input.kind } });
  forgetWorkingCalendar();
  return toDto(row!);
}

export async function deleteCalendarDay(db: Executor, meta: RequestMeta, day: string): Promise<void> {
  const deleted = await db.delete(calendarDays).where(eq(calendarDays.day, day)).returning({ day: calendarDays.day });
  if (!deleted.length) throw errors.notFound('calendar_day');
  await recordAudit(db, meta, { action: 'calendar_day.delete', entityType: 'calendar_day', entityId: day });
  forgetWorkingCalendar();
}
