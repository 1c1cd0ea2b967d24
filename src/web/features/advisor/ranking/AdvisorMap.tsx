import { Paper, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useFormat } from '../../../app/i18n';
import { QueryState } from '../../../app/QueryState';
import { useMapLayers, useSettlementPoints, type RankResponseDto } from '../advisor.api';
import { roundPoints } from '../explanation';
import { SettlementMap } from '../map/SettlementMap';
import { districtBestScores, rankingMapPoints } from './map-input';
import { settlementPath } from './RankingList';

/** How many of the best the map numbers and makes reachable by keyboard. */
export const mapTopCount = 10;

/** The ranking on the map: every candidate and each district (by its best candidate) coloured by score, the top ten numbered; a click opens the settlement. */
export function AdvisorMap({ ranking, search, focusRegion }: { ranking: RankResponseDto | undefined; search: string; focusRegion: string | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const layers = useMapLayers();
  const points = useSettlementPoints();
  const top = useMemo(() => (ranking?.items ?? []).slice(0, mapTopCount), [ranking]);
  const mapPoints = useMemo(
    () => (points.data ? rankingMapPoints(points.data, ranking?.scores, top, format.language) : []),
    [points.data, ranking?.scores, top, format.language],
  );

  const areaScores = useMemo(() => districtBestScores(ranking?.scores), [ranking?.scores]);

  return (
    <Paper component="section" aria-labelledby="advisor-map-title" withBorder radius="md" p="sm" data-testid="advisor-map">
      <Text component="h2" id="advisor-map-title" fw={700} fz="md" m={0} mb="xs">
        {t('advisor.results.mapTitle', { n: top.length })}
      </Text>
      <QueryState isPending={layers.isPending || points.isPending} error={layers.error ?? points.error}>
        {layers.data ? (
          <SettlementMap
            layers={layers.data}
            points={mapPoints}
            areaScores={areaScores}
            highlighted={top.map((item) => item.kato)}
            focusRegion={focusRegion}
            onSelect={(kato) => navigate(settlementPath(kato, search))}
            ariaLabel={t('advisor.results.mapLabel', { n: top.length })}
            legendLabels={{ title: t('advisor.results.legendTitle'), low: t('advisor.results.legendLow'), high: t('advisor.results.legendHigh'), noScore: t('advisor.results.legendNone') }}
            formatScore={(score) => format.number(roundPoints(score))}
          />
        ) : null}
      </QueryState>
    </Paper>
  );
}
