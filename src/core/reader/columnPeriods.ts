import { toPhrase } from '../catalogue';
import type { Period } from '../model';
import {
  firstMonthsPeriod,
  isShortPeriod,
  parsePeriod,
  periodFromCode,
  readPeriodCode,
  samePeriodLastYear,
  shortPeriod,
} from '../periods';
import { type Role, saysCumulative } from './columnRoles';
import type { Column } from './findHeader';

/** What a column's figures are about: their role and their period. */
export interface ColumnTime {
  role: Role | null;
  /** Period code of the figures; null when the sheet's period is unknown. */
  period: string | null;
  /** True for "cùng kỳ năm trước" columns. */
  previous: boolean;
  /** A last year's column whose header names its own span ("9 tháng 2014", "30/9/2014"), not just "cùng kỳ". */
  named?: boolean;
}

/** A date written in a header ("30/9/2015", "31.12.2014"): day, month, year. */
export const DATE = /(?:^|\D)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)/;
const DATES = new RegExp(DATE.source, 'g');

/** Last day of the month before `period` starts, as [day, month, year] (31/12/2014 for 9T/2015). */
function dayBefore(period: Period): [number, number, number] {
  const month = period.startMonth === 1 ? 12 : period.startMonth - 1;
  const year = period.startMonth === 1 ? period.year - 1 : period.year;
  return [new Date(Date.UTC(year, month, 0)).getUTCDate(), month, year];
}

/**
 * Decides what period a column's figures are about, against the sheet's period:
 * "Cùng kỳ năm 2014", "Thực hiện 9 tháng 2014" or a date a year back → the same period last year;
 * "31/12/2014" on a 9T/2015 sheet → the opening stock; "Tháng 9/2015" on a 9T/2015 sheet → T9/2015;
 * "Lũy kế" on a monthly or quarterly sheet → the first months of the year up to its last month.
 *
 * @example
 * columnTime({ index: 3, role: 'current', previous: true, texts: ['Cùng kỳ năm 2014'], unit: null }, <9T/2015>)
 * //=> { role: 'current', period: '9T/2014', previous: true }
 */
export function columnTime(column: Column, period: Period | null): ColumnTime {
  const text = column.texts.filter((t) => t !== '').join(' ');
  let role = column.role;
  let previous = column.previous;
  let own: string | null = null;
  let named = false;
  let lastYears: string | null = null;
  const date = DATE.exec(text);
  if (period && date) {
    const [d, m, y] = [Number(date[1]), Number(date[2]), Number(date[3])];
    const [bd, bm, by] = dayBefore(period);
    const stock = role === 'current' || role === null;
    // The day before the period is its opening, or the last days of that month as people write them
    // (28/2 in a leap year); on a year's sheet (31/12/2015 on a 2016 sheet) it is last year's closing
    // as well, its twin, which a "cùng kỳ" column of its own takes over. The end of the same period
    // last year is otherwise last year's stock.
    if (m === bm && y === by && (d === bd || d >= 28) && stock) role = 'opening';
    else if (y === period.year - 1 && m === period.endMonth) previous = named = true;
    // A stock counted at any other single date (30/6 on a 9-month sheet) is not the period's: not read.
    else if (stock && !(y === period.year && m === period.endMonth) && text.match(DATES)?.length === 1) role = null;
  } else if (period) {
    // The lowest header row that names a period is the most specific ("T5" under "Theo tháng năm 2019");
    // a month or quarter named without its year ("Tháng 9", "T9", "Quý III") is of the sheet's year.
    let stated: Period | null = null;
    let short: Period | null = null;
    for (const line of [...column.texts].reverse()) {
      if (!line) continue;
      stated = parsePeriod(line);
      short = stated ? null : shortPeriod(line, period.year);
      if (stated || short) break;
    }
    if (!stated && !short) stated = parsePeriod(text);
    if (stated && stated.year === period.year - 1) {
      previous = true;
      // "Cùng kỳ 9 tháng 2014" names its span; "Cùng kỳ năm 2014" only the year.
      named = stated.kind !== 'year';
      if (named) lastYears = stated.code;
    }
    // A bare last year ("Same period 2014", "Số liệu 2014") beside this year's figures.
    else if (!stated && new RegExp(`(^|\\D)${period.year - 1}(\\D|$)`).test(text)) previous = true;
    else if (
      stated &&
      stated.year === period.year &&
      stated.code !== period.code &&
      (stated.kind === 'month' || stated.kind === 'quarter')
    )
      own = stated.code;
    else if (short && short.code !== period.code) own = short.code;
    // "Lũy kế" on a month's or quarter's sheet: the months from January (on Q1's sheet, Q1 itself).
    else if (
      !stated &&
      (period.kind === 'month' || period.kind === 'quarter') &&
      saysCumulative(toPhrase(text)) &&
      period.startMonth > 1
    ) {
      own = firstMonthsPeriod(period.year, period.endMonth).code;
    }
  }
  // "So với cùng kỳ (%)" compares this period with last year's: its figures are this period's.
  if (role === 'percent') previous = false;
  if (!period) return { role, period: null, previous };
  if (previous)
    return {
      role,
      period: lastYears ?? samePeriodLastYear(own ? periodFromCode(own) : period).code,
      previous,
      named,
    };
  return { role, period: own ?? period.code, previous };
}

/**
 * The period of a table's columns that name none, when its other columns are months or quarters
 * of the sheet's year: a sheet titled "năm 2015" over T1…T9 and "Lũy kế" reports the first nine
 * months, not the year.
 *
 * @example
 * spanOfShortColumns(['T1/2015', 'T9/2015', '2015'], <2015>)?.code //=> '9T/2015'
 */
export function spanOfShortColumns(codes: (string | null)[], period: Period | null): Period | null {
  if (!period || (period.kind !== 'year' && period.kind !== 'months')) return null;
  let last = 0;
  for (const code of codes) {
    if (!code || !isShortPeriod(code)) continue;
    const p = readPeriodCode(code)!;
    if (p.year === period.year) last = Math.max(last, p.endMonth);
  }
  return last > 0 && last < period.endMonth ? firstMonthsPeriod(period.year, last) : null;
}
