import { englishDigits } from '../compute/formatComparison';
import type { Locale } from '../model';
import { formatPercent } from '../numbers';

/**
 * A fraction as a whole percentage without sign, rounded on its decimal spelling (0.285 → "29%").
 *
 * @example
 * formatShare(-0.2801, 'vi') //=> '28%'
 */
export function formatShare(fraction: number, locale: Locale): string {
  const text = formatPercent(Math.abs(fraction));
  return locale === 'vi' ? text : englishDigits(text);
}
