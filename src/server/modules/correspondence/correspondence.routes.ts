import { z } from '@hono/zod-openapi';
import { recordAudit } from '../../platform/audit';
import { createRouter, defineRoute, jsonBody, jsonContent, requestMeta } from '../../platform/http';
import { toCsv } from '../admin';
import {
  createLetterRequest,
  letter,
  letterFilterQuery,
  letterListQuery,
  letterPage,
  letterStats,
  letterStatsQuery,
  registerReplyRequest,
  setLetterCasesRequest,
  updateLetterRequest,
  type LetterDto,
  type LetterFilterQuery,
} from './correspondence.schema';
import {
  createLetter,
  getLetter,
  iterateLetters,
  letterStatistics,
  listCaseLetters,
  listLetters,
  registerReply,
  setLetterCases,
  updateLetter,
  type LetterFilter,
} from './correspondence.service';

const tags = ['Correspondence'];
const idParams = z.object({ id: z.uuid() });
const notFound = jsonContent(z.unknown(), 'No such letter');

const flag = (value: 'true' | 'false' | undefined) => (value === undefined ? undefined : value === 'true');
const toFilter = (query: LetterFilterQuery): LetterFilter => ({
  direction: query.direction,
  q: query.q || undefined,
  from: query.from,
  to: query.to,
  awaitingReply: flag(query.awaitingReply),
  overdue: flag(query.overdue),
  caseId: query.caseId,
});

const list = defineRoute({
  method: 'get',
  path: '/letters',
  access: 'correspondence.read',
  tags,
  summary: 'Registers of outgoing and incoming letters, newest first, with filters',
  request: { query: letterListQuery },
  responses: { 200: jsonContent(letterPage) },
});

const csv = defineRoute({
  method: 'get',
  path: '/letters.csv',
  access: 'correspondence.read',
  tags,
  summary: 'The registers as CSV, same filters',
  request: { query: letterFilterQuery },
  responses: { 200: { description: 'CSV file', content: { 'text/csv': { schema: z.string() } } } },
});

const stats = defineRoute({
  method: 'get',
  path: '/letters/stats',
  access: 'correspondence.read',
  tags,
  summary: 'Letters sent and received in a period, replies, and replies overdue today',
  request: { query: letterStatsQuery },
  responses: { 200: jsonContent(letterStats) },
});

const create = defineRoute({
  method: 'post',
  path: '/letters',
  access: 'correspondence.manage',
  tags,
  summary: 'Register an outgoing or incoming letter',
  request: { body: jsonBody(createLetterRequest) },
  responses: { 201: jsonContent(letter, 'Registered'), 409: jsonContent(z.unknown(), 'The number is taken this year') },
});

const read = defineRoute({
  method: 'get',
  path: '/letters/{id}',
  access: 'correspondence.read',
  tags,
  summary: 'One letter with its cases and reply',
  request: { params: idParams },
  responses: { 200: jsonContent(letter), 404: notFound },
});

const update = defineRoute({
  method: 'patch',
  path: '/letters/{id}',
  access: 'correspondence.manage',
  tags,
  summary: 'Correct a registered letter',
  request: { params: idParams, body: jsonBody(updateLetterRequest) },
  responses: { 200: jsonContent(letter), 404: notFound, 409: jsonContent(z.unknown(), 'The number is taken this year') },
});

const reply = defineRoute({
  method: 'post',
  path: '/letters/{id}/reply',
  access: 'correspondence.manage',
  tags,
  summary: 'Register the incoming reply to an outgoing letter',
  request: { params: idParams, body: jsonBody(registerReplyRequest) },
  responses: { 201: jsonContent(z.object({ letter, reply: letter }), 'Registered'), 404: notFound },
});

const cases = defineRoute({
  method: 'put',
  path: '/letters/{id}/cases',
  access: 'correspondence.manage',
  tags,
  summary: 'Replace the cases a letter concerns',
  request: { params: idParams, body: jsonBody(setLetterCasesRequest) },
  responses: { 200: jsonContent(letter), 404: notFound },
});

const caseLetters = defineRoute({
  method: 'get',
  path: '/cases/{caseId}/letters',
  access: 'correspondence.read',
  tags,
  summary: 'Letters about one case',
  request: { params: z.object({ caseId: z.uuid() }) },
  responses: { 200: jsonContent(z.object({ items: z.array(letter) })), 404: jsonContent(z.unknown(), 'No such case') },
});

const csvColumns = [
  'direction',
  'number',
  'letterDate',
  'counterparty',
  'signatory',
  'subject',
  'replyDueDate',
  'replyNumber',
  'replyDate',
  'awaitingReply',
  'replyOverdue',
  'inReplyToNumber',
  'inReplyToDate',
  'caseIds',
  'id',
] as const;

const csvRow = (l: LetterDto) => [
  l.direction,
  l.number,
  l.letterDate,
  l.counterparty,
  l.signatory,
  l.subject,
  l.replyDueDate,
  l.reply?.number,
  l.reply?.letterDate,
  l.awaitingReply,
  l.replyOverdue,
  l.inReplyTo?.number,
  l.inReplyTo?.letterDate,
  l.caseIds.join(' '),
  l.id,
];

export function correspondenceRoutes() {
  return createRouter()
    .openapi(list, async (c) => {
      const query = c.req.valid('query');
      const page = await listLetters(c.var.db, requestMeta(c), toFilter(query), { limit: query.limit, cursor: query.cursor });
      return c.json(page, 200);
    })
    .openapi(csv, async (c) => {
      const filter = toFilter(c.req.valid('query'));
      const meta = requestMeta(c);
      await recordAudit(c.var.db, meta, { action: 'letter.export', entityType: 'letter', details: { filter } });
      const db = c.var.db;
      // The first batch is read before answering, so a refused case filter is a proper error, not a broken file.
      const batches = iterateLetters(db, meta, filter);
      const first = await batches.next();
      const encoder = new TextEncoder();
      const stream = new ReadableStream<Uint8Array>({
        async start(controller) {
          controller.enqueue(encoder.encode(`\uFEFF${toCsv([[...csvColumns]])}`));
          if (!first.done) controller.enqueue(encoder.encode(toCsv(first.value.map(csvRow))));
          for await (const batch of batches) controller.enqueue(encoder.encode(toCsv(batch.map(csvRow))));
          controller.close();
        },
      });
      const stamp = new Date().toISOString().slice(0, 10);
      return new Response(stream, {
        status: 200,
        headers: {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename="otandas-letters-${stamp}.csv"`,
          'X-Request-Id': c.var.requestId,
          'Cache-Control': 'no-store',
        },
      }) as never;
    })
    .openapi(stats, async (c) => c.json(await letterStatistics(c.var.db, c.req.valid('query')), 200))
    .openapi(create, async (c) => {
      const created = await c.var.db.transaction((tx) => createLetter(tx, requestMeta(c), c.req.valid('json')));
      return c.json(created, 201);
    })
    .openapi(read, async (c) => c.json(await getLetter(c.var.db, c.req.valid('param').id), 200))
    .openapi(update, async (c) => {
      const { id } = c.req.valid('param');
      return c.json(await c.var.db.transaction((tx) => updateLetter(tx, requestMeta(c), id, c.req.valid('json'))), 200);
    })
    .openapi(reply, async (c) => {
      const { id } = c.req.valid('param');
      return c.json(await c.var.db.transaction((tx) => registerReply(tx, requestMeta(c), id, c.req.valid('json'))), 201);
    })
    .openapi(cases, async (c) => {
      const { id } = c.req.valid('param');
      return c.json(await c.var.db.transaction((tx) => setLetterCases(tx, requestMeta(c), id, c.req.valid('json').caseIds)), 200);
    })
    .openapi(caseLetters, async (c) => {
      const items = await listCaseLetters(c.var.db, requestMeta(c), c.req.valid('param').caseId);
      return c.json({ items }, 200);
    });
}
