import { and, asc, count, eq, gte, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db';
import type { Actor } from '../../platform/http';
import { visibleRegion } from '../../platform/rbac';
import { almatyDay, almatyInstant, loadWorkingCalendar, shiftDay } from '../calendar';
import { supportCases, supportTopics } from './support.tables';
import { caseStatuses, channels, type CaseStatus, type Channel } from './support.schema';
import {
  ageBuckets,
  reportLineOf,
  reportLines,
  type AgeBucket,
  type DurationStatsDto,
  type StatsCellDto,
  type StatsQuery,
  type StatsReportDto,
} from './stats.schema';
import { openStatuses } from './workflow';

/**
 * Appeal statistics. Every figure is an SQL aggregate over support_cases;
 * only small grouped results reach this process. Months and days are Almaty
 * calendar months and days. The time zone is written into the SQL text, not
 * passed as a parameter, so the same expression can appear in GROUP BY.
 */
const monthOf = sql<string>`to_char(${supportCases.createdAt} at time zone 'Asia/Almaty', 'YYYY-MM')`;
const dayOf = (column: typeof supportCases.createdAt) => sql<string>`to_char(${column} at time zone 'Asia/Almaty', 'YYYY-MM-DD')`;
const countWhere = (condition: SQL) => sql<number>`(count(*) filter (where ${condition}))::int`;
const hoursBetween = (end: SQL) => sql`extract(epoch from (${end} - ${supportCases.createdAt})) / 3600`;
const percentileHours = (fraction: number, end: SQL) =>
  sql<number | null>`(percentile_cont(${sql.raw(String(fraction))}) within group (order by ${hoursBetween(end)}))::float8`;
/** The ends of the two durations: the first reply, and the answer (or closing without one). */
const firstResponseAt = sql`${supportCases.firstResponseAt}`;
const resolvedAt = sql`coalesce(${supportCases.answeredAt}, ${supportCases.closedAt})`;

export type StatsFilter = Omit<StatsQuery, 'includeDemo'> & { includeDemo: boolean };

export const statsFilterOf = (query: StatsQuery): StatsFilter => ({ ...query, includeDemo: query.includeDemo === 'true' });

/** The region the figures cover: a front office sees its own region, whatever it asked for. */
const regionFor = (actor: Actor, filter: StatsFilter) => visibleRegion(actor) ?? filter.region;

function whereOf(actor: Actor, filter: StatsFilter): SQL | undefined {
  const region = regionFor(actor, filter);
  return and(
    region ? eq(supportCases.regionCode, region) : undefined,
    filter.topic ? eq(supportCases.topicCode, filter.topic) : undefined,
    filter.channel ? eq(supportCases.channel, filter.channel) : undefined,
    filter.from ? gte(supportCases.createdAt, almatyInstant(filter.from, 0)) : undefined,
    filter.to ? lt(supportCases.createdAt, almatyInstant(shiftDay(filter.to, 1), 0)) : undefined,
    filter.includeDemo ? undefined : eq(supportCases.demo, false),
  );
}

const round2 = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100);

/** Nearest-rank percentile of whole numbers given as value → how many cases have it. */
export function weightedPercentile(counts: Array<{ value: number; n: number }>, fraction: number): number | null {
  const total = counts.reduce((sum, c) => sum + c.n, 0);
  if (!total) return null;
  const rank = Math.max(1, Math.ceil(fraction * total));
  let seen = 0;
  for (const c of [...counts].sort((a, b) => a.value - b.value)) {
    seen += c.n;
    if (seen >= rank) return c.value;
  }
  return null;
}

/**
 * Durations in working days: the cases are grouped by the day they came and
 * the day of the answer, so the calendar is walked once per distinct pair.
 */
async function workingDayPercentiles(db: Executor, where: SQL | undefined, end: SQL) {
  const endDay = sql<string>`to_char(${end} at time zone 'Asia/Almaty', 'YYYY-MM-DD')`;
  const pairs = await db
    .select({ from: dayOf(supportCases.createdAt), to: endDay, n: sql<number>`count(*)::int` })
    .from(supportCases)
    .where(and(where, sql`${end} is not null`))
    .groupBy(dayOf(supportCases.createdAt), endDay);
  const calendar = await loadWorkingCalendar(db);
  const counts = pairs.map((p) => ({ value: calendar.workingDaysBetween(almatyInstant(p.from, 12), almatyInstant(p.to, 12)), n: p.n }));
  return { median: weightedPercentile(counts, 0.5), p90: weightedPercentile(counts, 0.9) };
}

async function durations(db: Executor, where: SQL | undefined, end: SQL): Promise<DurationStatsDto> {
  const [row] = await db
    .select({ cases: sql<number>`count(${end})::int`, median: percentileHours(0.5, end), p90: percentileHours(0.9, end) })
    .from(supportCases)
    .where(and(where, sql`${end} is not null`));
  const days = await workingDayPercentiles(db, where, end);
  return {
    cases: row?.cases ?? 0,
    medianHours: round2(row?.median ?? null),
    p90Hours: round2(row?.p90 ?? null),
    medianWorkingDays: days.median,
    p90WorkingDays: days.p90,
  };
}

/** Calendar days from one YYYY-MM-DD to another. */
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
const bucketOf = (ageDays: number): AgeBucket => ageBuckets.find((b) => ageDays <= (b.max ?? Infinity))!.key;

async function backlog(db: Executor, where: SQL | undefined, today: string): Promise<StatsReportDto['backlog']> {
  const rows = await db
    .select({ status: supportCases.status, day: dayOf(supportCases.createdAt), n: sql<number>`count(*)::int` })
    .from(supportCases)
    .where(and(where, inArray(supportCases.status, [...openStatuses])))
    .groupBy(supportCases.status, dayOf(supportCases.createdAt));
  const byAge = new Map<AgeBucket, number>(ageBuckets.map((b) => [b.key, 0]));
  const byStatus = new Map<CaseStatus, number>(openStatuses.map((s) => [s, 0]));
  for (const row of rows) {
    const bucket = bucketOf(Math.max(0, daysBetween(row.day, today)));
    byAge.set(bucket, byAge.get(bucket)! + row.n);
    byStatus.set(row.status as CaseStatus, (byStatus.get(row.status as CaseStatus) ?? 0) + row.n);
  }
  return {
    open: rows.reduce((sum, r) => sum + r.n, 0),
    byAge: [...byAge].map(([key, n]) => ({ key, count: n })),
    byStatus: [...byStatus].filter(([key]) => caseStatuses.includes(key)).map(([key, n]) => ({ key, count: n })),
  };
}

function sumBy<K>(cells: StatsCellDto[], keyOf: (cell: StatsCellDto) => K, keys: K[] = []): Array<{ key: K; count: number }> {
  const totals = new Map<K, number>(keys.map((k) => [k, 0]));
  for (const cell of cells) totals.set(keyOf(cell), (totals.get(keyOf(cell)) ?? 0) + cell.count);
  const result = [...totals].map(([key, n]) => ({ key, count: n }));
  // Fixed lists (channels, report lines) keep their order; the others go largest first.
  return keys.length ? result : result.sort((a, b) => b.count - a.count);
}

const nextMonth = (month: string) => shiftDay(`${month}-28`, 4).slice(0, 7);
/** Long periods with no data at their start are cut to the data, so a chart stays readable. */
const maxMonths = 240;

function monthSeries(cells: StatsCellDto[], filter: StatsFilter, today: string): StatsReportDto['byMonth'] {
  const months = cells.map((c) => c.month).sort();
  let first = filter.from?.slice(0, 7) ?? months[0];
  const last = filter.to?.slice(0, 7) ?? (first ? today.slice(0, 7) : undefined);
  if (!first || !last) return [];
  const span = (m: string) => (Number(last.slice(0, 4)) - Number(m.slice(0, 4))) * 12 + Number(last.slice(5)) - Number(m.slice(5));
  if (span(first) > maxMonths && months[0]) first = months[0] > first ? months[0] : first;
  const series: StatsReportDto['byMonth'] = [];
  for (let month = first; month <= last && series.length <= maxMonths; month = nextMonth(month)) {
    const inMonth = cells.filter((c) => c.month === month);
    const byChannel: Record<string, number> = {};
    for (const cell of inMonth) byChannel[cell.channel] = (byChannel[cell.channel] ?? 0) + cell.count;
    series.push({ month, count: inMonth.reduce((sum, c) => sum + c.count, 0), byChannel });
  }
  return series;
}

/** The whole statistics answer for a filter, as the console, the exports and the reports module read it. */
export async function appealStatistics(db: Executor, actor: Actor, filter: StatsFilter, now = new Date()): Promise<StatsReportDto> {
  const where = whereOf(actor, filter);
  const openCase = inArray(supportCases.status, [...openStatuses]);
  const cells = (await db
    .select({
      channel: supportCases.channel,
      region: supportCases.regionCode,
      topic: supportCases.topicCode,
      month: monthOf,
      count: sql<number>`count(*)::int`,
      demo: countWhere(sql`${supportCases.demo}`),
    })
    .from(supportCases)
    .where(where)
    .groupBy(supportCases.channel, supportCases.regionCode, supportCases.topicCode, monthOf)
    .orderBy(monthOf, supportCases.channel, supportCases.regionCode, supportCases.topicCode)) as StatsCellDto[];
  const [summary] = await db
    .select({
      open: countWhere(openCase),
      answered: count(supportCases.answeredAt),
      onTime: countWhere(sql`${supportCases.answeredAt} <= ${supportCases.dueAt}`),
      openOverdue: countWhere(and(openCase, sql`${supportCases.pausedAt} is null`, lt(supportCases.dueAt, now))!),
    })
    .from(supportCases)
    .where(where);
  const [firstResponse, resolution] = [await durations(db, where, firstResponseAt), await durations(db, where, resolvedAt)];
  const today = almatyDay(now);
  const topics = await db.select({ code: supportTopics.code, name: supportTopics.name }).from(supportTopics).orderBy(asc(supportTopics.sortOrder), asc(supportTopics.code));
  const answered = summary?.answered ?? 0;
  const onTime = summary?.onTime ?? 0;
  return {
    filter: {
      from: filter.from ?? null,
      to: filter.to ?? null,
      region: regionFor(actor, filter) ?? null,
      topic: filter.topic ?? null,
      channel: filter.channel ?? null,
      includeDemo: filter.includeDemo,
    },
    regionRestricted: visibleRegion(actor) !== null,
    timeZone: 'Asia/Almaty',
    generatedAt: now.toISOString(),
    total: cells.reduce((sum, c) => sum + c.count, 0),
    demo: cells.reduce((sum, c) => sum + c.demo, 0),
    open: summary?.open ?? 0,
    cells,
    byChannel: sumBy(cells, (c) => c.channel, [...channels] as Channel[]),
    byReportLine: sumBy(cells, (c) => reportLineOf[c.channel], [...reportLines]),
    byRegion: sumBy(cells, (c) => c.region),
    byTopic: sumBy(cells, (c) => c.topic),
    byMonth: monthSeries(cells, filter, today),
    times: { firstResponse, resolution },
    deadlines: { answered, onTime, compliance: answered ? onTime / answered : null, openOverdue: summary?.openOverdue ?? 0 },
    backlog: await backlog(db, where, today),
    topics,
  };
}
