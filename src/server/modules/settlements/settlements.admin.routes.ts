import { z } from '@hono/zod-openapi';
import { asc } from 'drizzle-orm';
import { createRouter, defineRoute, jsonBody, jsonContent, requestMeta } from '../../platform/http';
import { SETTLEMENT_INDICATORS } from '../../../lib/contracts/settlements';
import { toCsv } from '../admin';
import {
  indicatorFileUpload,
  indicatorImportIdParams,
  indicatorImportList,
  regionProgrammeList,
  regionProgrammeParams,
  regionProgrammesParams,
} from './settlements.admin.schema';
import { commitImport, decodeIndicatorFile, discardImport, getImport, listImports, previewImport } from './settlements.import';
import { listRegionProgrammes, saveRegionProgramme } from './settlements.programmes';
import { importPreview, regionProgramme, saveProgrammeRequest } from './settlements.schema';
import { settlements } from './settlements.tables';

const tags = ['Settlements: administration'];
const access = 'settlements.manage';
const notFound = jsonContent(z.unknown(), 'No such import');
const notPreviewed = jsonContent(z.unknown(), 'The import was already committed or discarded');

const template = defineRoute({
  method: 'get',
  path: '/settlements/imports/template.csv',
  access,
  tags,
  summary: 'A CSV template in wide form: the columns an indicator file may have, with two example lines',
  responses: { 200: { description: 'CSV file', content: { 'text/csv': { schema: z.string() } } } },
});

const upload = defineRoute({
  method: 'post',
  path: '/settlements/imports',
  access,
  tags,
  summary: 'Check an indicator file (CSV or XLSX, base64) and preview what it would change; nothing is written yet',
  request: { body: jsonBody(indicatorFileUpload) },
  responses: { 201: jsonContent(importPreview, 'Previewed') },
});

const list = defineRoute({
  method: 'get',
  path: '/settlements/imports',
  access,
  tags,
  summary: 'The latest indicator imports, newest first',
  responses: { 200: jsonContent(indicatorImportList) },
});

const read = defineRoute({
  method: 'get',
  path: '/settlements/imports/{id}',
  access,
  tags,
  summary: 'One import: its report, and while previewed what committing it would change now',
  request: { params: indicatorImportIdParams },
  responses: { 200: jsonContent(importPreview), 404: notFound },
});

const commit = defineRoute({
  method: 'post',
  path: '/settlements/imports/{id}/commit',
  access,
  tags,
  summary: 'Write every good row of a previewed import, in one transaction',
  request: { params: indicatorImportIdParams },
  responses: { 200: jsonContent(importPreview), 404: notFound, 409: notPreviewed },
});

const discard = defineRoute({
  method: 'post',
  path: '/settlements/imports/{id}/discard',
  access,
  tags,
  summary: 'Drop a previewed import without writing anything',
  request: { params: indicatorImportIdParams },
  responses: { 200: jsonContent(importPreview), 404: notFound, 409: notPreviewed },
});

const programmes = defineRoute({
  method: 'get',
  path: '/regions/{kato}/programmes',
  access,
  tags,
  summary: "A region's quota and aid for kandas, year by year",
  request: { params: regionProgrammesParams },
  responses: { 200: jsonContent(regionProgrammeList) },
});

const saveProgramme = defineRoute({
  method: 'put',
  path: '/regions/{kato}/programmes/{year}',
  access,
  tags,
  summary: "Set a region's quota and aid for a year",
  request: { params: regionProgrammeParams, body: jsonBody(saveProgrammeRequest) },
  responses: { 200: jsonContent(regionProgramme) },
});

/** Example values only: the source says so, so a template uploaded unchanged cannot pass for real data. */
const exampleValues = [
  [1, 1, 0, 1, 1, 12, 3, 2, 1, 1, 2],
  [1, 1, 1, 0, 1, 4, 0, 1, 1, 0, 1],
];

/**
 * Staff routes of the catalogue. Mount them before the public settlement
 * routes: /settlements/imports must not be read as a settlement's code.
 */
export function settlementsAdminRoutes() {
  return createRouter()
    .openapi(template, async (c) => {
      const examples = await c.var.db.select({ code: settlements.code }).from(settlements).orderBy(asc(settlements.code)).limit(exampleValues.length);
      const year = new Date().getUTCFullYear();
      const header = ['kato', 'year', 'source', ...SETTLEMENT_INDICATORS.map((i) => i.key)];
      const lines = examples.map((s, i) => [s.code, year, 'EXAMPLE: replace with the source of the values', ...exampleValues[i]!]);
      return new Response(`\uFEFF${toCsv([header, ...lines])}`, {
        status: 200,
        headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="otandas-settlement-indicators.csv"' },
      }) as never;
    })
    .openapi(upload, async (c) => {
      const { fileName, contentBase64 } = c.req.valid('json');
      return c.json(await previewImport(c.var.db, requestMeta(c), { fileName, bytes: decodeIndicatorFile(contentBase64) }), 201);
    })
    .openapi(list, async (c) => c.json({ items: await listImports(c.var.db) }, 200))
    .openapi(read, async (c) => c.json(await getImport(c.var.db, c.req.valid('param').id), 200))
    .openapi(commit, async (c) => c.json(await commitImport(c.var.db, requestMeta(c), c.req.valid('param').id), 200))
    .openapi(discard, async (c) => c.json(await discardImport(c.var.db, requestMeta(c), c.req.valid('param').id), 200))
    .openapi(programmes, async (c) => c.json({ items: await listRegionProgrammes(c.var.db, c.req.valid('param').kato) }, 200))
    .openapi(saveProgramme, async (c) => {
      const { kato, year } = c.req.valid('param');
      // The programme and its audit entry land together.
      return c.json(await c.var.db.transaction((tx) => saveRegionProgramme(tx, requestMeta(c), kato, year, c.req.valid('json'))), 200);
    });
}
