/**
 * Reading the report workbook's sheets as the core's grids with a fixed number of syncs:
 * 1. list the sheets, with the add-in's settings and registry of output sheets (registry.ts);
 * 2. read, in one optimistic sync, every sheet's ownership property (ExcelApi 1.12, when the host
 *    has it) and, for every visible sheet (and the hidden history when asked), its used range:
 *    position, values, number formats, single font, hidden rows and columns (ExcelApi 1.9); the
 *    charts of sheets named like the add-in's output;
 * 3. and only when needed: when Excel refuses that sync for size (5 MB response, 5 million cells —
 *    answered as a size code, or as GeneralException / an internal error on the web), the sized
 *    path — size every used range, then read them cut by rows under the caps; per-cell fonts for
 *    sheets that mix fonts and hold text that looks TCVN3/VNI.
 * An ordinary workbook costs 2 read syncs (list, read) whatever its number of sheets. The add-in's
 * own output sheets are read too: a rebuild compares them with what it wrote (guard.ts).
 */
import {
  type CellValue,
  type SheetGrid,
  HISTORY_SHEET,
  DICTIONARY_SHEET,
  keptFormat,
  REPORT_SHEETS,
  SENTENCES_SHEET,
} from '../core';
import type { SheetContent } from './guard';
import { OWNER_KEY, type OwnerMark, outputLike, ownerFrom, parseMark } from './ownership';
import { type Budget, DEFAULT_BUDGET, type ReadSlice, type SheetSize, halve, needsCellFonts, planReads } from './plan';
import {
  REGISTRY_KEY,
  type Registry,
  SETTINGS_KEY,
  type WorkbookSettings,
  parseRegistry,
  parseWorkbookSettings,
} from './registry';
import { type Capabilities, capabilities } from './requirements';
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
  /** The sheet's own custom-property mark as read, even when it names another sheet (null: none, or not read). */
  mark?: OwnerMark | null;
  /** Names of its charts (read for sheets named like the add-in's output). */
  charts?: string[];
}

/** What the list sync found: the sheets, the registry of output sheets and the build settings. */
export interface Listing {
  sheets: SheetInfo[];
  registry: Registry;
  settings: WorkbookSettings;
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
  /** Also read the add-in's hidden dictionary sheet ("TTTT Từ điển"), in the same sync; default false. */
  dictionary?: boolean;
  /** Called once the sheets are listed, before the read (for a progress bar). */
  onListed?: () => void;
  /** What the host can do; asked of Office.context.requirements when absent. */
  capabilities?: Capabilities;
}

export interface GridReading {
  /** Every sheet of the workbook, with its ownership and size. */
  sheets: SheetInfo[];
  grids: SheetGrid[];
  skipped: { sheet: string; reason: SkipReason }[];
  /** The add-in's history sheet, when asked for (`history: true`) and present. */
  history?: SheetGrid;
  /** The add-in's dictionary sheet, when asked for (`dictionary: true`) and present. */
  dictionary?: SheetGrid;
  /** What each visible output sheet of the add-in holds now, by sheet id (for guard.ts). */
  outputs: Map<string, SheetContent>;
  registry: Registry;
  settings: WorkbookSettings;
}

/** The names the add-in writes under by default: the report's sheets, the sentences, the history. */
export const DEFAULT_OUTPUT_NAMES: readonly string[] = [
  ...Object.values(REPORT_SHEETS),
  SENTENCES_SHEET,
  HISTORY_SHEET,
  DICTIONARY_SHEET,
];

/** Sync 1: the sheets in tab order, with the registry and the build settings from the workbook's settings. */
export async function listWorkbook(s: Session): Promise<Listing> {
  const sheets = s.context.workbook.worksheets.load('items/id,items/name,items/position,items/visibility');
  const settings = s.context.workbook.settings;
  const registry = settings.getItemOrNullObject(REGISTRY_KEY).load('value');
  const stored = settings.getItemOrNullObject(SETTINGS_KEY).load('value');
  await s.sync();
  return {
    sheets: sheets.items
      .map((w) => ({
        id: w.id,
        name: w.name,
        position: w.position,
        visibility: String(w.visibility),
        owner: null,
        size: null,
      }))
      .sort((a, b) => a.position - b.position),
    registry: parseRegistry(registry.isNullObject ? null : registry.value),
    settings: parseWorkbookSettings(stored.isNullObject ? null : stored.value),
  };
}

/** Sync 1 alone: the sheets, in tab order. */
export async function listSheets(s: Session): Promise<SheetInfo[]> {
  return (await listWorkbook(s)).sheets;
}

/** Records a sheet's marks: its own property's (when read) and whose it is by either mark. */
function markSheet(
  info: SheetInfo,
  marker: { isNullObject: boolean; value?: string } | null,
  registry: Registry,
): void {
  if (marker) info.mark = marker.isNullObject ? null : parseMark(marker.value);
  info.owner = ownerFrom(info.name, info.mark ?? null, registry);
}

/**
 * The sized path's first sync (after Excel refused the optimistic read): every given sheet's used
 * range (values only) with its font (null when mixed), and the ownership marker. All sheets are
 * queued before the one sync.
 */
export async function sizeSheets(
  s: Session,
  sheets: SheetInfo[],
  registry: Registry = parseRegistry(null),
  caps: Capabilities = capabilities(),
): Promise<void> {
  const queued = sheets.map((info) => {
    const ws = s.context.workbook.worksheets.getItem(info.id);
    const used = ws.getUsedRange(true).load('rowIndex,columnIndex,rowCount,columnCount');
    used.format.font.load('name');
    const mark = caps.sheetProperties ? ws.customProperties.getItemOrNullObject(OWNER_KEY).load('value') : null;
    return { info, used, mark };
  });
  await s.sync();
  for (const { info, used, mark } of queued) {
    markSheet(info, mark, registry);
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
  // Excel on the web has answered oversized payloads with these too (office-js #1012, #1314, #2564).
  'GeneralException',
  'InternalError',
]);

/**
 * Whether Excel refused a sync, as far as the add-in can tell, for its size (5 MB request or
 * response, 5 million cells): a size code, or the general / internal error the web has answered
 * oversized payloads with. Taking the sized path on a general error costs a few syncs when the
 * cause was something else; failing the build on it would cost the person the build.
 */
export function sizeRefusal(error: unknown): boolean {
  const code = officeCode(error);
  if (code !== undefined && RETRY_CODES.has(code)) return true;
  const message = error instanceof Error ? error.message : '';
  return /internal error/i.test(message);
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

/** The raw cells read for a sheet: values, number formats, hidden rows and columns (sheet indices), per-cell fonts when read. */
interface RawSheet {
  values: unknown[][];
  formats?: unknown[][];
  hiddenRows?: number[];
  hiddenColumns?: number[];
  fonts?: unknown[][];
}

/** The raw cells read, by sheet id. */
type Raw = Map<string, RawSheet>;

/** Sheet indices of the rows (or columns) whose properties say hidden. */
function hiddenIndices(props: unknown[] | undefined, first: number, key: 'rowHidden' | 'columnHidden'): number[] {
  const out: number[] = [];
  (props ?? []).forEach((p, i) => {
    if ((p as Record<string, unknown> | null)?.[key] === true) out.push(first + i);
  });
  return out;
}

/**
 * One sync that reads the given sheets whole — position, values and single font of each used
 * range — with the markers of `marks`, not knowing their sizes. Returns null when Excel refuses
 * it for size: nothing of it arrived, and the caller takes the sized path. A sheet whose values
 * did not come back whole (Excel may return null past 5 million cells) is left out of the result.
 */
async function readWhole(
  s: Session,
  read: SheetInfo[],
  marks: SheetInfo[],
  context: { registry: Registry; caps: Capabilities; charts?: (info: SheetInfo) => boolean },
): Promise<Raw | null> {
  const sheetOf = (info: SheetInfo) => s.context.workbook.worksheets.getItem(info.id);
  const markQueue = marks.map((info) => ({
    info,
    mark: context.caps.sheetProperties
      ? sheetOf(info).customProperties.getItemOrNullObject(OWNER_KEY).load('value')
      : null,
    charts: context.charts?.(info) ? sheetOf(info).charts.load('items/name') : null,
  }));
  const readQueue = read.map((info) => {
    const used = sheetOf(info).getUsedRange(true).load('rowIndex,columnIndex,rowCount,columnCount,values,numberFormat');
    used.format.font.load('name');
    // Hidden rows and columns (ExcelApi 1.9), in the same sync: one small object per row and column.
    const rows = used.getRowProperties({ rowHidden: true });
    const columns = used.getColumnProperties({ columnHidden: true });
    return { info, used, rows, columns };
  });
  try {
    await s.sync();
  } catch (error) {
    if (sizeRefusal(error)) return null;
    throw error;
  }
  for (const { info, mark, charts } of markQueue) {
    markSheet(info, mark, context.registry);
    if (charts) info.charts = charts.items.map((c) => c.name);
  }
  const raw: Raw = new Map();
  for (const { info, used, rows, columns } of readQueue) {
    info.size = sizeOf(used, used.format.font.name);
    const values = used.values as unknown[][] | null;
    if (Array.isArray(values) && values.length === used.rowCount) {
      raw.set(info.id, {
        values,
        formats: used.numberFormat as unknown[][],
        hiddenRows: hiddenIndices(rows.value, used.rowIndex, 'rowHidden'),
        hiddenColumns: hiddenIndices(columns.value, used.columnIndex, 'columnHidden'),
      });
    }
  }
  return raw;
}

interface SliceResult {
  slice: ReadSlice;
  cells: unknown[][];
  formats?: unknown[][];
  hiddenRows?: number[];
  hiddenColumns?: number[];
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
    if (what === 'values') range.load('values,numberFormat');
    const props = what === 'fonts' ? range.getCellProperties({ format: { font: { name: true } } }) : null;
    const rows = what === 'values' ? range.getRowProperties({ rowHidden: true }) : null;
    const columns = what === 'values' && slice.row === 0 ? range.getColumnProperties({ columnHidden: true }) : null;
    return { slice, range, props, rows, columns, first: { row: size.rowIndex + slice.row, col: size.columnIndex } };
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
  return queued.map(({ slice, range, props, rows, columns, first }) =>
    props
      ? { slice, cells: props.value.map((row) => row.map((c) => c.format?.font?.name ?? null)) }
      : {
          slice,
          cells: range.values,
          formats: range.numberFormat as unknown[][],
          hiddenRows: hiddenIndices(rows?.value, first.row, 'rowHidden'),
          hiddenColumns: columns ? hiddenIndices(columns.value, first.col, 'columnHidden') : [],
        },
  );
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
): Promise<Map<string, RawSheet>> {
  const plan = planReads(
    sheets.map((x) => ({ ...x.size!, perCellFonts: what === 'fonts' })),
    what === 'fonts' ? { ...budget, bytesPerCell: 0 } : budget,
  );
  const results: SliceResult[] = [];
  for (const group of plan) results.push(...(await readGroup(s, sheets, group, what)));
  const out = new Map<string, RawSheet>();
  sheets.forEach((info, index) => {
    const parts = results.filter((r) => r.slice.sheet === index).sort((a, b) => a.slice.row - b.slice.row);
    out.set(info.id, {
      values: parts.flatMap((p) => p.cells),
      formats: parts.flatMap((p) => p.formats ?? []),
      hiddenRows: parts.flatMap((p) => p.hiddenRows ?? []),
      hiddenColumns: parts.flatMap((p) => p.hiddenColumns ?? []),
    });
  });
  return out;
}

/**
 * A sheet's grid as the core takes it: plain values; fonts per cell when known; the number
 * formats that change what a person sees (percent, "#,##0,") where there are any; hidden rows
 * and columns where there are any.
 */
function gridOf(info: SheetInfo, raw: RawSheet): SheetGrid {
  const size = info.size!;
  const values = raw.values.map((row) => row.map(plainCell));
  const fonts = raw.fonts
    ? raw.fonts.map((row) => row.map((f) => (typeof f === 'string' ? f : null)))
    : size.font
      ? values.map((row) => row.map(() => size.font))
      : undefined;
  const grid: SheetGrid = { file: '', sheet: info.name, top: size.rowIndex, left: size.columnIndex, values };
  if (fonts) grid.fonts = fonts;
  const formats = raw.formats?.length
    ? values.map((row, r) => row.map((v, c) => (typeof v === 'number' ? keptFormat(raw.formats![r]?.[c]) : null)))
    : undefined;
  if (formats?.some((row) => row.some((f) => f !== null))) grid.formats = formats;
  if (raw.hiddenRows?.length) grid.hiddenRows = raw.hiddenRows;
  if (raw.hiddenColumns?.length) grid.hiddenColumns = raw.hiddenColumns;
  return grid;
}

/**
 * The values (and single font) of every given sheet: one optimistic sync for those not read yet;
 * when Excel refuses it for size, the sized path (size, then reads cut under the caps).
 */
async function fetchValues(
  s: Session,
  sheets: SheetInfo[],
  raw: Raw,
  budget: Budget,
  context: { registry: Registry; caps: Capabilities },
): Promise<void> {
  let missing = sheets.filter((x) => !raw.has(x.id));
  const unsized = missing.filter((x) => !x.size);
  if (unsized.length) {
    const whole = await readWhole(s, unsized, [], context);
    if (whole) for (const [id, r] of whole) raw.set(id, r);
    else await sizeSheets(s, unsized, context.registry, context.caps);
  }
  missing = sheets.filter((x) => !raw.has(x.id));
  if (missing.length) for (const [id, sheet] of await readSized(s, missing, 'values', budget)) raw.set(id, sheet);
}

/**
 * Lists and reads the workbook: the grids of every candidate sheet (not the add-in's own output,
 * not hidden, not excluded), the history sheet when asked, and what the add-in's visible output
 * sheets hold now. Two syncs (list, read) for any number of ordinary sheets; more only for a
 * workbook past the 5 MB / 5M-cell caps, or for TCVN3/VNI text in mixed fonts.
 */
export async function readGrids(s: Session, options: ReadOptions = {}): Promise<GridReading> {
  const listing = await listWorkbook(s);
  options.onListed?.();
  return readListed(s, listing, options);
}

/** The read syncs of {@link readGrids}, for sheets already listed. */
export async function readListed(s: Session, listing: Listing, options: ReadOptions = {}): Promise<GridReading> {
  const { sheets, registry } = listing;
  const caps = options.capabilities ?? capabilities();
  const budget = options.budget ?? DEFAULT_BUDGET;
  const outputs = options.outputNames ?? DEFAULT_OUTPUT_NAMES;
  const excluded = new Set((options.exclude ?? []).map((n) => n.toLowerCase()));
  // Before the marks are known, read every visible sheet not excluded (submissions, and the
  // add-in's outputs for guard.ts) and the history (hidden) when asked.
  const historyLike = (x: SheetInfo): boolean => outputLike(x.name, [HISTORY_SHEET]);
  const guess = sheets.filter((x) =>
    x.visibility === 'Visible'
      ? !excluded.has(x.name.toLowerCase())
      : (options.history === true && historyLike(x)) ||
        (options.dictionary === true && outputLike(x.name, [DICTIONARY_SHEET])),
  );
  const context = { registry, caps, charts: (x: SheetInfo) => outputLike(x.name, outputs) };
  const whole = await readWhole(s, guess, sheets, context);
  if (!whole) await sizeSheets(s, sheets, registry, caps); // refused for size: the sized path, marks again
  const raw: Raw = whole ?? new Map();
  const { read, skipped } = candidates(sheets, options.exclude);
  const historySheet = options.history ? sheets.find((x) => x.owner?.kind === 'history') : undefined;
  const dictionarySheet = options.dictionary ? sheets.find((x) => x.owner?.kind === 'dictionary') : undefined;
  const owned = sheets.filter((x) => x.owner && x.visibility === 'Visible');
  const needed = [
    ...read,
    ...(historySheet ? [historySheet] : []),
    ...(dictionarySheet ? [dictionarySheet] : []),
    ...owned,
  ];
  await fetchValues(s, needed, raw, budget, context);
  const fontSheets = historySheet ? [...read, historySheet] : read;
  if (options.fonts !== false) {
    const mixed = fontSheets.filter((x) => needsCellFonts(x.size!.font, raw.get(x.id)!.values));
    if (mixed.length) for (const [id, f] of await readSized(s, mixed, 'fonts', budget)) raw.get(id)!.fonts = f.values;
  }
  const contents = new Map<string, SheetContent>();
  for (const x of owned) {
    const r = raw.get(x.id);
    if (r && x.size) contents.set(x.id, { top: x.size.rowIndex, left: x.size.columnIndex, values: r.values });
  }
  return {
    sheets,
    grids: read.map((x) => gridOf(x, raw.get(x.id)!)),
    skipped,
    ...(historySheet ? { history: gridOf(historySheet, raw.get(historySheet.id)!) } : {}),
    ...(dictionarySheet ? { dictionary: gridOf(dictionarySheet, raw.get(dictionarySheet.id)!) } : {}),
    outputs: contents,
    registry,
    settings: listing.settings,
  };
}
