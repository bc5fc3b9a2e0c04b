/**
 * Custom functions =TTTT.*: the report's arithmetic in a formula. Each is a thin wrapper over
 * the core; all coercion (ranges, Vietnamese numbers, options, errors) lives in ./coerce.
 * custom-functions-metadata-plugin reads the JSDoc below into functions.json: ids are ASCII and
 * never change; the Vietnamese strings are in ./vi.json. These functions never write to the workbook.
 *
 * Parameters a statistician would fill a column with are ranges (`any[][]`): a single cell comes
 * as a 1×1 range, and the result has the shape of the ranges.
 */
import {
  changeText as changePhrase,
  checkStock,
  closingStock,
  compareWithSamePeriod,
  convert as convertUnit,
  fixText,
  describePeriod,
  samePeriodLastYear,
  type Locale,
  type Period,
  indicatorTotal,
} from '../core';
import {
  cellwise,
  convention,
  figure,
  indicator as indicatorCell,
  indicatorIn,
  language,
  messageLocale,
  movement,
  number,
  optionalLanguage,
  optionalText,
  period as periodCell,
  plainCell,
  rangeGrid,
  sector,
  text,
  whole,
} from './coerce';

/** A period as a code, or described in a language when one is asked for. */
const periodOut = (p: Period, locale: Locale | undefined) => (locale ? describePeriod(p, locale) : p.code);

const cells = {
  yoy: cellwise([figure('current'), figure('previous'), convention], compareWithSamePeriod),
  num: cellwise([number], (value) => value ?? ''),
  convert: cellwise([number, text, text], (value, from, to) => (value === null ? '' : convertUnit(value, from, to))),
  indicator: cellwise([text, sector], (label, within) => indicatorIn(within)(label).id),
  label: cellwise([indicatorCell, language], (found, locale) => (locale === 'en' ? found.labelEn : found.label)),
  stock: cellwise([figure('opening'), movement, movement], closingStock),
  check: cellwise(
    [figure('opening'), movement, movement, figure('closing')],
    (...figures) => checkStock(...figures).ok,
  ),
  period: cellwise([periodCell, optionalLanguage], periodOut),
  samePeriod: cellwise([periodCell, optionalLanguage], (p, locale) => periodOut(samePeriodLastYear(p), locale)),
  changeText: cellwise([figure('current'), figure('previous'), language], changePhrase),
  fix: cellwise([plainCell, optionalText], (value, font) =>
    typeof value === 'string' ? fixText(value, font) : (value ?? ''),
  ),
  sumIndicator: whole((which: unknown, ranges: unknown[]) =>
    indicatorTotal(indicatorCell(which), ranges.map(rangeGrid), messageLocale()),
  ),
};

/**
 * Compares a figure with the same period last year: change (default), ratio or index.
 * @customfunction YOY
 * @param current Figure of this period (a cell or a column).
 * @param previous Figure of the same period last year (a cell or a column).
 * @param [convention] "change" (-0.28, the default), "ratio" (0.72) or "index" (last year = 100: 72).
 * @returns The comparison; #N/A when the previous figure is zero or missing.
 * @example
 * yoy([[1280]], [[1000]]) //=> [[0.28]]
 */
export function yoy(current: any[][], previous: any[][], convention?: string): any[][] {
  return cells.yoy(current, previous, convention);
}

/**
 * Reads a number written the way submissions write it: "1.234.567", "1.234,5", "16.000 (*)", "-".
 * @customfunction NUM
 * @param value Text or number (a cell or a column).
 * @returns The number; empty for "-", "x" or a blank; #VALUE! for text that is not a number.
 * @example
 * num([['1.234.567'], ['16.000 (*)'], ['-']]) //=> [[1234567], [16000], ['']]
 */
export function num(value: any[][]): any[][] {
  return cells.num(value);
}

/**
 * Converts money or mass between units: đồng, nghìn đồng, triệu đồng, tỷ đồng; kg, tấn.
 * @customfunction TOUNIT
 * @param value Figure to convert (a cell or a column).
 * @param fromUnit Unit of the figure, as a code ("nghin-dong") or as written ("nghìn đồng"); a cell or a column.
 * @param toUnit Unit wanted, e.g. "triệu đồng".
 * @returns The figure in the wanted unit (empty for a blank); #VALUE! for an unknown unit or units of different kinds.
 * @example
 * convert([[2466410000]], [['nghìn đồng']], 'triệu đồng') //=> [[2466410]]
 */
export function convert(value: any[][], fromUnit: any[][], toUnit: string): any[][] {
  return cells.convert(value, fromUnit, toUnit);
}

/**
 * Gives the standard indicator for a label in any wording or encoding (TCVN3, VNI, Unicode).
 * @customfunction INDICATOR
 * @param label Indicator label as a submission writes it (a cell or a column).
 * @param [sector] "telecom" or "postal" (viễn thông / bưu chính): decides what "Doanh thu" alone means.
 * @returns The indicator's id, e.g. "mobile-prepaid"; #N/A when the label is not a standard indicator.
 * @example
 * indicator([['TB DĐ trả trước']]) //=> [['mobile-prepaid']]
 */
export function indicator(label: any[][], sector?: string): any[][] {
  return cells.indicator(label, sector);
}

/**
 * Gives the standard label of an indicator, as the report's table writes it.
 * @customfunction LABEL
 * @param indicator Indicator id ("ftth") or any label of it (a cell or a column).
 * @param [language] "vi" (the default) or "en".
 * @returns The standard label, e.g. "Thuê bao FTTH".
 * @example
 * label([['mobile-postpaid']]) //=> [['Điện thoại DD trả sau']]
 */
export function label(indicator: any[][], language?: string): any[][] {
  return cells.label(indicator, language);
}

/**
 * Closing stock: opening + increase - decrease (a blank increase or decrease counts as none).
 * @customfunction STOCK
 * @param opening Stock at the start of the period (a cell or a column).
 * @param increase New subscriptions in the period (a cell or a column).
 * @param decrease Subscriptions that left in the period (a cell or a column).
 * @returns The stock at the end of the period.
 * @example
 * stock([[1000]], [[300]], [[50]]) //=> [[1250]]
 */
export function stock(opening: any[][], increase: any[][], decrease: any[][]): any[][] {
  return cells.stock(opening, increase, decrease);
}

/**
 * Checks a stock row: TRUE when opening + increase - decrease equals the closing stock.
 * @customfunction CHECK
 * @param opening Stock at the start of the period (a cell or a column).
 * @param increase New subscriptions in the period (a cell or a column).
 * @param decrease Subscriptions that left in the period (a cell or a column).
 * @param closing Stock at the end of the period as reported (a cell or a column).
 * @returns TRUE when the row adds up, FALSE otherwise.
 * @example
 * check([[1000]], [[300]], [[50]], [[1250]]) //=> [[true]]
 */
export function check(opening: any[][], increase: any[][], decrease: any[][], closing: any[][]): any[][] {
  return cells.check(opening, increase, decrease, closing);
}

/**
 * Reads a reporting period from a code or a title line, e.g. "9 tháng đầu năm 2015" gives "9T/2015".
 * @customfunction PERIOD
 * @param text Period code or text (a cell or a column).
 * @param [language] When given ("vi" or "en"), the period is described in words instead of coded.
 * @returns The period's code ("T9/2015", "Q3/2015", "9T/2015", "2015") or its description.
 * @example
 * period([['Quý III/2015']]) //=> [['Q3/2015']]
 */
export function period(text: any[][], language?: string): any[][] {
  return cells.period(text, language);
}

/**
 * Gives the same period of last year, e.g. "9T/2015" gives "9T/2014".
 * @customfunction SAMEPERIOD
 * @param period Period code or text (a cell or a column).
 * @param [language] When given ("vi" or "en"), the period is described in words instead of coded.
 * @returns The same period one year earlier.
 * @example
 * samePeriod([['9T/2015']]) //=> [['9T/2014']]
 */
export function samePeriod(period: any[][], language?: string): any[][] {
  return cells.samePeriod(period, language);
}

/**
 * The report's phrase for a change against the same period, worded as the report's sentences are:
 * "tăng 28%", "giảm 4%", "bằng cùng kỳ" when equal, "xấp xỉ cùng kỳ" when it rounds to 0%.
 * @customfunction CHANGETEXT
 * @param current Figure of this period (a cell or a column).
 * @param previous Figure of the same period last year (a cell or a column).
 * @param [language] "vi" (the default) or "en".
 * @returns The phrase; #N/A when the previous figure is zero or missing.
 * @example
 * changeText([[1280]], [[1000]]) //=> [['tăng 28%']]
 */
export function changeText(current: any[][], previous: any[][], language?: string): any[][] {
  return cells.changeText(current, previous, language);
}

/**
 * Repairs Vietnamese text typed in TCVN3 (ABC), VNI or decomposed Unicode into Unicode NFC.
 * @customfunction FIX
 * @param text Text to repair (a cell or a column).
 * @param [font] Font of the source cell when known (".VnTime" means TCVN3, "VNI-Times" means VNI).
 * @returns The text in Unicode NFC; numbers come back unchanged.
 * @example
 * fix([['§iÖn tho¹i']]) //=> [['Điện thoại']]
 */
export function fix(text: any[][], font?: string): any[][] {
  return cells.fix(text, font);
}

/**
 * Total of one standard indicator over one or more submission ranges, read as the tables are built.
 * @customfunction SUMIND
 * @param indicator Indicator id ("ftth") or its label.
 * @param ranges Submission ranges, each with its labels and header (one or more).
 * @returns The sum of the submissions' figures for their period: closing stock for a stock, the period's figure for a flow.
 * @example
 * sumInd('ftth', [viettelSheet], [vnptSheet]) //=> 25126
 */
export function sumInd(indicator: string, ...ranges: any[][][]): number | CustomFunctions.Error {
  return cells.sumIndicator(indicator, ranges) as number | CustomFunctions.Error;
}
