import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import {
  readSheetSafely,
  type Dictionary,
  cellPosition,
  makeIssue,
  type Message,
  type CellValue,
  type Issue,
  type Locale,
  type SheetGrid,
  type SheetReading,
} from '../core';
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
const reader = () => {
  if (sheetGrids) return sheetGrids;
  (require('./nativeInflate') as typeof import('./nativeInflate')).useNativeInflate();
  return (sheetGrids = require('./sheetGrids') as typeof import('./sheetGrids'));
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
    return cannotOpen(err, name, locale);
  }
  return reader().readSubmissionBytes(bytes, name, locale);
}

/** `readWorkbook` reading the file synchronously: for a reading worker, which has nothing else to do meanwhile. */
function readWorkbookNow(path: string, name: string, locale: Locale): FileReading {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
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

/** What the core's reader needs besides a grid: the build's language, chosen period and dictionary. */
export interface SheetPlan {
  locale: Locale;
  /** The period the build reads with from the start (`readingPeriod` of the build's options). */
  period?: string;
  dictionary?: Dictionary;
}

/** One sheet read by the core, with only what the build and the terminal need afterwards. */
export interface ReadSheet {
  /** The core's reading of the sheet, without its cell accounts (the build does not use them). */
  reading: SheetReading;
  /** The grid, kept only when the sheet states no period and none was chosen: the build reads it again. */
  grid?: SheetGrid;
  /** The text cells the reading's issues name, nothing else: the dictionary's suggestions quote them. */
  excerpt?: SheetGrid;
}

/** A file read and each of its sheets read by the core; the grids are let go. */
export interface FileSheets {
  /** The file's own problems (cannot open, not a spreadsheet, too large, a sheet SheetJS could not parse). */
  issues: Issue[];
  sheets: ReadSheet[];
}

/**
 * The grid's text cells that the reading's issues name, in a grid of the same place with every
 * other cell left out (an excerpt of a few cells, kept after the grid is let go).
 */
function excerptOf(grid: SheetGrid, issues: readonly Issue[]): SheetGrid | undefined {
  let values: CellValue[][] | undefined;
  for (const issue of issues) {
    if (issue.file !== grid.file || issue.sheet !== grid.sheet || !issue.cell) continue;
    const at = cellPosition(issue.cell);
    if (!at) continue;
    const [r, c] = [at.row - grid.top, at.col - grid.left];
    const value = grid.values[r]?.[c];
    if (typeof value !== 'string') continue;
    values ??= [];
    (values[r] ??= [])[c] = value;
  }
  return values && { file: grid.file, sheet: grid.sheet, top: grid.top, left: grid.left, values };
}

/**
 * Reads a file into grids and each grid with the core's reader (`readSheetSafely`), as a build
 * would: what a reading worker does with a file, so only small readings travel back and no grid
 * is kept. `now` reads the file synchronously (in a worker); else other reads go on meanwhile.
 *
 * @example
 * const { sheets } = await readFileSheets('examples/9T-2015/vnpt-quang-ninh.xlsx', 'vnpt.xlsx', { locale: 'vi', period: '9T/2015' });
 * sheets[1].reading.submissions[0].enterprise //=> 'VNPT Quảng Ninh'
 */
export async function readFileSheets(path: string, name: string, plan: SheetPlan, now = false): Promise<FileSheets> {
  const file = now ? readWorkbookNow(path, name, plan.locale) : await readWorkbook(path, name, plan.locale);
  const sheets = file.grids.map((grid): ReadSheet => {
    const reading = readSheetSafely(grid, plan.locale, plan.period, plan.dictionary);
    delete reading.accounts;
    const excerpt = excerptOf(grid, reading.issues);
    return {
      reading,
      ...(reading.periodless && !plan.period ? { grid } : {}),
      ...(excerpt ? { excerpt } : {}),
    };
  });
  return { issues: file.issues, sheets };
}
