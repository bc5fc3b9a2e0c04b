import type { CellRef } from '../model';

/*
 * The report's presentation (how a sheet looks), kept out of the domain model: the layouts
 * src/core/report, src/core/sentences, src/core/history and src/core/dictionary decide once.
 */

/**
 * A sheet of the report as plain cells: what the report looks like, decided once in the core
 * (src/core/report) and written by ExcelJS on the command line and by Office.js in Excel.
 */
export interface SheetLayout {
  /** Sheet name the add-in owns, e.g. "TTTT Biểu". */
  name: string;
  kind: 'tables' | 'breakdown' | 'checks' | 'sentences' | 'history' | 'dictionary';
  /** Rows of cells from A1; `null` is an empty cell. */
  cells: (LayoutCell | null)[][];
  /** Merged ranges in A1 notation, e.g. "A1:G1". */
  merges: string[];
  /** Column widths in characters, from column A. */
  columnWidths: number[];
  /** Written as a hidden sheet: the add-in's own data (the history), out of the way but not locked. */
  hidden?: boolean;
}

export interface LayoutCell {
  /** A string is always written as text, never as a formula, whatever it starts with. */
  value: string | number | null;
  /** Excel number format, e.g. "#,##0" or "0%". */
  format?: string;
  bold?: boolean;
  italic?: boolean;
  align?: 'left' | 'center' | 'right';
  wrap?: boolean;
  border?: boolean;
  /** The source cell a figure or problem refers to (a click selects it). */
  link?: CellRef;
  /** A comparison a spreadsheet may draw as a data bar beside its figure ("so với cùng kỳ"). */
  bar?: boolean;
}
