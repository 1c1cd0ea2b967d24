/**
 * Benchmarks print their figure beside a baseline measured in the same run,
 * as a ratio, because these machines are noisy: absolute timings vary from
 * run to run, ratios much less. Timings never decide pass or fail.
 */
export type Measurement = { label: string; value: number; unit: string };

export type BenchResult = {
  name: string;
  subject: Measurement;
  baseline: Measurement;
  /** What the ratio means, e.g. "× slower than baseline (lower is better)". */
  ratioNote: string;
  target?: string;
};

export function ratio(result: BenchResult): number {
  return result.subject.value / result.baseline.value;
}

export function printResults(results: BenchResult[]): void {
  const rows = results.map((r) => [
    r.name,
    `${r.subject.label}: ${r.subject.value.toFixed(2)} ${r.subject.unit}`,
    `${r.baseline.label}: ${r.baseline.value.toFixed(2)} ${r.baseline.unit}`,
    `${ratio(r).toFixed(2)} ${r.ratioNote}`,
    r.target ?? '',
  ]);
  const header = ['benchmark', 'subject', 'baseline', 'ratio', 'target'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of rows) console.log(line(row));
}

/** Median of `runs` timings of fn, in milliseconds, after `warmup` untimed runs. */
export async function medianMs(fn: () => Promise<unknown>, runs: number, warmup = Math.ceil(runs / 10)): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}
