/**
 * A1 addresses for the Excel test double: parse "B2", "B2:D9", "'TTTT Biểu'!A1:C3", "A:C", "3:5"
 * into 0-based rectangles and print rectangles back the way Excel does (sheet names quoted when
 * they are not plain identifiers).
 */

/** Excel's grid: 1,048,576 rows × 16,384 columns. */
export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

/** A 0-based rectangle of cells. */
export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/**
 * Column letters of a 0-based column.
 *
 * @example
 * columnLetters(0) //=> 'A'
 * columnLetters(27) //=> 'AB'
 */
export function columnLetters(col: number): string {
  let letters = '';
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26)) {
    letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters;
  }
  return letters;
}

/** 0-based column of column letters ("A" → 0). */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/**
 * Splits "'My sheet'!A1:B2" into the sheet name (or null) and the local address.
 *
 * @example
 * splitSheet("'TTTT Biểu'!A1") //=> { sheet: 'TTTT Biểu', local: 'A1' }
 */
export function splitSheet(address: string): { sheet: string | null; local: string } {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return { sheet: null, local: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1) };
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLS = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/;
const ROWS = /^\$?(\d{1,7}):\$?(\d{1,7})$/;

/**
 * Parses a local A1 address into a rectangle; throws on anything else.
 *
 * @example
 * parseAddress('B2:D3') //=> { row: 1, col: 1, rows: 2, cols: 3 }
 */
export function parseAddress(local: string): Rect {
  const cols = COLS.exec(local);
  if (cols) {
    const a = columnIndex(cols[1]);
    const b = columnIndex(cols[2]);
    return { row: 0, col: Math.min(a, b), rows: MAX_ROWS, cols: Math.abs(b - a) + 1 };
  }
  const rows = ROWS.exec(local);
  if (rows) {
    const a = Number(rows[1]) - 1;
    const b = Number(rows[2]) - 1;
    return { row: Math.min(a, b), col: 0, rows: Math.abs(b - a) + 1, cols: MAX_COLUMNS };
  }
  const parts = local.split(':');
  if (parts.length < 1 || parts.length > 2) throw new Error(`Bad address ${local}`);
  const cells = parts.map((p) => {
    const m = CELL.exec(p);
    if (!m) throw new Error(`Bad address ${local}`);
    return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
  });
  const [a, b = a] = cells;
  const rect = {
    row: Math.min(a.row, b.row),
    col: Math.min(a.col, b.col),
    rows: Math.abs(b.row - a.row) + 1,
    cols: Math.abs(b.col - a.col) + 1,
  };
  if (rect.row < 0 || rect.col < 0 || rect.row + rect.rows > MAX_ROWS || rect.col + rect.cols > MAX_COLUMNS) {
    throw new Error(`Bad address ${local}`);
  }
  return rect;
}

/** Local address of a rectangle: "A1" for one cell, "A1:C3" otherwise. */
export function formatRect(r: Rect): string {
  const first = `${columnLetters(r.col)}${r.row + 1}`;
  if (r.rows === 1 && r.cols === 1) return first;
  return `${first}:${columnLetters(r.col + r.cols - 1)}${r.row + r.rows}`;
}

/** A sheet name as Excel writes it in an address: quoted unless it is a plain identifier. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Full address "Sheet1!A1:B2" as `range.address` returns it. */
export function fullAddress(sheet: string, r: Rect): string {
  return `${quoteSheet(sheet)}!${formatRect(r)}`;
}
