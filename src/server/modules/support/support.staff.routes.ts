import { z } from '@hono/zod-openapi';
import { createRouter, defineRoute, jsonBody, jsonContent, requestMeta } from '../../platform/http';
import { assigneeDto, assigneesQuery, listAssignees } from './assignees';
import { decodeAttachments } from './attachments';
import { cannedAnswers } from './canned-answers.service';
import { completeTask, dueTasks, getAttachment, getCase, listCases } from './inbox';
import { anonymizePerson, exportPersonData } from './retention';
import { registerStaffCase } from './staff-intake';
import {
  assignRequest,
  bulkRequest,
  cannedAnswerDto,
  caseDetail,
  caseIdParams,
  caseListQuery,
  caseSummary,
  noteRequest,
  replyRequest,
  staffCaseRequest,
  statusRequest,
  taskDoneRequest,
  topicDto,
  topicUpdateRequest,
  transferRequest,
} from './support.schema';
import { listTopics, updateTopic } from './topics.service';
import { addNote, assignCase, bulkCases, changeStatus, replyToCase, transferCase } from './workflow';

const tags = ['Support center'];
const created = z.object({ id: z.string(), number: z.string(), accessCode: z.string() });
const entryCreated = z.object({ entryId: z.number() });
const ok = z.object({ ok: z.literal(true) });

const register = defineRoute({ method: 'post', path: '/cases', access: 'cases.work', tags, summary: 'Register an appeal from a walk-in, a call or a letter', request: { body: jsonBody(staffCaseRequest) }, responses: { 201: jsonContent(created) } });
const list = defineRoute({ method: 'get', path: '/cases', access: 'cases.work', tags, summary: 'The inbox: filters, search by number, name in any script, IIN or phone', request: { query: caseListQuery }, responses: { 200: jsonContent(z.object({ items: z.array(caseSummary), nextCursor: z.string().nullable() })) } });
const one = defineRoute({ method: 'get', path: '/cases/{id}', access: 'cases.work', tags, summary: 'One case with its whole timeline (the view is audited)', request: { params: caseIdParams }, responses: { 200: jsonContent(caseDetail), 404: jsonContent(z.unknown(), 'No such case') } });
const reply = defineRoute({ method: 'post', path: '/cases/{id}/reply', access: 'cases.work', tags, summary: 'Reply to the applicant through the case channel', request: { params: caseIdParams, body: jsonBody(replyRequest) }, responses: { 201: jsonContent(entryCreated), 404: jsonContent(z.unknown(), 'No such case'), 409: jsonContent(z.unknown(), 'Case anonymised') } });
const note = defineRoute({ method: 'post', path: '/cases/{id}/notes', access: 'cases.work', tags, summary: 'An internal note, never shown to the applicant', request: { params: caseIdParams, body: jsonBody(noteRequest) }, responses: { 201: jsonContent(entryCreated), 404: jsonContent(z.unknown(), 'No such case') } });
const status = defineRoute({ method: 'post', path: '/cases/{id}/status', access: 'cases.work', tags, summary: 'Move a case to another status', request: { params: caseIdParams, body: jsonBody(statusRequest) }, responses: { 200: jsonContent(ok), 404: jsonContent(z.unknown(), 'No such case'), 409: jsonContent(z.unknown(), 'Not allowed from the current status') } });
const assign = defineRoute({ method: 'post', path: '/cases/{id}/assign', access: 'cases.work', tags, summary: 'Assign (or unassign) a case', request: { params: caseIdParams, body: jsonBody(assignRequest) }, responses: { 200: jsonContent(ok), 404: jsonContent(z.unknown(), 'No such case') } });
const transfer = defineRoute({ method: 'post', path: '/cases/{id}/transfer', access: 'cases.work', tags, summary: 'Transfer or refer a case to another team or region', request: { params: caseIdParams, body: jsonBody(transferRequest) }, responses: { 200: jsonContent(ok), 404: jsonContent(z.unknown(), 'No such case') } });
const bulk = defineRoute({ method: 'post', path: '/cases/bulk', access: 'cases.work', tags, summary: 'Assign or close many cases at once', request: { body: jsonBody(bulkRequest) }, responses: { 200: jsonContent(z.object({ done: z.array(z.string()), failed: z.array(z.object({ id: z.string(), code: z.string() })) })) } });
const attachment = defineRoute({ method: 'get', path: '/cases/{id}/attachments/{attachmentId}', access: 'cases.work', tags, summary: 'Download an attachment (audited)', request: { params: caseIdParams.extend({ attachmentId: z.uuid() }) }, responses: { 200: { description: 'The file' }, 404: jsonContent(z.unknown(), 'No such file') } });
const taskDone = defineRoute({ method: 'post', path: '/cases/{id}/tasks/{taskId}/done', access: 'cases.work', tags, summary: 'Mark a callback or other task done', request: { params: caseIdParams.extend({ taskId: z.uuid() }), body: jsonBody(taskDoneRequest) }, responses: { 200: jsonContent(ok), 404: jsonContent(z.unknown(), 'No such open task') } });
const tasks = defineRoute({ method: 'get', path: '/support/tasks', access: 'cases.work', tags, summary: 'Callbacks and other tasks due within a day', responses: { 200: jsonContent(z.object({ items: z.array(z.object({ id: z.string(), caseId: z.string(), number: z.string(), kind: z.string(), dueAt: z.string(), note: z.string() })) })) } });
const topics = defineRoute({ method: 'get', path: '/support/topics', access: 'cases.work', tags, summary: 'All topics, inactive ones too', responses: { 200: jsonContent(z.object({ items: z.array(topicDto) })) } });
const putTopic = defineRoute({ method: 'put', path: '/support/topics/{code}', access: 'support.configure', tags, summary: 'Create or change a topic: names, fields, documents, deadline', request: { params: z.object({ code: z.string().regex(/^[a-z][a-z0-9_]{1,39}$/) }), body: jsonBody(topicUpdateRequest) }, responses: { 200: jsonContent(topicDto) } });
const exportPerson = defineRoute({ method: 'get', path: '/people/{id}/export', access: 'privacy.manage', tags: ['People'], summary: 'Everything held on one person and their cases (subject access; audited)', request: { params: caseIdParams }, responses: { 200: jsonContent(z.record(z.string(), z.unknown())), 404: jsonContent(z.unknown(), 'No such person') } });
const anonymize = defineRoute({ method: 'post', path: '/people/{id}/anonymize', access: 'privacy.manage', tags: ['People'], summary: "Remove a person's personal data on request, from the registry and every case (audited)", request: { params: caseIdParams }, responses: { 200: jsonContent(z.object({ cases: z.number() })), 404: jsonContent(z.unknown(), 'No such person') } });
const canned = defineRoute({ method: 'get', path: '/support/canned-answers', access: 'cases.work', tags, summary: 'Ready answers, for a topic or for all', request: { query: z.object({ topic: z.string().max(40).optional() }) }, responses: { 200: jsonContent(z.object({ items: z.array(cannedAnswerDto) })) } });

const assignees = defineRoute({ method: 'get', path: '/support/assignees', access: 'cases.work', tags, summary: 'Colleagues who can take a case, for the region of the case', request: { query: assigneesQuery }, responses: { 200: jsonContent(z.object({ items: z.array(assigneeDto) })) } });

export function supportStaffRoutes() {
  return createRouter()
    .openapi(register, async (c) => {
      const body = c.req.valid('json');
      const attachments = await decodeAttachments(body.attachments);
      const result = await c.var.db.transaction((tx) => registerStaffCase(tx, requestMeta(c), c.var.config.secret, body, attachments));
      return c.json(result, 201);
    })
    .openapi(list, async (c) => c.json(await listCases(c.var.db, c.var.actor!, c.req.valid('query')), 200))
    .openapi(bulk, async (c) => c.json(await bulkCases(c.var.db, requestMeta(c), c.req.valid('json')), 200))
    .openapi(one, async (c) => c.json(await c.var.db.transaction((tx) => getCase(tx, requestMeta(c), c.req.valid('param').id)), 200))
    .openapi(reply, async (c) => {
      const { id } = c.req.valid('param');
      const body = c.req.valid('json');
      const attachments = await decodeAttachments(body.attachments);
      return c.json(await c.var.db.transaction((tx) => replyToCase(tx, requestMeta(c), id, { ...body, attachments })), 201);
    })
    .openapi(note, async (c) => c.json(await c.var.db.transaction((tx) => addNote(tx, requestMeta(c), c.req.valid('param').id, c.req.valid('json').body)), 201))
    .openapi(status, async (c) => {
      const { status: to, note: text } = c.req.valid('json');
      await c.var.db.transaction((tx) => changeStatus(tx, requestMeta(c), c.req.valid('param').id, to, text));
      return c.json({ ok: true as const }, 200);
    })
    .openapi(assign, async (c) => {
      await c.var.db.transaction((tx) => assignCase(tx, requestMeta(c), c.req.valid('param').id, c.req.valid('json').assigneeId));
      return c.json({ ok: true as const }, 200);
    })
    .openapi(transfer, async (c) => {
      await c.var.db.transaction((tx) => transferCase(tx, requestMeta(c), c.req.valid('param').id, c.req.valid('json')));
      return c.json({ ok: true as const }, 200);
    })
    .openapi(attachment, async (c) => {
      const { id, attachmentId } = c.req.valid('param');
      const file = await c.var.db.transaction((tx) => getAttachment(tx, requestMeta(c), id, attachmentId));
      return c.body(new Uint8Array(file.content), 200, {
        'Content-Type': file.mediaType,
        'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        'X-Content-Type-Options': 'nosniff',
      }) as never;
    })
    .openapi(taskDone, async (c) => {
      const { id, taskId } = c.req.valid('param');
      await c.var.db.transaction((tx) => completeTask(tx, requestMeta(c), id, taskId, c.req.valid('json').note));
      return c.json({ ok: true as const }, 200);
    })
    .openapi(tasks, async (c) => {
      const items = await dueTasks(c.var.db, c.var.actor!, new Date(Date.now() + 24 * 3_600_000));
      return c.json({ items: items.map((t) => ({ ...t, dueAt: t.dueAt.toISOString() })) }, 200);
    })
    .openapi(topics, async (c) => c.json({ items: await listTopics(c.var.db, true) }, 200))
    .openapi(putTopic, async (c) => c.json(await c.var.db.transaction((tx) => updateTopic(tx, requestMeta(c), c.req.valid('param').code, c.req.valid('json'))), 200))
    .openapi(exportPerson, async (c) => {
      const data = await c.var.db.transaction((tx) => exportPersonData(tx, requestMeta(c), c.req.valid('param').id));
      c.header('Content-Disposition', `attachment; filename="person-${c.req.valid('param').id}.json"`);
      return c.json(data, 200);
    })
    .openapi(anonymize, async (c) => c.json(await c.var.db.transaction((tx) => anonymizePerson(tx, requestMeta(c), c.req.valid('param').id)), 200))
    .openapi(canned, async (c) => c.json({ items: await cannedAnswers(c.var.db, c.req.valid('query').topic) }, 200))
    .openapi(assignees, async (c) => c.json({ items: await listAssignees(c.var.db, c.var.actor!, c.req.valid('query').region) }, 200));
}
