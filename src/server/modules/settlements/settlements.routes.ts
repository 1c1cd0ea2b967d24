import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from '@hono/zod-openapi';
import { buildMapLayers, type GeoJsonFeatureCollection, type MapLayers, type Topology } from '../../../lib/geo';
import type { Executor } from '../../platform/db';
import { createRouter, defineRoute, jsonBody, jsonContent, RateLimiter } from '../../platform/http';
import { listKatoUnitsByCodes, listPriorityRegions } from '../kato';
import { rankSettlements } from './settlements.ranking';
import { listRegionSummaries, regionOverview } from './settlements.regions';
import {
  katoCode,
  rankRequest,
  rankResponse,
  regionOverview as regionOverviewSchema,
  regionSummary,
  settlementCard as settlementCardSchema,
  settlementListItem,
  settlementListQuery,
  settlementPoints as settlementPointsSchema,
  shortlist,
  shortlistRequest,
} from './settlements.schema';
import { getShortlist, listSettlements, saveShortlist, settlementCard, settlementPoints } from './settlements.service';

const tags = ['Relocation advisor'];
const katoParams = z.object({ kato: katoCode });

const regions = defineRoute({
  method: 'get',
  path: '/regions',
  access: 'public',
  tags,
  summary: 'Regions with their official indicators and whether they are priority regions for resettlement',
  responses: { 200: jsonContent(z.object({ items: z.array(regionSummary) })) },
});

const region = defineRoute({
  method: 'get',
  path: '/regions/{kato}',
  access: 'public',
  tags,
  summary: "A region's overview: indicators beside the national figures, income per capita 2000–2020, quota and aid",
  request: { params: katoParams },
  responses: { 200: jsonContent(regionOverviewSchema), 404: jsonContent(z.unknown(), 'No such region') },
});

const list = defineRoute({
  method: 'get',
  path: '/settlements',
  access: 'public',
  tags,
  summary: 'Settlements of the catalogue, by region, district and name',
  request: { query: settlementListQuery },
  responses: { 200: jsonContent(z.object({ items: z.array(settlementListItem), total: z.number().int() })) },
});

const points = defineRoute({
  method: 'get',
  path: '/settlements/points',
  access: 'public',
  tags,
  summary: "The priority regions' settlements with positions, as columns for the map",
  responses: { 200: jsonContent(settlementPointsSchema) },
});

const map = defineRoute({
  method: 'get',
  path: '/settlements/map',
  access: 'public',
  tags,
  summary: 'Region and district boundaries of the priority regions as SVG paths (geokz, CC BY 4.0)',
  responses: { 200: jsonContent(z.record(z.string(), z.unknown())) },
});

const card = defineRoute({
  method: 'get',
  path: '/settlements/{kato}',
  access: 'public',
  tags,
  summary: "One settlement's card: position, distances and indicators, each with its source; demo values flagged",
  request: { params: katoParams },
  responses: { 200: jsonContent(settlementCardSchema), 404: jsonContent(z.unknown(), 'No such settlement') },
});

const rank = defineRoute({
  method: 'post',
  path: '/settlements/rank',
  access: 'public',
  tags,
  summary: 'Rank the settlements of the priority regions for a family’s weights and must-haves',
  request: { body: jsonBody(rankRequest) },
  responses: { 200: jsonContent(rankResponse) },
});

const createShortlist = defineRoute({
  method: 'post',
  path: '/settlements/shortlists',
  access: 'public',
  tags,
  summary: 'Save a shortlist; its id is the link to it',
  request: { body: jsonBody(shortlistRequest) },
  responses: { 201: jsonContent(shortlist), 429: jsonContent(z.unknown(), 'Too many shortlists from this address; try again in a minute') },
});

const readShortlist = defineRoute({
  method: 'get',
  path: '/settlements/shortlists/{id}',
  access: 'public',
  tags,
  summary: 'A saved shortlist',
  request: { params: z.object({ id: z.uuid() }) },
  responses: { 200: jsonContent(shortlist), 404: jsonContent(z.unknown(), 'No such shortlist') },
});

const dataPath = (name: string) => fileURLToPath(new URL(`../../../../data/kz/${name}`, import.meta.url));
let topology: Topology | null = null;
let overlayDistricts: GeoJsonFeatureCollection | null = null;
const layersByRegions = new Map<string, MapLayers>();

/**
 * The OpenStreetMap polygons of districts created after the geokz boundaries,
 * with their Russian names from the KATO classifier (OSM gives kk and en only).
 */
async function readOverlayDistricts(db: Executor): Promise<GeoJsonFeatureCollection> {
  const collection = JSON.parse(readFileSync(dataPath('kz_adm2_osm_2024_new_districts.geojson'), 'utf8')) as GeoJsonFeatureCollection;
  const units = await listKatoUnitsByCodes(db, collection.features.map((f) => String(f.properties?.KATO ?? '')));
  const russian = new Map(units.map((unit) => [unit.code, unit.nameRu]));
  return {
    ...collection,
    features: collection.features.map((f) => ({ ...f, properties: { ...f.properties, name_ru: russian.get(String(f.properties?.KATO ?? '')) } })),
  };
}

/** The map of the given regions, built once per set of regions from the shipped boundaries. */
async function mapLayers(db: Executor, regionCodes: string[]): Promise<MapLayers> {
  const key = [...regionCodes].sort().join(',');
  let layers = layersByRegions.get(key);
  if (!layers) {
    topology ??= JSON.parse(readFileSync(dataPath('kz_adm_2024_simplified.topojson'), 'utf8')) as Topology;
    overlayDistricts ??= await readOverlayDistricts(db);
    layers = buildMapLayers(topology, { regionCodes, overlayDistricts });
    layersByRegions.set(key, layers);
  }
  return layers;
}

const priorityCodes = async (db: Parameters<typeof listPriorityRegions>[0]) => (await listPriorityRegions(db)).map((r) => r.regionCode);

/** Saving a shortlist needs no account; a limit per address keeps a script from filling the table. */
const shortlistsPerAddress = new RateLimiter(30, 60_000);

export function settlementsRoutes() {
  return createRouter()
    .openapi(regions, async (c) => c.json({ items: await listRegionSummaries(c.var.db) }, 200))
    .openapi(region, async (c) => c.json(await regionOverview(c.var.db, c.req.valid('param').kato), 200))
    .openapi(list, async (c) => c.json(await listSettlements(c.var.db, c.req.valid('query')), 200))
    .openapi(points, async (c) => c.json(await settlementPoints(c.var.db, await priorityCodes(c.var.db)), 200))
    .openapi(map, async (c) => c.json((await mapLayers(c.var.db, await priorityCodes(c.var.db))) as unknown as Record<string, unknown>, 200))
    .openapi(rank, async (c) => c.json(await rankSettlements(c.var.db, c.req.valid('json')), 200))
    .openapi(createShortlist, async (c) => {
      shortlistsPerAddress.hit(c.var.ip ?? 'unknown');
      return c.json(await saveShortlist(c.var.db, c.req.valid('json')), 201);
    })
    .openapi(readShortlist, async (c) => c.json(await getShortlist(c.var.db, c.req.valid('param').id), 200))
    .openapi(card, async (c) => c.json(await settlementCard(c.var.db, c.req.valid('param').kato), 200));
}
