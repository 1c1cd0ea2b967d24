import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import type { KatoUnitDto, PriorityRegionDto } from '../../../../server/modules/kato/kato.schema';
import { api } from '../../../app/api';
import type { Language } from '../../../app/i18n';

export type { KatoUnitDto, PriorityRegionDto };
export const regionsKey = ['reference', 'regions'] as const;
export const priorityRegionsKey = ['reference', 'priority-regions'] as const;

/** The 20 regions (17 oblasts and 3 cities of republican significance); they change once in years. */
export function useRegions() {
  return useQuery({
    queryKey: regionsKey,
    queryFn: () => api<{ items: KatoUnitDto[] }>('/reference/regions').then((r) => r.items),
    staleTime: Infinity,
  });
}

export function usePriorityRegions() {
  return useQuery({
    queryKey: priorityRegionsKey,
    queryFn: () => api<{ items: PriorityRegionDto[] }>('/reference/priority-regions').then((r) => r.items),
  });
}

type Named = { nameKk: string; nameRu: string };

/**
 * KATO names exist in Kazakh and Russian only. English readers get the
 * conventional English name where the dictionary has one, else the Russian.
 */
export function regionName(region: Named & { code?: string; regionCode?: string }, language: Language, t: TFunction): string {
  const code = region.code ?? region.regionCode;
  const name = language === 'kk' ? region.nameKk : language === 'ru' || !code ? region.nameRu : t(`regionNames.${code}`, { defaultValue: region.nameRu });
  // KATO writes some names in lower case ("область Абай"): they stand alone here, as at a sentence start.
  return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
}

/** Sorts by the proper name, so "область Абай" sits with "Абай облысы" under А, and "г.Алматы" under А. */
export function sortByName<T>(items: T[], name: (item: T) => string, language: Language): T[] {
  const collator = new Intl.Collator(language, { sensitivity: 'base' });
  const key = (item: T) => name(item).replace(/^(область|г\.)\s*/i, '');
  return [...items].sort((a, b) => collator.compare(key(a), key(b)));
}

export function useSavePriorityRegions() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { codes: string[]; basis: string }) =>
      api<{ items: PriorityRegionDto[] }>('/reference/priority-regions', { method: 'PUT', body: input }).then((r) => r.items),
    onSuccess: (items) => queryClient.setQueryData(priorityRegionsKey, items),
  });
}
