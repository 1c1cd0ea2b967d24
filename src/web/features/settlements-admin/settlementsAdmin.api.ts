import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { IndicatorImportListItemDto } from '../../../server/modules/settlements/settlements.admin.schema';
import type { ImportPreviewDto, RegionProgrammeDto, saveProgrammeRequest } from '../../../server/modules/settlements/settlements.schema';
import { SETTLEMENT_INDICATORS } from '../../../lib/contracts/settlements';
import { api, apiBase } from '../../app/api';
import { encodeFile } from '../portal/appeal/appeal-files';

export type { ImportPreviewDto, IndicatorImportListItemDto, RegionProgrammeDto };
export type SaveProgrammeInput = z.input<typeof saveProgrammeRequest>;
export type ImportProblemDto = ImportPreviewDto['problems'][number];
export type ImportChangeDto = ImportPreviewDto['changes'][number];

/** The server refuses more; checking here spares a long upload. */
export const indicatorFileMaxBytes = 5 * 1024 * 1024;
export const indicatorFileTypes = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const templateUrl = `${apiBase}/settlements/imports/template.csv`;
export const indicatorKeys = SETTLEMENT_INDICATORS.map((i) => i.key);
const booleanKeys = new Set<string>(SETTLEMENT_INDICATORS.filter((i) => i.kind === 'boolean').map((i) => i.key));
export const isYesNo = (key: string) => booleanKeys.has(key);

const importsKey = ['settlements-admin', 'imports'] as const;
const importKey = (id: string) => [...importsKey, id] as const;
const programmesKey = (kato: string) => ['settlements-admin', 'programmes', kato] as const;

export function useIndicatorImports() {
  return useQuery({
    queryKey: importsKey,
    queryFn: ({ signal }) => api<{ items: IndicatorImportListItemDto[] }>('/settlements/imports', { signal }).then((r) => r.items),
  });
}

export function useIndicatorImport(id: string | undefined) {
  return useQuery({
    queryKey: importKey(id ?? ''),
    queryFn: ({ signal }) => api<ImportPreviewDto>(`/settlements/imports/${encodeURIComponent(id!)}`, { signal }),
    enabled: Boolean(id),
  });
}

/** Any step of an import changes the list; the import's own page takes the answer as it is. */
function useStoreImport() {
  const queryClient = useQueryClient();
  return (result: ImportPreviewDto) => {
    queryClient.setQueryData(importKey(result.id), result);
    return queryClient.invalidateQueries({ queryKey: importsKey, exact: true });
  };
}

export function useUploadIndicatorFile() {
  const store = useStoreImport();
  return useMutation({
    mutationFn: async (file: File) => api<ImportPreviewDto>('/settlements/imports', { method: 'POST', body: await encodeFile(file) }),
    onSuccess: store,
  });
}

export function useImportAction(id: string) {
  const store = useStoreImport();
  return useMutation({
    mutationFn: (action: 'commit' | 'discard') => api<ImportPreviewDto>(`/settlements/imports/${encodeURIComponent(id)}/${action}`, { method: 'POST' }),
    onSuccess: store,
  });
}

export function useRegionProgrammes(kato: string | null) {
  return useQuery({
    queryKey: programmesKey(kato ?? ''),
    queryFn: ({ signal }) => api<{ items: RegionProgrammeDto[] }>(`/regions/${encodeURIComponent(kato!)}/programmes`, { signal }).then((r) => r.items),
    enabled: Boolean(kato),
  });
}

export function useSaveRegionProgramme(kato: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ year, input }: { year: number; input: SaveProgrammeInput }) =>
      api<RegionProgrammeDto>(`/regions/${encodeURIComponent(kato)}/programmes/${year}`, { method: 'PUT', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: programmesKey(kato) }),
  });
}
