/**
 * Binary search over spans sorted by offset: where a scan of the spans that may reach past a position starts.
 */
import type { Span } from './types.ts';

/** Index of the first span (sorted by end) that ends after `pos`; `spans.length` when none does. */
export function firstEndingAfter(spans: readonly Span[], pos: number): number {
  let lo = 0;
  for (let hi = spans.length; lo < hi; ) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
