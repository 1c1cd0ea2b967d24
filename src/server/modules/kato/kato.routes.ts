import { z } from '@hono/zod-openapi';
import { createRouter, defineRoute, jsonBody, jsonContent, requestMeta } from '../../platform/http';
import { katoSearchHit, katoSearchQuery, katoUnit, priorityRegion, setPriorityRegionsRequest, type KatoUnitDto, type PriorityRegionDto } from './kato.schema';
import { searchKato } from './kato.search';
import { getKatoUnit, listKatoChildren, listPriorityRegions, listRegions, setPriorityRegions, type KatoUnit, type PriorityRegion } from './kato.service';

const tags = ['Reference data'];
const codeParams = z.object({ code: z.string().regex(/^\d{9}$/) });

const toUnitDto = (u: KatoUnit): KatoUnitDto => ({
  code: u.code,
  parentCode: u.parentCode,
  regionCode: u.regionCode,
  level: u.level as KatoUnitDto['level'],
  typeCode: u.typeCode,
  nameKk: u.nameKk,
  nameRu: u.nameRu,
});
const toPriorityDto = (r: PriorityRegion): PriorityRegionDto => ({ ...r, updatedAt: r.updatedAt.toISOString() });

const regions = defineRoute({
  method: 'get',
  path: '/reference/regions',
  access: 'public',
  tags,
  summary: 'Regions of Kazakhstan (KATO, NK RK 11-2025)',
  responses: { 200: jsonContent(z.object({ items: z.array(katoUnit) })) },
});

const search = defineRoute({
  method: 'get',
  path: '/reference/kato',
  access: 'public',
  tags,
  summary: 'Find regions, districts, okrugs and settlements by name, in any script and word form',
  request: { query: katoSearchQuery },
  responses: { 200: jsonContent(z.object({ items: z.array(katoSearchHit) })) },
});

const unit = defineRoute({
  method: 'get',
  path: '/reference/kato/{code}',
  access: 'public',
  tags,
  summary: 'One KATO unit with its children',
  request: { params: codeParams },
  responses: {
    200: jsonContent(z.object({ unit: katoUnit, children: z.array(katoUnit) })),
    404: jsonContent(z.unknown(), 'No such code'),
  },
});

const priorities = defineRoute({
  method: 'get',
  path: '/reference/priority-regions',
  access: 'public',
  tags,
  summary: 'Regions named for the resettlement of kandas',
  responses: { 200: jsonContent(z.object({ items: z.array(priorityRegion) })) },
});

const setPriorities = defineRoute({
  method: 'put',
  path: '/reference/priority-regions',
  access: 'reference.manage',
  tags,
  summary: 'Replace the list of priority regions',
  request: { body: jsonBody(setPriorityRegionsRequest) },
  responses: { 200: jsonContent(z.object({ items: z.array(priorityRegion) })) },
});

export function katoRoutes() {
  return createRouter()
    .openapi(regions, async (c) => c.json({ items: (await listRegions(c.var.db)).map(toUnitDto) }, 200))
    .openapi(search, async (c) => {
      const query = c.req.valid('query');
      const items = await searchKato(c.var.db, { q: query.q, level: query.level, regionCode: query.region, limit: query.limit });
      return c.json({ items }, 200);
    })
    .openapi(unit, async (c) => {
      const { code } = c.req.valid('param');
      const found = await getKatoUnit(c.var.db, code);
      const children = await listKatoChildren(c.var.db, code);
      return c.json({ unit: toUnitDto(found), children: children.map(toUnitDto) }, 200);
    })
    .openapi(priorities, async (c) => c.json({ items: (await listPriorityRegions(c.var.db)).map(toPriorityDto) }, 200))
    .openapi(setPriorities, async (c) => {
      const items = await c.var.db.transaction((tx) => setPriorityRegions(tx, requestMeta(c), c.req.valid('json')));
      return c.json({ items: items.map(toPriorityDto) }, 200);
    });
}
