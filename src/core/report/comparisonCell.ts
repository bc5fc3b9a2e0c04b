import { comparisonFromChange } from '../compute/compareWithSamePeriod';
import type { Convention, Locale } from '../model';
import type { LayoutCell } from './layout';

/** The Excel number format of each convention's figure (the spreadsheet's locale supplies the separators). */
const FORMATS: Record<Convention, Record<Locale, string>> = {
  change: { vi: '0%', en: '0%' },
  ratio: { vi: '"bằng "0%', en: '0%' },
  index: { vi: '0.0', en: '0.0' },
};

/**
 * The "so với cùng kỳ" cell of a report: a number with the convention's format, so a spreadsheet
 * keeps the exact value and shows it as the reader expects (-28%, "bằng 72%", 72,0).
 * A missing comparison is an empty bordered cell, as the reference report leaves it blank.
 *
 * @example
 * comparisonCell(-0.2801, 'change', 'vi') //=> { value: -0.2801, format: '0%', align: 'right', border: true }
 * comparisonCell(-0.28, 'index', 'vi').value //=> 72
 */
export function comparisonCell(
  change: number | null | undefined,
  convention: Convention = 'change',
  locale: Locale = 'vi',
): LayoutCell {
  if (change === null || change === undefined || !Number.isFinite(change))
    return { value: null, border: true, bar: true };
  const value = comparisonFromChange(change, convention);
  return { value: roundAway(value), format: FORMATS[convention][locale], align: 'right', border: true, bar: true };
}

/** Removes float noise such as 72.00000000000001 without losing precision a person could see. */
function roundAway(x: number): number {
  return Math.round(x * 1e12) / 1e12;
}
