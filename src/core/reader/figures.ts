import { parseVietnameseNumber } from '../numbers';
import type { NumberParse } from '../numbers/types';
import type { Cell } from './cells';

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
 * Whether a cell holds a figure (a number that is not nothing). Years are not figures when
 * `yearsToo` is false, so a header typed as "2014 | 2015" still reads as a header.
 *
 * @example
 * isFigure({ raw: 12, text: '12', phrase: '', row: 0, col: 0 }) //=> true
 * isFigure({ raw: 'x', text: 'x', phrase: 'x', row: 0, col: 0 }) //=> false
 */
export function isFigure(cell: Cell, yearsToo = true): boolean {
  if (cell.text === '') return false;
  if (typeof cell.raw !== 'number' && !/\d/.test(cell.text)) return false;
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
