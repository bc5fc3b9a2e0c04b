import type { CellValue, Issue, Locale, SheetGrid } from '../model';
import type { LayoutCell, SheetLayout } from '../report/layout';
import { dictionaryTable, readTable, type NumberedRow } from './table';
import type { Dictionary } from './types';

/** The hidden sheet the add-in keeps the dictionary in; the same name in every language. */
export const DICTIONARY_SHEET = 'TTTT Từ điển';

/**
 * The "TTTT Từ điển" sheet: the dictionary as the CSV holds it (header `loại, từ, nghĩa, hệ số`,
 * one entry a row), written hidden by the add-in in the build's write. Words are written as
 * text, so "-", "=…" or "0912" stay what the office typed.
 *
 * @example
 * layoutDictionary({ entries: [{ kind: 'role', word: 'Số TB churn', answer: 'decrease' }] }).cells[1].map((c) => c?.value)
 * //=> ['cột', 'Số TB churn', 'decrease', undefined]
 */
export function layoutDictionary(dictionary: Dictionary): SheetLayout {
  const cells = dictionaryTable(dictionary, 'vi').map((row, r) =>
    row.map((value): LayoutCell | null => (value === null ? null : r === 0 ? { value, bold: true } : { value })),
  );
  return {
    name: DICTIONARY_SHEET,
    // The kind the ownership marks record (see src/excel/ownership.ts).
    kind: 'dictionary',
    cells,
    merges: [],
    columnWidths: [14, 40, 24, 10],
    hidden: true,
  };
}

/**
 * Reads the dictionary back from its sheet (as read into a grid): the same rules as the CSV, a
 * malformed row reported with its row number (cell A<row>), the rest applied. An empty or absent
 * sheet is an empty dictionary.
 */
export function dictionaryFromGrid(
  grid: SheetGrid | null | undefined,
  locale: Locale = 'vi',
): { dictionary: Dictionary; issues: Issue[]; lines: number[] } {
  if (!grid) return { dictionary: { entries: [] }, issues: [], lines: [] };
  const rows: NumberedRow[] = grid.values.map((row, r) => ({
    line: grid.top + r + 1,
    fields: [...Array(grid.left).fill(''), ...row.map(textOf)],
  }));
  return readTable(rows, { file: grid.file, sheet: grid.sheet }, locale);
}

function textOf(value: CellValue): string {
  if (value === null) return '';
  return typeof value === 'string' ? value : String(value);
}
