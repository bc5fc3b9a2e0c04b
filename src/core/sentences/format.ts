import { englishDigits } from '../compute/formatComparison';
import type { Locale } from '../model';
import { formatPercent, formatVietnameseNumber } from '../numbers';

/**
 * A figure as a report's text quotes it: whole units, "2.466.410" in Vietnamese, "2,466,410" in
 * English (the tables already round to whole units; a sentence must say the same number).
 *
 * @example
 * formatFigure(2466410.4, 'vi') //=> '2.466.410'
 * formatFigure(2466410.4, 'en') //=> '2,466,410'
 */
export function formatFigure(value: number, locale: Locale): string {
  const text = formatVietnameseNumber(value, 0);
  return locale === 'vi' ? text : englishDigits(text);
}

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
