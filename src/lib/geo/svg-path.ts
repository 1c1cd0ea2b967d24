/**
 * Compact SVG path data for projected rings: coordinates in tenths of a pixel,
 * an absolute move to each ring's start, then relative steps, with the
 * separators SVG lets us drop left out (",", spaces before "-", leading "0").
 */
import type { Position } from './topology';

/** Tenths of a pixel as an SVG number: 15 → "1.5", -3 → "-.3", 20 → "2". */
export function tenths(value: number): string {
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  const whole = Math.floor(abs / 10);
  const fraction = abs % 10;
  if (!fraction) return `${sign}${whole}`;
  return `${sign}${whole || ''}.${fraction}`;
}

/** Joins numbers with the fewest separators the SVG path grammar allows. */
function joinNumbers(numbers: string[]): string {
  let out = '';
  let previousHasDot = false;
  for (const text of numbers) {
    const needsSpace = out !== '' && !text.startsWith('-') && !(text.startsWith('.') && previousHasDot);
    out += (needsSpace ? ' ' : '') + text;
    previousHasDot = text.includes('.');
  }
  return out;
}

/** A move to the first point, then relative steps; the caller closes it or not. */
function polyline(points: readonly Position[]): string {
  const [first] = points;
  if (!first) return '';
  const steps: string[] = [];
  for (let i = 1; i < points.length; i++) steps.push(tenths(points[i]![0] - points[i - 1]![0]), tenths(points[i]![1] - points[i - 1]![1]));
  return `M${joinNumbers([tenths(first[0]), tenths(first[1])])}l${joinNumbers(steps)}`;
}

/** Drops points that repeat the one before (rounding makes many). */
function distinct(points: readonly Position[]): Position[] {
  const out: Position[] = [];
  for (const point of points) {
    const last = out[out.length - 1];
    if (!last || last[0] !== point[0] || last[1] !== point[1]) out.push(point);
  }
  return out;
}

/**
 * One closed ring given in integer tenths of a pixel. A ring left with fewer
 * than three distinct points is too small to draw and gives "".
 */
export function ringPath(ring: readonly Position[]): string {
  const points = distinct(ring);
  const first = points[0];
  const last = points[points.length - 1];
  if (first && last && points.length > 1 && first[0] === last[0] && first[1] === last[1]) points.pop();
  return points.length < 3 ? '' : `${polyline(points)}z`;
}

/** An open line (a border shown for context), in the same notation. */
export function linePath(line: readonly Position[]): string {
  const points = distinct(line);
  return points.length < 2 ? '' : polyline(points);
}
