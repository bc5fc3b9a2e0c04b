import { getDaysInMonth } from 'date-fns';
import type { Period } from '../model';
import { foldDiacritics } from '../text/foldDiacritics';
import {
  firstMonthsPeriod,
  isMonth,
  isYear,
  monthPeriod,
  periodFromMonths,
  quarterPeriod,
  yearPeriod,
} from './makePeriod';
import { readPeriodCode } from './periodFromCode';
import { remember } from '../text/remember';

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Dates written as "ngày 05 tháng 10 năm 2015": a signing date, not a period, so removed first. */
const DATE_IN_WORDS = /ngay\s*\d{1,2}\s*thang\s*\d{1,2}\s*(?:nam\s*)?\d{4}/g;

/** A date d/m/yyyy (also with "-" or "."). */
const DATE = String.raw`(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})`;

/** Start of a word or number (folded text is lower-case ASCII plus punctuation). */
const B = '(?<![a-z0-9])';

/**
 * Period wordings, most specific first; each reads folded text (lower case, no diacritics).
 * A wording whose numbers are out of range gives null and the next one is tried.
 */
const WORDINGS: Array<[RegExp, (m: RegExpExecArray) => Period | null]> = [
  // "từ 01/01/2015 đến 30/9/2015", "from 1/7/2015 to 30/9/2015": whole months of one year.
  [
    new RegExp(`${B}(?:tu|from)\\s*(?:ngay\\s*)?${DATE}\\s*(?:den|toi|to|-|–)\\s*(?:ngay\\s*)?${DATE}`),
    (m) => {
      const [d1, m1, y1, d2, m2, y2] = m.slice(1).map(Number);
      if (y1 !== y2 || d1 !== 1 || !isMonth(m2) || d2 !== getDaysInMonth(new Date(y2, m2 - 1, 1))) return null;
      return periodFromMonths(y1, m1, m2);
    },
  ],
  // "January - June 2019", "Jan–Sep 2015": whole months of one year.
  [
    new RegExp(
      `${B}(${MONTH_NAMES.join('|')})[a-z]*\\.?\\s*(?:-|–|to|through|until)\\s*(${MONTH_NAMES.join('|')})[a-z]*\\.?\\s*,?\\s*(\\d{4})(?!\\d)`,
    ),
    (m) => periodFromMonths(Number(m[3]), MONTH_NAMES.indexOf(m[1]) + 1, MONTH_NAMES.indexOf(m[2]) + 1),
  ],
  // "Từ tháng 1 đến tháng 9 năm 2015", "tháng 1 - tháng 9/2015": whole months of one year.
  [
    new RegExp(
      `${B}(?:tu\\s*)?thang\\s*(\\d{1,2})\\s*(?:-|–|den|toi)\\s*(?:het\\s*)?thang\\s*(\\d{1,2})\\s*(?:/|-|nam)\\s*(\\d{4})(?!\\d)`,
    ),
    (m) =>
      isMonth(Number(m[1])) && isMonth(Number(m[2]))
        ? periodFromMonths(Number(m[3]), Number(m[1]), Number(m[2]))
        : null,
  ],
  // "Lũy kế đến 30/9/2015", "lũy kế từ đầu năm đến hết ngày 30/9/2015": the first months up to that day.
  [
    new RegExp(`${B}luy ke\\s*(?:tu dau nam\\s*)?(?:den|toi)\\s*(?:het\\s*)?(?:ngay\\s*)?${DATE}`),
    (m) => {
      const [d, mo, y] = m.slice(1).map(Number);
      if (!isMonth(mo) || !isYear(y) || d !== getDaysInMonth(new Date(y, mo - 1, 1))) return null;
      return firstMonthsPeriod(y, mo);
    },
  ],
  // "9 tháng đầu năm 2015", "Lũy kế 9 tháng năm 2015", "9 tháng 2015", "9 tháng/2015", "9T/2015".
  [
    new RegExp(`${B}(\\d{1,2})\\s*(?:thang\\s*(?:dau\\s*)?(?:nam\\s*)?[/-]?\\s*|t\\s*/\\s*)(\\d{4})(?!\\d)`),
    (m) => months(m[1], m[2]),
  ],
  // "9M 2015", "9M/2015", "12M-2016": English templates' first N months.
  [new RegExp(`${B}(\\d{1,2})\\s*m\\s*[/-]?\\s*(\\d{4})(?!\\d)`), (m) => months(m[1], m[2])],
  // "first 9 months of 2015", "9 months of 2015", "9 months 2015".
  [
    new RegExp(`${B}(?:first\\s*)?(\\d{1,2})\\s*months?\\s*(?:of\\s*)?(?:year\\s*)?(\\d{4})(?!\\d)`),
    (m) => months(m[1], m[2]),
  ],
  // "Quý III/2015", "Quý 3 năm 2015", "quý III năm 2015", "Q3/2015", "Q3 2015", "quarter 3 of 2015".
  [
    new RegExp(`${B}(?:quy|q|quarter)\\s*(iv|iii|ii|i|[1-4])(?![a-z0-9])\\s*(?:/|-|nam|of|,)?\\s*(\\d{4})(?!\\d)`),
    (m) => {
      const q = ROMAN[m[1]] ?? Number(m[1]);
      return isYear(Number(m[2])) ? quarterPeriod(Number(m[2]), q) : null;
    },
  ],
  // "Tháng 9/2015", "tháng 09 năm 2015", "T9/2015", "month 9 of 2015".
  [new RegExp(`${B}(?:thang|t|month)\\s*(\\d{1,2})\\s*(?:/|-|nam|of)\\s*(\\d{4})(?!\\d)`), (m) => month(m[1], m[2])],
  // "September 2015", "Sep 2015", "Sept. 2015".
  [
    new RegExp(`${B}(${MONTH_NAMES.join('|')})[a-z]*\\.?\\s*,?\\s*(\\d{4})(?!\\d)`),
    (m) => month(String(MONTH_NAMES.indexOf(m[1]) + 1), m[2]),
  ],
  // "Năm 2015", "year 2015" (not "Việt Nam 2015").
  [new RegExp(`(?<!viet\\s?)${B}(?:nam|year)\\s*(\\d{4})(?!\\d)`), (m) => year(m[1])],
  // A bare code or year as the whole text: "T9/2015", "2015".
  [/^\s*(\S+)\s*$/, (m) => readPeriodCode(m[1].toUpperCase())],
];

function months(n: string, y: string): Period | null {
  return isMonth(Number(n)) && isYear(Number(y)) ? firstMonthsPeriod(Number(y), Number(n)) : null;
}

function month(m: string, y: string): Period | null {
  return isMonth(Number(m)) && isYear(Number(y)) ? monthPeriod(Number(y), Number(m)) : null;
}

function year(y: string): Period | null {
  return isYear(Number(y)) ? yearPeriod(Number(y)) : null;
}

/**
 * Reads a reporting period (kỳ báo cáo) written anywhere in a text: codes ("9T/2015", "Q3/2015",
 * "T9/2015", "2015"), Vietnamese ("9 tháng đầu năm 2015", "Lũy kế 9 tháng năm 2015",
 * "Quý III/2015", "Tháng 9/2015", "Năm 2015", "từ 01/7/2015 đến 30/9/2015") and English
 * ("first 9 months of 2015", "Q3 2015", "September 2015"). Any case, NFC or NFD. Signing dates
 * ("ngày 05 tháng 10 năm 2015") are not periods. Null when the text states none.
 *
 * @example
 * parsePeriod('Lũy kế 9 tháng năm 2015')?.code //=> '9T/2015'
 * parsePeriod('Quý III/2015')?.code //=> 'Q3/2015'
 * parsePeriod('từ 01/7/2015 đến 30/9/2015')?.code //=> 'Q3/2015'
 * parsePeriod('Tổng cộng') //=> null
 */
export const parsePeriod: (text: string) => Period | null = remember(function parsePeriod(text: string): Period | null {
  if (typeof text !== 'string') return null;
  const folded = foldDiacritics(text).replace(DATE_IN_WORDS, ' ');
  for (const [wording, make] of WORDINGS) {
    const m = wording.exec(folded);
    const period = m === null ? null : make(m);
    if (period !== null) return period;
  }
  return null;
});
