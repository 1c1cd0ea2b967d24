/**
 * Contracts of the staff side of the catalogue: indicator file imports and
 * the regions' programmes. The preview and the programme themselves are in
 * settlements.schema.ts, shared with the public API.
 */
import { z } from 'zod';
import { importPreview, katoCode, regionProgramme } from './settlements.schema';

/** One file per request, as base64 in JSON like every upload of the API. */
export const indicatorFileUpload = z.strictObject({
  fileName: z.string().trim().min(1).max(200),
  contentBase64: z.string().min(1),
});

export const indicatorImportIdParams = z.object({ id: z.uuid() });

export const indicatorImportListItem = importPreview.pick({ id: true, fileName: true, status: true, summary: true, createdAt: true, committedAt: true }).extend({
  createdByName: z.string().nullable(),
});
export type IndicatorImportListItemDto = z.infer<typeof indicatorImportListItem>;
export const indicatorImportList = z.object({ items: z.array(indicatorImportListItem) });

export const programmeYear = z.coerce.number().int().min(2000).max(2100);
export const regionProgrammeParams = z.object({ kato: katoCode, year: programmeYear });
export const regionProgrammesParams = z.object({ kato: katoCode });
export const regionProgrammeList = z.object({ items: z.array(regionProgramme) });
