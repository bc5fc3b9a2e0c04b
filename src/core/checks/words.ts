import { indicatorById } from '../catalogue';
import type { CellRef, IndicatorId, Locale } from '../model';
import { englishDigits, writeFigure } from '../compute/formatComparison';
import { formatPercent } from '../numbers';

/**
 * A figure as a person reads it in a message: "1.234.567" in Vietnamese, "1,234,567" in English.
 *
 * @example
 * figure(2907, 'vi') //=> '2.907'
 * figure(2907, 'en') //=> '2,907'
 */
export const figure = writeFigure;

/**
 * A fraction as a whole percentage for a message ("-28%").
 *
 * @example
 * percent(-0.2801, 'vi') //=> '-28%'
 */
export function percent(fraction: number, locale: Locale): string {
  const text = formatPercent(fraction);
  return locale === 'vi' ? text : englishDigits(text);
}

/**
 * The indicator's label in the message's language.
 *
 * @example
 * indicatorName('ftth', 'vi') //=> 'Thuê bao FTTH'
 */
export function indicatorName(id: IndicatorId, locale: Locale): string {
  const indicator = indicatorById(id);
  return locale === 'vi' ? indicator.label : indicator.labelEn;
}

/**
 * A cell as a person looks for it: "VNPT!D7" (with the file when there is one).
 *
 * @example
 * cellName({ file: 'a.xlsx', sheet: 'VNPT', cell: 'D7' }) //=> 'a.xlsx › VNPT!D7'
 */
export function cellName(ref: CellRef): string {
  const sheet = /[^A-Za-z0-9_]/.test(ref.sheet) ? `'${ref.sheet}'` : ref.sheet;
  return `${ref.file ? `${ref.file} › ` : ''}${sheet}!${ref.cell}`;
}

/** Where an issue about no particular cell points. */
export const NOWHERE: CellRef = { file: '', sheet: '', cell: '' };
