import { z } from 'zod';
import { localizedText } from '../../../lib/contracts/localized';
import {
  CRITERIA,
  DIMENSIONS,
  MAX_WEIGHT,
  MUST_HAVES,
  NORMALISATIONS,
  RANKING_METHODS,
  REGION_INDICATORS,
  SETTLEMENT_INDICATORS,
  type CriterionKey,
  type Dimension,
} from '../../../lib/contracts/settlements';

export const katoCode = z.string().regex(/^\d{9}$/);

/** Names in the UI languages; English is the official Latin transliteration of the Kazakh name where no English name exists. */
export const placeName = z.object({ kk: z.string(), ru: z.string(), en: z.string() });
export type PlaceName = z.infer<typeof placeName>;

export const indicatorValue = z.object({
  value: z.number(),
  year: z.number().int().nullable(),
  source: z.string(),
  /** A generated stand-in for a value nobody has supplied yet: never show it as real. */
  demo: z.boolean(),
});
export type IndicatorValueDto = z.infer<typeof indicatorValue>;

const regionIndicatorKeys = REGION_INDICATORS.map((i) => i.key) as [string, ...string[]];
export const regionIndicatorValues = z.partialRecord(z.enum(regionIndicatorKeys), indicatorValue);

export const regionSummary = z.object({
  kato: z.string(),
  name: placeName,
  priority: z.boolean(),
  indicators: regionIndicatorValues,
});
export type RegionSummaryDto = z.infer<typeof regionSummary>;

export const regionProgramme = z.object({
  year: z.number().int(),
  quota: z.number().int().nullable(),
  aid: localizedText.nullable(),
  source: z.string().nullable(),
  updatedAt: z.string(),
});
export type RegionProgrammeDto = z.infer<typeof regionProgramme>;

export const regionOverview = regionSummary.extend({
  national: regionIndicatorValues,
  /** Per-capita nominal cash income, KZT a month, by year. */
  incomeSeries: z.array(z.object({ year: z.number().int(), value: z.number() })),
  nationalIncomeSeries: z.array(z.object({ year: z.number().int(), value: z.number() })),
  centre: z.object({ name: placeName, lat: z.number(), lon: z.number() }).nullable(),
  programmes: z.array(regionProgramme),
  settlementCount: z.number().int(),
  districts: z.array(z.object({ kato: z.string(), name: placeName, settlementCount: z.number().int() })),
});
export type RegionOverviewDto = z.infer<typeof regionOverview>;

export const saveProgrammeRequest = z.strictObject({
  quota: z.number().int().min(0).max(1_000_000).nullable(),
  aid: localizedText.nullable(),
  source: z.string().trim().max(500).nullable(),
});

export const settlementListQuery = z.object({
  region: katoCode.optional(),
  district: katoCode.optional(),
  q: z.string().trim().min(1).max(200).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const settlementListItem = z.object({
  kato: z.string(),
  name: placeName,
  kind: z.string(),
  regionKato: z.string(),
  regionName: placeName,
  districtKato: z.string(),
  districtName: placeName,
  population: z.number().int().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
});
export type SettlementListItemDto = z.infer<typeof settlementListItem>;

const settlementIndicatorKeys = SETTLEMENT_INDICATORS.map((i) => i.key) as [string, ...string[]];

export const settlementCard = settlementListItem.extend({
  okrugKato: z.string().nullable(),
  okrugName: placeName.nullable(),
  coordinatesSource: z.enum(['osm', 'okrug', 'district']).nullable(),
  /** osm: OpenStreetMap's population tag, whose own source and year vary. */
  populationSource: z.enum(['osm']).nullable(),
  isDistrictCentre: z.boolean(),
  districtCentre: z.object({ kato: z.string(), name: placeName }).nullable(),
  districtCentreKm: z.number().nullable(),
  regionalCentreKm: z.number().nullable(),
  indicators: z.partialRecord(z.enum(settlementIndicatorKeys), indicatorValue),
  regionIndicators: regionIndicatorValues,
  /** True when any value shown is a demo stand-in. */
  hasDemoValues: z.boolean(),
});
export type SettlementCardDto = z.infer<typeof settlementCard>;

const weight = z.number().min(0).max(MAX_WEIGHT);
const dimensionWeights = z.strictObject(
  Object.fromEntries(DIMENSIONS.map((d) => [d, weight.default(0)])) as Record<Dimension, z.ZodDefault<typeof weight>>,
);
const criterionKeys = CRITERIA.map((c) => c.key) as [CriterionKey, ...CriterionKey[]];

export const rankFilters = z.strictObject({
  mustHave: z.array(z.enum(MUST_HAVES)).max(MUST_HAVES.length).default([]),
  regions: z.array(katoCode).max(20).optional(),
  districts: z.array(katoCode).max(300).optional(),
  maxDistrictCentreKm: z.number().min(0).max(2000).optional(),
  maxRegionalCentreKm: z.number().min(0).max(2000).optional(),
  minPopulation: z.number().int().min(0).optional(),
});
export type RankFilters = z.infer<typeof rankFilters>;

export const rankRequest = z.strictObject({
  weights: dimensionWeights,
  criterionWeights: z.partialRecord(z.enum(criterionKeys), weight).optional(),
  filters: rankFilters.default({ mustHave: [] }),
  method: z.enum(RANKING_METHODS).default('weighted'),
  normalisation: z.enum(NORMALISATIONS).default('minmax'),
  /** Monte Carlo perturbation of the weights; each item gets the range of ranks it takes. */
  robustness: z.union([z.boolean(), z.strictObject({ samples: z.number().int().min(10).max(5000), seed: z.number().int().optional() })]).optional(),
  limit: z.number().int().min(1).max(200).default(20),
  offset: z.number().int().min(0).default(0),
  /** Also return every candidate's score by KATO code, for the map. */
  includeScores: z.boolean().default(false),
});
export type RankRequestInput = z.input<typeof rankRequest>;
export type RankRequest = z.infer<typeof rankRequest>;

export const rankedSettlement = z.object({
  kato: z.string(),
  name: placeName,
  regionKato: z.string(),
  districtName: placeName,
  score: z.number(),
  rank: z.number().int(),
  rankRange: z.tuple([z.number().int(), z.number().int()]).optional(),
  pareto: z.boolean(),
  /** Points per criterion; for the weighted method they add up to the score. */
  contributions: z.partialRecord(z.enum(criterionKeys), z.number()),
  /** Criteria whose value is not known for this settlement (scored as worst). */
  unknown: z.array(z.enum(criterionKeys)),
  /** Criteria whose value is a demo stand-in. */
  demo: z.array(z.enum(criterionKeys)),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
});
export type RankedSettlementDto = z.infer<typeof rankedSettlement>;

export const rankResponse = z.object({
  items: z.array(rankedSettlement),
  total: z.number().int(),
  /** Effective weight of each criterion after normalising the sliders (sums to 1). */
  criterionWeights: z.partialRecord(z.enum(criterionKeys), z.number()),
  scores: z.record(z.string(), z.number()).optional(),
});
export type RankResponseDto = z.infer<typeof rankResponse>;

/** Every catalogue settlement with a position, as compact columns for the map. */
export const settlementPoints = z.object({
  codes: z.array(z.string()),
  lat: z.array(z.number()),
  lon: z.array(z.number()),
  /** Kazakh, Russian and Latin names, in the order of codes. */
  nameKk: z.array(z.string()),
  nameRu: z.array(z.string()),
  nameEn: z.array(z.string()),
  approximate: z.array(z.boolean()),
});
export type SettlementPointsDto = z.infer<typeof settlementPoints>;

export const shortlistRequest = z.strictObject({
  codes: z.array(katoCode).min(1).max(20),
  rankingQuery: z.string().max(2000).default(''),
});
export const shortlist = z.object({
  id: z.string(),
  items: z.array(settlementListItem),
  rankingQuery: z.string(),
  createdAt: z.string(),
});
export type ShortlistDto = z.infer<typeof shortlist>;

export const importProblem = z.object({
  line: z.number().int(),
  column: z.string().nullable(),
  code: z.enum(['unknown_kato', 'unknown_column', 'out_of_range', 'not_a_number', 'duplicate', 'missing_code', 'bad_year']),
  value: z.string().nullable(),
});
export const importPreview = z.object({
  id: z.string(),
  fileName: z.string(),
  status: z.enum(['previewed', 'committed', 'discarded']),
  summary: z.object({
    lines: z.number().int(),
    goodRows: z.number().int(),
    badLines: z.number().int(),
    newValues: z.number().int(),
    changedValues: z.number().int(),
    unchangedValues: z.number().int(),
    replacesDemo: z.number().int(),
  }),
  problems: z.array(importProblem),
  /** The first changes, as they will be written. */
  changes: z.array(
    z.object({ kato: z.string(), name: placeName, key: z.string(), before: indicatorValue.nullable(), after: indicatorValue }),
  ),
  createdAt: z.string(),
  committedAt: z.string().nullable(),
});
export type ImportPreviewDto = z.infer<typeof importPreview>;
