import type { Period } from '../model';
import { firstMonthsPeriod, monthPeriod, quarterPeriod, yearPeriod } from './makePeriod';
import { periodFromCode } from './periodFromCode';

/** Each kind of period, one year earlier; "first n months" stays so even for n = 3. */
const EARLIER: Record<Period['kind'], (p: Period) => Period> = {
  month: (p) => monthPeriod(p.year - 1, p.startMonth),
  quarter: (p) => quarterPeriod(p.year - 1, (p.startMonth + 2) / 3),
  months: (p) => firstMonthsPeriod(p.year - 1, p.endMonth),
  year: (p) => yearPeriod(p.year - 1),
};

/**
 * The same period one year earlier (cùng kỳ năm trước): same kind and months, year − 1.
 * Accepts a Period or its code; throws CoreError('bad-period') for a bad code.
 *
 * @example
 * samePeriodLastYear('9T/2015').code //=> '9T/2014'
 * samePeriodLastYear('Q3/2015').code //=> 'Q3/2014'
 */
export function samePeriodLastYear(period: Period | string): Period {
  const p = typeof period === 'string' ? periodFromCode(period) : period;
  return EARLIER[p.kind](p);
}
