import { parseVietnameseNumber } from '../numbers';
import type { NumberParse } from '../numbers/types';
import type { Cell } from './cells';

/**
 * A figure the sheet meant to give and does not: an Excel error value ("#REF!", "#N/A",
 * "#DIV/0!"), or a formula the file holds no result for ("=C5-D5": saved by a program that does not
 * work formulas out). Null for anything else.
 *
 * @example
 * brokenFormula('#REF!') //=> 'error'
 * brokenFormula('=SUM(C5:C7)') //=> 'formula'
 * brokenFormula('x') //=> null
 */
export function brokenFormula(text: string): 'error' | 'formula' | null {
  if (
    /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/i.test(
      text,
    )
  )
    return 'error';
  return /^=\s*[A-Za-z0-9(+\-$'"]/.test(text) ? 'formula' : null;
}

/**
 * Whether a cell could hold a figure at all: a number, a text with a digit, or a broken formula
 * ("#REF!"). A text without a digit ("x", "N/A", "Ước tính", "GIÁM ĐỐC") is no figure. A number's
 * text always has a digit (readCells empties the others): it is asked first only because it is
 * the common case, and the reader asks of every cell many times.
 */
export function mayBeFigure(cell: Cell): boolean {
  return typeof cell.raw === 'number' || /\d/.test(cell.text) || brokenFormula(cell.text) !== null;
}

/**
 * Reads a cell as a figure: numbers as they are, text in Vietnamese format ("1.234.567",
 * "16.000 (*)", "28%"); "-", "x" and blank are nothing (value null).
 *
 * @example
 * figureOf({ raw: '1.234', text: '1.234', phrase: '', row: 0, col: 0 }) //=> { ok: true, value: 1234 }
 */
export function figureOf(cell: Cell): NumberParse {
  if (typeof cell.raw === 'number') {
    const parsed = parseVietnameseNumber(cell.raw);
    if (!parsed.ok || parsed.value === null || !cell.format) return parsed;
    // Read as a person sees it: "0%" shows a fraction as per cent, "#,##0," shows thousands.
    if (cell.format.percent) return { ...parsed, percent: true };
    return { ...parsed, value: Number((parsed.value / cell.format.divisor).toPrecision(15)) };
  }
  if (cell.text === '') return { ok: true, value: null };
  return parseVietnameseNumber(cell.text);
}

/** A whole number that reads as a year (2014 in a header "Năm 2014" typed as a number). */
function isYear(value: number): boolean {
  return Number.isInteger(value) && value >= 1990 && value <= 2100;
}

/**
 * Whether a cell holds a figure (a number that is not nothing), or stands where one should be (a
 * formula's error, a formula without its result: see brokenFormula; figureOf cannot read it).
 * Years are not figures when `yearsToo` is false, so a header typed as "2014 | 2015" still reads
 * as a header.
 *
 * @example
 * isFigure({ raw: 12, text: '12', phrase: '', row: 0, col: 0 }) //=> true
 * isFigure({ raw: 'x', text: 'x', phrase: 'x', row: 0, col: 0 }) //=> false
 */
export function isFigure(cell: Cell, yearsToo = true): boolean {
  if (!mayBeFigure(cell)) return false;
  // A formula's error or result not saved stands where a figure should be: a figure, that cannot be
  // read. Only a text can be one (a number is not asked: the common case, kept cheap).
  if (typeof cell.raw === 'string' && brokenFormula(cell.text)) return true;
  const parsed = figureOf(cell);
  if (!parsed.ok || parsed.value === null) return false;
  // "2.060" or "2,060" is a figure whatever its value: only a year written as one ("2015") is a year.
  const plain = typeof cell.raw === 'number' || /^\d{4}$/.test(cell.text);
  return yearsToo || parsed.percent === true || !plain || !isYear(parsed.value);
}

/** Rounds away binary noise from conversions (0.1 × 3 → 0.3), keeping 15 significant digits. */
export function tidy(value: number): number {
  return Number(value.toPrecision(15));
}
