/**
 * What Excel does with a value written through `range.values` (or `formulas`): it parses it as if a
 * person typed it. This is what makes formula injection possible, so the double keeps it.
 */
import type { DoubleValue } from './model';

/** The result of typing into a cell: its value, and its formula when Excel made one. */
export interface Typed {
  value: DoubleValue;
  formula?: string;
}

/** Value the double gives a formula it does not evaluate (Excel would compute it or show #NAME?). */
export const FORMULA_VALUE = '#NAME?';

const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?%?$/;
const GROUPED = /^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const DATE = /^\d{1,2}\/\d{1,2}(\/\d{2,4})?$|^\d{1,2}\/\d{4}$/;

/**
 * Types `input` into a cell whose number format is `numberFormat`.
 *
 * - A cell formatted as Text ("@") keeps any string exactly — only when `textFormatProtects` (the
 *   default is false: the docs promise nothing about "@", so the double does not assume it).
 * - A leading apostrophe makes the rest text (the apostrophe is not part of the value).
 * - "=…" is a formula; "+…", "-…" (but not "-" or a negative number) and "@…" are too.
 * - Numbers, percentages, grouped numbers, dates and TRUE/FALSE are converted ("0912" → 912).
 *
 * @example
 * typeInto('=HYPERLINK("x")', 'General') //=> { value: '#NAME?', formula: '=HYPERLINK("x")' }
 * typeInto('=HYPERLINK("x")', '@', true) //=> { value: '=HYPERLINK("x")' }
 * typeInto("'=HYPERLINK(\"x\")", '@')   //=> { value: '=HYPERLINK("x")' } (the apostrophe, documented)
 */
export function typeInto(input: DoubleValue | null, numberFormat: string, textFormatProtects = false): Typed {
  if (input === null) return { value: '' };
  if (typeof input !== 'string') return { value: input };
  if (numberFormat === '@' && textFormatProtects) return { value: input };
  if (input.startsWith("'")) return { value: input.slice(1) };
  if (input.length > 1 && input.startsWith('=')) return { value: FORMULA_VALUE, formula: input };
  const t = input.trim();
  if (NUMBER.test(t)) {
    const pct = t.endsWith('%');
    const n = Number(pct ? t.slice(0, -1) : t);
    const value = pct ? n / 100 : n;
    return t.startsWith('+') ? { value, formula: `=${t}` } : { value };
  }
  if (GROUPED.test(t)) return { value: Number(t.replace(/,/g, '')) };
  if (DATE.test(t)) return { value: 40000 + t.length };
  if (/^(true|false)$/i.test(t)) return { value: /^true$/i.test(t) };
  if (input.length > 1 && /^[+\-@]/.test(input))
    return { value: FORMULA_VALUE, formula: `=${input.replace(/^@/, '')}` };
  return { value: input };
}
