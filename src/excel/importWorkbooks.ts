/**
 * Importing submissions (Nhập báo cáo): the sheets of xlsx files chosen from disk are inserted
 * into the report workbook with `insertWorksheetsFromBase64` (ExcelApi 1.13), where the reader
 * then finds them. Excel renames a sheet whose name is taken ("VNPT (2)"), so nothing is replaced.
 */
import { CoreError } from '../core/errors';
import { DEFAULT_BUDGET } from './plan';
import { type ExcelHost, excelHost, session } from './session';

export interface ImportedFile {
  file: string;
  /** Names of the sheets inserted from it, as Excel named them. */
  sheets: string[];
}

/**
 * Inserts every sheet of every file at the end of the workbook: files are grouped so that no
 * request passes the 5 MB cap (one sync per group), then one sync reads the new sheets' names.
 *
 * @example
 * await importWorkbooks([{ name: 'vnpt.xlsx', base64 }]) //=> [{ file: 'vnpt.xlsx', sheets: ['VNPT'] }]
 */
export async function importWorkbooks(
  files: { name: string; base64: string }[],
  excel?: ExcelHost,
): Promise<ImportedFile[]> {
  const tooBig = files.find((f) => f.base64.length > DEFAULT_BUDGET.bytes);
  if (tooBig) {
    throw new CoreError('file-too-large', {
      vi: `Tệp "${tooBig.name}" quá lớn để nhập qua Excel trên web (giới hạn 5 MB mỗi lần gửi); hãy mở tệp và sao chép trang tính`,
      en: `The file "${tooBig.name}" is too large to import through Excel on the web (5 MB per request); open it and copy the sheet instead`,
    });
  }
  return excelHost(excel).run(async (context) => {
    const s = session(context);
    const ids: { file: string; result: { value: string[] } }[] = [];
    let bytes = 0;
    for (const file of files) {
      if (bytes && bytes + file.base64.length > DEFAULT_BUDGET.bytes) {
        await s.sync();
        bytes = 0;
      }
      ids.push({
        file: file.name,
        result: context.workbook.insertWorksheetsFromBase64(file.base64, { positionType: 'End' }),
      });
      bytes += file.base64.length;
    }
    if (bytes) await s.sync();
    const named = ids.map(({ file, result }) => ({
      file,
      sheets: result.value.map((id) => context.workbook.worksheets.getItem(id).load('name')),
    }));
    if (named.some((n) => n.sheets.length)) await s.sync();
    return named.map(({ file, sheets }) => ({ file, sheets: sheets.map((w) => w.name) }));
  });
}
