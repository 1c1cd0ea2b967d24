import { z } from 'zod';
import { localizedText } from '../../../lib/contracts/localized';
import { caseStatuses, channels, type Channel } from './support.schema';

/**
 * Contracts of the appeal statistics: the console page, the CSV and XLSX
 * exports and the reports module read the same figures. The web console
 * imports the types only.
 */

/**
 * The lines of the foundation's activity reports: front offices, the contact
 * center, the back office, and the written online channels together
 * ("messengers, social networks and e-mail").
 */
export const reportLines = ['front_office', 'contact_center', 'back_office', 'online'] as const;
export type ReportLine = (typeof reportLines)[number];
export const reportLineOf: Record<Channel, ReportLine> = {
  front_office: 'front_office',
  call: 'contact_center',
  back_office: 'back_office',
  web: 'online',
  email: 'online',
  telegram: 'online',
  partner: 'online',
};

/** Ages of open cases in days since they came in (Almaty calendar days). */
export const ageBuckets = [
  { key: '0_2', min: 0, max: 2 },
  { key: '3_5', min: 3, max: 5 },
  { key: '6_10', min: 6, max: 10 },
  { key: '11_20', min: 11, max: 20 },
  { key: 'over_20', min: 21, max: null },
] as const;
export type AgeBucket = (typeof ageBuckets)[number]['key'];

const day = z.iso.date();
const flag = z.enum(['true', 'false']);

const statsFilter = z.object({
  /** First and last day of the period (Almaty calendar), by the day a case came in. */
  from: day.optional(),
  to: day.optional(),
  region: z.string().regex(/^\d{9}$/).optional(),
  topic: z.string().regex(/^[a-z][a-z0-9_]{1,39}$/).optional(),
  channel: z.enum(channels).optional(),
  /** Demo cases count unless left out; the answer always says how many it holds. */
  includeDemo: flag.default('true'),
});
const periodInOrder = (q: { from?: string; to?: string }) => !q.from || !q.to || q.from <= q.to;

export const statsQuery = statsFilter.refine(periodInOrder, { path: ['to'] });
export type StatsQuery = z.infer<typeof statsQuery>;

export const statsTables = ['counts', 'times', 'backlog'] as const;
/** The CSV carries one flat table: the appeal counts (default), the times, or the backlog. */
export const statsCsvQuery = statsFilter.extend({ table: z.enum(statsTables).default('counts') }).refine(periodInOrder, { path: ['to'] });
export type StatsCsvQuery = z.infer<typeof statsCsvQuery>;

const count = z.number().int().min(0);

/** One cell of the cube: appeals of one channel, region, topic and month. */
export const statsCell = z.object({
  channel: z.enum(channels),
  region: z.string().nullable(),
  topic: z.string(),
  /** YYYY-MM, Almaty time. */
  month: z.string(),
  count,
  demo: count,
});
export type StatsCellDto = z.infer<typeof statsCell>;

/** Median and 90th percentile of a duration; null when no case has it yet. */
export const durationStats = z.object({
  cases: count,
  medianHours: z.number().nullable(),
  p90Hours: z.number().nullable(),
  /** Whole working days on the Kazakhstan calendar (the day a case came does not count). */
  medianWorkingDays: z.number().int().nullable(),
  p90WorkingDays: z.number().int().nullable(),
});
export type DurationStatsDto = z.infer<typeof durationStats>;

const keyed = <K extends z.ZodType>(key: K) => z.array(z.object({ key, count }));

export const statsReport = z.object({
  filter: z.object({
    from: z.string().nullable(),
    to: z.string().nullable(),
    region: z.string().nullable(),
    topic: z.string().nullable(),
    channel: z.enum(channels).nullable(),
    includeDemo: z.boolean(),
  }),
  /** A front office sees its own region only, whatever it asked for. */
  regionRestricted: z.boolean(),
  timeZone: z.literal('Asia/Almaty'),
  generatedAt: z.string(),
  total: count,
  /** Demo cases among the total, so the console can say so. */
  demo: count,
  open: count,
  cells: z.array(statsCell),
  byChannel: keyed(z.enum(channels)),
  byReportLine: keyed(z.enum(reportLines)),
  byRegion: keyed(z.string().nullable()),
  byTopic: keyed(z.string()),
  /** Every month of the period, empty ones too, with the split by channel. */
  byMonth: z.array(z.object({ month: z.string(), count, byChannel: z.record(z.string(), count) })),
  times: z.object({ firstResponse: durationStats, resolution: durationStats }),
  deadlines: z.object({
    /** Cases answered (answered_at set). */
    answered: count,
    /** Of those, answered on or before the deadline. */
    onTime: count,
    /** onTime / answered, 0..1; null when nothing is answered. */
    compliance: z.number().nullable(),
    /** Open cases whose running deadline has passed. */
    openOverdue: count,
  }),
  backlog: z.object({
    open: count,
    byAge: keyed(z.enum(ageBuckets.map((b) => b.key) as [AgeBucket, ...AgeBucket[]])),
    byStatus: keyed(z.enum(caseStatuses)),
  }),
  /** Every topic's name in the three languages, for labels and the topic filter. */
  topics: z.array(z.object({ code: z.string(), name: localizedText })),
});
export type StatsReportDto = z.infer<typeof statsReport>;
