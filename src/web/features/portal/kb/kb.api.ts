import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { kbCategoriesResponse, kbSearchResponse, kbSuggestResponse } from '../../../../server/modules/knowledge/knowledge.schema';
import { api } from '../../../app/api';
import type { Language } from '../../../app/i18n';

export type KbSearchResult = z.infer<typeof kbSearchResponse>;
export type KbSearchHit = KbSearchResult['items'][number];
export type KbSuggestion = z.infer<typeof kbSuggestResponse>['items'][number];
export type KbCategory = z.infer<typeof kbCategoriesResponse>['items'][number];
export type KbCategoryArticle = KbCategory['articles'][number];

/** An article is a server-rendered page of its own, reached by a full page load. */
export const articleHref = (lang: Language, slug: string) => `/kb/${lang}/${encodeURIComponent(slug)}`;

/** The search page's address for a question, optionally in another language than the interface's. */
export function searchHref(query: string, lang?: Language): string {
  const params = new URLSearchParams({ q: query });
  if (lang) params.set('lang', lang);
  return `/kb?${params.toString()}`;
}

/** The appeal form, opened with the question a search could not answer. */
export const appealHref = (question: string) => `/appeal?${new URLSearchParams({ message: question }).toString()}`;

export function useKbSearch(query: string, lang: Language) {
  const q = query.trim();
  return useQuery({
    queryKey: ['kb', 'search', lang, q],
    queryFn: ({ signal }) => api<KbSearchResult>('/kb/search', { query: { q, lang }, signal }),
    enabled: q !== '',
    staleTime: 60_000,
  });
}

/** Titles for type-ahead; the previous list stays while the next one loads, so it does not flicker. */
export function useKbSuggest(query: string, lang: Language) {
  const q = query.trim();
  return useQuery<KbSuggestion[]>({
    queryKey: ['kb', 'suggest', lang, q],
    queryFn: ({ signal }) => api<{ items: KbSuggestion[] }>('/kb/suggest', { query: { q, lang }, signal }).then((r) => r.items),
    enabled: q.length >= 2,
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  });
}

export function useKbCategories(lang: Language) {
  return useQuery({
    queryKey: ['kb', 'categories', lang],
    queryFn: () => api<{ items: KbCategory[] }>('/kb/categories', { query: { lang } }).then((r) => r.items),
    staleTime: 5 * 60_000,
  });
}
