/**
 * Pure planning for the Office.js adapter: how to cut reads and writes so that no request or
 * response passes Excel on the web's 5 MB cap and no read passes 5 million cells, with as few
 * `context.sync()` calls as that allows. No Office import here, so it is tested on its own.
 */
import { detectLegacyEncoding } from '../core';

/** Excel on the web's caps, with headroom for the JSON envelope around the values. */
export interface Budget {
  /** Bytes per request or response we allow ourselves (the cap is 5 MB). */
  bytes: number;
  /** Cells per read (the cap is 5 million). */
  cells: number;
  /** Estimated response bytes per cell of `values` and `numberFormat` (JSON: quotes, commas, short labels, numbers, "General"). */
  bytesPerCell: number;
  /** Estimated extra bytes per cell when fonts are read cell by cell (`getCellProperties`). */
  bytesPerFontCell: number;
  /** Estimated bytes per row whatever its width (each row's hidden flag, `getRowProperties`). */
  bytesPerRow?: number;
}

export const DEFAULT_BUDGET: Budget = {
  bytes: 4_000_000,
  cells: 4_000_000,
  bytesPerCell: 30,
  bytesPerFontCell: 48,
  bytesPerRow: 24,
};

/** A sheet's used range as the read (or, past the caps, the sizing) sync loaded it. */
export interface SheetSize {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
  /** Whether fonts must be read per cell (the used range mixes fonts). */
  perCellFonts: boolean;
}

/** Rows `row .. row+rows-1` (relative to the used range) of sheet number `sheet`. */
export interface ReadSlice {
  sheet: number;
  row: number;
  rows: number;
}

/** Estimated response bytes of a slice. */
export function sliceCost(size: SheetSize, rows: number, budget: Budget = DEFAULT_BUDGET): number {
  const perRow = size.perCellFonts ? 0 : (budget.bytesPerRow ?? 0);
  return rows * (perRow + size.columnCount * (budget.bytesPerCell + (size.perCellFonts ? budget.bytesPerFontCell : 0)));
}

/**
 * Cuts every sheet's used range into row slices and packs the slices into syncs: each sync's
 * estimated response stays under the byte budget and its cells under the cell budget. Small sheets
 * all go in one sync whatever their number; a huge sheet is split by rows.
 *
 * @example
 * planReads([{ rowIndex: 0, columnIndex: 0, rowCount: 50, columnCount: 10, perCellFonts: false }])
 * //=> [[{ sheet: 0, row: 0, rows: 50 }]]
 */
export function planReads(sizes: SheetSize[], budget: Budget = DEFAULT_BUDGET): ReadSlice[][] {
  // First fit: each slice goes into the first sync with room left, so the small sheets before a
  // huge one share a sync with its last slice instead of costing one of their own.
  const syncs: { slices: ReadSlice[]; bytes: number; cells: number }[] = [];
  sizes.forEach((size, sheet) => {
    const perRowBytes = sliceCost(size, 1, budget);
    const maxRows = Math.max(
      1,
      Math.min(
        Math.floor(budget.bytes / Math.max(1, perRowBytes)),
        Math.floor(budget.cells / Math.max(1, size.columnCount)),
      ),
    );
    for (let row = 0; row < size.rowCount; row += maxRows) {
      const rows = Math.min(maxRows, size.rowCount - row);
      const b = sliceCost(size, rows, budget);
      const c = rows * size.columnCount;
      let target = syncs.find((g) => g.bytes + b <= budget.bytes && g.cells + c <= budget.cells);
      if (!target) syncs.push((target = { slices: [], bytes: 0, cells: 0 }));
      target.slices.push({ sheet, row, rows });
      target.bytes += b;
      target.cells += c;
    }
  });
  return syncs.map((g) => g.slices);
}

/**
 * Whether a sheet's fonts are worth a sync of their own (phông từng ô): only when its used range
 * mixes fonts (`font` null) AND some text looks legacy-encoded (TCVN3 / VNI) from its characters
 * alone. A legacy font tells the reader how to decode text whose characters leave it unsure; on a
 * Unicode sheet the font changes nothing, so an ordinary workbook never pays for fonts.
 *
 * @example
 * needsCellFonts(null, [['§iÖn tho¹i', 5]]) //=> true
 * needsCellFonts(null, [['Điện thoại', 5]]) //=> false (Unicode)
 * needsCellFonts('.VnTime', [['§iÖn tho¹i']]) //=> false (one font: the used range's font says it)
 */
export function needsCellFonts(font: string | null, values: readonly (readonly unknown[])[]): boolean {
  if (font !== null) return false;
  return values.some((row) => row.some((v) => typeof v === 'string' && detectLegacyEncoding(v) !== null));
}

/** Splits each slice of a group in two by rows (used when Excel still refuses a response). */
export function halve(group: ReadSlice[]): ReadSlice[][] {
  const pieces = group.flatMap((s) =>
    s.rows > 1
      ? [
          { ...s, rows: Math.ceil(s.rows / 2) },
          { ...s, row: s.row + Math.ceil(s.rows / 2), rows: s.rows - Math.ceil(s.rows / 2) },
        ]
      : [s],
  );
  if (pieces.length < 2) return [pieces];
  const mid = Math.ceil(pieces.length / 2);
  return [pieces.slice(0, mid), pieces.slice(mid)];
}

/** JSON size of a payload in UTF-8 bytes (what a request carries). */
export function jsonBytes(x: unknown): number {
  return new TextEncoder().encode(JSON.stringify(x) ?? '').length;
}

/** A rectangle of cells, 0-based. */
export interface CellRect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/**
 * Groups the cells where `key` gives a value into rectangles of equal value: runs along each row,
 * then runs stacked over consecutive rows with the same columns merged. One format call per
 * rectangle instead of one per cell.
 *
 * @example
 * rectsBy([[1, 1, null], [1, 1, null]], (v) => v) //=> [{ key: 1, rect: { row: 0, col: 0, rows: 2, cols: 2 } }]
 */
export function rectsBy<C, K extends string | number | boolean>(
  grid: (C | null)[][],
  key: (cell: C) => K | undefined | null,
): { key: K; rect: CellRect }[] {
  const open = new Map<string, { key: K; rect: CellRect }>();
  const done: { key: K; rect: CellRect }[] = [];
  grid.forEach((line, row) => {
    const runs: { key: K; col: number; cols: number }[] = [];
    line.forEach((cell, col) => {
      const k = cell === null ? undefined : key(cell);
      if (k === undefined || k === null) return;
      const last = runs[runs.length - 1];
      if (last && last.key === k && last.col + last.cols === col) last.cols += 1;
      else runs.push({ key: k, col, cols: 1 });
    });
    const next = new Map<string, { key: K; rect: CellRect }>();
    for (const run of runs) {
      const id = `${String(run.key)}|${run.col}|${run.cols}`;
      const prev = open.get(id);
      if (prev && prev.rect.row + prev.rect.rows === row) {
        prev.rect.rows += 1;
        next.set(id, prev);
        open.delete(id);
      } else {
        next.set(id, { key: run.key, rect: { row, col: run.col, rows: 1, cols: run.cols } });
      }
    }
    done.push(...open.values());
    open.clear();
    for (const [id, v] of next) open.set(id, v);
  });
  done.push(...open.values());
  return done.sort((a, b) => a.rect.row - b.rect.row || a.rect.col - b.rect.col);
}

/**
 * A free sheet name for output when a person's sheet already has the wanted one: "TTTT Biểu (2)",
 * "(3)", … within Excel's 31 characters, compared without case like Excel.
 *
 * @example
 * freeSheetName('TTTT Biểu', ['TTTT Biểu', 'tttt biểu (2)']) //=> 'TTTT Biểu (3)'
 */
export function freeSheetName(wanted: string, taken: Iterable<string>): string {
  const lower = new Set([...taken].map((n) => n.toLowerCase()));
  if (!lower.has(wanted.toLowerCase())) return wanted;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = wanted.slice(0, 31 - suffix.length) + suffix;
    if (!lower.has(candidate.toLowerCase())) return candidate;
  }
}

/**
 * Column width in Office.js units (points) for a width in characters of the default font:
 * Excel draws a character 7 px wide plus 5 px of padding, and 1 px = 0.75 pt.
 *
 * @example
 * widthInPoints(10) //=> 56.25
 */
export function widthInPoints(characters: number): number {
  return (characters * 7 + 5) * 0.75;
}
