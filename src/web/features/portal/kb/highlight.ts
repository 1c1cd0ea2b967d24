/** A piece of text, marked when a searched word matched it. */
export type TextPart = { text: string; marked: boolean };

/**
 * Splits a text by the server's [start, end) character ranges. Ranges may come
 * unsorted, overlapping or past the end (a snippet cut short): they are
 * clamped and merged, so every character appears exactly once.
 */
export function highlightParts(text: string, ranges: ReadonlyArray<readonly [number, number]>): TextPart[] {
  const clean = ranges
    .map(([start, end]) => [Math.max(0, start), Math.min(text.length, end)] as const)
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [start, end] of clean) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  const parts: TextPart[] = [];
  let at = 0;
  for (const [start, end] of merged) {
    if (start > at) parts.push({ text: text.slice(at, start), marked: false });
    parts.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), marked: false });
  return parts;
}
