/**
 * Multi-criteria ranking of a catalogue (the relocation advisor's engine),
 * generic over criteria and dimensions: prepare the catalogue once
 * (normalisation over the whole table), then rank it for each request in
 * memory, over typed arrays. Semantics are documented where they are made:
 * prepare.ts (normalisation, unknown values), rank.ts (weights, methods,
 * ranks, Pareto), robustness.ts (rank ranges), topsis.ts, pareto.ts.
 */
export { GEOMETRIC_FLOOR, isUnknown, prepareRanking, PreparedRanking, type Normalisation, type RankingCriterion, type RankingTable } from './prepare';
export { buildCandidateMask, rankPrepared, RankingError, type RankedItem, type RankingErrorCode, type RankingMethod, type RankRequest, type RankResult } from './rank';
export { DEFAULT_SPREAD, type RobustnessOptions } from './robustness';
export { paretoFront } from './pareto';
export { topsis } from './topsis';
