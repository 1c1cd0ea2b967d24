/**
 * Whether two written names are one person: every way of pairing the parts
 * of the shorter name with parts of the longer one is scored, and the best
 * pairing wins, so word order does not matter.
 *
 * A pairing scores its weakest pair and its average pair equally, so one
 * wrong part (another first name beside the same surname) is enough to fall
 * below the threshold. On top:
 * - a patronymic may stand for a surname or a bare father's name (China
 *   style "Ерлан Нұрлан"), at a small cost;
 * - if each name pairs one of its suffixed parts with a bare part of the
 *   other (Нұрлан Асқарұлы / Асқар Нұрланұлы), the roles are swapped: that
 *   is father and son, not one person;
 * - endings of different gender (-ов / -ова, -ұлы / -қызы) mark siblings;
 * - a part left over costs little if it is a patronymic (often dropped)
 *   and much if it is a name.
 */
import { jaroWinkler, levenshteinSimilarity } from './string-similarity';
import { nameParts, type NamePart } from './name-parts';

export type NameMatch = {
  score: number;
  samePerson: boolean;
  /** How the best alignment matched, for explaining to staff. */
  reasons: string[];
};

/**
 * Chosen on the first half of testdata/name-pairs.tsv as the midpoint of
 * the scores that give the best F1 there (names.test.ts checks it still
 * does); precision and recall are reported on the other half.
 */
export const sameNameThreshold = 0.9355;

const weights = {
  onlyReducedVowels: 0.97,
  otherFirstLetter: 0.88,
  otherLastLetter: 0.9,
  roleChange: 0.02,
  patronymicForBareName: 0.03,
  swappedRoles: 0.3,
  genderConflict: 0.3,
  leftOverPatronymic: 0.02,
  leftOverName: 0.15,
};

type PairedParts = { a: NamePart; b: NamePart; similarity: number; reason: string };

const isSuffixed = (part: NamePart): boolean => part.role !== 'bare';

/** Russified spellings drop the reduced vowels ы/і (Бауржан, Тлеубаев, Абдрахманов): the key without them. */
const skeleton = (key: string): string => key.charAt(0) + key.slice(1).replace(/и/g, '');

type KeyMatch = { similarity: number; kind: 'same' | 'reduced vowels' | 'similar' };

/**
 * Similarity of two keys. Spellings of one name differ in reduced vowels,
 * which the skeleton forgives; any other letter left different after
 * folding is a different letter, so the rest is scored strictly: the mean of
 * Jaro-Winkler and Levenshtein, less again when the first or last letter
 * differs (Серік / Берік, Жанар / Жанат, Болат / Болатбек).
 */
function keySimilarity(a: string, b: string): KeyMatch {
  if (a === b) return { similarity: 1, kind: 'same' };
  if (skeleton(a) === skeleton(b)) return { similarity: weights.onlyReducedVowels, kind: 'reduced vowels' };
  let similarity = (jaroWinkler(a, b) + levenshteinSimilarity(a, b)) / 2;
  if (a.charAt(0) !== b.charAt(0)) similarity *= weights.otherFirstLetter;
  if (a.at(-1) !== b.at(-1)) similarity *= weights.otherLastLetter;
  return { similarity, kind: 'similar' };
}

function pairParts(a: NamePart, b: NamePart): PairedParts {
  // Suffixed parts are compared by their stems: a shared -ов says nothing about the names before it.
  const stem = keySimilarity(a.stem, b.stem);
  const whole = isSuffixed(a) || isSuffixed(b) ? stem : keySimilarity(a.key, b.key);
  const best = whole.similarity >= stem.similarity ? whole : stem;
  let similarity = best.similarity;
  const reason =
    best.kind === 'same' ? (best === whole ? `same name (${a.key})` : `same root (${a.stem})`) : best.kind === 'reduced vowels' ? 'same but for ы/і' : `similar (${similarity.toFixed(2)})`;
  if (a.role !== b.role) {
    const forBare = (a.role === 'patronymic' && b.role === 'bare') || (b.role === 'patronymic' && a.role === 'bare');
    similarity -= forBare ? weights.patronymicForBareName : weights.roleChange;
  }
  const roles = a.role === b.role ? '' : `, ${a.role} as ${b.role}`;
  return { a, b, similarity, reason: `"${a.written}" ~ "${b.written}": ${reason}${roles}` };
}

type Alignment = { score: number; reasons: string[] };

function scoreAlignment(pairs: PairedParts[], leftOver: NamePart[]): Alignment {
  const reasons = pairs.map((p) => p.reason);
  const similarities = pairs.map((p) => p.similarity);
  let score = 0.5 * Math.min(...similarities) + (0.5 * similarities.reduce((sum, s) => sum + s, 0)) / similarities.length;
  const crossesAtoB = pairs.some((p) => isSuffixed(p.a) && !isSuffixed(p.b));
  const crossesBtoA = pairs.some((p) => !isSuffixed(p.a) && isSuffixed(p.b));
  if (crossesAtoB && crossesBtoA) {
    score -= weights.swappedRoles;
    reasons.push('roles swapped between the names (father and son?)');
  }
  const conflict = pairs.find((p) => p.a.gender && p.b.gender && p.a.gender !== p.b.gender);
  if (conflict) {
    score -= weights.genderConflict;
    reasons.push(`"${conflict.a.written}" is ${conflict.a.gender}, "${conflict.b.written}" ${conflict.b.gender}`);
  }
  for (const part of leftOver) {
    const patronymic = part.role === 'patronymic';
    score -= patronymic ? weights.leftOverPatronymic : weights.leftOverName;
    reasons.push(`"${part.written}" has no counterpart${patronymic ? ' (a patronymic, often left out)' : ''}`);
  }
  return { score: Math.max(0, Math.min(1, score)), reasons };
}

/** The best-scoring of every way to pair each part of `shorter` with a different part of `longer`. */
function bestAlignment(shorter: NamePart[], longer: NamePart[], swapped: boolean): Alignment {
  const paired = shorter.map((s) => longer.map((l) => (swapped ? pairParts(l, s) : pairParts(s, l))));
  let best: Alignment = { score: -1, reasons: [] };
  const used = new Array<boolean>(longer.length).fill(false);
  const chosen: PairedParts[] = [];
  const visit = (i: number): void => {
    if (i === shorter.length) {
      const alignment = scoreAlignment(chosen, longer.filter((_, j) => !used[j]));
      if (alignment.score > best.score) best = alignment;
      return;
    }
    for (let j = 0; j < longer.length; j++) {
      if (used[j]) continue;
      used[j] = true;
      chosen.push(paired[i]![j]!);
      visit(i + 1);
      chosen.pop();
      used[j] = false;
    }
  };
  visit(0);
  return best;
}

/** Names have two to four parts; beyond six the pairings are not worth counting. */
const mostParts = 6;

export function nameSimilarity(a: string, b: string): NameMatch {
  const partsA = nameParts(a).slice(0, mostParts);
  const partsB = nameParts(b).slice(0, mostParts);
  if (!partsA.length || !partsB.length) return { score: 0, samePerson: false, reasons: ['a name is empty'] };
  const swapped = partsA.length > partsB.length;
  const { score, reasons } = swapped ? bestAlignment(partsB, partsA, true) : bestAlignment(partsA, partsB, false);
  const rounded = Math.round(score * 1000) / 1000;
  return { score: rounded, samePerson: rounded >= sameNameThreshold, reasons };
}

/** Name parts in their script-neutral comparison form: Жұмабаев, Zhumabayev and Жумабаев all give жомабаев. */
export function normalizeName(name: string): string[] {
  return nameParts(name).map((part) => part.key);
}

/**
 * Keys for finding a name in an index before scoring candidates with
 * nameSimilarity: each part's stem without its patronymic or surname ending,
 * so Жұмабай, Zhumabayev and Жумабаев all give жомаба.
 */
export function nameSearchKeys(name: string): string[] {
  return [...new Set(nameParts(name).map((part) => part.stem).filter((stem) => stem.length >= 2))];
}
