import type { Locale } from '../model';
import { formatPercent } from '../numbers';
import { compareWithSamePeriod } from './compareWithSamePeriod';
import { englishDigits } from './formatComparison';

/**
 * The words of a change against the same period. `equal` and `about` already name the same period
 * ("bằng cùng kỳ"); `against` follows a percentage when a sentence needs to say what it is against.
 */
const WORDS: Record<Locale, { up: string; down: string; equal: string; about: string; against: string }> = {
  vi: {
    up: 'tăng',
    down: 'giảm',
    equal: 'bằng cùng kỳ',
    about: 'xấp xỉ cùng kỳ',
    against: 'so với cùng kỳ',
  },
  en: {
    up: 'up',
    down: 'down',
    equal: 'the same as the same period last year',
    about: 'about the same as the same period last year',
    against: 'on the same period last year',
  },
};

/**
 * How a change against the same period last year (current/previous − 1, a fraction) reads in
 * words, in whole percent — the one wording the report's sentences and `TTTT.CHANGETEXT` share:
 * exactly no change is "bằng cùng kỳ"; a change that rounds to 0% but is not nil is "xấp xỉ cùng
 * kỳ" (never "tăng 0%", never "bằng" for figures that differ); otherwise "tăng 28%" / "giảm 4%",
 * followed by "so với cùng kỳ" when `against` is true (a sentence says what it compares with).
 *
 * @example
 * describeChange(0.28, 'vi') //=> 'tăng 28%'
 * describeChange(-0.04, 'en', true) //=> 'down 4% on the same period last year'
 * describeChange(0, 'vi') //=> 'bằng cùng kỳ'
 * describeChange(0.002, 'vi') //=> 'xấp xỉ cùng kỳ'
 * describeChange(-0.004, 'en') //=> 'about the same as the same period last year'
 */
export function describeChange(change: number, locale: Locale = 'vi', against = false): string {
  const words = WORDS[locale];
  if (change === 0) return words.equal;
  const size = formatPercent(Math.abs(change));
  if (size === '0%') return words.about;
  const text = `${change > 0 ? words.up : words.down} ${locale === 'vi' ? size : englishDigits(size)}`;
  return against ? `${text} ${words.against}` : text;
}

/**
 * Says how a figure moved against the same period last year, in whole percent, as a report's
 * text does: "tăng 28%", "giảm 4%", "bằng cùng kỳ" when equal, "xấp xỉ cùng kỳ" when the change
 * rounds to 0% (see {@link describeChange}). Throws like {@link compareWithSamePeriod} when last
 * year's figure is missing or not positive.
 *
 * @example
 * changeText(128, 100) //=> 'tăng 28%'
 * changeText(96, 100, 'en') //=> 'down 4%'
 * changeText(1000, 1000) //=> 'bằng cùng kỳ'
 * changeText(1002, 1000) //=> 'xấp xỉ cùng kỳ'
 */
export function changeText(current: number, previous: number, locale: Locale = 'vi'): string {
  return describeChange(compareWithSamePeriod(current, previous, 'change'), locale);
}
