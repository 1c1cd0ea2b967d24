/**
 * Map layers for the SVG map, built from the shipped boundary topology: the
 * chosen regions and their districts as path data in a frame 1000 px wide,
 * fitted to those regions, plus faint outlines of the neighbouring regions
 * for orientation. Districts newer than the topology can be laid over it from
 * GeoJSON. The result is plain JSON, small enough to send with a page.
 */
import { albersKm, fitProjection, KAZAKHSTAN_ALBERS, type ProjectionParams } from './projection';
import { extendBBox, interiorPoint, ringsBBox, type BBox } from './rings';
import { simplifyLine } from './simplify';
import { linePath, ringPath } from './svg-path';
import {
  geometryArcRings,
  stitchRing,
  topologyArcs,
  topologyGeometries,
  type LonLat,
  type Position,
  type Topology,
  type TopologyGeometry,
  type TopologyProperties,
} from './topology';

export type LocalizedName = { kk: string; ru: string; en: string };
/** [x, y, width, height] in frame pixels, as an SVG viewBox. */
export type FrameBox = [x: number, y: number, width: number, height: number];

export type MapRegion = { kato: string; name: LocalizedName; d: string; label: Position; bbox: FrameBox };
export type MapDistrict = { kato: string; regionKato: string; name: LocalizedName; d: string };
export type MapLayers = {
  viewBox: FrameBox;
  projection: ProjectionParams;
  regions: MapRegion[];
  districts: MapDistrict[];
  /** Borders of the regions around the chosen ones, as one path of open lines; "" when all regions are shown. */
  context: string;
};

/** The GeoJSON this module reads: polygon features with their properties; other geometries are skipped. */
export type GeoJsonFeature = {
  type: 'Feature';
  properties: TopologyProperties | null;
  geometry: { type: 'Polygon'; coordinates: LonLat[][] } | { type: 'MultiPolygon'; coordinates: LonLat[][][] } | { type: string } | null;
};
export type GeoJsonFeatureCollection = { type: 'FeatureCollection'; features: GeoJsonFeature[] };

export const MAP_WIDTH = 1000;
const PADDING = 12;
/** Tolerances in tenths of a pixel: 0.2 px for the chosen regions (invisible), 1 px for the context. */
const DETAIL_TOLERANCE = 2;
const CONTEXT_TOLERANCE = 10;

const text = (value: unknown) => (typeof value === 'string' ? value : value == null ? '' : String(value));
const katoOf = (geometry: TopologyGeometry) => text(geometry.properties?.KATO);
/** A district's region: the first two KATO digits, padded back to nine. */
export const regionKatoOf = (kato: string) => `${kato.slice(0, 2)}0000000`;

function nameOf(geometry: TopologyGeometry, level: 'ADM1' | 'ADM2'): LocalizedName {
  const p = geometry.properties ?? {};
  return { kk: text(p[`${level}_KK`]), ru: text(p[`${level}_RU`]), en: text(p[`${level}_EN`]) };
}

/** District names without the type word (ауданы, район, District, Г.А., Қ.Ә.), as the geokz names are written. */
const bareDistrictName = (value: unknown) =>
  text(value)
    .replace(/^район\s+|\s+(ауданы|район|district|г\.а\.|қ\.ә\.)$/iu, '')
    .trim();

/** An overlay district's names: kk from `name`, en from `name_en`, ru from `name_ru` or else the Kazakh name. */
function overlayNameOf(properties: TopologyProperties): LocalizedName {
  const kk = bareDistrictName(properties.name);
  return { kk, ru: bareDistrictName(properties.name_ru) || kk, en: bareDistrictName(properties.name_en) };
}

function featureRings(feature: GeoJsonFeature): LonLat[][] {
  const geometry = feature.geometry;
  if (geometry?.type === 'Polygon') return (geometry as { coordinates: LonLat[][] }).coordinates;
  if (geometry?.type === 'MultiPolygon') return (geometry as { coordinates: LonLat[][][] }).coordinates.flat();
  return [];
}

const arcIndexOf = (index: number) => (index >= 0 ? index : ~index);
const toPixels = (value: number) => Math.round(value) / 10;

export type MapLayerOptions = {
  /** KATO codes of the regions to show; unknown codes are ignored, and with none (or none known) every region is shown. */
  regionCodes?: readonly string[];
  /**
   * Districts the topology lacks (created after it was drawn), as GeoJSON
   * polygons with `KATO`, `name` (kk), `name_en` and optionally `name_ru`.
   * They overlap the older parent district, so they come after the topology's
   * districts and are drawn on top of them.
   */
  overlayDistricts?: GeoJsonFeatureCollection;
};

export function buildMapLayers(topology: Topology, options: MapLayerOptions = {}): MapLayers {
  const arcs = topologyArcs(topology);
  const adm1 = topologyGeometries(topology, 'adm1');
  const wanted = new Set(options.regionCodes ?? []);
  const chosen = adm1.filter((g) => wanted.has(katoOf(g)));
  const selected = chosen.length ? chosen : adm1;
  const selectedCodes = new Set(selected.map(katoOf));

  const kmArcs = new Map<number, Position[]>();
  const kmArc = (index: number) => {
    let arc = kmArcs.get(index);
    if (!arc) kmArcs.set(index, (arc = (arcs[index] ?? []).map(([lon, lat]) => albersKm(KAZAKHSTAN_ALBERS, lat, lon))));
    return arc;
  };

  const selectedArcs = new Set(selected.flatMap((g) => geometryArcRings(g).flat().map(arcIndexOf)));
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const index of selectedArcs) for (const [x, y] of kmArc(index)) extendBBox(box, x, y);
  const { params, height } = fitProjection(box, MAP_WIDTH, PADDING);

  /** A projected point in integer tenths of a frame pixel. */
  const [tx, ty] = params.translate;
  const toFrame = ([x, y]: Position): Position => [Math.round((tx + params.scale * x) * 10), Math.round((ty - params.scale * y) * 10)];
  /** Arcs in integer tenths of a frame pixel, simplified, cached per tolerance. */
  const frameArcs = new Map<string, Position[]>();
  const frameArc = (index: number, tolerance: number) => {
    const key = `${index}/${tolerance}`;
    let arc = frameArcs.get(key);
    if (!arc) frameArcs.set(key, (arc = simplifyLine(kmArc(index).map(toFrame), tolerance)));
    return arc;
  };
  const ringsOf = (geometry: TopologyGeometry) => geometryArcRings(geometry).map((ring) => stitchRing(ring, (i) => frameArc(i, DETAIL_TOLERANCE)));
  const pathOf = (rings: Position[][]) => rings.map(ringPath).join('');

  const regions = selected.map((geometry): MapRegion => {
    const rings = ringsOf(geometry);
    const [minX, minY, maxX, maxY] = ringsBBox(rings);
    const [labelX, labelY] = interiorPoint(rings);
    return {
      kato: katoOf(geometry),
      name: nameOf(geometry, 'ADM1'),
      d: pathOf(rings),
      label: [toPixels(labelX), toPixels(labelY)],
      bbox: [toPixels(minX), toPixels(minY), toPixels(maxX - minX), toPixels(maxY - minY)],
    };
  });

  const districts = topologyGeometries(topology, 'adm2')
    .filter((g) => selectedCodes.has(regionKatoOf(katoOf(g))))
    .map((geometry): MapDistrict => ({
      kato: katoOf(geometry),
      regionKato: regionKatoOf(katoOf(geometry)),
      name: nameOf(geometry, 'ADM2'),
      d: pathOf(ringsOf(geometry)),
    }));
  for (const feature of options.overlayDistricts?.features ?? []) {
    const properties = feature.properties ?? {};
    const kato = text(properties.KATO);
    if (!selectedCodes.has(regionKatoOf(kato)) || districts.some((d) => d.kato === kato)) continue;
    const rings = featureRings(feature).map((ring) => simplifyLine(ring.map(([lon, lat]) => toFrame(albersKm(KAZAKHSTAN_ALBERS, lat, lon))), DETAIL_TOLERANCE));
    const d = pathOf(rings);
    if (d) districts.push({ kato, regionKato: regionKatoOf(kato), name: overlayNameOf(properties), d });
  }

  return {
    viewBox: [0, 0, MAP_WIDTH, Math.round(height * 10) / 10],
    projection: params,
    regions,
    districts,
    context: contextPath(adm1, selectedCodes, selectedArcs, (i) => frameArc(i, CONTEXT_TOLERANCE), height),
  };
}

/** Borders of the other regions that reach into the frame, each shared border drawn once. */
function contextPath(
  adm1: TopologyGeometry[],
  selectedCodes: Set<string>,
  selectedArcs: Set<number>,
  frameArc: (index: number) => Position[],
  height: number,
): string {
  const frame: BBox = [0, 0, MAP_WIDTH * 10, height * 10];
  const drawn = new Set(selectedArcs);
  const parts: string[] = [];
  for (const geometry of adm1) {
    if (selectedCodes.has(katoOf(geometry))) continue;
    for (const index of geometryArcRings(geometry).flat().map(arcIndexOf)) {
      if (drawn.has(index)) continue;
      drawn.add(index);
      const arc = frameArc(index);
      const [minX, minY, maxX, maxY] = ringsBBox([arc]);
      if (maxX >= frame[0] && minX <= frame[2] && maxY >= frame[1] && minY <= frame[3]) parts.push(linePath(arc));
    }
  }
  return parts.join('');
}
