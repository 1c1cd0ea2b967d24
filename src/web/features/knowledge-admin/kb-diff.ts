/**
 * Showing a word diff between two revisions: long unchanged stretches fold
 * to their edges, so a one-word fix in a long article is easy to find.
 */
import type { KbDiffPart } from './knowledgeAdmin.api';

export type DiffSegment = KbDiffPart | { change: 'gap'; value: string; hiddenChars: number };

const countWords = (text: string) => text.split(/\s+/u).filter(Boolean).length;

/** Words added and removed, for the summary above the diff. */
export function diffCounts(parts: readonly KbDiffPart[]): { added: number; removed: number } {
  let added = 0;
  let removed = 0;
  for (const part of parts) {
    if (part.change === 'added') added += countWords(part.value);
    else if (part.change === 'removed') removed += countWords(part.value);
  }
  return { added, removed };
}

export const hasChanges = (parts: readonly KbDiffPart[]) => parts.some((part) => part.change !== 'same');

/**
 * Unchanged text keeps `context` characters next to each change and folds
 * the rest into a gap; a stretch only a little longer than its kept edges
 * stays whole, since a gap marker would hide almost nothing.
 */
export function foldUnchanged(parts: readonly KbDiffPart[], context = 80): DiffSegment[] {
  const segments: DiffSegment[] = [];
  parts.forEach((part, index) => {
    if (part.change !== 'same') {
      segments.push(part);
      return;
    }
    const keepHead = index > 0 ? context : 0;
    const keepTail = index < parts.length - 1 ? context : 0;
    if (part.value.length <= keepHead + keepTail + context) {
      segments.push(part);
      return;
    }
    const head = part.value.slice(0, keepHead);
    const tail = part.value.slice(part.value.length - keepTail);
    if (head) segments.push({ change: 'same', value: head });
    segments.push({ change: 'gap', value: '…', hiddenChars: part.value.length - head.length - tail.length });
    if (tail) segments.push({ change: 'same', value: tail });
  });
  return segments;
}
