// Binary search in a sorted list of offsets: which line, piece or markup an offset falls in.

/** The index of the last of `sorted` (ascending) that is at most `value`; -1 when none is. */
export function lastIndexAtOrBefore(sorted: ArrayLike<number>, value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (sorted[middle] <= value) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}
