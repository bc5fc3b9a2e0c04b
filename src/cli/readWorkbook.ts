import ExcelJS from 'exceljs';
import { makeIssue, type Message } from '../core/issues';
import type { CellValue, Issue, Locale, SheetGrid } from '../core/model';

/** What reading one file gave: a grid per sheet, and the problems that stopped a file or sheet. */
export interface FileReading {
  grids: SheetGrid[];
  issues: Issue[];
}

const unreadableFile: Message<{ reason: string }> = {
  vi: (p) => `Không đọc được tệp (không phải tệp .xlsx hợp lệ hoặc tệp bị hỏng): ${p.reason}`,
  en: (p) => `Cannot read the file (not a valid .xlsx file, or damaged): ${p.reason}`,
};
const unreadableSheet: Message<{ reason: string }> = {
  vi: (p) => `Không đọc được trang tính: ${p.reason}`,
  en: (p) => `Cannot read the sheet: ${p.reason}`,
};

const pad = (n: number) => String(n).padStart(2, '0');

/** A date as Vietnamese readers write it; ExcelJS gives dates at UTC midnight. */
export function dateText(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

/**
 * The plain value the core sees for an ExcelJS cell value: rich text → its text, a date → text
 * dd/mm/yyyy, a formula → its cached result, an error → null, a hyperlink → its text.
 *
 * @example
 * plainValue({ richText: [{ text: 'Doanh ' }, { text: 'thu' }] }) //=> 'Doanh thu'
 * plainValue({ formula: 'SUM(D8:D9)', result: 12 }) //=> 12
 * plainValue(new Date(Date.UTC(2015, 9, 6))) //=> '06/10/2015'
 */
export function plainValue(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return typeof value === 'number' && !Number.isFinite(value) ? null : value;
  }
  if (value instanceof Date) return dateText(value);
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((r) => r.text ?? '').join('');
    if ('error' in value) return null;
    if ('formula' in value || 'sharedFormula' in value)
      return plainValue((value as { result?: ExcelJS.CellValue }).result);
    if ('hyperlink' in value) return plainValue((value as { text?: ExcelJS.CellValue }).text ?? value.hyperlink);
  }
  return null;
}

/**
 * One worksheet as the core's grid, from A1: values and fonts per cell; of a merged range only the
 * master cell keeps its value (as Excel shows it).
 */
export function gridFromWorksheet(ws: ExcelJS.Worksheet, file: string): SheetGrid {
  const values: CellValue[][] = [];
  const fonts: (string | null)[][] = [];
  let anyFont = false;
  let width = 0;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const v = plainValue(cell.value);
      if (v === null) return;
      const r = rowNumber - 1;
      const c = colNumber - 1;
      while (values.length <= r) {
        values.push([]);
        fonts.push([]);
      }
      values[r][c] = v;
      const font = cell.font?.name ?? null;
      fonts[r][c] = font;
      if (font) anyFont = true;
      width = Math.max(width, colNumber);
    });
  });
  // A rectangle: fill holes with null so the core can index freely.
  for (let r = 0; r < values.length; r++) {
    for (let c = 0; c < width; c++) {
      if (values[r][c] === undefined) values[r][c] = null;
      if (fonts[r][c] === undefined) fonts[r][c] = null;
    }
  }
  return { file, sheet: ws.name, top: 0, left: 0, values, ...(anyFont ? { fonts } : {}) };
}

/**
 * Reads every sheet of an xlsx file into grids. A file or sheet that cannot be read becomes an
 * issue (never an exception): one bad submission must not stop the report.
 *
 * @param path where the file is on disk
 * @param name how the file is named in issues and the report (usually the path the user gave)
 */
export async function readWorkbook(path: string, name: string, locale: Locale = 'vi'): Promise<FileReading> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(path);
  } catch (err) {
    return {
      grids: [],
      issues: [
        makeIssue('error', 'unreadable-file', unreadableFile, { reason: reasonOf(err) }, locale, {
          file: name,
          sheet: '',
          cell: '',
        }),
      ],
    };
  }
  const grids: SheetGrid[] = [];
  const issues: Issue[] = [];
  wb.eachSheet((ws) => {
    try {
      grids.push(gridFromWorksheet(ws, name));
    } catch (err) {
      issues.push(
        makeIssue('error', 'unreadable-sheet', unreadableSheet, { reason: reasonOf(err) }, locale, {
          file: name,
          sheet: ws.name,
          cell: '',
        }),
      );
    }
  });
  return { grids, issues };
}

function reasonOf(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.split('\n')[0].slice(0, 200);
}
