import { cellAddress } from '../issues';
import type { ColumnKey, Convention, Locale, StandardTable, TableRow } from '../model';
import type { LayoutCell, SheetLayout } from './layout';
import { comparisonCell } from './comparisonCell';
import { columnHeader, COMPARISON_HINT, FIXED_HEADERS, NAME_HEADER, REPORT_SHEETS } from './labels';

/** Widths of columns A–G: STT, name, unit, then the figures. */
const WIDTHS = [6, 48, 12, 15, 15, 14, 17];
/** Empty rows between the two tables. */
const GAP = 2;

const header = (value: string): LayoutCell => ({ value, bold: true, align: 'center', wrap: true, border: true });

/** A figure cell: a number in the Vietnamese-grouped format, or blank where the figure does not apply. */
function figureCell(value: number | null | undefined): LayoutCell {
  if (value === null || value === undefined) return { value: null, border: true };
  return { value, format: '#,##0', align: 'right', border: true };
}

function rowCells(row: TableRow, columns: ColumnKey[], convention: Convention, locale: Locale): LayoutCell[] {
  const figures = columns.map((key) =>
    key === 'yoy' ? comparisonCell(row.yoy, convention, locale) : figureCell(row[key]),
  );
  return [
    { value: row.stt, align: 'center', border: true },
    { value: row.label, wrap: true, border: true },
    { value: row.unit === '' ? null : row.unit, align: 'center', wrap: true, border: true },
    ...figures,
  ];
}

/**
 * The "TTTT Biểu" sheet: the standard tables one under the other, each with its title (which
 * names the period), the header exactly as the reference report writes it, and its rows.
 *
 * @example
 * const sheet = layoutTables([telecomTable], 'change', 'vi');
 * sheet.cells[1].map((c) => c?.value)
 * //=> ['STT', 'Tên chỉ tiêu', 'Đơn vị tính', 'Số tăng trong kỳ', 'Số giảm trong kỳ', 'So với cùng kỳ', 'Hiện có trên mạng']
 */
export function layoutTables(
  tables: StandardTable[],
  convention: Convention = 'change',
  locale: Locale = 'vi',
): SheetLayout {
  const cells: (LayoutCell | null)[][] = [];
  const merges: string[] = [];
  tables.forEach((table, index) => {
    if (index > 0) for (let g = 0; g < GAP; g++) cells.push([]);
    const width = 3 + table.columns.length;
    const titleRow = cells.length;
    cells.push([{ value: table.title, bold: true, align: 'center', wrap: true }]);
    merges.push(`${cellAddress(titleRow, 0)}:${cellAddress(titleRow, width - 1)}`);
    cells.push([
      header(FIXED_HEADERS.stt[locale]),
      header(NAME_HEADER[table.id][locale]),
      header(FIXED_HEADERS.unit[locale]),
      ...table.columns.map((key) =>
        header(columnHeader(key, locale) + (key === 'yoy' ? COMPARISON_HINT[convention][locale] : '')),
      ),
    ]);
    for (const row of table.rows) cells.push(rowCells(row, table.columns, convention, locale));
  });
  return { name: REPORT_SHEETS.tables, kind: 'tables', cells, merges, columnWidths: WIDTHS };
}
