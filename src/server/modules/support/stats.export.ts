import ExcelJS from 'exceljs';
import type { TFunction } from 'i18next';
import type { Language } from '../../../lib/i18n';
import { toCsv } from '../admin';
import { channels } from './support.schema';
import type { DurationStatsDto, StatsReportDto } from './stats.schema';

/**
 * The statistics as files. The CSV is for machines (the reports module, a
 * spreadsheet import): stable English column names and codes. The workbook is
 * for people: one sheet per view, headers and names in the caller's language.
 */

type Table = unknown[][];

const durationRow = (measure: string, d: DurationStatsDto) => [measure, d.cases, d.medianHours, d.p90Hours, d.medianWorkingDays, d.p90WorkingDays];

export function statsCsvTable(report: StatsReportDto, table: 'counts' | 'times' | 'backlog'): Table {
  if (table === 'times') {
    return [
      ['measure', 'cases', 'median_hours', 'p90_hours', 'median_working_days', 'p90_working_days'],
      durationRow('first_response', report.times.firstResponse),
      durationRow('resolution', report.times.resolution),
    ];
  }
  if (table === 'backlog') {
    return [
      ['group', 'key', 'count'],
      ...report.backlog.byAge.map((b) => ['age_days', b.key, b.count]),
      ...report.backlog.byStatus.map((b) => ['status', b.key, b.count]),
      ['deadline', 'open_overdue', report.deadlines.openOverdue],
    ];
  }
  return [['channel', 'region', 'topic', 'month', 'count', 'demo'], ...report.cells.map((c) => [c.channel, c.region, c.topic, c.month, c.count, c.demo])];
}

export function statsCsv(report: StatsReportDto, table: 'counts' | 'times' | 'backlog'): string {
  // The byte-order mark makes Excel read the file as UTF-8.
  return `\uFEFF${toCsv(statsCsvTable(report, table))}`;
}

/** Names shown to people: a region by its KATO name, a topic by its name in the caller's language. */
function namer(report: StatsReportDto, t: TFunction, language: Language) {
  const topicNames = new Map(report.topics.map((topic) => [topic.code, topic.name[language]]));
  return {
    channel: (code: string) => t(`stats.channels.${code}`),
    region: (code: string | null) => (code ? t(`regionNames.${code}`, { defaultValue: code }) : t('stats.noRegion')),
    topic: (code: string) => topicNames.get(code) ?? code,
  };
}

/** Sheet names: at most 31 characters, none of : \ / ? * [ ]. */
const sheetName = (text: string) => text.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31);

function addSheet(workbook: ExcelJS.Workbook, title: string, rows: Table): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(sheetName(title), { views: [{ state: 'frozen', ySplit: 1 }] });
  for (const row of rows) sheet.addRow(row);
  sheet.getRow(1).font = { bold: true };
  sheet.columns.forEach((column, index) => {
    const widest = Math.max(...rows.map((row) => String(row[index] ?? '').length));
    column.width = Math.min(60, Math.max(10, widest + 2));
  });
  return sheet;
}

export async function statsWorkbook(report: StatsReportDto, t: TFunction, language: Language): Promise<Buffer> {
  const name = namer(report, t, language);
  const col = (key: string) => t(`stats.columns.${key}`);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Otandas';
  workbook.created = new Date(report.generatedAt);

  addSheet(workbook, t('stats.byChannel'), [
    [col('channel'), col('count')],
    ...report.byChannel.map((c) => [name.channel(c.key), c.count]),
    [],
    // The lines of the foundation's activity reports, below the channels.
    [col('reportLine'), col('count')],
    ...report.byReportLine.map((l) => [t(`stats.lines.${l.key}`), l.count]),
  ]);
  addSheet(workbook, t('stats.byRegion'), [[col('region'), col('count')], ...report.byRegion.map((r) => [name.region(r.key), r.count])]);
  addSheet(workbook, t('stats.byTopic'), [[col('topic'), col('count')], ...report.byTopic.map((r) => [name.topic(r.key), r.count])]);
  addSheet(workbook, t('stats.byMonth'), [
    [col('month'), col('count'), ...channels.map(name.channel)],
    ...report.byMonth.map((m) => [m.month, m.count, ...channels.map((c) => m.byChannel[c] ?? 0)]),
  ]);
  const { deadlines } = report;
  addSheet(workbook, t('stats.times'), [
    [col('measure'), col('cases'), col('medianHours'), col('p90Hours'), col('medianWorkingDays'), col('p90WorkingDays')],
    durationRow(t('stats.measures.firstResponse'), report.times.firstResponse),
    durationRow(t('stats.measures.resolution'), report.times.resolution),
    [],
    [t('stats.kpi.answered'), deadlines.answered],
    [t('stats.kpi.onTime'), deadlines.onTime],
    [t('stats.kpi.compliance'), deadlines.compliance === null ? null : Math.round(deadlines.compliance * 1000) / 10],
    [t('stats.kpi.openOverdue'), deadlines.openOverdue],
  ]);
  addSheet(workbook, t('stats.backlog'), [
    [col('age'), col('count')],
    ...report.backlog.byAge.map((b) => [t(`stats.ages.${b.key}`), b.count]),
    [],
    [col('status'), col('count')],
    ...report.backlog.byStatus.map((s) => [t(`stats.statuses.${s.key}`), s.count]),
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
