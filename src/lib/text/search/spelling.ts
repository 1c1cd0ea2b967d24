/**
 * Spelling correction from the words of the texts a search already reached
 * by trigrams: a query word that no text holds is replaced by the most
 * similar word those texts do hold. Similarity is pg_trgm's: the share of
 * shared trigrams of the words padded with two spaces before and one after.
 */
import { searchFoldedText } from './plan';

function trigrams(word: string): Set<string> {
  const padded = `  ${word} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  return out;
}

export function trigramSimilarity(a: string, b: string): number {
  const x = trigrams(a);
  const y = trigrams(b);
  let shared = 0;
  for (const t of x) if (y.has(t)) shared += 1;
  return shared / (x.size + y.size - shared || 1);
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The word of `texts` (folded, as searchFoldedText gives them) most similar
 * to `word` (itself when they hold it), when at least `minimum` similar;
 * null otherwise. Ties go to the word found more often.
 */
export function closestWord(word: string, texts: string[], minimum = 0.45): string | null {
  const target = searchFoldedText(word);
  if (target.length < 3) return null;
  const counts = new Map<string, number>();
  for (const text of texts) for (const [w] of text.matchAll(WORD)) if (w.length >= 3) counts.set(w, (counts.get(w) ?? 0) + 1);
  // Spelt as the texts spell it (after transliteration): nothing to correct.
  if (counts.has(target)) return target;
  let best: { word: string; score: number; count: number } | null = null;
  for (const [candidate, count] of counts) {
    // Words of very different length cannot be a slip of the hand.
    if (Math.abs(candidate.length - target.length) > Math.max(2, target.length / 3)) continue;
    const score = trigramSimilarity(target, candidate);
    if (score >= minimum && (!best || score > best.score || (score === best.score && count > best.count))) best = { word: candidate, score, count };
  }
  return best?.word ?? null;
}
