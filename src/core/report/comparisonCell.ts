import type { Convention, LayoutCell, Locale } from '../model';

/** How a change (as a fraction) is shown per convention: the value written and its Excel format. */
const SHOWN: Record<Convention, { value: (change: number) => number; format: Record<Locale, string> }> = {
  change: { value: (c) => c, format: { vi: '0%', en: '0%' } },
  ratio: { value: (c) => 1 + c, format: { vi: '"bằng "0%', en: '0%' } },
  index: { value: (c) => (1 + c) * 100, format: { vi: '0.0', en: '0.0' } },
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
export function comparisonCell(change: number | null | undefined, convention: Convention = 'change', locale: Locale = 'vi'): LayoutCell {
  if (change === null || change === undefined || !Number.isFinite(change)) return { value: null, border: true };
  const shown = SHOWN[convention];
  return { value: roundAway(shown.value(change)), format: shown.format[locale], align: 'right', border: true };
}

/** Removes float noise such as 72.00000000000001 without losing precision a person could see. */
function roundAway(x: number): number {
  return Math.round(x * 1e12) / 1e12;
}
