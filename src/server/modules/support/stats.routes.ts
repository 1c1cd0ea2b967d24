import { z } from '@hono/zod-openapi';
import { createRouter, defineRoute, jsonContent } from '../../platform/http';
import { almatyDay } from '../calendar';
import { statsCsv, statsWorkbook } from './stats.export';
import { statsCsvQuery, statsQuery, statsReport } from './stats.schema';
import { appealStatistics, statsFilterOf } from './stats';

const tags = ['Support center'];

const json = defineRoute({
  method: 'get',
  path: '/support/stats',
  access: 'support.stats',
  tags,
  summary: 'Appeal statistics: counts by channel, region, topic and month; response and resolution times; deadlines; backlog',
  request: { query: statsQuery },
  responses: { 200: jsonContent(statsReport) },
});

const csv = defineRoute({
  method: 'get',
  path: '/support/stats.csv',
  access: 'support.stats',
  tags,
  summary: 'One table of the statistics as CSV: counts (channel, region, topic, month), times, or backlog',
  request: { query: statsCsvQuery },
  responses: { 200: { description: 'CSV file', content: { 'text/csv': { schema: z.string() } } } },
});

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const xlsx = defineRoute({
  method: 'get',
  path: '/support/stats.xlsx',
  access: 'support.stats',
  tags,
  summary: 'The statistics as an Excel workbook, one sheet per view, in the language of ?lang=',
  request: { query: statsQuery },
  responses: { 200: { description: 'XLSX workbook', content: { [xlsxType]: { schema: z.string().openapi({ format: 'binary' }) } } } },
});

const download = (requestId: string, type: string, fileName: string) => ({
  'Content-Type': type,
  'Content-Disposition': `attachment; filename="${fileName}"`,
  'X-Request-Id': requestId,
  'Cache-Control': 'no-store',
});

/** The figures carry no personal data, so reading them is not audited case by case. */
export function supportStatsRoutes() {
  return createRouter()
    .openapi(json, async (c) => c.json(await appealStatistics(c.var.db, c.var.actor!, statsFilterOf(c.req.valid('query'))), 200))
    .openapi(csv, async (c) => {
      const { table, ...query } = c.req.valid('query');
      const report = await appealStatistics(c.var.db, c.var.actor!, statsFilterOf(query));
      const fileName = `otandas-appeals-${table}-${almatyDay(new Date(report.generatedAt))}.csv`;
      return new Response(statsCsv(report, table), { status: 200, headers: download(c.var.requestId, 'text/csv; charset=utf-8', fileName) }) as never;
    })
    .openapi(xlsx, async (c) => {
      const report = await appealStatistics(c.var.db, c.var.actor!, statsFilterOf(c.req.valid('query')));
      const body = await statsWorkbook(report, c.var.t, c.var.lang);
      const fileName = `otandas-appeals-${almatyDay(new Date(report.generatedAt))}.xlsx`;
      return new Response(new Uint8Array(body), { status: 200, headers: download(c.var.requestId, xlsxType, fileName) }) as never;
    });
}
