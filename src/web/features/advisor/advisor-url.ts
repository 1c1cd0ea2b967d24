import {
  DIMENSIONS,
  MAX_WEIGHT,
  MUST_HAVES,
  NORMALISATIONS,
  PRESETS,
  RANKING_METHODS,
  type DimensionWeights,
  type MustHave,
  type Normalisation,
  type PresetKey,
  type RankingMethod,
} from '../../../lib/contracts/settlements';
import type { RankRequestInput } from '../../../server/modules/settlements/settlements.schema';

/**
 * Everything that decides a ranking. It lives in the address, so a family can
 * send the link to a relative and they see the same list.
 */
export type AdvisorState = {
  /** The preset the sliders still match; null once a slider moves away from it. */
  preset: PresetKey | null;
  weights: DimensionWeights;
  /** In the order of MUST_HAVES, each once. */
  mustHave: MustHave[];
  /** The furthest a settlement may lie from its district centre, in km. */
  maxKm: number | null;
  /** Region KATO codes; empty means every priority region. */
  regions: string[];
  method: RankingMethod;
  normalisation: Normalisation;
  robustness: boolean;
};

export const PRESET_KEYS = Object.keys(PRESETS) as PresetKey[];
export const defaultPreset: PresetKey = 'familyWithChildren';
export const maxKmLimit = 2000;
const maxRegions = 20;

export const defaultAdvisorState = (): AdvisorState => ({
  preset: defaultPreset,
  weights: { ...PRESETS[defaultPreset] },
  mustHave: [],
  maxKm: null,
  regions: [],
  method: 'weighted',
  normalisation: 'minmax',
  robustness: false,
});

const isPreset = (value: string | null): value is PresetKey => value !== null && (PRESET_KEYS as string[]).includes(value);
const oneOf = <T extends string>(values: readonly T[], value: string | null, fallback: T): T =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : fallback;

export function sameWeights(a: DimensionWeights, b: DimensionWeights): boolean {
  return DIMENSIONS.every((d) => a[d] === b[d]);
}

/** The preset these weights are exactly, if any. */
export function presetOf(weights: DimensionWeights): PresetKey | null {
  return PRESET_KEYS.find((key) => sameWeights(PRESETS[key], weights)) ?? null;
}

/** "3.4.5.4.3.2": one whole number from 0 to 5 per dimension, in the order of DIMENSIONS; anything else is no answer. */
function decodeWeights(text: string | null): DimensionWeights | null {
  if (text === null) return null;
  const parts = text.split('.');
  if (parts.length !== DIMENSIONS.length || !parts.every((p) => /^\d$/.test(p) && Number(p) <= MAX_WEIGHT)) return null;
  return Object.fromEntries(DIMENSIONS.map((d, i) => [d, Number(parts[i])])) as DimensionWeights;
}

/** Known must-haves only, each once, in the canonical order. */
export function normaliseMustHave(values: readonly string[]): MustHave[] {
  return MUST_HAVES.filter((m) => values.includes(m));
}

function decodeRegions(text: string | null): string[] {
  if (!text) return [];
  return [...new Set(text.split('.').filter((code) => /^\d{9}$/.test(code)))].slice(0, maxRegions);
}

function decodeKm(text: string | null): number | null {
  if (text === null || !/^\d{1,4}$/.test(text)) return null;
  const km = Number(text);
  return km >= 1 && km <= maxKmLimit ? km : null;
}

/** Reads the state from a query string. Whatever is missing or malformed takes its default; the rest still counts. */
export function decodeAdvisorState(search: string | URLSearchParams): AdvisorState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const defaults = defaultAdvisorState();
  const p = params.get('p');
  const weights = decodeWeights(params.get('w')) ?? (isPreset(p) ? { ...PRESETS[p] } : defaults.weights);
  // A preset names the weights only while they still are the preset's.
  const preset = isPreset(p) && sameWeights(PRESETS[p], weights) ? p : params.has('w') || params.has('p') ? presetOf(weights) : defaults.preset;
  return {
    preset,
    weights,
    mustHave: normaliseMustHave((params.get('m') ?? '').split('.')),
    maxKm: decodeKm(params.get('km')),
    regions: decodeRegions(params.get('r')),
    method: oneOf(RANKING_METHODS, params.get('method'), defaults.method),
    normalisation: oneOf(NORMALISATIONS, params.get('n'), defaults.normalisation),
    robustness: params.get('rob') === '1',
  };
}

/** The state as query parameters; defaults are left out so a link stays short. */
export function advisorParams(state: AdvisorState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.preset) params.set('p', state.preset);
  params.set('w', DIMENSIONS.map((d) => String(state.weights[d])).join('.'));
  if (state.mustHave.length) params.set('m', normaliseMustHave(state.mustHave).join('.'));
  if (state.maxKm !== null) params.set('km', String(state.maxKm));
  if (state.regions.length) params.set('r', state.regions.join('.'));
  if (state.method !== 'weighted') params.set('method', state.method);
  if (state.normalisation !== 'minmax') params.set('n', state.normalisation);
  if (state.robustness) params.set('rob', '1');
  return params;
}

/** "?p=…&w=…": the query string of the state, dots left readable. */
export function encodeAdvisorState(state: AdvisorState): string {
  return `?${advisorParams(state).toString()}`;
}

/** The ranking request the state stands for. */
export function toRankRequest(state: AdvisorState, options: { limit: number; includeScores?: boolean }): RankRequestInput {
  return {
    weights: { ...state.weights },
    filters: {
      mustHave: [...state.mustHave],
      ...(state.regions.length ? { regions: [...state.regions] } : {}),
      ...(state.maxKm !== null ? { maxDistrictCentreKm: state.maxKm } : {}),
    },
    method: state.method,
    normalisation: state.normalisation,
    ...(state.robustness ? { robustness: true } : {}),
    limit: options.limit,
    includeScores: options.includeScores ?? false,
  };
}

/** Whether every slider is at zero: nothing to rank by. */
export const noWeights = (weights: DimensionWeights) => DIMENSIONS.every((d) => weights[d] === 0);
