/**
 * Reading the report workbook's sheets as the core's grids with a fixed number of syncs:
 * 1. list the sheets;
 * 2. read, in one optimistic sync, every sheet's ownership marker and, for every sheet that is
 *    probably a submission (or the hidden history), its used range: position, values and single font;
 * 3. and only when needed: when Excel refuses that sync for size (5 MB response, 5 million cells),
 *    the sized path — size every used range, then read them cut by rows under the caps; per-cell
 *    fonts for sheets that mix fonts and hold text that looks TCVN3/VNI; a sheet named like the
 *    add-in's output that a person turns out to have made.
 * An ordinary workbook costs 2 read syncs (list, read) whatever its number of sheets.
 */
import type { CellValue, SheetGrid } from '../core/model';
import { HISTORY_SHEET } from '../core/history';
import { REPORT_SHEETS } from '../core/report';
import { SENTENCES_SHEET } from '../core/sentences';
import { OWNER_KEY, type OwnerMark, outputLike, ownerOf } from './ownership';
import { type Budget, DEFAULT_BUDGET, type ReadSlice, type SheetSize, halve, needsCellFonts, planReads } from './plan';
import { type Session, officeCode } from './session';

/** A sheet as the list and read syncs found it. */
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
  /**
   * Read per-cell fonts where a used range mixes fonts and its text looks TCVN3 / VNI (one more
   * sync, only for such workbooks); default true.
   */
  fonts?: boolean;
  budget?: Budget;
  /**
   * Names the add-in writes its output under (the settings' names); the report's and the history's
   * default names when absent. A sheet named so (or "… (2)") is probably the add-in's: its values are
   * fetched only once its marker says a person made it (one more sync, only then).
   */
  outputNames?: readonly string[];
  /** Also read the add-in's hidden history sheet ("TTTT Lịch sử"), in the same sync; default false. */
  history?: boolean;
  /** Called once the sheets are listed, before the read (for a progress bar). */
  onListed?: () => void;
}

export interface GridReading {
  /** Every sheet of the workbook, with its ownership and size. */
  sheets: SheetInfo[];
  grids: SheetGrid[];
  skipped: { sheet: string; reason: SkipReason }[];
  /** The add-in's history sheet, when asked for (`history: true`) and present. */
  history?: SheetGrid;
}

/** The names the add-in writes under by default: the report's sheets, the sentences, the history. */
export const DEFAULT_OUTPUT_NAMES: readonly string[] = [
  ...Object.values(REPORT_SHEETS),
  SENTENCES_SHEET,
  HISTORY_SHEET,
];

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
 * The sized path's first sync (after Excel refused the optimistic read): every given sheet's used
 * range (values only) with its font (null when mixed), and the ownership marker. All sheets are
 * queued before the one sync.
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
    info.owner = ownerOf(info.name, mark);
    const font = used.format.font.name;
    info.size = sizeOf(used, font);
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

/** Whether Excel refused a sync for its size (5 MB request or response, 5 million cells). */
function sizeRefusal(error: unknown): boolean {
  const code = officeCode(error);
  return code !== undefined && RETRY_CODES.has(code);
}

/** A used range's position and size as loaded, with its single font (null when mixed). */
function sizeOf(
  used: { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number },
  font: string | null | undefined,
): SheetSize & { font: string | null } {
  return {
    rowIndex: used.rowIndex,
    columnIndex: used.columnIndex,
    rowCount: used.rowCount,
    columnCount: used.columnCount,
    font: font ?? null,
    perCellFonts: font === null || font === undefined,
  };
}

/** The raw cells read for a sheet, by sheet id; per-cell fonts added when read. */
type Raw = Map<string, { values: unknown[][]; fonts?: unknown[][] }>;

/**
 * One sync that reads the given sheets whole — position, values and single font of each used
 * range — with the markers of `marks`, not knowing their sizes. Returns null when Excel refuses
 * it for size: nothing of it arrived, and the caller takes the sized path. A sheet whose values
 * did not come back whole (Excel may return null past 5 million cells) is left out of the result.
 */
async function readWhole(s: Session, read: SheetInfo[], marks: SheetInfo[]): Promise<Raw | null> {
  const sheetOf = (info: SheetInfo) => s.context.workbook.worksheets.getItem(info.id);
  const markQueue = marks.map((info) => ({
    info,
    mark: sheetOf(info).customProperties.getItemOrNullObject(OWNER_KEY).load('value'),
  }));
  const readQueue = read.map((info) => {
    const used = sheetOf(info).getUsedRange(true).load('rowIndex,columnIndex,rowCount,columnCount,values');
    used.format.font.load('name');
    return { info, used };
  });
  try {
    await s.sync();
  } catch (error) {
    if (sizeRefusal(error)) return null;
    throw error;
  }
  for (const { info, mark } of markQueue) {
    info.owner = ownerOf(info.name, mark);
  }
  const raw: Raw = new Map();
  for (const { info, used } of readQueue) {
    info.size = sizeOf(used, used.format.font.name);
    const values = used.values as unknown[][] | null;
    if (Array.isArray(values) && values.length === used.rowCount) raw.set(info.id, { values });
  }
  return raw;
}

interface SliceResult {
  slice: ReadSlice;
  cells: unknown[][];
}

/**
 * Queues one group of slices (values, or per-cell fonts), syncs once; when Excel still refuses
 * the size, halves and retries.
 */
async function readGroup(
  s: Session,
  sheets: SheetInfo[],
  group: ReadSlice[],
  what: 'values' | 'fonts',
  depth = 0,
): Promise<SliceResult[]> {
  const queued = group.map((slice) => {
    const info = sheets[slice.sheet];
    const size = info.size!;
    const range = s.context.workbook.worksheets
      .getItem(info.id)
      .getRangeByIndexes(size.rowIndex + slice.row, size.columnIndex, slice.rows, size.columnCount);
    if (what === 'values') range.load('values');
    const props = what === 'fonts' ? range.getCellProperties({ format: { font: { name: true } } }) : null;
    return { slice, range, props };
  });
  try {
    await s.sync();
  } catch (error) {
    const parts = halve(group);
    // Retry only a size refusal, and only while halving still makes the pieces smaller.
    const cannotShrink = parts.length === 1 && group.every((g) => g.rows === 1);
    if (!sizeRefusal(error) || depth >= 12 || cannotShrink) throw error;
    const results: SliceResult[] = [];
    for (const part of parts) results.push(...(await readGroup(s, sheets, part, what, depth + 1)));
    return results;
  }
  return queued.map(({ slice, range, props }) => ({
    slice,
    cells: props ? props.value.map((row) => row.map((c) => c.format?.font?.name ?? null)) : range.values,
  }));
}

/**
 * Reads sized sheets cut by rows under the caps (values, or per-cell fonts), as few syncs as the
 * caps allow, and joins each sheet's slices back in row order.
 */
async function readSized(
  s: Session,
  sheets: SheetInfo[],
  what: 'values' | 'fonts',
  budget: Budget,
): Promise<Map<string, unknown[][]>> {
  const plan = planReads(
    sheets.map((x) => ({ ...x.size!, perCellFonts: what === 'fonts' })),
    what === 'fonts' ? { ...budget, bytesPerCell: 0 } : budget,
  );
  const results: SliceResult[] = [];
  for (const group of plan) results.push(...(await readGroup(s, sheets, group, what)));
  const out = new Map<string, unknown[][]>();
  sheets.forEach((info, index) => {
    const parts = results.filter((r) => r.slice.sheet === index).sort((a, b) => a.slice.row - b.slice.row);
    out.set(
      info.id,
      parts.flatMap((p) => p.cells),
    );
  });
  return out;
}

/** A sheet's grid as the core takes it: plain values, and fonts per cell when known. */
function gridOf(info: SheetInfo, raw: { values: unknown[][]; fonts?: unknown[][] }): SheetGrid {
  const size = info.size!;
  const values = raw.values.map((row) => row.map(plainCell));
  const fonts = raw.fonts
    ? raw.fonts.map((row) => row.map((f) => (typeof f === 'string' ? f : null)))
    : size.font
      ? values.map((row) => row.map(() => size.font))
      : undefined;
  const grid: SheetGrid = { file: '', sheet: info.name, top: size.rowIndex, left: size.columnIndex, values };
  if (fonts) grid.fonts = fonts;
  return grid;
}

/**
 * The values (and single font) of every given sheet: one optimistic sync for those not read yet;
 * when Excel refuses it for size, the sized path (size, then reads cut under the caps).
 */
async function fetchValues(s: Session, sheets: SheetInfo[], raw: Raw, budget: Budget): Promise<void> {
  let missing = sheets.filter((x) => !raw.has(x.id));
  const unsized = missing.filter((x) => !x.size);
  if (unsized.length) {
    const whole = await readWhole(s, unsized, []);
    if (whole) for (const [id, r] of whole) raw.set(id, r);
    else await sizeSheets(s, unsized);
  }
  missing = sheets.filter((x) => !raw.has(x.id));
  if (missing.length) for (const [id, values] of await readSized(s, missing, 'values', budget)) raw.set(id, { values });
}

/**
 * Lists and reads the workbook: the grids of every candidate sheet (not the add-in's own output,
 * not hidden, not excluded), and the history sheet when asked. Two syncs (list, read) for any
 * number of ordinary sheets; more only for a workbook past the 5 MB / 5M-cell caps, for TCVN3/VNI
 * text in mixed fonts, or for a person's sheet named like the add-in's output.
 */
export async function readGrids(s: Session, options: ReadOptions = {}): Promise<GridReading> {
  const sheets = await listSheets(s);
  options.onListed?.();
  const budget = options.budget ?? DEFAULT_BUDGET;
  const outputs = options.outputNames ?? DEFAULT_OUTPUT_NAMES;
  const excluded = new Set((options.exclude ?? []).map((n) => n.toLowerCase()));
  // Before the markers are known, guess from names: read what is probably a submission, and the
  // history (hidden, under the history's name) when asked; never a sheet named like an output.
  const historyLike = (x: SheetInfo): boolean => outputLike(x.name, [HISTORY_SHEET]);
  const guess = sheets.filter((x) =>
    x.visibility === 'Visible'
      ? !excluded.has(x.name.toLowerCase()) && !outputLike(x.name, outputs)
      : options.history === true && historyLike(x),
  );
  const whole = await readWhole(s, guess, sheets);
  if (!whole) await sizeSheets(s, sheets); // refused for size: the sized path, markers again
  const raw: Raw = whole ?? new Map();
  const { read, skipped } = candidates(sheets, options.exclude);
  const historySheet = options.history ? sheets.find((x) => x.owner?.kind === 'history') : undefined;
  const needed = historySheet ? [...read, historySheet] : read;
  await fetchValues(s, needed, raw, budget);
  if (options.fonts !== false) {
    const mixed = needed.filter((x) => needsCellFonts(x.size!.font, raw.get(x.id)!.values));
    if (mixed.length) for (const [id, fonts] of await readSized(s, mixed, 'fonts', budget)) raw.get(id)!.fonts = fonts;
  }
  return {
    sheets,
    grids: read.map((x) => gridOf(x, raw.get(x.id)!)),
    skipped,
    ...(historySheet ? { history: gridOf(historySheet, raw.get(historySheet.id)!) } : {}),
  };
}
