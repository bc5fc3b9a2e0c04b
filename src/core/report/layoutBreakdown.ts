import { cellAddress } from '../issues';
import type { BreakdownRow, Convention, IndicatorId, Locale, StandardTable, Submission } from '../model';
import type { LayoutCell, SheetLayout } from './layout';
import { comparisonCell } from './comparisonCell';
import { BREAKDOWN_HEADERS, REPORT_SHEETS, SECTOR_LABELS, SHEET_TITLES, SUBMISSION_HEADERS } from './labels';

const WIDTHS = [34, 12, 40, 13, 13, 17, 17, 14, 44];

const header = (value: string): LayoutCell => ({ value, bold: true, align: 'center', wrap: true, border: true });
const text = (value: string | null): LayoutCell => ({ value: value === '' ? null : value, border: true });
const figure = (value: number | null): LayoutCell =>
  value === null ? { value: null, border: true } : { value, format: '#,##0', align: 'right', border: true };

/** Where a figure came from, as a person reads it: "vnpt.xlsx › BC 9T2015!F11". */
export function sourceText(source: { file: string; sheet: string; cell: string }): string {
  const place = source.cell ? `${source.sheet}!${source.cell}` : source.sheet;
  return source.file ? `${source.file} › ${place}` : place;
}

/**
 * The "TTTT Chi tiết" sheet: each enterprise's figure for each indicator with the cell it came
 * from, then the list of submissions read. Indicator labels are taken from the tables, in the
 * tables' order.
 *
 * @example
 * layoutBreakdown(result.breakdown, result.submissions, result.tables, 'change', 'vi').cells[1][0]
 * //=> { value: 'Doanh nghiệp', bold: true, align: 'center', wrap: true, border: true }
 */
export function layoutBreakdown(
  breakdown: BreakdownRow[],
  submissions: Submission[],
  tables: StandardTable[],
  convention: Convention = 'change',
  locale: Locale = 'vi',
): SheetLayout {
  const labels = new Map<IndicatorId, { label: string; order: number }>();
  tables.forEach((t, ti) =>
    t.rows.forEach((r) => labels.set(r.indicator, { label: r.label, order: ti * 100 + r.stt })),
  );
  const order = (id: IndicatorId) => labels.get(id)?.order ?? Number.MAX_SAFE_INTEGER;
  const sorted = [...breakdown].sort(
    (a, b) => order(a.indicator) - order(b.indicator) || a.enterprise.localeCompare(b.enterprise, 'vi'),
  );

  const cells: (LayoutCell | null)[][] = [];
  const merges: string[] = [];
  const title = (value: string, width: number) => {
    merges.push(`${cellAddress(cells.length, 0)}:${cellAddress(cells.length, width - 1)}`);
    cells.push([{ value, bold: true, align: 'center' }]);
  };

  title(SHEET_TITLES.breakdown[locale], BREAKDOWN_HEADERS[locale].length);
  cells.push(BREAKDOWN_HEADERS[locale].map(header));
  for (const row of sorted) {
    cells.push([
      text(row.enterprise),
      text(SECTOR_LABELS[row.sector][locale]),
      text(labels.get(row.indicator)?.label ?? row.indicator),
      figure(row.increase),
      figure(row.decrease),
      figure(row.current),
      figure(row.previous),
      comparisonCell(row.yoy, convention, locale),
      { value: sourceText(row.source), border: true, link: row.source },
    ]);
  }

  cells.push([]);
  title(SHEET_TITLES.submissions[locale], SUBMISSION_HEADERS[locale].length);
  cells.push(SUBMISSION_HEADERS[locale].map(header));
  for (const s of submissions) {
    cells.push([
      text(s.file),
      { value: s.sheet, border: true, link: { file: s.file, sheet: s.sheet, cell: 'A1' } },
      text(s.enterprise),
      text(SECTOR_LABELS[s.sector][locale]),
      text(s.period),
      figure(s.rows),
      figure(s.unrecognised),
    ]);
  }
  return { name: REPORT_SHEETS.breakdown, kind: 'breakdown', cells, merges, columnWidths: WIDTHS };
}
