/**
 * The map projection: Albers conic equal-area with standard parallels 45°N and
 * 52°N, central meridian 68°E (the national mapping convention for Kazakhstan).
 * Equal-area because the map colours districts by score: a plain
 * equirectangular frame would inflate the northern districts (cos φ drops from
 * 0.77 at 40°N to 0.57 at 55°N) and so give them more visual weight than their
 * score; Albers keeps areas true and shapes within a few per cent across the
 * country, at the cost of a slight tilt of the far east.
 *
 * The parameters are plain JSON so the server can fit the frame and the
 * browser can place settlements with the very same projectPoint.
 */
import type { Position } from './topology';

export type ProjectionParams = {
  kind: 'albers';
  /** Central meridian, origin latitude and the two standard parallels, in degrees. */
  lon0: number;
  lat0: number;
  lat1: number;
  lat2: number;
  /** Frame pixels per kilometre, and the frame position of the projection origin. */
  scale: number;
  translate: [number, number];
};

export const KAZAKHSTAN_ALBERS = { kind: 'albers', lon0: 68, lat0: 48, lat1: 45, lat2: 52 } as const;

const EARTH_RADIUS_KM = 6371.0088;
const radians = Math.PI / 180;

type Cone = { n: number; c: number; rho0: number };

function cone(p: Pick<ProjectionParams, 'lat0' | 'lat1' | 'lat2'>): Cone {
  const sin1 = Math.sin(p.lat1 * radians);
  const n = (sin1 + Math.sin(p.lat2 * radians)) / 2;
  const c = Math.cos(p.lat1 * radians) ** 2 + 2 * n * sin1;
  return { n, c, rho0: Math.sqrt(c - 2 * n * Math.sin(p.lat0 * radians)) / n };
}

/** Projected kilometres, y pointing north; no frame applied. */
export function albersKm(p: Pick<ProjectionParams, 'lon0' | 'lat0' | 'lat1' | 'lat2'>, lat: number, lon: number): Position {
  const { n, c, rho0 } = cone(p);
  const rho = Math.sqrt(c - 2 * n * Math.sin(lat * radians)) / n;
  const theta = n * (lon - p.lon0) * radians;
  return [EARTH_RADIUS_KM * rho * Math.sin(theta), EARTH_RADIUS_KM * (rho0 - rho * Math.cos(theta))];
}

/** Frame coordinates [x, y] of a point, y pointing down as in SVG. */
export function projectPoint(params: ProjectionParams, lat: number, lon: number): Position {
  const [x, y] = albersKm(params, lat, lon);
  return [params.translate[0] + params.scale * x, params.translate[1] - params.scale * y];
}

/** The inverse of projectPoint: [lat, lon] of a frame position. */
export function unprojectPoint(params: ProjectionParams, x: number, y: number): [lat: number, lon: number] {
  const { n, c, rho0 } = cone(params);
  const px = (x - params.translate[0]) / params.scale / EARTH_RADIUS_KM;
  const py = rho0 - (params.translate[1] - y) / params.scale / EARTH_RADIUS_KM;
  const rho = Math.sign(n) * Math.hypot(px, py);
  const theta = Math.atan2(Math.sign(n) * px, Math.sign(n) * py);
  const lat = Math.asin(Math.max(-1, Math.min(1, (c - (rho * n) ** 2) / (2 * n)))) / radians;
  return [lat, params.lon0 + theta / n / radians];
}

/**
 * Fits the projection so that a box of projected kilometres fills a frame
 * `width` pixels wide with `padding` on every side; the height follows the
 * box's aspect ratio.
 */
export function fitProjection(
  boxKm: [minX: number, minY: number, maxX: number, maxY: number],
  width: number,
  padding: number,
): { params: ProjectionParams; height: number } {
  const [minX, minY, maxX, maxY] = boxKm;
  const scale = (width - 2 * padding) / Math.max(maxX - minX, 1e-9);
  const height = (maxY - minY) * scale + 2 * padding;
  return { params: { ...KAZAKHSTAN_ALBERS, scale, translate: [padding - minX * scale, padding + maxY * scale] }, height };
}
