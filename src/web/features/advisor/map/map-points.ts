/** Settlements placed in the map frame, in drawing order. */
import { projectPoint, type ProjectionParams } from '../../../../lib/geo';

export type MapPoint = {
  kato: string;
  lat: number;
  lon: number;
  /** The settlement's name in the interface language. */
  label: string;
  score: number | null;
  rank: number | null;
  /** True when the location stands in for an unknown one (e.g. the district's centre). */
  approximate?: boolean;
};

export type PlacedPoint = MapPoint & { x: number; y: number };

const tenth = (value: number) => Math.round(value * 10) / 10;

/** Projects every point; points without a score come first and the best last, so the best are drawn on top. */
export function placePoints(points: readonly MapPoint[], projection: ProjectionParams): PlacedPoint[] {
  return points
    .filter((p) => Number.isFinite(p.lat) && Number.isFinite(p.lon))
    .map((p) => {
      const [x, y] = projectPoint(projection, p.lat, p.lon);
      return { ...p, x: tenth(x), y: tenth(y) };
    })
    .sort((a, b) => (a.score ?? -Infinity) - (b.score ?? -Infinity));
}

/** The highlighted points in rank order (the keyboard visits them so), unranked ones last. */
export function highlightedInOrder(placed: readonly PlacedPoint[], highlighted: ReadonlySet<string>): PlacedPoint[] {
  return placed.filter((p) => highlighted.has(p.kato)).sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
}
