import { z } from '@hono/zod-openapi';
import { createRouter, defineRoute, jsonBody, jsonContent, requestMeta } from '../../platform/http';
import {
  createdStaffUser,
  createStaffUserRequest,
  staffUser,
  staffUserListQuery,
  updateStaffUserRequest,
} from './staff.schema';
import { createStaffUser, getStaffUser, listStaffUsers, resetStaffPassword, updateStaffUser } from './staff.service';

const tags = ['Staff'];
const idParams = z.object({ id: z.uuid() });

const list = defineRoute({
  method: 'get',
  path: '/staff/users',
  access: 'staff.manage',
  tags,
  summary: 'List staff accounts',
  request: { query: staffUserListQuery },
  responses: { 200: jsonContent(z.object({ items: z.array(staffUser) })) },
});

const create = defineRoute({
  method: 'post',
  path: '/staff/users',
  access: 'staff.manage',
  tags,
  summary: 'Create a staff account',
  request: { body: jsonBody(createStaffUserRequest) },
  responses: { 201: jsonContent(createdStaffUser, 'Created; a generated password is shown once') },
});

const read = defineRoute({
  method: 'get',
  path: '/staff/users/{id}',
  access: 'staff.manage',
  tags,
  summary: 'One staff account',
  request: { params: idParams },
  responses: { 200: jsonContent(staffUser), 404: jsonContent(z.unknown(), 'No such account') },
});

const update = defineRoute({
  method: 'patch',
  path: '/staff/users/{id}',
  access: 'staff.manage',
  tags,
  summary: 'Rename, re-role, move, disable or enable a staff account',
  request: { params: idParams, body: jsonBody(updateStaffUserRequest) },
  responses: { 200: jsonContent(staffUser), 404: jsonContent(z.unknown(), 'No such account') },
});

const resetPassword = defineRoute({
  method: 'post',
  path: '/staff/users/{id}/password-reset',
  access: 'staff.manage',
  tags,
  summary: 'Issue a new generated password, to be changed at next sign-in',
  request: { params: idParams },
  responses: { 200: jsonContent(z.object({ generatedPassword: z.string() })), 404: jsonContent(z.unknown(), 'No such account') },
});

export function staffRoutes() {
  return createRouter()
    .openapi(list, async (c) => {
      const query = c.req.valid('query');
      const items = await listStaffUsers(c.var.db, requestMeta(c), {
        role: query.role,
        active: query.active === undefined ? undefined : query.active === 'true',
        q: query.q,
      });
      return c.json({ items }, 200);
    })
    .openapi(create, async (c) => {
      const created = await c.var.db.transaction((tx) => createStaffUser(tx, requestMeta(c), c.req.valid('json')));
      return c.json(created, 201);
    })
    .openapi(read, async (c) => c.json(await getStaffUser(c.var.db, requestMeta(c), c.req.valid('param').id), 200))
    .openapi(update, async (c) => {
      const { id } = c.req.valid('param');
      const updated = await c.var.db.transaction((tx) => updateStaffUser(tx, requestMeta(c), id, c.req.valid('json')));
      return c.json(updated, 200);
    })
    .openapi(resetPassword, async (c) => {
      const { id } = c.req.valid('param');
      const generatedPassword = await c.var.db.transaction((tx) => resetStaffPassword(tx, requestMeta(c), id));
      return c.json({ generatedPassword }, 200);
    });
}
