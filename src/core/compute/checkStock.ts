import { closingStock, roundSum } from './closingStock';

/** What a stock identity check found. */
export interface StockCheck {
  ok: boolean;
  /** opening + increase − decrease. */
  expected: number;
  /** closing − expected (positive: the sheet states more than the identity gives). */
  difference: number;
}

/**
 * Checks the stock identity đầu kỳ + tăng − giảm = cuối kỳ (opening + increase − decrease = closing).
 *
 * @example
 * checkStock(100, 30, 10, 120) //=> { ok: true, expected: 120, difference: 0 }
 * checkStock(100, 30, 10, 125) //=> { ok: false, expected: 120, difference: 5 }
 */
export function checkStock(opening: number, increase: number, decrease: number, closing: number): StockCheck {
  const expected = closingStock(opening, increase, decrease);
  const difference = roundSum(closing - expected);
  // Figures are rounded to 6 decimals, so anything beyond that is a real difference.
  return { ok: Math.abs(difference) < 1e-6, expected, difference };
}
