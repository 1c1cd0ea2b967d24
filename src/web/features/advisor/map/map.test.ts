/**
 * The map's pure parts: the colour scale, which part of the frame a focused
 * region shows, marker sizes, and the order points are drawn and visited in.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { buildMapLayers, type Topology } from '../../../../lib/geo';
import { highlightedInOrder, placePoints, type MapPoint } from './map-points';
import { NO_SCORE_COLOUR, scoreColour, scoreDomainOf, scorePosition, VIRIDIS_STOPS } from './map-scale';
import { drawingScale, focusViewBox, MARKER_PX } from './map-view';

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

const topology = JSON.parse(readFileSync(new URL('../../../../../data/kz/kz_adm_2024_simplified.topojson', import.meta.url), 'utf8')) as Topology;
const PRIORITY = ['110000000', '100000000', '390000000', '550000000', '230000000', '270000000', '630000000', '590000000'];
const layers = buildMapLayers(topology, { regionCodes: PRIORITY });

describe('scoreColour', () => {
  it('runs from the first viridis stop to the last and greys out missing scores', () => {
    assert.equal(scoreColour(0), VIRIDIS_STOPS[0]);
    assert.equal(scoreColour(1), VIRIDIS_STOPS[8]);
    assert.equal(scoreColour(0.5), VIRIDIS_STOPS[4]);
    assert.equal(scoreColour(50, [0, 100]), VIRIDIS_STOPS[4]);
    assert.equal(scoreColour(-3, [0, 100]), VIRIDIS_STOPS[0], 'below the domain is clamped');
    assert.equal(scoreColour(130, [0, 100]), VIRIDIS_STOPS[8]);
    for (const missing of [null, undefined, Number.NaN]) assert.equal(scoreColour(missing), NO_SCORE_COLOUR);
    assert.ok(!VIRIDIS_STOPS.includes(NO_SCORE_COLOUR as (typeof VIRIDIS_STOPS)[number]));
  });

  it('gets lighter as the score rises, so the order survives colour-blindness and greyscale', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (a, b) => {
        const [low, high] = a < b ? [a, b] : [b, a];
        return high - low < 0.02 || luminance(scoreColour(high)) > luminance(scoreColour(low));
      }),
    );
    assert.match(scoreColour(0.3), /^#[0-9a-f]{6}$/);
  });

  it('takes its domain from the finite scores given', () => {
    assert.deepEqual(scoreDomainOf([3, null, 9, Number.NaN, 5]), [3, 9]);
    assert.deepEqual(scoreDomainOf([null]), [0, 1]);
    assert.equal(scorePosition(4, [4, 4]), 0.5, 'a single score sits mid-scale');
  });
});

describe('focusViewBox', () => {
  const region = layers.regions.find((r) => r.kato === '590000000')!;
  const contains = (outer: number[], inner: number[]) =>
    outer[0]! <= inner[0]! && outer[1]! <= inner[1]! && outer[0]! + outer[2]! >= inner[0]! + inner[2]! && outer[1]! + outer[3]! >= inner[1]! + inner[3]!;

  it('shows the whole frame without a (known) region', () => {
    assert.deepEqual(focusViewBox(layers, null, true), layers.viewBox);
    assert.deepEqual(focusViewBox(layers, '999999999', true), layers.viewBox);
  });

  it('fits a region tightly with a margin', () => {
    const box = focusViewBox(layers, region.kato, false);
    assert.ok(contains(box, region.bbox));
    const longer = Math.max(region.bbox[2], region.bbox[3]);
    assert.ok(box[2] <= region.bbox[2] + 0.2 * longer && box[3] <= region.bbox[3] + 0.2 * longer);
    assert.ok(box[2] / box[3] !== layers.viewBox[2] / layers.viewBox[3], 'the region\'s own proportions');
  });

  it('keeps the frame proportions and centre when asked to', () => {
    for (const { kato, bbox } of layers.regions) {
      const box = focusViewBox(layers, kato, true);
      assert.ok(contains(box, bbox), kato);
      assert.ok(Math.abs(box[2] / box[3] - layers.viewBox[2] / layers.viewBox[3]) < 0.01, kato);
      assert.ok(Math.abs(box[0] + box[2] / 2 - (bbox[0] + bbox[2] / 2)) < 0.2 && Math.abs(box[1] + box[3] / 2 - (bbox[1] + bbox[3] / 2)) < 0.2, kato);
    }
  });
});

describe('drawingScale', () => {
  it('keeps markers at their pixel size in the whole frame and grows them by √zoom', () => {
    const whole = drawingScale(layers.viewBox, layers.viewBox, 500);
    assert.equal(whole.unitsPerPx, 2);
    assert.equal(whole.pointRadius, MARKER_PX.point * 2);
    const quarter: typeof layers.viewBox = [0, 0, 250, 100];
    const zoomed = drawingScale(quarter, layers.viewBox, 500);
    // 4× zoom: half a unit per pixel, points twice their pixel size.
    assert.equal(zoomed.unitsPerPx, 0.5);
    assert.equal(zoomed.pointRadius / zoomed.unitsPerPx, MARKER_PX.point * 2);
  });

  it('keeps highlighted markers clearly bigger than the points around them', () => {
    assert.equal(drawingScale(layers.viewBox, layers.viewBox, 500).highlightRadius, MARKER_PX.highlighted * 2);
    for (const width of [1000, 100, 10, 1]) {
      const scale = drawingScale([0, 0, width, width / 3], layers.viewBox, 800);
      assert.ok(scale.highlightRadius >= 2 * scale.pointRadius && scale.highlightRadius >= MARKER_PX.highlighted * scale.unitsPerPx - 0.01, `${width}`);
    }
  });
});

describe('points', () => {
  const point = (kato: string, score: number | null, rank: number | null): MapPoint => ({ kato, lat: 52, lon: 70, label: kato, score, rank });

  it('draws the best last and skips points without a location', () => {
    const placed = placePoints([point('a', 0.2, 3), point('b', null, null), point('c', 0.9, 1), { ...point('d', 1, 1), lat: Number.NaN }], layers.projection);
    assert.deepEqual(placed.map((p) => p.kato), ['b', 'a', 'c']);
    const [x, y] = [placed[0]!.x, placed[0]!.y];
    assert.ok(x >= 0 && x <= 1000 && y >= 0 && y <= layers.viewBox[3], 'a point in Akmola lands in the frame');
  });

  it('lets the keyboard visit highlighted points by rank', () => {
    const placed = placePoints([point('a', 0.2, 3), point('b', 0.5, null), point('c', 0.9, 1), point('e', 0.6, 2)], layers.projection);
    assert.deepEqual(highlightedInOrder(placed, new Set(['a', 'b', 'c'])).map((p) => p.kato), ['c', 'a', 'b']);
  });
});
