import { endOfMonth, startOfMonth } from 'date-fns';
import type { Period } from '../model';
import { periodFromCode } from './periodFromCode';

/**
 * First and last instant of a period, in local time (khoảng thời gian của kỳ):
 * the start of its first month and the end of its last month.
 * Accepts a Period or its code; throws CoreError('bad-period') for a bad code.
 *
 * @example
 * periodInterval('Q3/2015') //=> { start: new Date(2015, 6, 1), end: new Date(2015, 8, 30, 23, 59, 59, 999) }
 */
export function periodInterval(period: Period | string): { start: Date; end: Date } {
  const p = typeof period === 'string' ? periodFromCode(period) : period;
  return {
    start: startOfMonth(new Date(p.year, p.startMonth - 1, 1)),
    end: endOfMonth(new Date(p.year, p.endMonth - 1, 1)),
  };
}
