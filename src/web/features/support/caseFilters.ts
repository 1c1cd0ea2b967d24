import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { caseStatuses, channels, type CaseFilter } from './support.api';

const dues = ['overdue', 'today', 'week'] as const;
export const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

/**
 * Reads the inbox filters from a URL query. A bookmarked or shared link with
 * a value the API would refuse simply drops that value.
 */
export function filterFromParams(params: URLSearchParams): CaseFilter {
  const assignee = params.get('assignee');
  const region = params.get('region');
  const topic = params.get('topic');
  const q = params.get('q')?.trim();
  return {
    q: q || undefined,
    channel: oneOf(params.get('channel'), channels),
    topic: topic && /^[a-z][a-z0-9_]{1,39}$/.test(topic) ? topic : undefined,
    status: oneOf(params.get('status'), [...caseStatuses, 'open' as const]),
    region: region && /^\d{9}$/.test(region) ? region : undefined,
    assignee: assignee === 'me' || assignee === 'none' || (assignee && uuidPattern.test(assignee)) ? assignee : undefined,
    due: oneOf(params.get('due'), dues),
    sort: params.get('sort') === 'due' ? 'due' : 'newest',
  };
}

/** The inbox filters, kept in the URL so a view can be bookmarked and shared. */
export function useCaseFilter(): [CaseFilter, (patch: Partial<CaseFilter> | null) => void] {
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => filterFromParams(params), [params]);
  const update = useCallback(
    (patch: Partial<CaseFilter> | null) =>
      setParams(
        (current) => {
          // null clears every filter; the sort is kept, it is a way of looking, not a filter.
          const next = new URLSearchParams(patch ? current : current.get('sort') ? { sort: current.get('sort')! } : {});
          for (const [key, value] of Object.entries(patch ?? {})) {
            if (value === undefined || value === '' || (key === 'sort' && value === 'newest')) next.delete(key);
            else next.set(key, String(value));
          }
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  return [filter, update];
}

export const isFiltered = (filter: CaseFilter) => Object.entries(filter).some(([key, value]) => key !== 'sort' && value !== undefined);
