import { keepPreviousData, useMutation, useQueries, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type {
  PlaceName,
  RankedSettlementDto,
  RankRequestInput,
  RankResponseDto,
  RegionOverviewDto,
  RegionSummaryDto,
  SettlementCardDto,
  SettlementPointsDto,
  ShortlistDto,
} from '../../../server/modules/settlements/settlements.schema';
import type { MapLayers } from '../../../lib/geo';
import { api } from '../../app/api';
import { useLanguage } from '../../app/i18n';
import { placeName } from './place-name';

export type {
  PlaceName,
  RankedSettlementDto,
  RankRequestInput,
  RankResponseDto,
  RegionOverviewDto,
  RegionSummaryDto,
  SettlementCardDto,
  SettlementPointsDto,
  ShortlistDto,
};

export { placeName } from './place-name';

const advisorKey = ['advisor'] as const;
// The catalogue changes with an import, a few times a year: a visit never needs to re-read it.
const catalogueStaleTime = 30 * 60_000;

export function useRegionSummaries() {
  return useQuery({
    queryKey: [...advisorKey, 'regions'],
    queryFn: ({ signal }) => api<{ items: RegionSummaryDto[] }>('/regions', { signal }).then((r) => r.items),
    staleTime: catalogueStaleTime,
  });
}

/** The region names by KATO code, in the reading language. */
export function useRegionNames(): Map<string, string> {
  const language = useLanguage();
  const regions = useRegionSummaries();
  return useMemo(() => new Map((regions.data ?? []).map((r) => [r.kato, placeName(r.name, language)])), [regions.data, language]);
}

export function useRegionOverview(kato: string) {
  return useQuery({
    queryKey: [...advisorKey, 'region', kato],
    queryFn: ({ signal }) => api<RegionOverviewDto>(`/regions/${encodeURIComponent(kato)}`, { signal }),
    staleTime: catalogueStaleTime,
  });
}

const cardQuery = (kato: string) => ({
  queryKey: [...advisorKey, 'settlement', kato],
  queryFn: ({ signal }: { signal: AbortSignal }) => api<SettlementCardDto>(`/settlements/${encodeURIComponent(kato)}`, { signal }),
  staleTime: catalogueStaleTime,
});

export function useSettlementCard(kato: string) {
  return useQuery(cardQuery(kato));
}

/** Several cards at once, for a comparison. */
export function useSettlementCards(codes: readonly string[]) {
  return useQueries({ queries: codes.map(cardQuery) });
}

/**
 * A ranking. The request is the key, so the same settings from the list, a
 * card or the comparison are computed once; while new settings rank, the
 * previous list stays on screen.
 */
export function useRanking(request: RankRequestInput | null) {
  return useQuery({
    queryKey: [...advisorKey, 'rank', request],
    queryFn: ({ signal }) => api<RankResponseDto>('/settlements/rank', { method: 'POST', body: request, signal }),
    enabled: request !== null,
    placeholderData: keepPreviousData,
    staleTime: catalogueStaleTime,
  });
}

/** The boundaries of the priority regions, drawn from the shipped files by the server. */
export function useMapLayers() {
  return useQuery({
    queryKey: [...advisorKey, 'map'],
    queryFn: ({ signal }) => api<MapLayers>('/settlements/map', { signal }),
    staleTime: Infinity,
  });
}

export function useSettlementPoints() {
  return useQuery({
    queryKey: [...advisorKey, 'points'],
    queryFn: ({ signal }) => api<SettlementPointsDto>('/settlements/points', { signal }),
    staleTime: catalogueStaleTime,
  });
}

export function useShortlist(id: string | null) {
  return useQuery({
    queryKey: [...advisorKey, 'shortlist', id],
    queryFn: ({ signal }) => api<ShortlistDto>(`/settlements/shortlists/${encodeURIComponent(id ?? '')}`, { signal }),
    enabled: Boolean(id),
    staleTime: Infinity,
  });
}

export function useSaveShortlist() {
  return useMutation({
    mutationFn: (input: { codes: string[]; rankingQuery: string }) => api<ShortlistDto>('/settlements/shortlists', { method: 'POST', body: input }),
  });
}

/** Finds one settlement's line in a ranking response. */
export const rankedItem = (response: RankResponseDto | undefined, kato: string): RankedSettlementDto | undefined =>
  response?.items.find((item) => item.kato === kato);
