import { compareWithSamePeriod } from '../compute/compareWithSamePeriod';

/**
 * The change against the same period (so với cùng kỳ) as an unrounded fraction, or null when
 * either figure is missing or last year's is not a positive number.
 *
 * @example
 * yoyOf(72, 100) //=> -0.28
 * yoyOf(72, null) //=> null
 */
export function yoyOf(current: number | null, previous: number | null): number | null {
  if (current === null || previous === null || !(previous > 0)) return null;
  return compareWithSamePeriod(current, previous, 'change');
}
