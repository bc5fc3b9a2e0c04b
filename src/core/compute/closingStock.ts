/**
 * Closing stock (hiện có cuối kỳ) from the opening stock and the period's increase and decrease:
 * opening + increase − decrease, rounded to 6 decimals so float noise never shows.
 *
 * @example
 * closingStock(100, 30, 10) //=> 120
 */
export function closingStock(opening: number, increase: number, decrease: number): number {
  return roundSum(opening + increase - decrease);
}

/**
 * Rounds a sum to 6 decimals: money converted from đồng (×1e-6) leaves float noise in sums.
 *
 * @example
 * roundSum(0.1 + 0.2) //=> 0.3
 */
export function roundSum(value: number): number {
  const rounded = Math.round(value * 1e6) / 1e6;
  return Object.is(rounded, -0) ? 0 : rounded;
}
