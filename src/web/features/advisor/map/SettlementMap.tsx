/**
 * The relocation advisor's map: districts and regions drawn from the shipped
 * boundaries (no tiles, no requests), settlements as points coloured by score,
 * the top ones as numbered buttons. Plain SVG, so it prints, zooms with the
 * page and works without WebGL.
 */
import { memo, useEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent, type RefObject, type SyntheticEvent } from 'react';
import type { MapDistrict, MapLayers, MapRegion } from '../../../../lib/geo';
import { useFormat, type Language } from '../../../app/i18n';
import { MapCaption, type LegendLabels } from './MapCaption';
import { HighlightedLayer, PointsLayer } from './MapMarkers';
import { highlightedInOrder, placePoints, type MapPoint } from './map-points';
import { scoreColour, scoreDomainOf, type ScoreDomain } from './map-scale';
import { drawingScale, focusViewBox, MARKER_PX } from './map-view';
import './settlement-map.css';

export type { MapPoint } from './map-points';
export type { LegendLabels } from './MapCaption';

export type SettlementMapProps = {
  layers: MapLayers;
  points?: readonly MapPoint[];
  /** KATO codes drawn larger, numbered by rank and reachable by keyboard (keep it to a handful, e.g. the top 10). */
  highlighted?: readonly string[];
  /** District KATO → score; the districts are then filled by score. */
  areaScores?: Readonly<Record<string, number | null>>;
  /** Scores at the two ends of the colour scale; by default the lowest and highest given. */
  scoreDomain?: ScoreDomain;
  selected?: string | null;
  onSelect?: (kato: string) => void;
  /** Region KATO to zoom to; the whole frame otherwise. */
  focusRegion?: string | null;
  /** Fit the focused region tightly (the frame's proportions are kept otherwise, so the page doesn't jump). */
  tight?: boolean;
  /** Region names on the map; shown by default only when there are no settlements to crowd them. */
  regionLabels?: boolean;
  ariaLabel: string;
  /** Legend texts; no legend without them. */
  legendLabels?: LegendLabels;
  formatScore?: (score: number) => string;
  className?: string;
};

/** Assumed width until the map has been measured (first paint, print). */
const DEFAULT_WIDTH_PX = 800;

/** The drawn width of an element, to 20 px, so resizing re-renders the markers rarely. */
function useWidth(ref: RefObject<Element | null>): number {
  const [width, setWidth] = useState(DEFAULT_WIDTH_PX);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const measured = entry?.contentRect.width ?? 0;
      if (measured > 0) setWidth(Math.max(20, Math.round(measured / 20) * 20));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

const katoOfEvent = (event: SyntheticEvent) => (event.target as Element).closest?.('[data-kato]')?.getAttribute('data-kato') ?? null;

export function SettlementMap(props: SettlementMapProps) {
  const { layers, points = [], highlighted, areaScores, focusRegion, selected, tight = false } = props;
  const format = useFormat();
  const formatScore = props.formatScore ?? ((score: number) => format.number(Math.round(score * 100) / 100));
  const svgRef = useRef<SVGSVGElement>(null);
  const widthPx = useWidth(svgRef);
  // The latest handler without re-rendering the points when the parent passes a new function.
  const onSelect = useRef(props.onSelect);
  useEffect(() => {
    onSelect.current = props.onSelect;
  }, [props.onSelect]);
  const [hovered, setHovered] = useState<string | null>(null);

  const placed = useMemo(() => placePoints(points, layers.projection), [points, layers.projection]);
  const byKato = useMemo(() => new Map(placed.map((p) => [p.kato, p])), [placed]);
  const highlightKey = (highlighted ?? []).join(',');
  const highlightSet = useMemo(() => new Set(highlightKey ? highlightKey.split(',') : []), [highlightKey]);
  const targets = useMemo(() => highlightedInOrder(placed, highlightSet), [placed, highlightSet]);
  const domain = useMemo(
    () => props.scoreDomain ?? scoreDomainOf([...points.map((p) => p.score), ...Object.values(areaScores ?? {})]),
    [props.scoreDomain, points, areaScores],
  );
  const viewBox = useMemo(() => focusViewBox(layers, focusRegion, !tight), [layers, focusRegion, tight]);
  const { unitsPerPx, pointRadius, highlightRadius } = drawingScale(viewBox, layers.viewBox, widthPx);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    const kato = katoOfEvent(event);
    if (!kato) return;
    event.preventDefault();
    onSelect.current?.(kato);
  };
  const onPointerOver = (event: PointerEvent) => setHovered(katoOfEvent(event));
  const selectedPoint = selected ? byKato.get(selected) : undefined;
  const hoveredPoint = hovered ? byKato.get(hovered) : undefined;
  const interactive = targets.length > 0;

  return (
    <figure className={['settlement-map', props.className].filter(Boolean).join(' ')}>
      <svg
        ref={svgRef}
        className="settlement-map__svg"
        viewBox={viewBox.join(' ')}
        role={interactive ? 'group' : 'img'}
        aria-label={props.ariaLabel}
        onClick={(event) => {
          const kato = katoOfEvent(event);
          if (kato) onSelect.current?.(kato);
        }}
        onKeyDown={onKeyDown}
        onPointerOver={placed.length ? onPointerOver : undefined}
        onPointerLeave={() => setHovered(null)}
      >
        <g aria-hidden="true">
          {layers.context && <path className="settlement-map__context" d={layers.context} />}
          <DistrictsLayer districts={layers.districts} areaScores={areaScores} domain={domain} focused={focusRegion ?? null} />
          <RegionsLayer regions={layers.regions} focused={focusRegion ?? null} />
        </g>
        <PointsLayer points={placed} skip={highlightSet} domain={domain} radius={pointRadius} />
        {(props.regionLabels ?? !placed.length) && <RegionLabels regions={layers.regions} language={format.language} fontSize={MARKER_PX.label * unitsPerPx} />}
        <HighlightedLayer points={targets} domain={domain} unitsPerPx={unitsPerPx} radius={highlightRadius} formatScore={formatScore} />
        {selectedPoint && (
          <circle className="settlement-map__selected" cx={selectedPoint.x} cy={selectedPoint.y} r={highlightRadius + 4 * unitsPerPx} aria-hidden="true" />
        )}
        {hoveredPoint && (
          <text
            className="settlement-map__hover"
            x={hoveredPoint.x + highlightRadius + 2 * unitsPerPx}
            y={hoveredPoint.y - highlightRadius - 2 * unitsPerPx}
            style={{ fontSize: MARKER_PX.label * unitsPerPx }}
            aria-hidden="true"
          >
            {hoveredPoint.rank != null ? `${hoveredPoint.rank}. ${hoveredPoint.label}` : hoveredPoint.label}
          </text>
        )}
      </svg>
      <MapCaption legend={props.legendLabels} hasPoints={placed.length > 0} hasApproximate={placed.some((p) => p.approximate)} />
    </figure>
  );
}

const DistrictsLayer = memo(function DistrictsLayer(props: {
  districts: readonly MapDistrict[];
  areaScores: Readonly<Record<string, number | null>> | undefined;
  domain: ScoreDomain;
  focused: string | null;
}) {
  const { areaScores, domain, focused } = props;
  return (
    <g>
      {props.districts.map((district) => {
        const score = areaScores?.[district.kato];
        const fill = !areaScores ? '#fff' : score == null ? '#e9ecef' : scoreColour(score, domain);
        return (
          <path
            key={district.kato}
            className="settlement-map__district"
            d={district.d}
            fill={fill}
            fillOpacity={score == null ? 1 : 0.6}
            data-plain={areaScores ? undefined : ''}
            data-dimmed={focused && district.regionKato !== focused ? '' : undefined}
          />
        );
      })}
    </g>
  );
});

const RegionsLayer = memo(function RegionsLayer(props: { regions: readonly MapRegion[]; focused: string | null }) {
  return (
    <g>
      {props.regions.map((region) => (
        <path key={region.kato} className="settlement-map__region" d={region.d} data-focused={region.kato === props.focused ? '' : undefined} />
      ))}
    </g>
  );
});

/** Region names, shown when no settlements crowd the map. */
function RegionLabels(props: { regions: readonly MapRegion[]; language: Language; fontSize: number }) {
  return (
    <g aria-hidden="true" style={{ fontSize: props.fontSize }}>
      {props.regions.map((region) => (
        <text key={region.kato} className="settlement-map__region-label" x={region.label[0]} y={region.label[1]}>
          {region.name[props.language]}
        </text>
      ))}
    </g>
  );
}
