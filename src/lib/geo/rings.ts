/**
 * Planar geometry on rings of [x, y] (longitude/latitude or projected pixels).
 * A feature's rings come as one flat list, outer rings and holes together, so
 * inside-ness follows the even-odd rule and holes are told apart by nesting,
 * not by winding order.
 */
import type { Position } from './topology';

export type BBox = [minX: number, minY: number, maxX: number, maxY: number];

function insideRing([x, y]: Position, ring: readonly Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Even-odd test over all rings: a point in a hole is outside. */
export function pointInRings(point: Position, rings: readonly (readonly Position[])[]): boolean {
  let inside = false;
  for (const ring of rings) if (insideRing(point, ring)) inside = !inside;
  return inside;
}

/** Signed area (shoelace) and the area-weighted centre of one ring. */
function ringMoments(ring: readonly Position[]): { area: number; cx: number; cy: number } {
  let twiceArea = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    const cross = xj * yi - xi * yj;
    twiceArea += cross;
    cx += (xj + xi) * cross;
    cy += (yj + yi) * cross;
  }
  const area = twiceArea / 2;
  return area === 0 ? { area: 0, cx: ring[0]?.[0] ?? 0, cy: ring[0]?.[1] ?? 0 } : { area, cx: cx / (6 * area), cy: cy / (6 * area) };
}

export function ringArea(ring: readonly Position[]): number {
  return Math.abs(ringMoments(ring).area);
}

/**
 * The area centroid of a feature, holes subtracted. A ring counts as a hole when
 * an odd number of the other rings encloses it. The centroid of a crescent or of
 * islands can lie outside the feature; use interiorPoint for a point that is inside.
 */
export function ringsCentroid(rings: readonly (readonly Position[])[]): Position {
  let area = 0;
  let x = 0;
  let y = 0;
  rings.forEach((ring, index) => {
    const moments = ringMoments(ring);
    const start = ring[0];
    const depth = start ? rings.filter((other, j) => j !== index && insideRing(start, other)).length : 0;
    const signed = Math.abs(moments.area) * (depth % 2 ? -1 : 1);
    area += signed;
    x += moments.cx * signed;
    y += moments.cy * signed;
  });
  if (area === 0) throw new Error('Cannot take the centroid of rings without area');
  return [x / area, y / area];
}

export function ringsBBox(rings: readonly (readonly Position[])[]): BBox {
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of rings) for (const [x, y] of ring) extendBBox(box, x, y);
  return box;
}

export function extendBBox(box: BBox, x: number, y: number): void {
  if (x < box[0]) box[0] = x;
  if (y < box[1]) box[1] = y;
  if (x > box[2]) box[2] = x;
  if (y > box[3]) box[3] = y;
}

/** The widest stretch of the feature along the horizontal line at y, as its midpoint and width. */
function widestSpan(y: number, rings: readonly (readonly Position[])[]): { point: Position; width: number } | null {
  const crossings: number[] = [];
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > y !== yj > y) crossings.push(((xj - xi) * (y - yi)) / (yj - yi) + xi);
    }
  }
  crossings.sort((a, b) => a - b);
  let best: { point: Position; width: number } | null = null;
  // Even-odd: the stretches between crossings 0-1, 2-3, … lie inside.
  for (let i = 0; i + 1 < crossings.length; i += 2) {
    const width = crossings[i + 1]! - crossings[i]!;
    if (!best || width > best.width) best = { point: [(crossings[i]! + crossings[i + 1]!) / 2, y], width };
  }
  return best;
}

/**
 * A point inside the feature for a label or a stand-in location: the centroid
 * when it lies inside, otherwise the middle of the widest horizontal stretch
 * found on a few lines across the largest ring.
 */
export function interiorPoint(rings: readonly (readonly Position[])[]): Position {
  const centroid = ringsCentroid(rings);
  if (pointInRings(centroid, rings)) return centroid;
  const largest = rings.reduce((a, b) => (ringArea(b) > ringArea(a) ? b : a));
  const [, minY, , maxY] = ringsBBox([largest]);
  const lines = [centroid[1], ...Array.from({ length: 15 }, (_, i) => minY + ((i + 1) * (maxY - minY)) / 16)];
  let best: { point: Position; width: number } | null = null;
  for (const y of lines) {
    const span = widestSpan(y, rings);
    if (span && (!best || span.width > best.width)) best = span;
  }
  return best?.point ?? centroid;
}
