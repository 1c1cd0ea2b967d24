/**
 * The map's colour scale: viridis, a sequential scale that stays readable for
 * the common colour-vision deficiencies and in greyscale (lightness rises
 * steadily from dark purple, low, to yellow, high). Missing scores are grey,
 * a colour viridis never takes.
 */

/** Viridis sampled at nine even steps (matplotlib's published values). */
export const VIRIDIS_STOPS = ['#440154', '#472d7b', '#3b528b', '#2c728e', '#21918c', '#28ae80', '#5ec962', '#addc30', '#fde725'] as const;
export const NO_SCORE_COLOUR = '#9a9a9a';

export type ScoreDomain = readonly [low: number, high: number];

const channels = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
const toHex = (value: number) => Math.round(value).toString(16).padStart(2, '0');

/** Where a score sits in the domain, 0..1, clamped; a domain of one value puts everything in the middle. */
export function scorePosition(score: number, [low, high]: ScoreDomain): number {
  if (high === low) return 0.5;
  return Math.min(1, Math.max(0, (score - low) / (high - low)));
}

export function scoreColour(score: number | null | undefined, domain: ScoreDomain = [0, 1]): string {
  if (score == null || !Number.isFinite(score)) return NO_SCORE_COLOUR;
  const position = scorePosition(score, domain) * (VIRIDIS_STOPS.length - 1);
  const index = Math.min(Math.floor(position), VIRIDIS_STOPS.length - 2);
  const fraction = position - index;
  const from = channels(VIRIDIS_STOPS[index]!);
  const to = channels(VIRIDIS_STOPS[index + 1]!);
  return `#${from.map((c, i) => toHex(c + (to[i]! - c) * fraction)).join('')}`;
}

/** The smallest and largest finite score, or [0, 1] when there is none. */
export function scoreDomainOf(scores: Iterable<number | null | undefined>): ScoreDomain {
  let low = Infinity;
  let high = -Infinity;
  for (const score of scores) {
    if (score == null || !Number.isFinite(score)) continue;
    if (score < low) low = score;
    if (score > high) high = score;
  }
  return low === Infinity ? [0, 1] : [low, high];
}

/** The legend's colour bar as a CSS gradient, low on the left. */
export const legendGradient = `linear-gradient(to right, ${VIRIDIS_STOPS.join(', ')})`;
