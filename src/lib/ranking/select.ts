/**
 * The best k of n by key, without sorting all n: a binary heap of k positions
 * whose root is the worst kept so far. Order is key descending, then position
 * ascending, so ties come out in index order and every run gives the same page.
 */

/** Positions of the best `k` keys (of keys[0..count)), best first. */
export function selectTop(keys: Float64Array, count: number, k: number): Int32Array {
  const size = Math.min(k, count);
  const heap = new Int32Array(size);
  // a is worse than b: lower key, or the same key and a later position.
  const worse = (a: number, b: number) => keys[a]! < keys[b]! || (keys[a] === keys[b] && a > b);
  const siftDown = (from: number, length: number) => {
    let at = from;
    for (;;) {
      const left = 2 * at + 1;
      if (left >= length) return;
      const right = left + 1;
      const child = right < length && worse(heap[right]!, heap[left]!) ? right : left;
      if (!worse(heap[child]!, heap[at]!)) return;
      const held = heap[at]!;
      heap[at] = heap[child]!;
      heap[child] = held;
      at = child;
    }
  };
  for (let j = 0; j < size; j++) heap[j] = j;
  for (let at = (size >> 1) - 1; at >= 0; at--) siftDown(at, size);
  if (size > 0) {
    // Positions arrive in increasing order, so a newcomer beats the root only with a strictly greater key.
    for (let j = size; j < count; j++) {
      if (keys[j]! > keys[heap[0]!]!) {
        heap[0] = j;
        siftDown(0, size);
      }
    }
  }
  return heap.sort((a, b) => keys[b]! - keys[a]! || a - b);
}

/**
 * Competition ranks ("1224") of positions already in best-first order, when
 * every position with a greater key is among them (as selectTop gives).
 */
export function competitionRanks(keys: Float64Array, ordered: Int32Array): Int32Array {
  const ranks = new Int32Array(ordered.length);
  for (let p = 0; p < ordered.length; p++) {
    ranks[p] = p > 0 && keys[ordered[p]!] === keys[ordered[p - 1]!] ? ranks[p - 1]! : p + 1;
  }
  return ranks;
}
