import type { CellValue } from '../model';
import type { LayoutCell, SheetLayout } from '../report/layout';
import { HISTORY_COLUMNS } from './rows';

/** The hidden sheet the add-in keeps the history in; the same in every language. */
export const HISTORY_SHEET = 'TTTT Lịch sử';

const WIDTHS: Record<string, number> = { enterprise: 28, indicator: 18, file: 30, sheet: 16, recordedAt: 24 };

/**
 * The "TTTT Lịch sử" sheet (lịch sử lập biểu): the history table as plain cells, written hidden
 * by the add-in in the same write as the report. Text stays text (the writer formats every string
 * cell as Text), numbers stay numbers, so the table reads back exactly.
 *
 * @example
 * layoutHistory(recordBuild([], result.facts, '9T/2015')).cells[0].map((c) => c?.value)
 * //=> ['enterprise', 'sector', 'indicator', 'measure', 'period', 'value', 'unit', 'file', 'sheet', 'cell', 'build', 'recordedAt']
 */
export function layoutHistory(table: readonly (readonly CellValue[])[]): SheetLayout {
  const cells = table.map((row, r) =>
    row.map((value): LayoutCell | null => {
      if (value === null || value === '') return null;
      const cell: LayoutCell = { value: typeof value === 'boolean' ? String(value) : value };
      if (r === 0) cell.bold = true;
      return cell;
    }),
  );
  return {
    name: HISTORY_SHEET,
    kind: 'history',
    cells,
    merges: [],
    columnWidths: HISTORY_COLUMNS.map((c) => WIDTHS[c] ?? 12),
    hidden: true,
  };
}
