/**
 * Measuring a name matcher on labelled pairs: the half that chooses the
 * threshold, the held-out half, precision and recall. Shared by the tests
 * and bench/names.bench.ts; the caller reads the file.
 */
export type LabelledPair = { a: string; b: string; same: boolean; note: string };
export type ScoredPair = LabelledPair & { score: number };
export type Quality = { threshold: number; precision: number; recall: number; f1: number; truePositives: number; falsePositives: number; falseNegatives: number };

/** Parses name-pairs.tsv: comment lines start with #, the first other line is the header. */
export function parseNamePairs(tsv: string): LabelledPair[] {
  return tsv
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .slice(1)
    .map((line) => {
      const [a = '', b = '', same = '', note = ''] = line.split('\t');
      if (same !== '0' && same !== '1') throw new Error(`label must be 0 or 1: ${line}`);
      return { a, b, same: same === '1', note };
    });
}

/** Odd data lines choose the threshold, even ones are held out; the file is grouped by kind, so both halves get every kind. */
export function splitHalves<T>(items: T[]): { choosing: T[]; heldOut: T[] } {
  return { choosing: items.filter((_, i) => i % 2 === 0), heldOut: items.filter((_, i) => i % 2 === 1) };
}

export function qualityAt(scored: ScoredPair[], threshold: number): Quality {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  for (const pair of scored) {
    const said = pair.score >= threshold;
    if (said && pair.same) truePositives += 1;
    else if (said) falsePositives += 1;
    else if (pair.same) falseNegatives += 1;
  }
  const precision = truePositives + falsePositives ? truePositives / (truePositives + falsePositives) : 1;
  const recall = truePositives + falseNegatives ? truePositives / (truePositives + falseNegatives) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { threshold, precision, recall, f1, truePositives, falsePositives, falseNegatives };
}

/**
 * The threshold with the best F1: candidates are midpoints between
 * neighbouring scores; among equally good ones the middle one is taken,
 * which leaves the widest margin on both sides.
 */
export function chooseThreshold(scored: ScoredPair[]): Quality {
  const scores = [...new Set(scored.map((p) => p.score))].sort((x, y) => x - y);
  const candidates = scores.slice(1).map((s, i) => Math.round(((s + scores[i]!) / 2) * 10000) / 10000);
  if (!candidates.length) return qualityAt(scored, scores[0] ?? 0.5);
  const qualities = candidates.map((t) => qualityAt(scored, t));
  const bestF1 = Math.max(...qualities.map((q) => q.f1));
  const best = qualities.filter((q) => q.f1 === bestF1);
  return best[Math.floor((best.length - 1) / 2)]!;
}
