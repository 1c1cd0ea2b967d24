import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { StatsReportDto } from '../../../server/modules/support/stats.schema';
import type { Channel } from '../../../server/modules/support/support.schema';
import { api, apiBase, withQuery } from '../../app/api';
import type { Language } from '../../app/i18n';

export type { Channel, StatsReportDto };

/** The page's filters; empty strings mean "all". Dates are Almaty calendar days. */
export type StatsFilter = { from: string; to: string; region: string; topic: string; channel: '' | Channel; includeDemo: boolean };

const almatyToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Almaty', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

/** The last twelve months, this one included: the span of a year's report. */
export function defaultStatsFilter(today = almatyToday()): StatsFilter {
  const start = new Date(`${today.slice(0, 7)}-01T00:00:00Z`);
  start.setUTCMonth(start.getUTCMonth() - 11);
  return { from: start.toISOString().slice(0, 10), to: today, region: '', topic: '', channel: '', includeDemo: true };
}

function toQuery(filter: StatsFilter): Record<string, string | undefined> {
  return {
    from: filter.from || undefined,
    to: filter.to || undefined,
    region: filter.region || undefined,
    topic: filter.topic || undefined,
    channel: filter.channel || undefined,
    includeDemo: filter.includeDemo ? undefined : 'false',
  };
}

/** A date input can hold half a date while one types; such a filter is not sent. */
export const periodIsValid = (filter: StatsFilter) => !filter.from || !filter.to || filter.from <= filter.to;

export function useStats(filter: StatsFilter) {
  return useQuery({
    queryKey: ['support', 'stats', filter],
    queryFn: ({ signal }) => api<StatsReportDto>('/support/stats', { query: toQuery(filter), signal }),
    enabled: periodIsValid(filter),
    placeholderData: keepPreviousData,
  });
}

/** Plain links: the browser downloads with the session cookie. */
export const statsCsvUrl = (filter: StatsFilter) => withQuery(`${apiBase}/support/stats.csv`, toQuery(filter));
export const statsXlsxUrl = (filter: StatsFilter, language: Language) => withQuery(`${apiBase}/support/stats.xlsx`, { ...toQuery(filter), lang: language });
