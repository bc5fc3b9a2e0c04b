import { toPhrase } from '../catalogue';
import type { CellValue, SheetGrid } from '../model';
import { type FormatEffect, formatEffect } from '../numbers';
import { fixText } from '../text';

/**
 * One cell as the reader works with it: the value as given, its text in NFC Unicode (legacy
 * TCVN3/VNI and NFD decoded), the matching phrase of that text, and where it sits in the sheet.
 */
export interface Cell {
  raw: CellValue;
  /** NFC text, whitespace collapsed; numbers as JS writes them; "" for an empty cell. */
  text: string;
  /** {@link toPhrase} of the text ("" for numbers and empty cells). */
  phrase: string;
  /** 0-based row and column in the sheet (grid.top/left already added). */
  row: number;
  col: number;
  /** What the cell's number format does to what a person sees (percent, thousands), where it does. */
  format?: FormatEffect;
}

/** The cells of a grid, row by row; rows are as long as the widest row (ragged rows padded). */
export type Cells = Cell[][];

function cellOf(raw: unknown, font: string | null | undefined, row: number, col: number): Cell {
  if (typeof raw === 'string') {
    const text = fixText(raw, font ?? undefined)
      .replace(/\s+/g, ' ')
      .trim();
    return { raw: text === '' ? null : raw, text, phrase: text === '' ? '' : toPhrase(text), row, col };
  }
  if (typeof raw === 'number') {
    return Number.isFinite(raw)
      ? { raw, text: String(raw), phrase: '', row, col }
      : { raw: null, text: '', phrase: '', row, col };
  }
  if (typeof raw === 'boolean') return { raw, text: String(raw), phrase: '', row, col };
  return { raw: null, text: '', phrase: '', row, col };
}

/** A grid's cells, and the cells a person cannot see (hidden rows and columns). */
export interface SheetCells {
  cells: Cells;
  /** Cells of hidden rows or columns that hold something: left out of `cells` (emptied there). */
  hidden: Cell[];
}

/**
 * Turns a grid into cells: every text through fixText with its font (grid.fonts) so TCVN3, VNI,
 * NFD and NFC read the same; a number format that changes what is seen kept on its cell;
 * anything that is not a string, number or boolean becomes empty. Cells in hidden rows and
 * columns are emptied and listed apart: the reader reads what a person sees.
 * Never throws, whatever the grid holds (ragged rows, holes, non-arrays).
 *
 * @example
 * readCells({ file: '', sheet: 'S', top: 2, left: 1, values: [['§iÖn tho¹i', 5]] }).cells[0][0]
 * //=> { raw: '§iÖn tho¹i', text: 'Điện thoại', phrase: 'dien thoai', row: 2, col: 1 }
 */
export function readCells(grid: SheetGrid): SheetCells {
  const values: unknown[] = Array.isArray(grid?.values) ? grid.values : [];
  const top = Number.isInteger(grid?.top) ? grid.top : 0;
  const left = Number.isInteger(grid?.left) ? grid.left : 0;
  const hiddenRows = new Set(Array.isArray(grid?.hiddenRows) ? grid.hiddenRows : []);
  const hiddenColumns = new Set(Array.isArray(grid?.hiddenColumns) ? grid.hiddenColumns : []);
  const hidden: Cell[] = [];
  let width = 0;
  for (const row of values) if (Array.isArray(row)) width = Math.max(width, row.length);
  const cells = values.map((row, r) => {
    const raw: unknown[] = Array.isArray(row) ? row : [];
    const fonts = Array.isArray(grid.fonts?.[r]) ? grid.fonts![r] : [];
    const formats = Array.isArray(grid.formats?.[r]) ? grid.formats![r] : [];
    const out: Cell[] = new Array(width);
    for (let c = 0; c < width; c++) {
      const cell = cellOf(raw[c], fonts[c], top + r, left + c);
      if (typeof cell.raw === 'number' && typeof formats[c] === 'string') {
        const effect = formatEffect(formats[c]);
        if (effect.percent || effect.divisor !== 1) cell.format = effect;
      }
      if ((hiddenRows.has(top + r) || hiddenColumns.has(left + c)) && cell.text !== '') {
        hidden.push(cell);
        out[c] = { raw: null, text: '', phrase: '', row: top + r, col: left + c };
      } else out[c] = cell;
    }
    return out;
  });
  // A hidden row is left out altogether, not kept empty: a person sees the rows around it as one
  // after the other (a header's second row under its first, whatever row between is hidden).
  return { cells: hiddenRows.size > 0 ? cells.filter((_, r) => !hiddenRows.has(top + r)) : cells, hidden };
}

/** A cell that may be outside the grid (then an empty one). */
export function cellAt(cells: Cells, r: number, c: number): Cell {
  return cells[r]?.[c] ?? { raw: null, text: '', phrase: '', row: r, col: c };
}

/** The row's non-empty texts joined with spaces: a title line. */
export function rowLine(row: Cell[] | undefined): string {
  return (row ?? [])
    .filter((cell) => cell.text !== '')
    .map((cell) => cell.text)
    .join(' ');
}
