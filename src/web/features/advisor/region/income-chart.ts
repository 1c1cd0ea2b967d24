/** A year and a value, as the income series come. */
export type SeriesPoint = { year: number; value: number };

export type ChartFrame = { width: number; height: number; left: number; right: number; top: number; bottom: number };

export type ChartGeometry = {
  /** SVG path data per series, in the order given; "" for an empty series. */
  paths: string[];
  years: { year: number; x: number }[];
  ticks: { value: number; y: number }[];
  yMax: number;
};

/** A round step for about `count` ticks: 1, 2 or 5 times a power of ten. */
export function niceStep(max: number, count: number): number {
  if (!(max > 0)) return 1;
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * power;
}

/**
 * Lines for several series on one chart: the x axis spans every year any
 * series has, the y axis starts at zero (so the lines' heights compare
 * honestly) and ends at a round number above the highest value.
 */
export function chartGeometry(series: readonly (readonly SeriesPoint[])[], frame: ChartFrame, tickCount = 4): ChartGeometry {
  const all = series.flat();
  const years = [...new Set(all.map((p) => p.year))].sort((a, b) => a - b);
  const step = niceStep(Math.max(0, ...all.map((p) => p.value)), tickCount);
  const yMax = Math.max(step, Math.ceil(Math.max(0, ...all.map((p) => p.value)) / step) * step);
  const first = years[0] ?? 0;
  const span = Math.max(1, (years[years.length - 1] ?? first) - first);
  const plotWidth = frame.width - frame.left - frame.right;
  const plotHeight = frame.height - frame.top - frame.bottom;
  const x = (year: number) => round(frame.left + ((year - first) / span) * plotWidth);
  const y = (value: number) => round(frame.top + plotHeight - (value / yMax) * plotHeight);
  const paths = series.map((points) =>
    [...points]
      .sort((a, b) => a.year - b.year)
      .map((p, i) => `${i ? 'L' : 'M'}${x(p.year)} ${y(p.value)}`)
      .join(''),
  );
  const ticks = Array.from({ length: Math.round(yMax / step) + 1 }, (_, i) => ({ value: i * step, y: y(i * step) }));
  return { paths, years: years.map((year) => ({ year, x: x(year) })), ticks, yMax };
}

const round = (value: number) => Math.round(value * 10) / 10;
