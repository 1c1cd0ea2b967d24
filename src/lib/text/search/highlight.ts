/**
 * Which words of a text a query matched, for highlighting search results
 * and choosing their snippet. A word matches when one of its keys is a key
 * of a query word, or starts with a long one (as searchPlan's prefixes do).
 */
import { PREFIX_MIN_LENGTH, queryWords } from './plan';
import type { SearchLanguage } from './stop-words';
import { foldKazakh } from './fold';
import { wordKeys } from './tokens';

export type Range = [start: number, end: number];

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** The keys of a query's words, its own readings only (no synonyms). */
export function queryKeySet(query: string, lang?: SearchLanguage): Set<string> {
  return new Set(queryWords(query, lang).flatMap((word) => word.keys));
}

function matches(keys: string[], queryKeys: Set<string>): boolean {
  for (const key of keys) {
    if (queryKeys.has(key)) return true;
    for (const queryKey of queryKeys) if (queryKey.length >= PREFIX_MIN_LENGTH && key.startsWith(queryKey)) return true;
  }
  return false;
}

const CYRILLIC_WORD = /^[\p{Script=Cyrillic}\p{N}]+$/u;

/** Ranges of `text` (a text in `lang`) whose words match the query's keys, in order. */
export function matchedRanges(text: string, queryKeys: Set<string>, lang: SearchLanguage): Range[] {
  const ranges: Range[] = [];
  if (!queryKeys.size) return ranges;
  // A Cyrillic word's keys begin as the word does once folded (stems keep the root's start), so a word
  // whose first two letters begin no query key is passed over without being stemmed.
  const starts = new Set([...queryKeys].map((key) => key.slice(0, 2)));
  for (const match of String(text ?? '').matchAll(WORD)) {
    const word = match[0];
    if (CYRILLIC_WORD.test(word) && !starts.has(foldKazakh(word.slice(0, 2)).replace('э', 'а'))) continue;
    if (matches(wordKeys(word, lang), queryKeys)) ranges.push([match.index, match.index + word.length]);
  }
  return ranges;
}

/**
 * The passage of `text` (about `length` characters, on word boundaries)
 * holding the most matched words, with their ranges inside it. Without a
 * match, the text's beginning.
 */
export function bestSnippet(text: string, queryKeys: Set<string>, lang: SearchLanguage, length = 220): { snippet: string; highlights: Range[] } {
  const source = String(text ?? '').replace(/\s+/gu, ' ').trim();
  const all = matchedRanges(source, queryKeys, lang);
  let start = 0;
  let best = 0;
  // A window starting at each match; the one covering the most matches wins, the earliest on a tie.
  for (const [from] of all) {
    const count = all.filter(([s, e]) => s >= from && e <= from + length).length;
    if (count > best) {
      best = count;
      start = from;
    }
  }
  // Begin at the sentence (or word) before the first match, when it fits.
  if (start > 0) {
    const sentence = Math.max(source.lastIndexOf('. ', start), source.lastIndexOf('? ', start), source.lastIndexOf('! ', start));
    start = sentence >= 0 && start - sentence < length / 3 ? sentence + 2 : Math.max(0, source.lastIndexOf(' ', Math.max(0, start - 30)) + 1);
  }
  let end = Math.min(source.length, start + length);
  if (end < source.length) {
    const space = source.lastIndexOf(' ', end);
    if (space > start) end = space;
  }
  const prefix = start > 0 ? '…' : '';
  const suffix = end < source.length ? '…' : '';
  const snippet = `${prefix}${source.slice(start, end)}${suffix}`;
  const highlights = all.filter(([s, e]) => s >= start && e <= end).map(([s, e]): Range => [s - start + prefix.length, e - start + prefix.length]);
  return { snippet, highlights };
}
