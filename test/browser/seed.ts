/**
 * The workbook the browser test starts from: the sample submissions of examples/9T-2015, pasted
 * one sheet per submission into a report workbook as a statistician would (sheet names made
 * unique, at most 31 characters like Excel's), values as Office.js returns them.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';

/** A sheet as the Excel test double takes it (see test/excel/double/model.ts). */
export interface SeedSheet {
  name: string;
  values: (string | number | boolean | null)[][];
  fonts?: (string | null)[][];
}

/** Excel's serial number of a date (1900 date system), as Office.js gives date cells. */
function excelSerial(d: Date): number {
  return d.getTime() / 86_400_000 + 25569;
}

/** A cell's value as Office.js `values` returns it: results of formulas, rich text as plain text. */
function officeValue(v: ExcelJS.CellValue): string | number | boolean | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return excelSerial(v);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return officeValue(v.result as ExcelJS.CellValue);
    if ('text' in v) return String(v.text);
    if ('error' in v) return String(v.error);
    return null;
  }
  return v;
}

/** Reads one xlsx file's sheets as seed sheets named `prefix sheet`. */
export async function readSeedSheets(file: string, prefix: string): Promise<SeedSheet[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out: SeedSheet[] = [];
  wb.eachSheet((ws) => {
    const values: SeedSheet['values'] = [];
    const fonts: (string | null)[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        // A merged cell's slaves repeat the master's value in ExcelJS; Excel gives "" there.
        if (cell.isMerged && cell.master.address !== cell.address) return;
        (values[r - 1] ??= [])[c - 1] = officeValue(cell.value);
        (fonts[r - 1] ??= [])[c - 1] = cell.font?.name ?? null;
      });
    });
    const dense = Array.from(values, (line) => Array.from(line ?? [], (v) => v ?? null));
    const denseFonts = Array.from(fonts, (line) => Array.from(line ?? [], (f) => f ?? null));
    out.push({ name: `${prefix} ${ws.name}`, values: dense, fonts: denseFonts });
  });
  return out;
}

/** Makes sheet names unique and at most 31 characters, as Excel requires. */
export function uniqueSheetNames(sheets: SeedSheet[]): SeedSheet[] {
  const used = new Set<string>();
  return sheets.map((s) => {
    const base = s.name.slice(0, 31).trim();
    let name = base;
    for (let i = 2; used.has(name.toLowerCase()); i++) name = `${base.slice(0, 27)} (${i})`;
    used.add(name.toLowerCase());
    return { ...s, name };
  });
}

/** Every example submission of a folder, plus a sheet of the statistician's own notes. */
export async function exampleWorkbook(folder: string): Promise<SeedSheet[]> {
  const files = fs
    .readdirSync(folder)
    .filter((f) => f.endsWith('.xlsx'))
    .sort();
  const sheets: SeedSheet[] = [
    { name: 'Ghi chú', values: [['Sổ tổng hợp báo cáo 9 tháng 2015'], ['Người lập: Phòng Bưu chính, Viễn thông']] },
  ];
  for (const f of files) {
    const prefix = f
      .replace(/-quang-ninh/, '')
      .replace(/-tinh/, '')
      .replace(/\.xlsx$/, '');
    sheets.push(...(await readSeedSheets(path.join(folder, f), prefix)));
  }
  return uniqueSheetNames(sheets);
}
