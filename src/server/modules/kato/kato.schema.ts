import { z } from 'zod';

export const katoUnit = z.object({
  code: z.string(),
  parentCode: z.string().nullable(),
  regionCode: z.string(),
  level: z.enum(['oblast', 'district', 'sub_district', 'settlement']),
  typeCode: z.number().int(),
  nameKk: z.string(),
  nameRu: z.string(),
});
export type KatoUnitDto = z.infer<typeof katoUnit>;

export const priorityRegion = z.object({
  regionCode: z.string(),
  nameKk: z.string(),
  nameRu: z.string(),
  basis: z.string(),
  updatedAt: z.string(),
});
export type PriorityRegionDto = z.infer<typeof priorityRegion>;

export const katoSearchQuery = z.object({
  q: z.string().trim().min(1).max(200),
  level: z.enum(['oblast', 'district', 'sub_district', 'settlement']).optional(),
  region: z.string().regex(/^\d{9}$/).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const katoSearchHit = z.object({
  code: z.string(),
  level: z.string(),
  nameKk: z.string(),
  nameRu: z.string(),
  nameLatin: z.string().nullable(),
  parentNameKk: z.string().nullable(),
  parentNameRu: z.string().nullable(),
  regionNameKk: z.string(),
  regionNameRu: z.string(),
});
export type KatoSearchHitDto = z.infer<typeof katoSearchHit>;

export const setPriorityRegionsRequest = z.strictObject({
  codes: z.array(z.string().regex(/^\d{9}$/)).max(20),
  basis: z.string().trim().min(3).max(500),
});
