import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  kbAddTranslationRequest,
  kbArticleFields,
  kbCategoriesResponse,
  kbCreateArticleRequest,
  kbDiff,
  kbReport,
  kbSaveRequest,
  KbAttachmentDto,
  KbStaffArticleDto,
  KbStaffTranslationDto,
} from '../../../server/modules/knowledge/knowledge.schema';
import type { Language } from '../../../lib/i18n/core';
import { api } from '../../app/api';

export type { KbAttachmentDto, KbStaffArticleDto, KbStaffTranslationDto };
export type KbArticleFieldsInput = z.input<typeof kbArticleFields>;
export type KbCreateArticleInput = z.input<typeof kbCreateArticleRequest>;
export type KbAddTranslationInput = z.input<typeof kbAddTranslationRequest>;
export type KbSaveInput = z.input<typeof kbSaveRequest>;
export type KbDiffDto = z.infer<typeof kbDiff>;
export type KbDiffPart = KbDiffDto['body'][number];
export type KbReportDto = z.infer<typeof kbReport>;
export type KbCategory = z.infer<typeof kbCategoriesResponse>['items'][number];
export type KbLegalAct = KbStaffArticleDto['legalActs'][number];

const kbKey = ['knowledge-admin'] as const;
const articlesKey = [...kbKey, 'articles'] as const;
const translationKey = (id: string) => [...kbKey, 'translation', id] as const;

export function useKbArticles() {
  return useQuery({
    queryKey: articlesKey,
    queryFn: ({ signal }) => api<{ items: KbStaffArticleDto[] }>('/kb/admin/articles', { signal }),
  });
}

/** The journey's categories with their names in the interface language. */
export function useKbCategories(lang: Language) {
  return useQuery({
    queryKey: [...kbKey, 'categories', lang],
    queryFn: ({ signal }) => api<{ items: KbCategory[] }>('/kb/categories', { query: { lang }, signal }),
    staleTime: 5 * 60_000,
  });
}

export function useKbTranslation(id: string | undefined) {
  return useQuery({
    queryKey: translationKey(id ?? ''),
    queryFn: ({ signal }) => api<KbStaffTranslationDto>(`/kb/admin/translations/${encodeURIComponent(id!)}`, { signal }),
    enabled: Boolean(id),
  });
}

/** After any change the list's statuses and out-of-date marks may have moved too. */
function useStoreTranslation() {
  const queryClient = useQueryClient();
  return (translation: KbStaffTranslationDto) => {
    queryClient.setQueryData(translationKey(translation.id), translation);
    return queryClient.invalidateQueries({ queryKey: articlesKey });
  };
}

export function useSaveTranslation(id: string) {
  const store = useStoreTranslation();
  return useMutation({
    mutationFn: (input: KbSaveInput) => api<KbStaffTranslationDto>(`/kb/admin/translations/${encodeURIComponent(id)}`, { method: 'PUT', body: input }),
    onSuccess: store,
  });
}

export function useSetTranslationStatus(id: string) {
  const store = useStoreTranslation();
  return useMutation({
    mutationFn: (status: KbStaffTranslationDto['status']) =>
      api<KbStaffTranslationDto>(`/kb/admin/translations/${encodeURIComponent(id)}/status`, { method: 'POST', body: { status } }),
    onSuccess: store,
  });
}

export function useRestoreRevision(id: string) {
  const store = useStoreTranslation();
  return useMutation({
    mutationFn: (revision: number) =>
      api<KbStaffTranslationDto>(`/kb/admin/translations/${encodeURIComponent(id)}/restore`, { method: 'POST', body: { revision } }),
    onSuccess: store,
  });
}

export function useRevisionDiff(id: string, from: number | null, to: number | null) {
  return useQuery({
    queryKey: [...translationKey(id), 'diff', from, to],
    queryFn: ({ signal }) => api<KbDiffDto>(`/kb/admin/translations/${encodeURIComponent(id)}/diff`, { query: { from, to }, signal }),
    enabled: from !== null && to !== null && from !== to,
    placeholderData: keepPreviousData,
  });
}

/** The sanitised HTML readers would see; `body` is already debounced. */
export function usePreview(body: string) {
  return useQuery({
    queryKey: [...kbKey, 'preview', body],
    queryFn: ({ signal }) => api<{ html: string }>('/kb/admin/preview', { method: 'POST', body: { body }, signal }),
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  });
}

export function useCreateArticle() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: KbCreateArticleInput) => api<{ articleId: string; translationId: string }>('/kb/admin/articles', { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: articlesKey }),
  });
}

export function useAddTranslation(articleId: string) {
  const store = useStoreTranslation();
  return useMutation({
    mutationFn: (input: KbAddTranslationInput) =>
      api<KbStaffTranslationDto>(`/kb/admin/articles/${encodeURIComponent(articleId)}/translations`, { method: 'POST', body: input }),
    onSuccess: store,
  });
}

export function useUpdateArticleFields(articleId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: KbArticleFieldsInput) => api<void>(`/kb/admin/articles/${encodeURIComponent(articleId)}`, { method: 'PUT', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: articlesKey }),
  });
}

export function useKbReport(lang: Language | null) {
  return useQuery({
    queryKey: [...kbKey, 'report', lang],
    queryFn: ({ signal }) => api<KbReportDto>('/kb/admin/report', { query: { lang }, signal }),
    placeholderData: keepPreviousData,
  });
}

const attachmentsKey = (articleId: string) => [...kbKey, 'attachments', articleId] as const;

export function useKbAttachments(articleId: string) {
  return useQuery({
    queryKey: attachmentsKey(articleId),
    queryFn: () => api<{ items: KbAttachmentDto[] }>(`/kb/admin/articles/${encodeURIComponent(articleId)}/attachments`).then((r) => r.items),
  });
}

/** Reads a file as base64, as the API takes uploads. */
function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/u, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

export function useUploadAttachment(articleId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (file: File) =>
      api<KbAttachmentDto>(`/kb/admin/articles/${encodeURIComponent(articleId)}/attachments`, { method: 'POST', body: { fileName: file.name, contentBase64: await base64Of(file) } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: attachmentsKey(articleId) }),
  });
}

export function useDeleteAttachment(articleId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<void>(`/kb/admin/attachments/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: attachmentsKey(articleId) }),
  });
}
