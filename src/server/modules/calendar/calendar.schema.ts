import { z } from '@hono/zod-openapi';
import { localizedText } from '../../../lib/contracts/localized';

export const dayKind = z.enum(['holiday', 'day_off', 'working_day']);
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), 'not a calendar date');

export const calendarDay = z
  .object({
    day: z.string(),
    kind: dayKind,
    name: localizedText,
    basis: z.string(),
    updatedAt: z.string(),
  })
  .openapi('CalendarDay');
export type CalendarDayDto = z.infer<typeof calendarDay>;

export const calendarYearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
export const calendarDayParams = z.object({ day: isoDay });
export const putCalendarDayRequest = z
  .object({ kind: dayKind, name: localizedText, basis: z.string().trim().min(1).max(500) })
  .strict()
  .openapi('PutCalendarDayRequest');
export type PutCalendarDayInput = z.infer<typeof putCalendarDayRequest>;

export const workingDaysQuery = z.object({
  from: z.iso.datetime({ offset: true }),
  // A string in the contract so the OpenAPI document marks it required (coerced numbers read as optional).
  days: z.string().regex(/^\d{1,3}$/).transform(Number).pipe(z.number().max(365)),
});
