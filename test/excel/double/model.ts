/**
 * The state behind the Excel test double: a workbook of sheets holding values, formulas and
 * formats. Proxies (see proxy.ts) only touch it inside `context.sync()`; tests read it directly.
 */
import { MAX_COLUMNS, type Rect, parseAddress, splitSheet } from './address';

/** A cell value as Office.js returns it (`""` for an empty cell). */
export type DoubleValue = string | number | boolean;

/** Formats of one cell; absent fields are Excel's defaults. */
export interface CellFormat {
  numberFormat?: string;
  fontName?: string;
  bold?: boolean;
  italic?: boolean;
  fill?: string;
  horizontalAlignment?: string;
  wrapText?: boolean;
  /** Border edges set on the cell ("EdgeTop", …). */
  borders?: string[];
}

export const DEFAULT_FONT = 'Calibri';
export const DEFAULT_NUMBER_FORMAT = 'General';

/** What a test gives the double: a sheet's values from A1, optional font names per cell. */
export interface DoubleSheetInit {
  name: string;
  values: (string | number | boolean | null)[][];
  fonts?: (string | null)[][];
  /** Number formats per cell ("0.0%", "#,##0,"); null or absent is General. */
  formats?: (string | null)[][];
  /** 0-based rows and columns a person hid. */
  hiddenRows?: number[];
  hiddenColumns?: number[];
  visibility?: 'Visible' | 'Hidden' | 'VeryHidden';
}

/** A chart on a sheet, as the double keeps it. */
export interface ChartModel {
  name: string;
  type: string;
  /** The source data's address on its sheet ("B4:B10"). */
  source: string;
  seriesBy: string;
  title: string;
  /** Where it sits: top-left and bottom-right cells (A1), when set. */
  position: { start: string; end?: string } | null;
  /** The first series' categories (address), when set. */
  categories?: string;
  legend?: boolean;
}

const key = (row: number, col: number): number => row * MAX_COLUMNS + col;

export class SheetModel {
  /** Dense rows of values; missing entries are empty cells. */
  readonly values: DoubleValue[][] = [];
  readonly formulas = new Map<number, string>();
  readonly formats = new Map<number, CellFormat>();
  readonly columnWidths = new Map<number, number>();
  readonly merges: Rect[] = [];
  /** Hyperlinks by "row,col" (0-based). */
  readonly hyperlinks = new Map<string, { documentReference?: string; address?: string; textToDisplay?: string }>();
  readonly customProperties = new Map<string, { key: string; value: string }>();
  readonly hiddenRows = new Set<number>();
  readonly hiddenColumns = new Set<number>();
  readonly charts: ChartModel[] = [];
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';

  constructor(
    readonly id: string,
    public name: string,
  ) {}

  value(row: number, col: number): DoubleValue {
    return this.values[row]?.[col] ?? '';
  }

  formula(row: number, col: number): string | undefined {
    return this.formulas.get(key(row, col));
  }

  format(row: number, col: number): CellFormat {
    return this.formats.get(key(row, col)) ?? {};
  }

  setValue(row: number, col: number, value: DoubleValue, formula?: string): void {
    const line = (this.values[row] ??= []);
    line[col] = value;
    if (formula === undefined) this.formulas.delete(key(row, col));
    else this.formulas.set(key(row, col), formula);
  }

  setFormat(row: number, col: number, patch: Partial<CellFormat>): void {
    const k = key(row, col);
    this.formats.set(k, { ...this.formats.get(k), ...patch });
  }

  clearFormat(row: number, col: number): void {
    this.formats.delete(key(row, col));
  }

  /** The smallest rectangle holding every value (or, unless valuesOnly, every formatted cell); null when empty. */
  usedRect(valuesOnly: boolean): Rect | null {
    let top = Infinity;
    let bottom = -1;
    let left = Infinity;
    let right = -1;
    const take = (r: number, c: number): void => {
      if (r < top) top = r;
      if (r > bottom) bottom = r;
      if (c < left) left = c;
      if (c > right) right = c;
    };
    this.values.forEach((line, r) => {
      if (!line) return;
      line.forEach((v, c) => {
        if (v !== '' && v !== undefined) take(r, c);
      });
    });
    if (!valuesOnly) {
      for (const k of this.formats.keys()) take(Math.floor(k / MAX_COLUMNS), k % MAX_COLUMNS);
    }
    if (bottom < 0) return null;
    return { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
  }
}

export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  readonly customProperties = new Map<string, { key: string; value: string }>();
  /** The add-in's document settings (`workbook.settings`, ExcelApi 1.4): saved with the file. */
  readonly settings = new Map<string, { key: string; value: unknown }>();
  /** `application.cultureInfo.name` (ExcelApi 1.11). */
  culture = 'vi-VN';
  activeSheetId: string | null = null;
  selection: { sheet: string; address: string } | null = null;
  private nextId = 1;

  constructor(init: DoubleSheetInit[] = []) {
    for (const s of init) this.addSheet(s);
  }

  newId(): string {
    return `{00000000-0001-0000-0000-${String(this.nextId++).padStart(12, '0')}}`;
  }

  /** Adds a sheet as a person would have typed it (values as given, fonts per cell). */
  addSheet(init: DoubleSheetInit): SheetModel {
    const sheet = new SheetModel(this.newId(), init.name);
    sheet.visibility = init.visibility ?? 'Visible';
    init.values.forEach((line, r) =>
      line.forEach((v, c) => {
        if (v !== null && v !== '') sheet.setValue(r, c, v);
      }),
    );
    init.fonts?.forEach((line, r) =>
      line.forEach((f, c) => {
        if (f) sheet.setFormat(r, c, { fontName: f });
      }),
    );
    init.formats?.forEach((line, r) =>
      line.forEach((f, c) => {
        if (f) sheet.setFormat(r, c, { numberFormat: f });
      }),
    );
    for (const r of init.hiddenRows ?? []) sheet.hiddenRows.add(r);
    for (const c of init.hiddenColumns ?? []) sheet.hiddenColumns.add(c);
    this.sheets.push(sheet);
    this.activeSheetId ??= sheet.id;
    return sheet;
  }

  /**
   * Copies a sheet as a person does (right-click, Move or Copy): values, formulas, formats,
   * merges, widths and charts, under "Name (2)". Worksheet custom properties are NOT copied
   * (office-js#5486 reports that copies lose them).
   */
  copySheet(name: string): SheetModel {
    const from = this.sheet(name);
    if (!from) throw new Error(`No sheet ${name}`);
    let copyName = name;
    for (let n = 2; this.sheet(copyName); n++) copyName = `${name.slice(0, 31 - ` (${n})`.length)} (${n})`;
    const to = new SheetModel(this.newId(), copyName);
    from.values.forEach((line, r) => line?.forEach((v, c) => to.setValue(r, c, v, from.formula(r, c))));
    for (const [k, f] of from.formats) to.formats.set(k, { ...f });
    for (const [k, w] of from.columnWidths) to.columnWidths.set(k, w);
    to.merges.push(...from.merges.map((m) => ({ ...m })));
    to.charts.push(...from.charts.map((c) => ({ ...c })));
    this.sheets.splice(this.sheets.indexOf(from) + 1, 0, to);
    return to;
  }

  /** Sheet by name, case-insensitive like Excel; undefined when absent. */
  sheet(name: string): SheetModel | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  sheetById(id: string): SheetModel | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  /** Names of the sheets in tab order. */
  names(): string[] {
    return this.sheets.map((s) => s.name);
  }

  /** Values of a sheet's rectangle as a test reads them ("" for empty), e.g. values('TTTT Biểu', 'A1:C3'). */
  read(sheetName: string, address: string): DoubleValue[][] {
    const sheet = this.sheet(sheetName);
    if (!sheet) throw new Error(`No sheet ${sheetName}`);
    const r = parseAddress(splitSheet(address).local);
    return Array.from({ length: r.rows }, (_, i) =>
      Array.from({ length: r.cols }, (_, j) => sheet.value(r.row + i, r.col + j)),
    );
  }

  /** A deep copy of every sheet's content, to prove an operation left a sheet untouched. */
  snapshot(sheetName: string): string {
    const s = this.sheet(sheetName);
    if (!s) throw new Error(`No sheet ${sheetName}`);
    return JSON.stringify({
      name: s.name,
      values: s.values,
      formulas: [...s.formulas],
      formats: [...s.formats],
      widths: [...s.columnWidths],
      merges: s.merges,
      links: [...s.hyperlinks],
      props: [...s.customProperties],
      charts: s.charts,
      visibility: s.visibility,
    });
  }
}
