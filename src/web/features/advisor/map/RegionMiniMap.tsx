/** A small map of one region for its overview page: the region fitted tightly, its districts, no settlements. */
import type { MapLayers } from '../../../../lib/geo';
import { SettlementMap } from './SettlementMap';

export function RegionMiniMap(props: {
  layers: MapLayers;
  regionKato: string;
  ariaLabel: string;
  areaScores?: Readonly<Record<string, number | null>>;
  className?: string;
}) {
  return (
    <SettlementMap
      layers={props.layers}
      focusRegion={props.regionKato}
      tight
      regionLabels={false}
      areaScores={props.areaScores}
      ariaLabel={props.ariaLabel}
      className={props.className}
    />
  );
}
