/**
 * Reading the report workbook's sheets as the core's grids with a fixed number of syncs:
 * 1. list the sheets; 2. size every sheet's used range (and read the ownership marker);
 * 3. read every candidate sheet's values in one sync — more only when the 5 MB / 5M-cell caps
 * require splitting. The number of syncs never grows with the number of sheets.
 */
import type { CellValue, SheetGrid } from '../core/model';
import { OWNER_KEY, type OwnerMark, isOwned, parseMark } from './ownership';
import { type Budget, DEFAULT_BUDGET, type ReadSlice, type SheetSize, halve, planReads } from './plan';
import { type Session, officeCode } from './session';

/** A sheet as the list and sizing syncs found it. */
export interface SheetInfo {
  id: string;
  name: string;
  position: number;
  visibility: string;
  /** The ownership marker when the sheet is the add-in's output, else null. */
  owner: OwnerMark | null;
  /** The used range (values only); null before sizing or when not sized. */
  size: (SheetSize & { font: string | null }) | null;
}

/** Why a sheet was not read. */
export type SkipReason = 'owned' | 'hidden' | 'excluded';

export interface ReadOptions {
  /** Names of sheets a person excluded (case-insensitive). */
  exclude?: string[];
  /** Read per-cell fonts where a used range mixes fonts (for TCVN3 / VNI text); default true. */
  fonts?: boolean;
  budget?: Budget;
}

export interface GridReading {
  /** Every sheet of the workbook, with its ownership and size. */
  sheets: SheetInfo[];
  grids: SheetGrid[];
  skipped: { sheet: string; reason: SkipReason }[];
}

/** Sync 1: the sheets, in tab order. */
export async function listSheets(s: Session): Promise<SheetInfo[]> {
  const sheets = s.context.workbook.worksheets.load('items/id,items/name,items/position,items/visibility');
  await s.sync();
  return sheets.items
    .map((w) => ({
      id: w.id,
      name: w.name,
      position: w.position,
      visibility: String(w.visibility),
      owner: null,
      size: null,
    }))
    .sort((a, b) => a.position - b.position);
}

/**
 * Sync 2: every sheet's used range (values only) with its font (null when mixed), and the
 * ownership marker. All sheets are queued before the one sync.
 */
export async function sizeSheets(s: Session, sheets: SheetInfo[]): Promise<void> {
  const queued = sheets.map((info) => {
    const ws = s.context.workbook.worksheets.getItem(info.id);
    const used = ws.getUsedRange(true).load('rowIndex,columnIndex,rowCount,columnCount');
    used.format.font.load('name');
    const mark = ws.customProperties.getItemOrNullObject(OWNER_KEY).load('value');
    return { info, used, mark };
  });
  await s.sync();
  for (const { info, used, mark } of queued) {
    const owner = mark.isNullObject ? null : parseMark(mark.value);
    info.owner = isOwned(info.name, owner) ? owner : null;
    const font = used.format.font.name;
    info.size = {
      rowIndex: used.rowIndex,
      columnIndex: used.columnIndex,
      rowCount: used.rowCount,
      columnCount: used.columnCount,
      font: font ?? null,
      perCellFonts: font === null || font === undefined,
    };
  }
}

/** The sheets to read and the ones left out (the add-in's own output, hidden, excluded). */
export function candidates(
  sheets: SheetInfo[],
  exclude: string[] = [],
): { read: SheetInfo[]; skipped: GridReading['skipped'] } {
  const excluded = new Set(exclude.map((n) => n.toLowerCase()));
  const read: SheetInfo[] = [];
  const skipped: GridReading['skipped'] = [];
  for (const sheet of sheets) {
    const reason: SkipReason | null = sheet.owner
      ? 'owned'
      : sheet.visibility !== 'Visible'
        ? 'hidden'
        : excluded.has(sheet.name.toLowerCase())
          ? 'excluded'
          : null;
    if (reason) skipped.push({ sheet: sheet.name, reason });
    else read.push(sheet);
  }
  return { read, skipped };
}

const EXCEL_ERROR =
  /^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/;

/**
 * A value as the core takes it: empty → null, an Excel error (#N/A…) → null, as the command line does.
 * A date cell stays its serial number (42277): loading `numberFormat` to tell dates apart would
 * double the read payload; the reader reads serials in header rows as dates (src/core/reader/headerDates.ts).
 */
export function plainCell(v: unknown): CellValue {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'string') return EXCEL_ERROR.test(v) ? null : v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'boolean') return v;
  return null;
}

const RETRY_CODES = new Set([
  'ResponsePayloadSizeLimitExceeded',
  'RequestPayloadSizeLimitExceeded',
  'RangeExceedsLimit',
]);

interface SliceResult {
  slice: ReadSlice;
  values: unknown[][];
  fonts: unknown[][] | null;
}

/** Queues one group of slices, syncs once; when Excel still refuses the size, halves and retries. */
async function readGroup(
  s: Session,
  sheets: SheetInfo[],
  group: ReadSlice[],
  fonts: boolean,
  depth = 0,
): Promise<SliceResult[]> {
  const queued = group.map((slice) => {
    const info = sheets[slice.sheet];
    const size = info.size!;
    const range = s.context.workbook.worksheets
      .getItem(info.id)
      .getRangeByIndexes(size.rowIndex + slice.row, size.columnIndex, slice.rows, size.columnCount);
    range.load('values');
    const cellFonts = fonts && size.perCellFonts ? range.getCellProperties({ format: { font: { name: true } } }) : null;
    return { slice, range, cellFonts };
  });
  try {
    await s.sync();
  } catch (error) {
    const code = officeCode(error);
    const parts = halve(group);
    // Retry only a size refusal, and only while halving still makes the pieces smaller.
    const cannotShrink = parts.length === 1 && group.every((g) => g.rows === 1);
    if (!code || !RETRY_CODES.has(code) || depth >= 12 || cannotShrink) throw error;
    const results: SliceResult[] = [];
    for (const part of parts) results.push(...(await readGroup(s, sheets, part, fonts, depth + 1)));
    return results;
  }
  return queued.map(({ slice, range, cellFonts }) => ({
    slice,
    values: range.values,
    fonts: cellFonts ? cellFonts.value.map((row) => row.map((c) => c.format?.font?.name ?? null)) : null,
  }));
}

/**
 * Sync 3 (and more only when the caps require): the values of every candidate sheet, cut by rows
 * under the caps, assembled into grids. Fonts: the used range's font when uniform (no extra
 * cost), per cell with `getCellProperties` only on sheets that mix fonts.
 */
export async function readValues(s: Session, sheets: SheetInfo[], options: ReadOptions = {}): Promise<SheetGrid[]> {
  const sized = sheets.filter((x) => x.size);
  const plan = planReads(
    sized.map((x) => ({ ...x.size!, perCellFonts: options.fonts !== false && x.size!.perCellFonts })),
    options.budget ?? DEFAULT_BUDGET,
  );
  const results: SliceResult[] = [];
  for (const group of plan) results.push(...(await readGroup(s, sized, group, options.fonts !== false)));
  const bySheet = new Map<number, SliceResult[]>();
  for (const r of results) bySheet.set(r.slice.sheet, [...(bySheet.get(r.slice.sheet) ?? []), r]);
  return sized.map((info, index) => {
    const parts = (bySheet.get(index) ?? []).sort((a, b) => a.slice.row - b.slice.row);
    const size = info.size!;
    const values = parts.flatMap((p) => p.values.map((row) => row.map(plainCell)));
    const perCell = parts.every((p) => p.fonts) && parts.length > 0;
    const fonts = perCell
      ? parts.flatMap((p) => p.fonts!.map((row) => row.map((f) => (typeof f === 'string' ? f : null))))
      : size.font
        ? values.map((row) => row.map(() => size.font))
        : undefined;
    const grid: SheetGrid = { file: '', sheet: info.name, top: size.rowIndex, left: size.columnIndex, values };
    if (fonts) grid.fonts = fonts;
    return grid;
  });
}

/**
 * Lists, sizes and reads the workbook: the grids of every candidate sheet (not the add-in's own
 * output, not hidden, not excluded). Three syncs for any number of ordinary sheets.
 */
export async function readGrids(s: Session, options: ReadOptions = {}): Promise<GridReading> {
  const sheets = await listSheets(s);
  await sizeSheets(s, sheets);
  const { read, skipped } = candidates(sheets, options.exclude);
  const grids = read.length ? await readValues(s, read, options) : [];
  return { sheets, grids, skipped };
}
