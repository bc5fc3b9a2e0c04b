import { CoreError } from '../errors';
import { plainDecimal, roundDecimal, shiftDecimal, vietnameseDigits } from './decimalString';

/**
 * Writes a fraction as a Vietnamese percentage (tỷ lệ phần trăm), rounded half away from zero.
 *
 * The ×100 is done on the decimal spelling, so 0.285 gives "29%", not the "28%" that
 * 0.285 * 100 = 28.499999999999996 would. Throws CoreError('not-a-number') for NaN and infinities.
 *
 * @example
 * formatPercent(-0.2801) //=> '-28%'
 * formatPercent(2.99) //=> '299%'
 * formatPercent(0.125, 1) //=> '12,5%'
 */
export function formatPercent(fraction: number, decimals = 0): string {
  if (!Number.isFinite(fraction)) {
    throw new CoreError('not-a-number', {
      vi: `Không phải là số: ${String(fraction)}`,
      en: `Not a number: ${String(fraction)}`,
    });
  }
  const places = Math.min(100, Math.max(0, Math.trunc(decimals)));
  const text = roundDecimal(shiftDecimal(plainDecimal(Math.abs(fraction)), 2), places);
  const sign = fraction < 0 && /[1-9]/.test(text) ? '-' : '';
  return `${sign}${vietnameseDigits(text)}%`;
}
