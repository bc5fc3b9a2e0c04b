import { readFile } from 'node:fs/promises';
import { makeIssue, type Message, type Locale } from '../core';
import type { FileReading } from './sheetGrids';

export type { FileReading } from './sheetGrids';

const unreadableFile: Message<{ reason: string }> = {
  vi: (p) => `Không mở được tệp: ${p.reason}`,
  en: (p) => `Cannot open the file: ${p.reason}`,
};

/**
 * SheetJS and the grid conversion, loaded on the first file read: `tttt --help` and argument
 * errors never pay for them.
 */
let sheetGrids: typeof import('./sheetGrids') | undefined;
const reader = () => (sheetGrids ??= require('./sheetGrids') as typeof import('./sheetGrids'));

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
    return cannotOpen(err, name, locale);
  }
  return reader().readSubmissionBytes(bytes, name, locale);
}

/** The issue for a file that could not be opened at all (gone, a folder, no permission). */
export function cannotOpen(err: unknown, name: string, locale: Locale): FileReading {
  const reason = (err instanceof Error ? err.message : String(err)).split('\n')[0].slice(0, 200);
  return {
    grids: [],
    issues: [
      makeIssue('error', 'unreadable-file', unreadableFile, { reason }, locale, { file: name, sheet: '', cell: '' }),
    ],
  };
}
