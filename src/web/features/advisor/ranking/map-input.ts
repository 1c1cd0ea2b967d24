import type { Language } from '../../../app/i18n';
import type { RankedSettlementDto, SettlementPointsDto } from '../advisor.api';
import type { MapPoint } from '../map/SettlementMap';

/**
 * The map's points from the catalogue's columns: every settlement with its
 * score in this ranking (null when the must-haves or filters left it out) and
 * the rank of the ones listed.
 */
export function rankingMapPoints(
  points: SettlementPointsDto,
  scores: Readonly<Record<string, number>> | undefined,
  ranked: readonly Pick<RankedSettlementDto, 'kato' | 'rank'>[],
  language: Language,
): MapPoint[] {
  const names = language === 'kk' ? points.nameKk : language === 'ru' ? points.nameRu : points.nameEn;
  const ranks = new Map(ranked.map((item) => [item.kato, item.rank]));
  return points.codes.map((kato, i) => ({
    kato,
    lat: points.lat[i] ?? Number.NaN,
    lon: points.lon[i] ?? Number.NaN,
    label: names[i] || points.nameKk[i] || kato,
    score: scores?.[kato] ?? null,
    rank: ranks.get(kato) ?? null,
    approximate: points.approximate[i] ?? false,
  }));
}

/**
 * Districts coloured by their best candidate: "the best place this district
 * offers the family". A district with no candidate stays uncoloured. The
 * district of a settlement is its KATO code's first four digits.
 */
export function districtBestScores(scores: Readonly<Record<string, number>> | undefined): Record<string, number> {
  const best: Record<string, number> = {};
  for (const [kato, score] of Object.entries(scores ?? {})) {
    const district = `${kato.slice(0, 4)}00000`;
    if (!(district in best) || score > best[district]!) best[district] = score;
  }
  return best;
}
