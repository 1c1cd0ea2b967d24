export { calendarRoutes } from './calendar.routes';
export { calendarYears, deleteCalendarDay, forgetWorkingCalendar, listCalendarYear, loadWorkingCalendar, putCalendarDay, seedStatutoryHolidays } from './calendar.service';
export { statutoryHolidays } from './statutory-holidays';
export { almatyDay, almatyInstant, shiftDay, WorkingCalendar, type DayKind } from './working-days';
export * from './calendar.schema';
