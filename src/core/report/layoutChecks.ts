import type { FigureCount, Issue, Locale, Severity } from '../model';
import type { LayoutCell, SheetLayout } from './layout';
import { CHECK_HEADERS, figuresLine, REPORT_SHEETS, SEVERITY_LABELS, SHEET_TITLES } from './labels';

const WIDTHS = [11, 20, 80, 34, 18, 8];
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

const header = (value: string): LayoutCell => ({ value, bold: true, align: 'center', wrap: true, border: true });
const text = (value: string): LayoutCell => ({ value: value === '' ? null : value, border: true });

/**
 * The "TTTT Kiểm tra" sheet: every problem of the build, errors first, each with the file, sheet
 * and cell it is about (a click there selects the source cell); the title says how many numbers
 * were used and how many were not.
 *
 * @example
 * layoutChecks([], 'vi').cells[2][0]?.value //=> 'Không phát hiện vấn đề nào.'
 */
export function layoutChecks(issues: Issue[], locale: Locale = 'vi', figures?: FigureCount): SheetLayout {
  const sorted = issues
    .map((issue, index) => ({ issue, index }))
    .sort((a, b) => RANK[a.issue.severity] - RANK[b.issue.severity] || a.index - b.index)
    .map((x) => x.issue);
  const cells: (LayoutCell | null)[][] = [
    [
      {
        value: figures
          ? `${SHEET_TITLES.checks[locale]} — ${figuresLine(figures, locale)}`
          : SHEET_TITLES.checks[locale],
        bold: true,
        align: 'center',
      },
    ],
    CHECK_HEADERS[locale].map(header),
  ];
  for (const issue of sorted) {
    cells.push([
      { value: SEVERITY_LABELS[issue.severity][locale], border: true, bold: issue.severity === 'error' },
      text(issue.code),
      { value: issue.message, wrap: true, border: true },
      text(issue.file),
      text(issue.sheet),
      issue.cell
        ? {
            value: issue.cell,
            border: true,
            align: 'center',
            link: { file: issue.file, sheet: issue.sheet, cell: issue.cell },
          }
        : text(''),
    ]);
  }
  if (sorted.length === 0) cells.push([{ value: SHEET_TITLES.noIssues[locale], italic: true }]);
  return { name: REPORT_SHEETS.checks, kind: 'checks', cells, merges: ['A1:F1'], columnWidths: WIDTHS };
}
