/**
 * The relocation advisor's vocabulary, shared by the server (ranking, import,
 * API) and the web (sliders, presets, explanations): which indicators a
 * settlement carries, how they group into dimensions, and which way is better.
 */

/** The six dimensions a family weighs, each with a slider from 0 to 5. */
export const DIMENSIONS = ['work', 'housing', 'education', 'health', 'infrastructure', 'distance'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export const MAX_WEIGHT = 5;

/**
 * Where a value comes from: the region's official statistics (real, shared by
 * every settlement of the region), the settlement's own record (imported, or
 * demo until real data arrives), or computed from coordinates.
 */
export type IndicatorLevel = 'region' | 'settlement' | 'computed';

/** How a value is read and validated on import. */
export type IndicatorKind = 'boolean' | 'count' | 'level' | 'km' | 'kzt' | 'percent' | 'rate';

export type IndicatorSpec = {
  key: string;
  level: IndicatorLevel;
  kind: IndicatorKind;
  /** Inclusive bounds an imported value must fall in. */
  min: number;
  max: number;
};

/**
 * Settlement-level indicators: what an import file may carry (column names are
 * these keys). Levels run 0..3: internet none / mobile 3G / 4G / fixed line;
 * road none / poor / fair / good.
 */
export const SETTLEMENT_INDICATORS = [
  { key: 'school', level: 'settlement', kind: 'boolean', min: 0, max: 1 },
  { key: 'schoolKazakh', level: 'settlement', kind: 'boolean', min: 0, max: 1 },
  { key: 'schoolRussian', level: 'settlement', kind: 'boolean', min: 0, max: 1 },
  { key: 'kindergarten', level: 'settlement', kind: 'boolean', min: 0, max: 1 },
  { key: 'clinic', level: 'settlement', kind: 'boolean', min: 0, max: 1 },
  { key: 'vacancies', level: 'settlement', kind: 'count', min: 0, max: 100_000 },
  { key: 'housingForKandas', level: 'settlement', kind: 'count', min: 0, max: 10_000 },
  { key: 'internet', level: 'settlement', kind: 'level', min: 0, max: 3 },
  { key: 'water', level: 'settlement', kind: 'boolean', min: 0, max: 1 },
  { key: 'gas', level: 'settlement', kind: 'boolean', min: 0, max: 1 },
  { key: 'road', level: 'settlement', kind: 'level', min: 0, max: 3 },
] as const satisfies readonly IndicatorSpec[];
export type SettlementIndicatorKey = (typeof SETTLEMENT_INDICATORS)[number]['key'];

/** Region-level indicators from the Bureau of National Statistics (2022), the same for every settlement of a region. */
export const REGION_INDICATORS = [
  { key: 'population', level: 'region', kind: 'count', min: 0, max: 100_000_000 },
  { key: 'wage', level: 'region', kind: 'kzt', min: 0, max: 100_000_000 },
  { key: 'unemployment', level: 'region', kind: 'percent', min: 0, max: 100 },
  { key: 'schools', level: 'region', kind: 'count', min: 0, max: 100_000 },
  { key: 'medicalInstitutions', level: 'region', kind: 'count', min: 0, max: 100_000 },
  { key: 'consumerSpending', level: 'region', kind: 'kzt', min: 0, max: 100_000_000 },
] as const satisfies readonly IndicatorSpec[];
export type RegionIndicatorKey = (typeof REGION_INDICATORS)[number]['key'];

export type CriterionDirection = 'higher' | 'lower';

export type CriterionSpec = {
  key: string;
  dimension: Dimension;
  direction: CriterionDirection;
  level: IndicatorLevel;
  kind: IndicatorKind;
};

/**
 * The criteria a ranking scores. School language is not a criterion: it is a
 * must-have a family picks in the wizard.
 */
export const CRITERIA = [
  { key: 'wage', dimension: 'work', direction: 'higher', level: 'region', kind: 'kzt' },
  { key: 'unemployment', dimension: 'work', direction: 'lower', level: 'region', kind: 'percent' },
  { key: 'vacancies', dimension: 'work', direction: 'higher', level: 'settlement', kind: 'count' },
  { key: 'housingForKandas', dimension: 'housing', direction: 'higher', level: 'settlement', kind: 'count' },
  { key: 'consumerSpending', dimension: 'housing', direction: 'lower', level: 'region', kind: 'kzt' },
  { key: 'school', dimension: 'education', direction: 'higher', level: 'settlement', kind: 'boolean' },
  { key: 'kindergarten', dimension: 'education', direction: 'higher', level: 'settlement', kind: 'boolean' },
  { key: 'clinic', dimension: 'health', direction: 'higher', level: 'settlement', kind: 'boolean' },
  { key: 'medicalInstitutionsPer100k', dimension: 'health', direction: 'higher', level: 'region', kind: 'rate' },
  { key: 'internet', dimension: 'infrastructure', direction: 'higher', level: 'settlement', kind: 'level' },
  { key: 'water', dimension: 'infrastructure', direction: 'higher', level: 'settlement', kind: 'boolean' },
  { key: 'gas', dimension: 'infrastructure', direction: 'higher', level: 'settlement', kind: 'boolean' },
  { key: 'road', dimension: 'infrastructure', direction: 'higher', level: 'settlement', kind: 'level' },
  { key: 'districtCentreKm', dimension: 'distance', direction: 'lower', level: 'computed', kind: 'km' },
  { key: 'regionalCentreKm', dimension: 'distance', direction: 'lower', level: 'computed', kind: 'km' },
] as const satisfies readonly CriterionSpec[];
export type CriterionKey = (typeof CRITERIA)[number]['key'];

export type DimensionWeights = Record<Dimension, number>;

/** Starting points for the sliders; a family adjusts them. */
export const PRESETS = {
  familyWithChildren: { work: 3, housing: 4, education: 5, health: 4, infrastructure: 3, distance: 2 },
  farmer: { work: 2, housing: 3, education: 2, health: 2, infrastructure: 4, distance: 1 },
  retiree: { work: 0, housing: 3, education: 0, health: 5, infrastructure: 4, distance: 4 },
  youngSpecialist: { work: 5, housing: 4, education: 1, health: 2, infrastructure: 4, distance: 3 },
} as const satisfies Record<string, DimensionWeights>;
export type PresetKey = keyof typeof PRESETS;

/** Must-haves a family can require; a settlement that fails one is left out of the ranking. */
export const MUST_HAVES = ['school', 'schoolKazakh', 'schoolRussian', 'kindergarten', 'clinic', 'water', 'gas', 'internet'] as const;
export type MustHave = (typeof MUST_HAVES)[number];

export const RANKING_METHODS = ['weighted', 'geometric', 'topsis'] as const;
export type RankingMethod = (typeof RANKING_METHODS)[number];

export const NORMALISATIONS = ['minmax', 'zscore'] as const;
export type Normalisation = (typeof NORMALISATIONS)[number];
