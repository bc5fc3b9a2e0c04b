import { CoreError } from '../errors';
import type { Convention, Locale } from '../model';
import { formatPercent, formatVietnameseNumber } from '../numbers';

/**
 * Turns Vietnamese number punctuation into English: "1.234,5" → "1,234.5".
 *
 * @example
 * englishDigits('1.234,5%') //=> '1,234.5%'
 */
export function englishDigits(text: string): string {
  return text.replace(/[.,]/g, (c) => (c === '.' ? ',' : '.'));
}

const inLocale = (text: string, locale: Locale) => (locale === 'vi' ? text : englishDigits(text));

/** How each convention is written, given the figure from {@link compareWithSamePeriod}. */
const WRITERS: Record<Convention, Record<Locale, (value: number) => string>> = {
  change: {
    vi: (value) => formatPercent(value),
    en: (value) => englishDigits(formatPercent(value)),
  },
  ratio: {
    vi: (value) => `bằng ${formatPercent(value)}`,
    en: (value) => `${englishDigits(formatPercent(value))} of`,
  },
  index: {
    vi: (value) => formatVietnameseNumber(value, 1),
    en: (value) => englishDigits(formatVietnameseNumber(value, 1)),
  },
};

/**
 * Writes a comparison with the same period (so với cùng kỳ) the way the convention reads:
 * change "-28%", ratio "bằng 72%" ("72% of"), index (năm trước = 100) "72,0" ("72.0").
 * `value` is what {@link compareWithSamePeriod} gave for that convention.
 *
 * @example
 * formatComparison(-0.2801, 'change', 'vi') //=> '-28%'
 * formatComparison(0.72, 'ratio', 'vi') //=> 'bằng 72%'
 * formatComparison(72, 'index', 'en') //=> '72.0'
 */
export function formatComparison(value: number, convention: Convention, locale: Locale): string {
  const writer = WRITERS[convention]?.[locale];
  if (!writer) {
    throw new CoreError('bad-convention', {
      vi: `Không biết cách so sánh "${String(convention)}" hoặc ngôn ngữ "${String(locale)}"`,
      en: `Unknown comparison convention "${String(convention)}" or language "${String(locale)}"`,
    });
  }
  return writer(value);
}

/**
 * A figure for a message or a sentence: whole numbers as they are, others to at most 2 decimals.
 *
 * @example
 * writeFigure(2907, 'vi') //=> '2.907'
 * writeFigure(1234.5, 'en') //=> '1,234.5'
 */
export function writeFigure(value: number, locale: Locale): string {
  const text = Number.isInteger(value)
    ? formatVietnameseNumber(value)
    : formatVietnameseNumber(value, 2).replace(/,?0+$/, '');
  return inLocale(text, locale);
}

/**
 * A figure in whole units as a table or a report's text quotes it: "2.466.410" in Vietnamese,
 * "2,466,410" in English (the tables round to whole units; a sentence must say the same number).
 *
 * @example
 * formatFigure(2466410.4, 'vi') //=> '2.466.410'
 * formatFigure(2466410.4, 'en') //=> '2,466,410'
 */
export function formatFigure(value: number, locale: Locale): string {
  return inLocale(formatVietnameseNumber(value, 0), locale);
}
