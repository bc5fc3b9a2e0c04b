import { CoreError } from '../errors';
import type { Period } from '../model';
import { firstMonthsPeriod, isMonth, isYear, monthPeriod, quarterPeriod, yearPeriod } from './makePeriod';

/** Code shapes, tried in turn; each gives a period or null when its numbers are out of range. */
const CODES: Array<[RegExp, (a: number, year: number) => Period | null]> = [
  [/^T(\d{1,2})\/(\d{4})$/i, (m, y) => (isMonth(m) ? monthPeriod(y, m) : null)],
  [/^Q([1-4])\/(\d{4})$/i, (q, y) => quarterPeriod(y, q)],
  [/^(\d{1,2})T\/(\d{4})$/i, (n, y) => (isMonth(n) ? firstMonthsPeriod(y, n) : null)],
];

/**
 * Reads a canonical period code, or null (where {@link periodFromCode} throws).
 *
 * @example
 * readPeriodCode('Q3/2015')?.kind //=> 'quarter'
 * readPeriodCode('nonsense') //=> null
 */
export function readPeriodCode(code: string | null | undefined): Period | null {
  if (typeof code !== 'string') return null;
  const text = code.trim();
  if (/^\d{4}$/.test(text)) return isYear(Number(text)) ? yearPeriod(Number(text)) : null;
  for (const [shape, make] of CODES) {
    const m = shape.exec(text);
    if (m !== null && isYear(Number(m[2]))) return make(Number(m[1]), Number(m[2]));
  }
  return null;
}

/**
 * The period of a code (mã kỳ báo cáo): "T9/2015" month, "Q3/2015" quarter, "9T/2015" first nine
 * months, "2015" year. Case and surrounding spaces do not matter; "12T/2015" is the year and
 * "1T/2015" the month T1. Throws CoreError('bad-period') for anything else.
 *
 * @example
 * periodFromCode('9T/2015') //=> { kind: 'months', year: 2015, startMonth: 1, endMonth: 9, code: '9T/2015' }
 * periodFromCode('q3/2015').code //=> 'Q3/2015'
 */
export function periodFromCode(code: string): Period {
  const period = typeof code === 'string' ? readPeriodCode(code) : null;
  if (period === null) {
    throw new CoreError('bad-period', {
      vi: `Mã kỳ báo cáo không hợp lệ: "${String(code)}" (ví dụ hợp lệ: T9/2015, Q3/2015, 9T/2015, 2015)`,
      en: `Bad period code "${String(code)}" (valid examples: T9/2015, Q3/2015, 9T/2015, 2015)`,
    });
  }
  return period;
}

/**
 * Whether a code is a single month or quarter: a column of its own beside a longer period.
 *
 * @example
 * isShortPeriod('T9/2015') //=> true
 * isShortPeriod('9T/2015') //=> false
 */
export function isShortPeriod(code: string | null | undefined): boolean {
  const kind = readPeriodCode(code)?.kind;
  return kind === 'month' || kind === 'quarter';
}
