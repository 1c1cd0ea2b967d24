import { z } from '@hono/zod-openapi';
import { createRouter, defineRoute, jsonBody, jsonContent } from '../../platform/http';
import { listNotifications, markNotificationsRead } from './notifications';
import { markReadRequest, notificationListQuery, notificationPage } from './notifications.schema';

const tags = ['Staff notifications'];

const list = defineRoute({
  method: 'get',
  path: '/notifications',
  access: 'cases.work',
  tags,
  summary: 'My notices (assigned, reopened, deadline near), newest first, with the unread count',
  request: { query: notificationListQuery },
  responses: { 200: jsonContent(notificationPage) },
});

const markRead = defineRoute({
  method: 'post',
  path: '/notifications/read',
  access: 'cases.work',
  tags,
  summary: 'Mark some of my notices, or all of them, as read',
  request: { body: jsonBody(markReadRequest) },
  responses: { 200: jsonContent(z.object({ marked: z.number(), unread: z.number() })) },
});

export function notificationRoutes() {
  return createRouter()
    .openapi(list, async (c) => c.json(await listNotifications(c.var.db, c.var.actor!.id, c.req.valid('query')), 200))
    .openapi(markRead, async (c) => c.json(await markNotificationsRead(c.var.db, c.var.actor!.id, c.req.valid('json')), 200));
}
