import { CoreError } from '../errors';
import { plainDecimal, roundDecimal, vietnameseDigits } from './decimalString';

/**
 * Writes a number the Vietnamese way (định dạng số): "." between thousands, "," before decimals.
 *
 * With `decimals` the number is rounded half away from zero to that many places (on its decimal
 * spelling, so 1.005 → "1,01"); without, every digit of its shortest spelling is shown. "-0" is
 * never written. Throws CoreError('not-a-number') for NaN and infinities.
 *
 * @example
 * formatVietnameseNumber(1234567) //=> '1.234.567'
 * formatVietnameseNumber(-1234.5, 1) //=> '-1.234,5'
 * formatVietnameseNumber(0.5) //=> '0,5'
 */
export function formatVietnameseNumber(value: number, decimals?: number): string {
  if (!Number.isFinite(value)) {
    throw new CoreError('not-a-number', {
      vi: `Không phải là số: ${String(value)}`,
      en: `Not a number: ${String(value)}`,
    });
  }
  const plain = plainDecimal(Math.abs(value));
  const places = decimals === undefined ? undefined : Math.min(100, Math.max(0, Math.trunc(decimals)));
  const text = places === undefined ? plain : roundDecimal(plain, places);
  const sign = value < 0 && /[1-9]/.test(text) ? '-' : '';
  return sign + vietnameseDigits(text);
}
