/**
 * Person-name matching on the labelled pairs of
 * src/lib/text/names/testdata/name-pairs.tsv, beside a baseline measured in
 * the same run: plain normalised Levenshtein similarity of the lower-cased
 * strings. Each gets its own threshold, chosen the same way on the same
 * first half; quality is reported on the held-out half and on all pairs.
 */
import { readFileSync } from 'node:fs';
import { chooseThreshold, parseNamePairs, qualityAt, splitHalves, type LabelledPair, type Quality } from '../src/lib/text/names/evaluation';
import { nameSimilarity } from '../src/lib/text/names/index';
import { levenshteinSimilarity } from '../src/lib/text/names/string-similarity';

type Scorer = (a: string, b: string) => number;

const pairs = parseNamePairs(readFileSync(new URL('../src/lib/text/names/testdata/name-pairs.tsv', import.meta.url), 'utf8'));

const matchers: Record<'subject' | 'baseline', { label: string; score: Scorer }> = {
  subject: { label: 'nameSimilarity', score: (a, b) => nameSimilarity(a, b).score },
  baseline: { label: 'Levenshtein, lower case', score: (a, b) => levenshteinSimilarity(a.toLowerCase(), b.toLowerCase()) },
};

function evaluate(score: Scorer): { chosen: Quality; heldOut: Quality; all: Quality } {
  const scored = pairs.map((p) => ({ ...p, score: score(p.a, p.b) }));
  const { choosing, heldOut } = splitHalves(scored);
  const chosen = chooseThreshold(choosing);
  return { chosen, heldOut: qualityAt(heldOut, chosen.threshold), all: qualityAt(scored, chosen.threshold) };
}

/** Pairs scored per second, over repeated passes for at least half a second. */
function pairsPerSecond(score: Scorer, list: LabelledPair[]): number {
  for (const p of list) score(p.a, p.b);
  let scoredPairs = 0;
  const started = performance.now();
  while (performance.now() - started < 500) {
    for (const p of list) score(p.a, p.b);
    scoredPairs += list.length;
  }
  return scoredPairs / ((performance.now() - started) / 1000);
}

export async function run(): Promise<void> {
  const subject = evaluate(matchers.subject.score);
  const baseline = evaluate(matchers.baseline.score);
  const speed = { subject: pairsPerSecond(matchers.subject.score, pairs), baseline: pairsPerSecond(matchers.baseline.score, pairs) };
  const { choosing, heldOut } = splitHalves(pairs);
  const fixed = (x: number): string => x.toFixed(3);
  const rows: Array<[string, number, number, (x: number) => string]> = [
    ['threshold (chosen on first half)', subject.chosen.threshold, baseline.chosen.threshold, (x) => x.toFixed(4)],
    [`precision, held-out (${heldOut.length})`, subject.heldOut.precision, baseline.heldOut.precision, fixed],
    [`recall, held-out (${heldOut.length})`, subject.heldOut.recall, baseline.heldOut.recall, fixed],
    [`F1, held-out (${heldOut.length})`, subject.heldOut.f1, baseline.heldOut.f1, fixed],
    [`precision, all (${pairs.length})`, subject.all.precision, baseline.all.precision, fixed],
    [`recall, all (${pairs.length})`, subject.all.recall, baseline.all.recall, fixed],
    [`F1, all (${pairs.length})`, subject.all.f1, baseline.all.f1, fixed],
    ['pairs / second', speed.subject, speed.baseline, (x) => Math.round(x).toLocaleString('en')],
  ];
  const table = [
    ['measure', matchers.subject.label, `baseline: ${matchers.baseline.label}`, 'ratio'],
    ...rows.map(([name, s, b, format]) => [name, format(s), format(b), name.startsWith('threshold') ? '' : `${(s / b).toFixed(2)}×`]),
  ];
  const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
  const line = (cells: string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(`\n### Person-name matching (${pairs.length} labelled pairs; threshold chosen on ${choosing.length}, held out ${heldOut.length})\n`);
  console.log(line(table[0]!));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of table.slice(1)) console.log(line(row));
  console.log('\nTarget: precision ≥ 0.95 and recall ≥ 0.90 on the held-out half.');
}
