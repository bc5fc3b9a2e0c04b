import type { Period } from '../model';

/** The month Tn/yyyy (tháng). */
export function monthPeriod(year: number, month: number): Period {
  return { kind: 'month', year, startMonth: month, endMonth: month, code: `T${month}/${year}` };
}

/** The quarter Qn/yyyy (quý): months 3n-2 … 3n. */
export function quarterPeriod(year: number, quarter: number): Period {
  return { kind: 'quarter', year, startMonth: quarter * 3 - 2, endMonth: quarter * 3, code: `Q${quarter}/${year}` };
}

/**
 * The first n months of a year, nT/yyyy (n tháng đầu năm, lũy kế). One month is the month T1,
 * twelve months the year; "3T" stays the first three months even though it spans Q1.
 */
export function firstMonthsPeriod(year: number, months: number): Period {
  if (months === 1) return monthPeriod(year, 1);
  if (months === 12) return yearPeriod(year);
  return { kind: 'months', year, startMonth: 1, endMonth: months, code: `${months}T/${year}` };
}

/** The year yyyy (năm). */
export function yearPeriod(year: number): Period {
  return { kind: 'year', year, startMonth: 1, endMonth: 12, code: String(year) };
}

/**
 * The period covering months `start..end` of a year, when it is one the reports use: a month, a
 * quarter, the first n months or the year; null otherwise (e.g. months 4–9).
 *
 * @example
 * periodFromMonths(2015, 7, 9)?.code //=> 'Q3/2015'
 * periodFromMonths(2015, 1, 9)?.code //=> '9T/2015'
 */
export function periodFromMonths(year: number, start: number, end: number): Period | null {
  if (!isYear(year) || !isMonth(start) || !isMonth(end) || end < start) return null;
  if (start === end) return monthPeriod(year, start);
  if (end - start === 2 && start % 3 === 1) return quarterPeriod(year, (start + 2) / 3);
  if (start === 1) return firstMonthsPeriod(year, end);
  return null;
}

/** Years a report can be about: four digits, 1900–2199. */
export function isYear(year: number): boolean {
  return Number.isInteger(year) && year >= 1900 && year <= 2199;
}

export function isMonth(month: number): boolean {
  return Number.isInteger(month) && month >= 1 && month <= 12;
}
