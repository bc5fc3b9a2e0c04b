import type { Locale, Period } from '../model';
import { periodFromCode } from './periodFromCode';

const ROMAN = ['I', 'II', 'III', 'IV'];

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** How each kind of period is said, per language. */
const WORDING: Record<Locale, Record<Period['kind'], (p: Period) => string>> = {
  vi: {
    month: (p) => `Tháng ${p.startMonth} năm ${p.year}`,
    quarter: (p) => `Quý ${ROMAN[(p.startMonth - 1) / 3]} năm ${p.year}`,
    months: (p) => `${p.endMonth} tháng đầu năm ${p.year}`,
    year: (p) => `Năm ${p.year}`,
  },
  en: {
    month: (p) => `${MONTHS_EN[p.startMonth - 1]} ${p.year}`,
    quarter: (p) => `Q${(p.startMonth + 2) / 3} ${p.year}`,
    months: (p) => `first ${p.endMonth} months of ${p.year}`,
    year: (p) => `${p.year}`,
  },
};

/**
 * Says a period in words, as report titles do (mô tả kỳ báo cáo).
 * Accepts a Period or its code; throws CoreError('bad-period') for a bad code.
 *
 * @example
 * describePeriod('9T/2015', 'vi') //=> '9 tháng đầu năm 2015'
 * describePeriod('9T/2015', 'en') //=> 'first 9 months of 2015'
 * describePeriod('Q3/2015', 'vi') //=> 'Quý III năm 2015'
 * describePeriod('T9/2015', 'vi') //=> 'Tháng 9 năm 2015'
 * describePeriod('2015', 'vi') //=> 'Năm 2015'
 */
export function describePeriod(period: Period | string, locale: Locale): string {
  const p = typeof period === 'string' ? periodFromCode(period) : period;
  return (WORDING[locale] ?? WORDING.vi)[p.kind](p);
}
