/**
 * A small TopoJSON reader for the shipped boundary files: arcs are quantised
 * and delta-encoded, and polygons refer to arcs by index (~i = arc i reversed).
 * Only polygon geometries are read; boundaries have no points or lines.
 */
export type Position = [x: number, y: number];
/** Longitude first, as in GeoJSON and TopoJSON. */
export type LonLat = [lon: number, lat: number];

export type TopologyProperties = Record<string, unknown>;

export type TopologyGeometry =
  | { type: 'Polygon'; arcs: number[][]; properties?: TopologyProperties }
  | { type: 'MultiPolygon'; arcs: number[][][]; properties?: TopologyProperties }
  | { type: string; arcs?: unknown; properties?: TopologyProperties };

export type Topology = {
  type: 'Topology';
  transform?: { scale: [number, number]; translate: [number, number] };
  arcs: number[][][];
  objects: Record<string, { type: string; geometries?: TopologyGeometry[] }>;
};

/** A region or district: its properties and every ring of its polygons (outer rings and holes alike). */
export type GeoFeature = { properties: TopologyProperties; rings: LonLat[][] };

const decodedArcs = new WeakMap<Topology, LonLat[][]>();

/** Every arc in absolute longitude/latitude, decoded once per topology object. */
export function topologyArcs(topology: Topology): LonLat[][] {
  const cached = decodedArcs.get(topology);
  if (cached) return cached;
  const transform = topology.transform;
  const arcs = topology.arcs.map((arc) => {
    if (!transform) return arc.map(([x = 0, y = 0]) => [x, y] as LonLat);
    const [sx, sy] = transform.scale;
    const [tx, ty] = transform.translate;
    let x = 0;
    let y = 0;
    return arc.map(([dx = 0, dy = 0]) => {
      x += dx;
      y += dy;
      return [x * sx + tx, y * sy + ty] as LonLat;
    });
  });
  decodedArcs.set(topology, arcs);
  return arcs;
}

/** The geometries of one named object; an unknown name is a programming error. */
export function topologyGeometries(topology: Topology, objectName: string): TopologyGeometry[] {
  const object = topology.objects[objectName];
  if (!object) throw new Error(`Topology has no object "${objectName}"`);
  return object.geometries ?? [];
}

/** The rings of a polygon geometry as lists of arc indices; other geometry types have none. */
export function geometryArcRings(geometry: TopologyGeometry): number[][] {
  if (geometry.type === 'Polygon') return geometry.arcs as number[][];
  if (geometry.type === 'MultiPolygon') return (geometry.arcs as number[][][]).flat();
  return [];
}

/**
 * Joins arcs into one ring; consecutive arcs share their end point, which is
 * kept once. `arcAt` gives an arc in any coordinates (degrees, pixels).
 */
export function stitchRing<P>(arcIndices: number[], arcAt: (index: number) => P[] | undefined): P[] {
  const ring: P[] = [];
  for (const index of arcIndices) {
    const arc = index >= 0 ? arcAt(index) : arcAt(~index)?.slice().reverse();
    if (!arc) throw new Error(`Topology refers to a missing arc ${index}`);
    ring.push(...(ring.length ? arc.slice(1) : arc));
  }
  return ring;
}

export function decodeTopology(topology: Topology, objectName: string): GeoFeature[] {
  const arcs = topologyArcs(topology);
  return topologyGeometries(topology, objectName).map((geometry) => ({
    properties: geometry.properties ?? {},
    rings: geometryArcRings(geometry).map((ring) => stitchRing(ring, (index) => arcs[index])),
  }));
}
