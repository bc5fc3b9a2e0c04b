import type { Period } from '../model';
import { foldDiacritics } from '../text/foldDiacritics';
import { monthPeriod, quarterPeriod } from './makePeriod';

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "Tháng 9", "T09", "M9", "tháng thứ 9" — not "9 tháng" (a span of months). */
const MONTH = /(?<![a-z0-9])(?:thang|t|m|month)\s*0?([1-9]|1[0-2])(?![0-9/.,-])/;
/** "Quý III", "Q3", "quý 3", "quarter 3". */
const QUARTER = /(?<![a-z0-9])(?:quy|q|quarter)\s*(iv|iii|ii|i|[1-4])(?![a-z0-9/])/;
const MONTH_FULL = ['uary', 'ruary', 'ch', 'il', '', 'e', 'y', 'ust', 'tember', 'ober', 'ember', 'ember'];
/** "Sep", "Sept.", "September" — a month's name or its short form, never "Decrease" or "Máy". */
const MONTH_NAME = new RegExp(
  `(?<![\\p{L}\\d])(${MONTH_NAMES.map((m, i) => `${m}(?:${i === 8 ? 't|' : ''}${MONTH_FULL[i]})?`).join('|')})\\.?(?![\\p{L}\\d])`,
  'u',
);

/**
 * A month or a quarter a column header names without its year ("Tháng 9", "T9", "Quý III",
 * "Q3", "Sep"), taken in `year`. Null when the text names none, or names a year too (then
 * {@link parsePeriod} reads it).
 *
 * @example
 * shortPeriod('Thực hiện tháng 9', 2015)?.code //=> 'T9/2015'
 * shortPeriod('Quý III', 2015)?.code //=> 'Q3/2015'
 * shortPeriod('9 tháng', 2015) //=> null
 */
export function shortPeriod(text: string, year: number): Period | null {
  if (typeof text !== 'string' || /\d{4}/.test(text)) return null;
  const folded = foldDiacritics(text);
  const month = MONTH.exec(folded);
  if (month) return monthPeriod(year, Number(month[1]));
  const quarter = QUARTER.exec(folded);
  if (quarter) return quarterPeriod(year, ROMAN[quarter[1]] ?? Number(quarter[1]));
  // Month names are English: matched on the text as written, so the Vietnamese "máy" is no May.
  const name = MONTH_NAME.exec(text.normalize('NFC').toLowerCase());
  if (name && folded.trim().split(/\s+/).length <= 3)
    return monthPeriod(year, MONTH_NAMES.indexOf(name[1].slice(0, 3)) + 1);
  return null;
}
