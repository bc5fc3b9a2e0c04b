import { indicatorById } from '../catalogue';
import type { CellRef, IndicatorId, Issue, Locale } from '../model';
import type { EnterpriseFigures, FigureKey } from '../compute/aggregate';
import { englishDigits, writeFigure } from '../compute/formatComparison';
import type { CodeWith } from '../issueCodes';
import { makeIssue, sheetReference, type Message } from '../issues';
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
  return `${ref.file ? `${ref.file} › ` : ''}${sheetReference(ref.sheet, ref.cell, { onlyWhenNeeded: true })}`;
}

/** Where an issue about no particular cell points. */
export const NOWHERE: CellRef = { file: '', sheet: '', cell: '' };

/**
 * A warning about one enterprise's figure of one indicator, pointing at the cell that figure came
 * from (its first source), or nowhere when it has none.
 *
 * @example
 * enterpriseWarning('outlier', message, params, 'vi', figuresOfVnptFtth)
 * //=> { severity: 'warning', code: 'outlier', …, sheet: 'BC 9T2015', cell: 'F19', enterprise: 'VNPT Quảng Ninh', indicator: 'ftth' }
 */
export function enterpriseWarning<P>(
  code: CodeWith<'warning'>,
  message: Message<P>,
  params: P,
  locale: Locale,
  figures: EnterpriseFigures,
  from: FigureKey = 'current',
): Issue {
  const where = figures.sources[from]?.[0] ?? NOWHERE;
  return makeIssue('warning', code, message, params, locale, where, {
    enterprise: figures.enterprise,
    indicator: figures.indicator,
  });
}
