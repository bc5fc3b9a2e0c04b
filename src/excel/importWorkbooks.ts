/**
 * Importing submissions (Nhập báo cáo): the sheets of xlsx files chosen from disk are inserted
 * into the report workbook with `insertWorksheetsFromBase64` (ExcelApi 1.13), where the reader
 * then finds them. Excel renames a sheet whose name is taken ("VNPT (2)"), so nothing is replaced.
 *
 * One file per sync: on the web one file with a comment, chart or PivotTable makes Excel refuse the
 * whole request, so a batch of files would fail together; alone, each file succeeds or fails on its
 * own and says so. After a failure the sheets are listed again: Excel has been seen to insert the
 * sheets and still report an error (office-js #3179), and a file whose sheets did arrive is then
 * counted as imported, never inserted a second time.
 */
import { CoreError } from '../core';
import { DEFAULT_BUDGET, freeSheetName, jsonBytes } from './plan';
import { textCell } from './writeLayouts';
import { type ExcelHost, excelHost, officeCode, session } from './session';

export interface ImportedFile {
  file: string;
  /** Names of the sheets inserted from it, as Excel named them. */
  sheets: string[];
  /** Why the file was not imported (in English and Vietnamese), when it was not. */
  error?: { vi: string; en: string };
}

const tooLarge = (name: string) => ({
  vi: `Tệp "${name}" quá lớn để nhập qua Excel trên web (giới hạn 5 MB mỗi lần gửi); hãy mở tệp và sao chép trang tính`,
  en: `The file "${name}" is too large to import through Excel on the web (5 MB per request); open it and copy the sheet instead`,
});

const refused = (name: string, code: string) => ({
  vi: `Excel không nhận tệp "${name}" (${code}); trên Excel web, tệp có chú thích, biểu đồ hoặc PivotTable không nhập được — hãy mở tệp và sao chép trang tính`,
  en: `Excel refused the file "${name}" (${code}); Excel on the web cannot insert files with comments, charts or PivotTables — open it and copy the sheet instead`,
});

/**
 * Inserts every sheet of every file at the end of the workbook, one file per sync; returns each
 * file's new sheets, or its error. Costs 1 sync to list the sheets, 1 per file, 1 to name the
 * new sheets, and 1 more per failure (listing again).
 *
 * @example
 * await importWorkbooks([{ name: 'vnpt.xlsx', base64 }]) //=> [{ file: 'vnpt.xlsx', sheets: ['VNPT'] }]
 */
export async function importWorkbooks(
  files: { name: string; base64: string }[],
  excel?: ExcelHost,
): Promise<ImportedFile[]> {
  if (files.length === 1 && files[0].base64.length > DEFAULT_BUDGET.bytes) {
    throw new CoreError('file-too-large', tooLarge(files[0].name));
  }
  return excelHost(excel).run(async (context) => {
    const s = session(context);
    const list = async (): Promise<Map<string, string>> => {
      const sheets = context.workbook.worksheets.load('items/id,items/name');
      await s.sync();
      return new Map(sheets.items.map((w) => [w.id, w.name]));
    };
    let known = await list();
    const out: (ImportedFile & { ids?: string[] })[] = [];
    for (const file of files) {
      if (file.base64.length > DEFAULT_BUDGET.bytes) {
        out.push({ file: file.name, sheets: [], error: tooLarge(file.name) });
        continue;
      }
      const ids = context.workbook.insertWorksheetsFromBase64(file.base64, { positionType: 'End' });
      try {
        await s.sync();
      } catch (error) {
        // Did the sheets arrive anyway? List again: what is new is this file's.
        const now = await list();
        const arrived = [...now].filter(([id]) => !known.has(id)).map(([, name]) => name);
        known = now;
        out.push(
          arrived.length
            ? { file: file.name, sheets: arrived }
            : { file: file.name, sheets: [], error: refused(file.name, officeCode(error) ?? String(error)) },
        );
        continue;
      }
      for (const id of ids.value) known.set(id, '');
      out.push({ file: file.name, sheets: [], ids: ids.value });
    }
    // The new sheets' names, in one last sync (they are known only by id until then).
    if (out.some((f) => f.ids?.length)) {
      const names = await list();
      for (const f of out) if (f.ids) f.sheets = f.ids.map((id) => names.get(id) ?? id);
    }
    return out.map(({ ids, ...f }) => (void ids, f));
  });
}

/** A file read in the pane (by the same reader as the command line): its sheets' values. */
export interface ParsedFile {
  file: string;
  sheets: { name: string; values: (string | number | boolean | null)[][] }[];
}

/**
 * Writes files read in the pane (.xls, .ods, .csv, or an .xlsx Excel refused to insert) as new
 * sheets: one sync per file, values written as the report's are (text as text: `textCell`), names
 * made free like Excel's ("VNPT (2)"). Each file's failure is reported on its own; after one the
 * sheets are listed again so nothing is written twice.
 *
 * @example
 * await importGrids([{ file: 'fpt.csv', sheets: [{ name: 'fpt', values: [['Chỉ tiêu', 'Hiện có']] }] }])
 * //=> [{ file: 'fpt.csv', sheets: ['fpt'] }]
 */
export async function importGrids(files: ParsedFile[], excel?: ExcelHost): Promise<ImportedFile[]> {
  return excelHost(excel).run(async (context) => {
    const s = session(context);
    const list = async (): Promise<string[]> => {
      const sheets = context.workbook.worksheets.load('items/name');
      await s.sync();
      return sheets.items.map((w) => w.name);
    };
    let taken = await list();
    const out: ImportedFile[] = [];
    for (const file of files) {
      // Prepared first, queued only when the file fits one request.
      const names: string[] = [];
      const blocks = file.sheets.map((sheet) => {
        const name = freeSheetName(
          sheet.name
            .replace(/[:\\/?*[\]]/g, ' ')
            .slice(0, 31)
            .trim() || 'Sheet',
          [...taken, ...names],
        );
        names.push(name);
        const cols = Math.max(1, ...sheet.values.map((r) => r.length));
        const cell = (v: string | number | boolean | null | undefined) =>
          typeof v === 'string' && v !== '' ? textCell(v) : { value: v ?? '', format: 'General' };
        const values = sheet.values.map((r) => Array.from({ length: cols }, (_, c) => cell(r[c]).value));
        const formats = sheet.values.map((r) => Array.from({ length: cols }, (_, c) => cell(r[c]).format));
        return { name, values, formats, cols };
      });
      const bytes = blocks.reduce((n, b) => n + jsonBytes(b.values) + jsonBytes(b.formats), 0);
      if (bytes > DEFAULT_BUDGET.bytes) {
        out.push({ file: file.file, sheets: [], error: tooLarge(file.file) });
        continue;
      }
      for (const b of blocks) {
        const ws = context.workbook.worksheets.add(b.name);
        if (!b.values.length) continue;
        const range = ws.getRangeByIndexes(0, 0, b.values.length, b.cols);
        range.numberFormat = b.formats;
        range.values = b.values;
      }
      try {
        await s.sync();
        taken.push(...names);
        out.push({ file: file.file, sheets: names });
      } catch (error) {
        const now = await list();
        const arrived = names.filter((n) => now.includes(n) && !taken.includes(n));
        taken = now;
        out.push(
          arrived.length === names.length
            ? { file: file.file, sheets: arrived }
            : { file: file.file, sheets: arrived, error: refused(file.file, officeCode(error) ?? String(error)) },
        );
      }
    }
    return out;
  });
}
