/**
 * Map layers for the SVG map, built from the shipped boundary topology: the
 * chosen regions and their districts as path data in a frame 1000 px wide,
 * fitted to those regions, plus faint outlines of the neighbouring regions
 * for orientation. The result is plain JSON, small enough to send with a page.
 */
import { albersKm, fitProjection, KAZAKHSTAN_ALBERS, type ProjectionParams } from './projection';
import { extendBBox, interiorPoint, ringsBBox, type BBox } from './rings';
import { simplifyLine } from './simplify';
import { linePath, ringPath } from './svg-path';
import { geometryArcRings, stitchRing, topologyArcs, topologyGeometries, type Position, type Topology, type TopologyGeometry } from './topology';

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

const arcIndexOf = (index: number) => (index >= 0 ? index : ~index);
const toPixels = (value: number) => Math.round(value) / 10;

/**
 * @param options.regionCodes KATO codes of the regions to show; unknown codes
 * are ignored, and with none (or none known) every region is shown.
 */
export function buildMapLayers(topology: Topology, options: { regionCodes?: readonly string[] } = {}): MapLayers {
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

  /** Arcs in integer tenths of a frame pixel, simplified, cached per tolerance. */
  const frameArcs = new Map<string, Position[]>();
  const frameArc = (index: number, tolerance: number) => {
    const key = `${index}/${tolerance}`;
    let arc = frameArcs.get(key);
    if (!arc) {
      const [tx, ty] = params.translate;
      const rounded = kmArc(index).map(([x, y]): Position => [Math.round((tx + params.scale * x) * 10), Math.round((ty - params.scale * y) * 10)]);
      frameArcs.set(key, (arc = simplifyLine(rounded, tolerance)));
    }
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
