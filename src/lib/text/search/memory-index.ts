/**
 * The ranked search of ranking.ts, over an index held in memory: for a
 * table of articles small enough to keep (tens of thousands of texts), where
 * PostgreSQL would answer an OR of common words by reading thousands of rows
 * per query. Built from what the table stores (the keys of toTsvectorSource
 * and the folded text of searchFoldedText), so both sides agree with the
 * stored columns; the scores follow rankedSearchSql:
 *
 * - each term weighted by its idf, a text scored by the weighted share of
 *   the terms it holds (coverage);
 * - plus TRIGRAM_WEIGHT × the share of the folded query's trigrams found in
 *   the folded text (pg_trgm's word_similarity, without its best-extent
 *   search), and texts with a word trigram-near a query word are candidates
 *   even without a key;
 * - ties broken by how often the query's keys occur, relative to length
 *   (what ts_rank_cd measures), then by key;
 * - with feedback, the three best texts keep their places and lend their ten
 *   most telling other keys, counted at FEEDBACK_WEIGHT.
 */
import type { SearchPlan } from './plan';
import { isPrefixKey, searchFoldedText } from './plan';
import { FEEDBACK_DOCUMENTS, FEEDBACK_WEIGHT, FEEDBACK_WORDS, MAX_TRIGRAM_WORDS, TRIGRAM_WEIGHT } from './ranking';

export type IndexedText = { key: string; tokens: string[]; folded: string };

/** pg_trgm's word_similarity_threshold: a text is a candidate when one of its words is this near a query word. */
const NEAR_WORD = 0.6;
const WORD = /[\p{L}\p{N}]+/gu;

/** A trigram as a number: three UTF-16 code units. */
const code = (s: string, i: number) => s.charCodeAt(i) * 4294967296 + s.charCodeAt(i + 1) * 65536 + s.charCodeAt(i + 2);

/** pg_trgm's trigrams of a word: padded with two spaces before and one after. */
function wordTrigrams(word: string, into: Set<number>): void {
  const padded = `  ${word} `;
  for (let i = 0; i + 3 <= padded.length; i++) into.add(code(padded, i));
}

function textTrigrams(text: string): Float64Array {
  const set = new Set<number>();
  for (const [word] of text.matchAll(WORD)) wordTrigrams(word, set);
  return Float64Array.from(set).sort();
}

/** How many of the sorted `a` are in the sorted `b`. */
function sharedCount(a: Float64Array, b: Float64Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! === b[j]!) {
      n += 1;
      i += 1;
      j += 1;
    } else if (a[i]! < b[j]!) i += 1;
    else j += 1;
  }
  return n;
}

const idfOf = (total: number, df: number) => Math.log(1 + (total - df + 0.5) / (df + 0.5));

export type MemoryHit = { key: string; score: number };

export class MemorySearchIndex {
  readonly size: number;
  private readonly keys: string[];
  /** Distinct keys, sorted, for prefix lookups; postings and counts by their position. */
  private readonly lexemes: string[];
  private readonly lexemeIds = new Map<string, number>();
  private readonly postings: Uint32Array[] = [];
  private readonly counts: Uint16Array[] = [];
  private readonly textLexemes: Uint32Array[] = [];
  private readonly lengths: Uint32Array;
  private readonly trigrams: Float64Array[];
  private readonly foldedTexts: string[];
  private readonly positions = new Map<string, number>();
  /** The folded texts' words, for trigram-near candidates: word → texts, trigram → words. */
  private readonly words: string[] = [];
  private readonly wordTexts: number[][] = [];
  private readonly trigramWords = new Map<number, number[]>();

  constructor(texts: IndexedText[]) {
    this.size = texts.length;
    this.keys = texts.map((t) => t.key);
    this.lengths = Uint32Array.from(texts, (t) => t.tokens.length);
    const byLexeme = new Map<string, Map<number, number>>();
    texts.forEach((text, doc) => {
      for (const token of text.tokens) {
        let docs = byLexeme.get(token);
        if (!docs) byLexeme.set(token, (docs = new Map()));
        docs.set(doc, (docs.get(doc) ?? 0) + 1);
      }
    });
    this.lexemes = [...byLexeme.keys()].sort();
    const perText: number[][] = texts.map(() => []);
    this.lexemes.forEach((lexeme, id) => {
      this.lexemeIds.set(lexeme, id);
      const docs = byLexeme.get(lexeme)!;
      const sorted = [...docs.keys()].sort((a, b) => a - b);
      this.postings.push(Uint32Array.from(sorted));
      this.counts.push(Uint16Array.from(sorted, (d) => Math.min(65535, docs.get(d)!)));
      for (const d of sorted) perText[d]!.push(id);
    });
    this.textLexemes = perText.map((ids) => Uint32Array.from(ids));
    this.trigrams = texts.map((t) => textTrigrams(t.folded));
    this.foldedTexts = texts.map((t) => t.folded);
    texts.forEach((t, i) => this.positions.set(t.key, i));
    const wordIds = new Map<string, number>();
    texts.forEach((text, doc) => {
      for (const [word] of text.folded.matchAll(WORD)) {
        let id = wordIds.get(word);
        if (id === undefined) {
          id = this.words.length;
          wordIds.set(word, id);
          this.words.push(word);
          this.wordTexts.push([]);
          const set = new Set<number>();
          wordTrigrams(word, set);
          for (const trigram of set) {
            const list = this.trigramWords.get(trigram);
            if (list) list.push(id);
            else this.trigramWords.set(trigram, [id]);
          }
        }
        const list = this.wordTexts[id]!;
        if (list.at(-1) !== doc) list.push(doc);
      }
    });
  }

  /** The lexeme ids a plan's key reaches: itself, and every key it begins when it is long. */
  private reach(key: string): number[] {
    if (!isPrefixKey(key)) {
      const id = this.lexemeIds.get(key);
      return id === undefined ? [] : [id];
    }
    let lo = 0;
    let hi = this.lexemes.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.lexemes[mid]! < key) lo = mid + 1;
      else hi = mid;
    }
    const ids: number[] = [];
    for (let id = lo; id < this.lexemes.length && this.lexemes[id]!.startsWith(key); id++) ids.push(id);
    return ids;
  }

  /** Texts holding the term (any alternative, all its words, any key of each), with the occurrences of its keys. */
  private termTexts(alternatives: string[][][], reached: Set<number>, closeness: Float64Array): Uint8Array {
    const marks = new Uint8Array(this.size);
    const own = new Set<number>();
    for (const alternative of alternatives) {
      let within: Uint8Array | null = null;
      for (const wordKeys of alternative) {
        const word = new Uint8Array(this.size);
        for (const key of wordKeys) {
          for (const id of this.reach(key)) {
            reached.add(id);
            own.add(id);
            const docs = this.postings[id]!;
            for (let i = 0; i < docs.length; i++) word[docs[i]!] = 1;
          }
        }
        if (within) for (let d = 0; d < this.size; d++) within[d] = within[d]! & word[d]!;
        else within = word;
      }
      if (within) for (let d = 0; d < this.size; d++) marks[d] = marks[d]! | within[d]!;
    }
    for (const id of own) {
      const docs = this.postings[id]!;
      const counts = this.counts[id]!;
      for (let i = 0; i < docs.length; i++) if (marks[docs[i]!]) closeness[docs[i]!] = closeness[docs[i]!]! + counts[i]!;
    }
    return marks;
  }

  /** Texts with a word trigram-near one of the query's folded words. */
  private nearTexts(foldedWords: string[]): number[] {
    const out = new Set<number>();
    for (const queryWord of foldedWords.slice(0, MAX_TRIGRAM_WORDS)) {
      const own = new Set<number>();
      wordTrigrams(queryWord, own);
      const shared = new Map<number, number>();
      for (const trigram of own) for (const word of this.trigramWords.get(trigram) ?? []) shared.set(word, (shared.get(word) ?? 0) + 1);
      for (const [word, n] of shared) if (n / own.size >= NEAR_WORD) for (const doc of this.wordTexts[word]!) out.add(doc);
    }
    return [...out];
  }

  /** The folded text of a text, by its key. */
  foldedText(key: string): string | undefined {
    const at = this.positions.get(key);
    return at === undefined ? undefined : this.foldedTexts[at];
  }

  /** How many texts hold one of the keys (a query word's readings). */
  keyFrequency(keys: string[]): number {
    const marks = this.termTexts([[keys]], new Set(), new Float64Array(this.size));
    let df = 0;
    for (let d = 0; d < this.size; d++) df += marks[d]!;
    return df;
  }

  search(plan: SearchPlan, limit: number, options: { feedback?: boolean; filter?: (key: string) => boolean } = {}): MemoryHit[] {
    const n = this.size;
    if (!n) return [];
    const reached = new Set<number>();
    const closeness = new Float64Array(n);
    const coverage = new Float64Array(n);
    const weights = plan.termKeys.map((alternatives) => {
      const marks = this.termTexts(alternatives, reached, closeness);
      let df = 0;
      for (let d = 0; d < n; d++) df += marks[d]!;
      return { marks, idf: idfOf(n, df) };
    });
    const totalIdf = weights.reduce((sum, w) => sum + w.idf, 0) || 1;
    const candidate = new Uint8Array(n);
    for (const { marks, idf } of weights) {
      for (let d = 0; d < n; d++) {
        if (marks[d]) {
          coverage[d] = coverage[d]! + idf / totalIdf;
          candidate[d] = 1;
        }
      }
    }
    for (const d of this.nearTexts(plan.foldedWords)) candidate[d] = 1;
    const query = textTrigrams(searchFoldedText(plan.folded));
    const score = new Float64Array(n);
    const pool: number[] = [];
    for (let d = 0; d < n; d++) {
      if (!candidate[d] || (options.filter && !options.filter(this.keys[d]!))) continue;
      score[d] = coverage[d]! + (query.length ? (TRIGRAM_WEIGHT * sharedCount(query, this.trigrams[d]!)) / query.length : 0);
      closeness[d] = closeness[d]! / Math.sqrt(1 + this.lengths[d]!);
      pool.push(d);
    }
    const order = (a: number, b: number) => score[b]! - score[a]! || closeness[b]! - closeness[a]! || (this.keys[a]! < this.keys[b]! ? -1 : 1);
    pool.sort(order);
    if (!options.feedback || !pool.length) return pool.slice(0, limit).map((d) => ({ key: this.keys[d]!, score: score[d]! }));

    // Feedback: the best texts lend the keys the query lacks, by how many of them hold each × its idf.
    const lenders = pool.slice(0, FEEDBACK_DOCUMENTS);
    const lent = new Map<number, number>();
    for (const d of lenders) for (const id of this.textLexemes[d]!) if (!reached.has(id)) lent.set(id, (lent.get(id) ?? 0) + 1);
    const expansion = [...lent]
      .filter(([id]) => this.postings[id]!.length > 1)
      .map(([id, held]) => ({ id, weight: held * idfOf(n, this.postings[id]!.length) }))
      .sort((a, b) => b.weight - a.weight || (this.lexemes[a.id]! < this.lexemes[b.id]! ? -1 : 1))
      .slice(0, FEEDBACK_WORDS);
    const expansionTotal = expansion.reduce((sum, e) => sum + e.weight, 0) || 1;
    const widened = new Float64Array(n);
    const inPool = new Uint8Array(n);
    for (const d of pool) inPool[d] = 1;
    for (const { id, weight } of expansion) {
      for (const d of this.postings[id]!) {
        if (!inPool[d] && (!options.filter || options.filter(this.keys[d]!))) {
          inPool[d] = 1;
          pool.push(d);
        }
        widened[d] = widened[d]! + (FEEDBACK_WEIGHT * weight) / expansionTotal;
      }
    }
    const fixed = new Set(lenders);
    const rest = pool.filter((d) => !fixed.has(d));
    for (const d of rest) score[d] = score[d]! + widened[d]!;
    rest.sort(order);
    return [...lenders, ...rest].slice(0, limit).map((d) => ({ key: this.keys[d]!, score: score[d]! }));
  }
}
