import type { Locale } from '../model';
import { formatPercent } from '../numbers';
import { compareWithSamePeriod } from './compareWithSamePeriod';
import { englishDigits } from './formatComparison';

const WORDS: Record<Locale, { up: string; down: string; same: string }> = {
  vi: { up: 'tăng', down: 'giảm', same: 'bằng cùng kỳ' },
  en: { up: 'up', down: 'down', same: 'same as last year' },
};

/**
 * Says how a figure moved against the same period last year, in whole percent, as a report's
 * text does: "tăng 28%", "giảm 4%", "bằng cùng kỳ" ("up 28%", "down 4%", "same as last year").
 * Throws like {@link compareWithSamePeriod} when last year's figure is missing or not positive.
 *
 * @example
 * changeText(128, 100) //=> 'tăng 28%'
 * changeText(96, 100, 'en') //=> 'down 4%'
 * changeText(1002, 1000) //=> 'bằng cùng kỳ'
 */
export function changeText(current: number, previous: number, locale: Locale = 'vi'): string {
  const change = compareWithSamePeriod(current, previous, 'change');
  const words = WORDS[locale];
  const size = formatPercent(Math.abs(change));
  if (size === '0%') return words.same;
  return `${change > 0 ? words.up : words.down} ${locale === 'vi' ? size : englishDigits(size)}`;
}
