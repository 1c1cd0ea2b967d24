import { z } from '@hono/zod-openapi';
import { createRouter, defineRoute, jsonBody, jsonContent, requestMeta } from '../../platform/http';
import { calendarDay, calendarDayParams, calendarYearQuery, putCalendarDayRequest, workingDaysQuery } from './calendar.schema';
import { deleteCalendarDay, listCalendarYear, loadWorkingCalendar, putCalendarDay } from './calendar.service';

const tags = ['Working-day calendar'];

const listYear = defineRoute({
  method: 'get',
  path: '/calendar/days',
  access: 'reference.read',
  tags,
  summary: 'Holidays, moved days off and working weekend days of a year',
  request: { query: calendarYearQuery },
  responses: { 200: jsonContent(z.object({ items: z.array(calendarDay) })) },
});

const putDay = defineRoute({
  method: 'put',
  path: '/calendar/days/{day}',
  access: 'reference.manage',
  tags,
  summary: 'Set a day as a holiday, a moved day off or a working day',
  request: { params: calendarDayParams, body: jsonBody(putCalendarDayRequest) },
  responses: { 200: jsonContent(calendarDay) },
});

const deleteDay = defineRoute({
  method: 'delete',
  path: '/calendar/days/{day}',
  access: 'reference.manage',
  tags,
  summary: 'Make a day ordinary again',
  request: { params: calendarDayParams },
  responses: { 204: { description: 'Removed' }, 404: jsonContent(z.unknown(), 'Not an exception') },
});

const deadline = defineRoute({
  method: 'get',
  path: '/calendar/deadline',
  access: 'reference.read',
  tags,
  summary: 'When a deadline of N working days from an instant falls due',
  request: { query: workingDaysQuery },
  responses: { 200: jsonContent(z.object({ dueAt: z.string() })) },
});

export function calendarRoutes() {
  return createRouter()
    .openapi(listYear, async (c) => c.json({ items: await listCalendarYear(c.var.db, c.req.valid('query').year) }, 200))
    .openapi(putDay, async (c) => {
      const { day } = c.req.valid('param');
      const item = await c.var.db.transaction((tx) => putCalendarDay(tx, requestMeta(c), day, c.req.valid('json')));
      return c.json(item, 200);
    })
    .openapi(deleteDay, async (c) => {
      const { day } = c.req.valid('param');
      await c.var.db.transaction((tx) => deleteCalendarDay(tx, requestMeta(c), day));
      return c.body(null, 204);
    })
    .openapi(deadline, async (c) => {
      const { from, days } = c.req.valid('query');
      const calendar = await loadWorkingCalendar(c.var.db);
      return c.json({ dueAt: calendar.addWorkingDays(new Date(from), days).toISOString() }, 200);
    });
}
