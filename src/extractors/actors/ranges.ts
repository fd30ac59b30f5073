/**
 * Binary searches over spans sorted by start (the mention lists of the
 * actor stages), so that lookups stay O(log n) on 10 MB inputs.
 *
 * @module
 */

/** Index of the first item whose `start` is ≥ `offset` in `items` sorted by start. */
export function firstAtOrAfter(items: ReadonlyArray<{ start: number }>, offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The items overlapping [start, end) in `items` sorted by start, whose
 * lengths are at most `maxLength` (bounds the backward scan).
 */
export function overlapping<T extends { start: number; end: number }>(items: readonly T[], start: number, end: number,
  maxLength = 400): T[] {
  const out: T[] = [];
  let i = firstAtOrAfter(items, start - maxLength);
  for (; i < items.length && items[i]!.start < end; i++) if (items[i]!.end > start) out.push(items[i]!);
  return out;
}

/** True when `offset` lies in one of the disjoint `ranges` [start, end) sorted by start. */
export function inRanges(ranges: ReadonlyArray<readonly [number, number]>, offset: number): boolean {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid]![1] <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < ranges.length && ranges[lo]![0] <= offset;
}
