import { readFile } from 'node:fs/promises';
import { makeIssue, type Message } from '../core/issues';
import type { Locale } from '../core/model';
import { readSubmissionBytes, type FileReading } from './sheetGrids';

export { dateText, type FileReading } from './sheetGrids';

const unreadableFile: Message<{ reason: string }> = {
  vi: (p) => `Không mở được tệp: ${p.reason}`,
  en: (p) => `Cannot open the file: ${p.reason}`,
};

/**
 * Reads every sheet of a submission file (.xlsx, .xlsm, .xls, .ods, .csv — the format is decided
 * from the bytes, not the name) into grids. A file or sheet that cannot be read becomes an issue
 * (never an exception): one bad submission must not stop the report.
 *
 * @param path where the file is on disk
 * @param name how the file is named in issues and the report (usually the path the user gave)
 *
 * @example
 * const { grids, issues } = await readWorkbook('examples/9T-2015/vnpt-quang-ninh.xlsx', 'vnpt-quang-ninh.xlsx');
 * grids.map((g) => g.sheet) //=> ['Hướng dẫn', 'BC 9T2015']
 */
export async function readWorkbook(path: string, name: string, locale: Locale = 'vi'): Promise<FileReading> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (err) {
    const reason = (err instanceof Error ? err.message : String(err)).split('\n')[0].slice(0, 200);
    return {
      grids: [],
      issues: [
        makeIssue('error', 'unreadable-file', unreadableFile, { reason }, locale, { file: name, sheet: '', cell: '' }),
      ],
    };
  }
  return readSubmissionBytes(bytes, name, locale);
}
