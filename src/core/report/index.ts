import type { BuildResult, Convention, Locale } from '../model';
import type { SheetLayout } from './layout';
import { layoutBreakdown } from './layoutBreakdown';
import { layoutChecks } from './layoutChecks';
import { layoutTables } from './layoutTables';
import { layoutSentences } from '../sentences/layoutSentences';

export type { LayoutCell, SheetLayout } from './layout';
export { comparisonCell } from './comparisonCell';
export { layoutBreakdown, sourceText } from './layoutBreakdown';
export { layoutChecks } from './layoutChecks';
export { layoutTables } from './layoutTables';
export { columnHeader, figuresLine, FIXED_HEADERS, NAME_HEADER, REPORT_SHEETS, SEVERITY_LABELS } from './labels';

export interface ReportOptions {
  /** How "so với cùng kỳ" is shown; change (-28%) by default, as in the reference report. */
  convention?: Convention;
  /** Language of headers and labels; Vietnamese by default. */
  locale?: Locale;
}

/**
 * What the report workbook looks like (báo cáo tổng hợp): the standard tables ("TTTT Biểu"), the
 * per-enterprise breakdown with the source of each figure ("TTTT Chi tiết") and the problems found
 * ("TTTT Kiểm tra"), then the sentences that quote each row ("TTTT Câu văn", src/core/sentences), as plain cells that the command line writes with ExcelJS and the add-in with
 * Office.js.
 *
 * @example
 * layoutReport(build(grids)).map((s) => s.name) //=> ['TTTT Biểu', 'TTTT Chi tiết', 'TTTT Kiểm tra', 'TTTT Câu văn']
 */
export function layoutReport(result: BuildResult, options: ReportOptions = {}): SheetLayout[] {
  return [...reportSheets(result, options)];
}

/**
 * The sheets of `layoutReport`, each made when it is asked for: a writer that writes each before
 * asking for the next holds one sheet's cells at a time (the breakdown of ten thousand files is
 * hundreds of thousands of cells).
 */
export function* reportSheets(result: BuildResult, options: ReportOptions = {}): Generator<SheetLayout> {
  const convention = options.convention ?? 'change';
  const locale = options.locale ?? 'vi';
  yield layoutTables(result.tables, convention, locale);
  yield layoutBreakdown(result.breakdown, result.submissions, result.tables, convention, locale);
  yield layoutChecks(result.issues, locale, result.figures);
  yield layoutSentences(result, locale, convention);
}
