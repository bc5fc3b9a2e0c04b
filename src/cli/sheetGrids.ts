import * as XLSX from '@e965/xlsx';
import {
  makeIssue,
  UNREADABLE_SHEET,
  type CodeWith,
  type Message,
  type CellValue,
  type Issue,
  type Locale,
  type SheetGrid,
  keptFormat,
} from '../core';
import { csvRows } from './csvTable';
import { fileKind, type FileKind } from './fileKind';
import { decodeText } from './textFile';
import { xlsxCellFonts } from './xlsxFonts';

/**
 * The one place submission files become the core's grids, with SheetJS 0.20 (`@e965/xlsx`):
 * .xlsx, .xlsm, .xls (Excel 97-2003 and older), .ods, and CSV/TSV text. Pure (no Node, no
 * Office): it takes the file's bytes, so the command line and the pane can both use it.
 */

/** What reading one file gave: a grid per sheet, and the problems that stopped a file or sheet. */
export interface FileReading {
  grids: SheetGrid[];
  issues: Issue[];
}

/** Rows of a sheet read at most; a sheet past this is cut there, with an issue. */
export const MAX_ROWS = 200_000;
/** Cells of one file read at most (sum over its sheets); past this the file is refused, with an issue. */
export const MAX_CELLS = 5_000_000;

const MESSAGES = {
  empty: {
    vi: () => 'Tệp rỗng (0 byte): không có gì để đọc — hãy xin doanh nghiệp gửi lại',
    en: () => 'The file is empty (0 bytes): nothing to read — ask the enterprise to send it again',
  } as Message<Record<string, never>>,
  notSpreadsheet: {
    vi: () => 'Không phải bảng tính: đọc được tệp .xlsx, .xlsm, .xls, .ods và .csv — hãy mở bằng Excel và lưu lại',
    en: () =>
      'Not a spreadsheet: .xlsx, .xlsm, .xls, .ods and .csv files are read — open it in Excel and save it again',
  } as Message<Record<string, never>>,
  notWorkbook: {
    vi: () =>
      'Tệp nén (zip) này không phải sổ làm việc Excel hay OpenDocument (có thể là .docx, .pptx hay thư mục nén)',
    en: () => 'This zip file is not an Excel or OpenDocument workbook (it may be a .docx, a .pptx or a zipped folder)',
  } as Message<Record<string, never>>,
  password: {
    vi: () => 'Tệp có mật khẩu: hãy mở bằng Excel, bỏ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc) rồi lưu lại',
    en: () =>
      'The file is password-protected: open it in Excel, remove the password (File › Info › Protect Workbook) and save it',
  } as Message<Record<string, never>>,
  damaged: {
    vi: (p) => `Không đọc được tệp (tệp hỏng hoặc không phải bảng tính): ${p.reason}`,
    en: (p) => `Cannot read the file (damaged, or not a spreadsheet): ${p.reason}`,
  } as Message<{ reason: string }>,
  tooLarge: {
    vi: (p) =>
      `Tệp quá lớn (${p.cells} ô, giới hạn ${p.limit} ô): không đọc — một báo cáo của doanh nghiệp không lớn như vậy`,
    en: (p) =>
      `The file is too large (${p.cells} cells, limit ${p.limit}): not read — an enterprise's submission is never this large`,
  } as Message<{ cells: string; limit: string }>,
  rowsCut: {
    vi: (p) => `Trang tính có ${p.rows} dòng: chỉ đọc ${p.limit} dòng đầu`,
    en: (p) => `The sheet has ${p.rows} rows: only the first ${p.limit} are read`,
  } as Message<{ rows: string; limit: string }>,
};

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A date serial as Vietnamese readers write it (dd/mm/yyyy), as Excel shows it.
 *
 * @example
 * dateText(42277) //=> '30/09/2015'
 */
export function dateText(serial: number, date1904 = false): string {
  const d = XLSX.SSF.parse_date_code(serial, { date1904 }) as { y: number; m: number; d: number } | null;
  return d ? `${pad(d.d)}/${pad(d.m)}/${d.y}` : '';
}

/** A JavaScript date (SheetJS gives them for ODS dates when asked) as dd/mm/yyyy, read in UTC. */
function jsDateText(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

interface SheetCell {
  t?: string;
  v?: unknown;
  z?: string | number;
  /** The cell's formula, without its "=". */
  f?: string;
}

/** Excel's error values by the code SheetJS gives them. */
const ERRORS: Record<number, string> = {
  0x00: '#NULL!',
  0x07: '#DIV/0!',
  0x0f: '#VALUE!',
  0x17: '#REF!',
  0x1d: '#NAME?',
  0x24: '#NUM!',
  0x2a: '#N/A',
  0x2b: '#GETTING_DATA',
};

/**
 * The plain value the core sees for a SheetJS cell, as a person sees it in Excel: a date as
 * dd/mm/yyyy text, an error as its text ("#REF!"), a formula the file holds no result for as the
 * formula ("=C5-D5", which Excel would work out on opening and the core names as no figure), a
 * stub null.
 */
function plain(cell: SheetCell | null | undefined, date1904: boolean): CellValue {
  if (!cell) return null;
  // SheetJS gives a formula without its result as a stub ('z'), or with no value.
  if (cell.f && (cell.t === 'z' || cell.v === undefined)) return `=${cell.f}`;
  switch (cell.t) {
    case 'n': {
      const v = cell.v;
      if (typeof v !== 'number' || !Number.isFinite(v)) return null;
      if (typeof cell.z === 'string' && cell.z !== 'General' && XLSX.SSF.is_date(cell.z)) {
        return dateText(v, date1904) || v;
      }
      return v;
    }
    case 's':
      return typeof cell.v === 'string' && cell.v !== '' ? cell.v : null;
    case 'b':
      return typeof cell.v === 'boolean' ? cell.v : null;
    case 'd':
      return cell.v instanceof Date ? jsDateText(cell.v) || null : typeof cell.v === 'string' ? cell.v : null;
    case 'e':
      return typeof cell.v === 'number' ? (ERRORS[cell.v] ?? '#VALUE!') : null;
    default:
      // 'z': an empty styled cell.
      return null;
  }
}

interface Range {
  s: { r: number; c: number };
  e: { r: number; c: number };
}

interface DenseSheet {
  '!data'?: (SheetCell | null | undefined)[][];
  '!ref'?: string;
  '!merges'?: Range[];
  '!rows'?: ({ hidden?: boolean } | null | undefined)[];
  '!cols'?: ({ hidden?: boolean } | null | undefined)[];
  '!type'?: string;
  '!fullref'?: string;
}

/** Where a file or sheet issue points. */
const at = (file: string, sheet = '') => ({ file, sheet, cell: '' });

/**
 * One SheetJS sheet (dense) as the core's grid, from A1: values (a merged range keeps only its
 * master cell, as Excel shows it), number formats where they change what is seen, hidden rows and
 * columns. Trailing empty rows are dropped and rows are padded to one width.
 */
export function gridFromSheet(ws: DenseSheet, file: string, sheet: string, date1904 = false): SheetGrid {
  const data = ws['!data'] ?? [];
  const covered = new Set<number>();
  const merges = ws['!merges'] ?? [];
  let height = 0;
  let width = 0;
  for (let r = 0; r < data.length; r++) {
    const row = data[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (cell && (cell.f || (cell.t !== 'z' && cell.v !== undefined))) {
        height = r + 1;
        if (c + 1 > width) width = c + 1;
      }
    }
  }
  // Cells under a merged range other than its master: keys r * 16384 + c (Excel has 16,384 columns).
  for (const m of merges) {
    for (let r = m.s.r; r <= Math.min(m.e.r, height - 1); r++)
      for (let c = m.s.c; c <= Math.min(m.e.c, width - 1); c++)
        if (r !== m.s.r || c !== m.s.c) covered.add(r * 16384 + c);
  }
  const values: CellValue[][] = new Array(height);
  let formats: (string | null)[][] | null = null;
  for (let r = 0; r < height; r++) {
    const row = data[r] ?? [];
    const out: CellValue[] = new Array(width).fill(null);
    for (let c = 0; c < Math.min(row.length, width); c++) {
      const cell = row[c];
      if (!cell || (covered.size > 0 && covered.has(r * 16384 + c))) continue;
      const v = plain(cell, date1904);
      out[c] = v;
      if (typeof v === 'number' && typeof cell.z === 'string') {
        const kept = keptFormat(cell.z);
        if (kept) {
          formats ??= Array.from({ length: height }, () => new Array<string | null>(width).fill(null));
          formats[r][c] = kept;
        }
      }
    }
    values[r] = out;
  }
  const hiddenRows: number[] = [];
  (ws['!rows'] ?? []).forEach((row, r) => row?.hidden && hiddenRows.push(r));
  const hiddenColumns: number[] = [];
  (ws['!cols'] ?? []).forEach((col, c) => col?.hidden && hiddenColumns.push(c));
  return {
    file,
    sheet,
    top: 0,
    left: 0,
    values,
    ...(formats ? { formats } : {}),
    ...(hiddenRows.length ? { hiddenRows } : {}),
    ...(hiddenColumns.length ? { hiddenColumns } : {}),
  };
}

function reasonOf(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.split('\n')[0].slice(0, 200);
}

let codepages = false;
/**
 * Excel 97-2003 and older files may store text in a Windows code page (1258 for Vietnamese), which
 * SheetJS decodes with its code page tables: loaded for those files only, as they cost more to load
 * than an .xlsx costs to read (the compiled command bundles SheetJS's ES module, which has none).
 */
function loadCodepages(): void {
  if (codepages) return;
  codepages = true;
  XLSX.set_cptable(require('@e965/xlsx/dist/cpexcel') as Parameters<typeof XLSX.set_cptable>[0]);
}

/** Whether an OLE2 file is an encrypted Office Open XML package (how Office stores a password-protected .xlsx). */
function isEncryptedPackage(bytes: Uint8Array): boolean {
  try {
    const cfb = XLSX.CFB.read(bytes, { type: 'buffer' });
    return Boolean(XLSX.CFB.find(cfb, '/EncryptedPackage') || XLSX.CFB.find(cfb, '/EncryptionInfo'));
  } catch {
    return false;
  }
}

/** Whether a zip holds a workbook part: Excel's (xl/workbook.xml, .bin) or OpenDocument's (content.xml). */
function hasWorkbookPart(bytes: Uint8Array): boolean {
  try {
    const zip = XLSX.CFB.read(bytes, { type: 'buffer' });
    return ['/xl/workbook.xml', '/xl/workbook.bin', '/content.xml', '/workbook.xml'].some((p) => XLSX.CFB.find(zip, p));
  } catch {
    return true; // a damaged zip: said so with SheetJS's reason
  }
}

/** Whether a text file's first lines look like a table: an HTML/XML export, or separated fields. */
function looksLikeTable(text: string): boolean {
  const head = text.slice(0, 4096).trimStart();
  if (head.startsWith('<')) return true;
  return /[,;\t]/.test(head.split(/\r?\n/).slice(0, 20).join('\n'));
}

/** File name extensions whose text is CSV even when it has a single column. */
const CSV_NAMES = /\.(csv|tsv|txt)$/i;

const fileIssue = <P>(
  message: Message<P>,
  code: CodeWith<'error'>,
  params: P,
  locale: Locale,
  file: string,
): FileReading => ({
  grids: [],
  issues: [makeIssue('error', code, message, params, locale, at(file))],
});

const parseOptions = {
  dense: true,
  // Hidden rows and columns are parsed only with cellStyles; it also makes SheetJS keep number formats.
  cellStyles: true,
  cellNF: true,
  cellDates: false,
  // The core never reads SheetJS's formatted text: not making it saves a third of the parse.
  cellText: false,
  cellHTML: false,
  sheetRows: MAX_ROWS + 1,
} as const;

/**
 * Reads a submission file's bytes into grids, one per sheet, deciding its format from the bytes:
 * a renamed .xls reads as .xls, a CSV saved as ".xlsx" as CSV. A file that cannot be read is one
 * error issue naming it (never an exception): empty, not a spreadsheet, password-protected, a zip
 * that is no workbook, damaged, or too large.
 *
 * @param bytes the file's content
 * @param name how the file is named in issues and the report (usually the path the user gave)
 *
 * @example
 * readSubmissionBytes(new TextEncoder().encode('STT;Chỉ tiêu;Hiện có\n1;Thuê bao FTTH;25.126'), 'fpt.csv').grids[0].values
 * //=> [['STT', 'Chỉ tiêu', 'Hiện có'], ['1', 'Thuê bao FTTH', '25.126']]
 */
export function readSubmissionBytes(bytes: Uint8Array, name: string, locale: Locale = 'vi'): FileReading {
  let kind: FileKind;
  try {
    kind = fileKind(bytes);
  } catch {
    kind = 'binary';
  }
  if (kind === 'empty') return fileIssue(MESSAGES.empty, 'empty-file', {}, locale, name);
  if (kind === 'binary') return fileIssue(MESSAGES.notSpreadsheet, 'unreadable-file', {}, locale, name);
  if (kind === 'ole2' && isEncryptedPackage(bytes))
    return fileIssue(MESSAGES.password, 'password-protected', {}, locale, name);
  if (kind === 'ole2' || kind === 'biff') loadCodepages();
  if (kind === 'text') {
    const text = decodeText(bytes);
    if (!CSV_NAMES.test(name) && !looksLikeTable(text))
      return fileIssue(MESSAGES.notSpreadsheet, 'unreadable-file', {}, locale, name);
    if (!text.trimStart().startsWith('<')) return csvReading(text, name, locale);
    return workbookReading(() => XLSX.read(text, { ...parseOptions, type: 'string' }), bytes, name, locale, false);
  }
  return workbookReading(
    () => XLSX.read(bytes, { ...parseOptions, type: 'buffer' }),
    bytes,
    name,
    locale,
    kind === 'zip',
  );
}

/** A CSV file as one grid named after the file (as Excel names the sheet of an opened CSV). */
function csvReading(text: string, name: string, locale: Locale): FileReading {
  const rows = csvRows(text);
  const issues: Issue[] = [];
  const sheet = (name.split(/[\\/]/).pop() ?? name).replace(/\.[^.]*$/, '').slice(0, 31) || 'Sheet1';
  if (rows.length > MAX_ROWS) {
    issues.push(makeIssue('warning', 'rows-cut', MESSAGES.rowsCut, counts(rows.length), locale, at(name, sheet)));
    rows.length = MAX_ROWS;
  }
  let width = 0;
  for (const row of rows) if (row.length > width) width = row.length;
  if (rows.length * width > MAX_CELLS)
    return fileIssue(MESSAGES.tooLarge, 'file-too-large', sizeOf(rows.length * width), locale, name);
  const values: CellValue[][] = rows.map((row) => {
    const out: CellValue[] = row.length === width ? row : [...row, ...new Array<null>(width - row.length).fill(null)];
    return out;
  });
  return { grids: [{ file: name, sheet, top: 0, left: 0, values }], issues };
}

const formatCount = (n: number) => n.toLocaleString('en-US');
const counts = (rows: number) => ({ rows: formatCount(rows), limit: formatCount(MAX_ROWS) });
const sizeOf = (cells: number) => ({ cells: formatCount(cells), limit: formatCount(MAX_CELLS) });

type Workbook = XLSX.WorkBook & { Styles?: unknown };

function workbookReading(
  parse: () => Workbook,
  bytes: Uint8Array,
  name: string,
  locale: Locale,
  zip: boolean,
): FileReading {
  let wb: Workbook;
  try {
    wb = parse();
  } catch (err) {
    const reason = reasonOf(err);
    if (/password|ECMA-376 Encrypted/i.test(reason))
      return fileIssue(MESSAGES.password, 'password-protected', {}, locale, name);
    if (zip && !hasWorkbookPart(bytes)) return fileIssue(MESSAGES.notWorkbook, 'unreadable-file', {}, locale, name);
    return fileIssue(MESSAGES.damaged, 'unreadable-file', { reason }, locale, name);
  }
  const date1904 = Boolean(wb.Workbook?.WBProps?.date1904);
  const grids: (SheetGrid | null)[] = [];
  const issues: Issue[] = [];
  let cells = 0;
  for (const sheetName of wb.SheetNames) {
    const ws = wb.Sheets[sheetName] as unknown as DenseSheet | undefined;
    // Chart sheets and dialog sheets hold no table.
    if (!ws || (ws['!type'] && ws['!type'] !== 'sheet')) {
      grids.push(null);
      continue;
    }
    try {
      const grid = gridFromSheet(ws, name, sheetName, date1904);
      // SheetJS stops at MAX_ROWS + 1 rows and states the sheet's full size when the file declares it.
      const full = ws['!fullref'] ? XLSX.utils.decode_range(ws['!fullref']).e.r + 1 : 0;
      if (full > MAX_ROWS || grid.values.length > MAX_ROWS) {
        const more = locale === 'vi' ? 'hơn' : 'more than';
        const rows = full > MAX_ROWS ? formatCount(full) : `${more} ${formatCount(MAX_ROWS)}`;
        const params = { rows, limit: formatCount(MAX_ROWS) };
        issues.push(makeIssue('warning', 'rows-cut', MESSAGES.rowsCut, params, locale, at(name, sheetName)));
        grid.values.length = Math.min(grid.values.length, MAX_ROWS);
        if (grid.formats) grid.formats.length = grid.values.length;
      }
      cells += grid.values.length * (grid.values[0]?.length ?? 0);
      grids.push(grid);
    } catch (err) {
      grids.push(null);
      issues.push(
        makeIssue(
          'warning',
          'unreadable-sheet',
          UNREADABLE_SHEET,
          { sheet: sheetName, reason: reasonOf(err) },
          locale,
          at(name, sheetName),
        ),
      );
    }
  }
  if (cells > MAX_CELLS) return fileIssue(MESSAGES.tooLarge, 'file-too-large', sizeOf(cells), locale, name);
  if (zip) {
    try {
      const sizes = grids.map((g) => ({ rows: g?.values.length ?? 0, width: g?.values[0]?.length ?? 0 }));
      const fonts = xlsxCellFonts(bytes, wb as Parameters<typeof xlsxCellFonts>[1], sizes);
      fonts?.forEach((f, i) => {
        const grid = grids[i];
        if (f && grid) grid.fonts = f;
      });
    } catch {
      // Fonts only help decode legacy text, which the core also detects from its characters.
    }
  }
  return { grids: grids.filter((g): g is SheetGrid => g !== null), issues };
}
