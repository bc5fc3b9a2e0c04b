import { cellAddress } from '../issues';
import type { Cells } from './cells';

/** How a sheet writes numbers as text: Vietnamese (1.234.567,5), English (1,234,567.5), both, or no telling. */
export type NumberConvention = 'vi' | 'en' | 'mixed' | 'unknown';

/** The number part of a text, sign, brackets, "%" and a footnote mark set aside. */
const NUMBER_TEXT = /^[-−–+(]?\s*(\d[\d.,]*\d|\d)\s*\)?\s*%?\s*(?:\(\*{1,3}\)|\*{1,3})?$/;
const ENGLISH = [/^\d{1,3}(,\d{3}){2,}(\.\d+)?$/, /^\d{1,3}(,\d{3})+\.\d+$/];
const VIETNAMESE = [/^\d{1,3}(\.\d{3}){2,}(,\d+)?$/, /^\d{1,3}(\.\d{3})+,\d+$/, /^\d+,\d{1,2}$/];
/** One mark before exactly three digits: a thousands group in one convention, decimals in the other. */
const EITHER = /^\d{1,3}[.,]\d{3}$/;
/** A decimal point before one or two digits ("33.08"): no thousands group, but typed on Vietnamese sheets too. */
const DOT_DECIMAL = /^\d+\.\d{1,2}$/;

function numberPart(text: string): string | null {
  return NUMBER_TEXT.exec(text)?.[1] ?? null;
}

/**
 * The convention a sheet's numbers-as-text follow, decided only from the ones that cannot be read
 * both ways ("1.234.567", "1,5" are Vietnamese; "1,234,567", "1,234.5" English). A decimal point
 * ("33.08") is typed on Vietnamese sheets too, beside "1.234" for a thousand: it tells only where
 * the sheet's other numbers group thousands with a comma alone ("69,670"), which then cannot be
 * decimals.
 *
 * @example
 * sheetConvention(cellsOf([['1,234,567', '12,345']])) //=> 'en'
 * sheetConvention(cellsOf([['12,345']])) //=> 'unknown'
 * sheetConvention(cellsOf([['12,345', '33.08']])) //=> 'en'
 */
export function sheetConvention(cells: Cells): NumberConvention {
  let vi = 0;
  let en = 0;
  let eitherComma = 0;
  let eitherDot = 0;
  let dotDecimal = 0;
  for (const row of cells)
    for (const cell of row) {
      // Percentages are often typed apart from the figures ("60,9%" on an English sheet): no evidence.
      if (typeof cell.raw !== 'string' || cell.text.includes('%')) continue;
      const part = numberPart(cell.text);
      if (part === null) continue;
      if (VIETNAMESE.some((re) => re.test(part))) vi++;
      else if (ENGLISH.some((re) => re.test(part))) en++;
      else if (DOT_DECIMAL.test(part)) dotDecimal++;
      else if (EITHER.test(part)) {
        if (part.includes(',')) eitherComma++;
        else eitherDot++;
      }
    }
  if (vi > 0 && en > 0) return 'mixed';
  if (vi > 0 || en > 0) return vi > 0 ? 'vi' : 'en';
  // "6,319" beside "7.903": one of them is a thousands group and the other decimals, in either convention.
  if (eitherComma > 0 && eitherDot > 0) return 'mixed';
  return eitherComma > 0 && dotDecimal > 0 ? 'en' : 'unknown';
}

/**
 * Reads a sheet's numbers-as-text in its convention: on an English sheet "12,345.5" is rewritten
 * as the Vietnamese "12.345,5" the number reader knows. Returns the cells that cannot be read
 * with confidence — "12,345" with no evidence either way, or any one-mark number on a sheet that
 * mixes both — for the reader to name rather than guess.
 */
export function applyConvention(cells: Cells, convention: NumberConvention): Set<string> {
  const ambiguous = new Set<string>();
  for (const row of cells)
    for (const cell of row) {
      if (typeof cell.raw !== 'string') continue;
      const part = numberPart(cell.text);
      if (part === null) continue;
      if (convention === 'en') {
        cell.text = cell.text.replace(
          part,
          part.replace(/[.,]/g, (mark) => (mark === '.' ? ',' : '.')),
        );
      } else if (EITHER.test(part) && (convention === 'mixed' || (convention === 'unknown' && part.includes(',')))) {
        ambiguous.add(cellAddress(cell.row, cell.col));
      }
    }
  return ambiguous;
}
