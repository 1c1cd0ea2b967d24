/**
 * What part of the frame the map shows, and how big its markers are drawn
 * there. Kept apart from the component so it can be tested without a browser.
 */
import type { FrameBox, MapLayers } from '../../../../lib/geo';

/** Room left around a focused region, as a share of its size. */
const FOCUS_MARGIN = 0.08;

/**
 * The viewBox for a region: its box with a margin, or the whole frame when no
 * (known) region is asked for. With `keepAspect` the box is widened or heightened
 * to the frame's proportions, so the map keeps its size on the page while it zooms.
 */
export function focusViewBox(layers: Pick<MapLayers, 'viewBox' | 'regions'>, regionKato: string | null | undefined, keepAspect: boolean): FrameBox {
  const region = regionKato ? layers.regions.find((r) => r.kato === regionKato) : undefined;
  if (!region) return layers.viewBox;
  const [x, y, width, height] = region.bbox;
  const margin = FOCUS_MARGIN * Math.max(width, height);
  let box: FrameBox = [x - margin, y - margin, width + 2 * margin, height + 2 * margin];
  if (keepAspect) {
    const aspect = layers.viewBox[2] / layers.viewBox[3];
    const [bx, by, bw, bh] = box;
    box = bw / bh < aspect ? [bx - (bh * aspect - bw) / 2, by, bh * aspect, bh] : [bx, by - (bw / aspect - bh) / 2, bw, bw / aspect];
  }
  return box.map((value) => Math.round(value * 10) / 10) as FrameBox;
}

/** Screen sizes of what the map draws, in CSS pixels. */
export const MARKER_PX = { point: 2.5, highlighted: 8, label: 12, rank: 10 } as const;

/**
 * Frame units per CSS pixel for a viewBox shown `widthPx` wide, and the radius
 * of an ordinary point there: zooming in by z draws points √z times bigger on
 * screen, not z times, so they grow apart but don't swell into blobs.
 * Labels keep their pixel size; highlighted markers keep theirs until the
 * points would come close to them in size.
 */
export function drawingScale(viewBox: FrameBox, frame: FrameBox, widthPx: number): { unitsPerPx: number; pointRadius: number; highlightRadius: number } {
  const unitsPerPx = viewBox[2] / Math.max(widthPx, 1);
  const zoom = frame[2] / viewBox[2];
  const pointRadius = MARKER_PX.point * unitsPerPx * Math.sqrt(Math.max(zoom, 1));
  const highlightRadius = Math.max(MARKER_PX.highlighted * unitsPerPx, 2.2 * pointRadius);
  const round = (value: number) => Math.round(value * 100) / 100;
  return { unitsPerPx, pointRadius: round(pointRadius), highlightRadius: round(highlightRadius) };
}
