/**
 * The map's markers. Ordinary points are one plain <circle> each, drawn by a
 * memoised layer that knows nothing of hover or selection, so thousands of
 * them render once; clicks reach the map through event delegation (data-kato).
 * Highlighted points are few, and each is a keyboard-operable button.
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { MARKER_PX } from './map-view';
import { scoreColour, type ScoreDomain } from './map-scale';
import type { PlacedPoint } from './map-points';

export const PointsLayer = memo(function PointsLayer(props: {
  points: readonly PlacedPoint[];
  skip: ReadonlySet<string>;
  domain: ScoreDomain;
  radius: number;
}) {
  return (
    <g className="settlement-map__points" aria-hidden="true">
      {props.points.map((p) =>
        props.skip.has(p.kato) ? null : (
          <circle
            key={p.kato}
            data-kato={p.kato}
            data-approximate={p.approximate ? '' : undefined}
            cx={p.x}
            cy={p.y}
            r={props.radius}
            fill={scoreColour(p.score, props.domain)}
          />
        ),
      )}
    </g>
  );
});

export const HighlightedLayer = memo(function HighlightedLayer(props: {
  points: readonly PlacedPoint[];
  domain: ScoreDomain;
  unitsPerPx: number;
  radius: number;
  formatScore: (score: number) => string;
}) {
  const { t } = useTranslation();
  const { radius } = props;

  const describe = (p: PlacedPoint) => {
    const name = p.label;
    const base =
      p.score == null
        ? t('advisor.map.pointNoScore', { name })
        : p.rank == null
          ? t('advisor.map.pointScored', { name, score: props.formatScore(p.score) })
          : t('advisor.map.pointRanked', { name, rank: p.rank, score: props.formatScore(p.score) });
    return p.approximate ? `${base}, ${t('advisor.map.approximate')}` : base;
  };

  return (
    <g>
      {props.points.map((p) => (
        <g
          key={p.kato}
          className="settlement-map__target"
          data-kato={p.kato}
          data-approximate={p.approximate ? '' : undefined}
          role="button"
          tabIndex={0}
          aria-label={describe(p)}
        >
          <circle className="settlement-map__focus-ring" cx={p.x} cy={p.y} r={radius + 3 * props.unitsPerPx} />
          <circle className="settlement-map__marker" cx={p.x} cy={p.y} r={radius} fill={scoreColour(p.score, props.domain)} />
          {p.rank != null && (
            <text className="settlement-map__rank" x={p.x} y={p.y} style={{ fontSize: MARKER_PX.rank * props.unitsPerPx }} aria-hidden="true">
              {p.rank}
            </text>
          )}
        </g>
      ))}
    </g>
  );
});
