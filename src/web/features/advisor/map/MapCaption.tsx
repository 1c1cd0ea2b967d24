/** Under the map: the colour legend and the credits the boundary and settlement data require. */
import { useTranslation } from 'react-i18next';
import { legendGradient, NO_SCORE_COLOUR } from './map-scale';

export type LegendLabels = { title?: string; low: string; high: string; noScore: string };

export function MapCaption(props: { legend: LegendLabels | undefined; hasPoints: boolean; hasApproximate: boolean }) {
  const { t } = useTranslation();
  const { legend } = props;
  return (
    <figcaption className="settlement-map__caption">
      {legend && (
        <div className="settlement-map__legend">
          {legend.title && <strong>{legend.title}:</strong>}
          <span>{legend.low}</span>
          <span className="settlement-map__bar" style={{ background: legendGradient }} aria-hidden="true" />
          <span>{legend.high}</span>
          <span className="settlement-map__swatch" style={{ background: NO_SCORE_COLOUR }} aria-hidden="true" />
          <span>{legend.noScore}</span>
          {props.hasApproximate && (
            <>
              <span className="settlement-map__swatch" data-approximate="" aria-hidden="true" />
              <span>{t('advisor.map.approximate')}</span>
            </>
          )}
        </div>
      )}
      <p className="settlement-map__attribution">
        <small>
          {t('advisor.map.attributionBoundaries')}
          {props.hasPoints && <> · {t('advisor.map.attributionSettlements')}</>}
        </small>
      </p>
    </figcaption>
  );
}
