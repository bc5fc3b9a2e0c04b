/**
 * The command line's history file (`--history <file>`): a CSV file with the same table the
 * add-in keeps in its hidden "TTTT Lịch sử" sheet, and previous reports (`--previous-report`)
 * read as last year's totals. File input and output only; the rules are in src/core/history.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  csvToTable,
  readPreviousReportWorkbook,
  tableToCsv,
  makeIssue,
  type Message,
  type CellValue,
  type Fact,
  type Issue,
  type Locale,
} from '../core';
import { readWorkbook } from './readWorkbook';

/** A history file as read: its table (for the build to read and record into) and why it could not be read. */
export interface HistoryFile {
  /** The name as given on the command line, for messages. */
  file: string;
  path: string;
  table: CellValue[][];
  issues: Issue[];
}

const unreadable: Message<{ reason: string }> = {
  vi: (p) => `Không đọc được tệp lịch sử: ${p.reason}`,
  en: (p) => `Cannot read the history file: ${p.reason}`,
};

/**
 * Reads a history CSV file; a file that does not exist yet is an empty history (the first build
 * creates it). Its rows are read by the core (buildWithHistory), which reports bad ones.
 */
export function readHistoryFile(file: string, cwd: string, locale: Locale): HistoryFile {
  const target = path.resolve(cwd, file);
  if (!fs.existsSync(target)) return { file, path: target, table: [], issues: [] };
  let text: string;
  try {
    text = fs.readFileSync(target, 'utf8');
  } catch (err) {
    return {
      file,
      path: target,
      table: [],
      issues: [
        makeIssue('error', 'history-unreadable', unreadable, { reason: (err as Error).message }, locale, {
          file,
          sheet: '',
          cell: '',
        }),
      ],
    };
  }
  return { file, path: target, table: csvToTable(text), issues: [] };
}

/**
 * Writes the history table back to its file, with a UTF-8 BOM so Excel opens the Vietnamese text
 * correctly; returns the number of rows.
 */
export function writeHistoryFile(history: HistoryFile, table: readonly (readonly CellValue[])[]): number {
  fs.mkdirSync(path.dirname(history.path), { recursive: true });
  fs.writeFileSync(history.path, '\uFEFF' + tableToCsv(table as CellValue[][]), 'utf8');
  return Math.max(0, table.length - 1);
}

/** Previous reports' tables read as totals, grouped by the period each table states. */
export async function readPreviousReports(
  files: string[],
  cwd: string,
  locale: Locale,
): Promise<{ byPeriod: Map<string, Fact[]>; issues: Issue[] }> {
  const byPeriod = new Map<string, Fact[]>();
  const issues: Issue[] = [];
  for (const file of files) {
    const reading = await readWorkbook(path.resolve(cwd, file), file, locale);
    const read = readPreviousReportWorkbook(reading.grids, locale);
    for (const issue of [...reading.issues, ...read.issues]) issues.push(issue);
    // Appended in place: each report's facts are not copied again with every later report's.
    for (const [period, facts] of read.byPeriod) {
      const list = byPeriod.get(period);
      if (list) for (const fact of facts) list.push(fact);
      else byPeriod.set(period, [...facts]);
    }
  }
  return { byPeriod, issues };
}

/** The heading the command line prints above the report's sentences. */
export const SENTENCES_HEADING: Record<Locale, string> = {
  vi: 'Câu văn cho báo cáo:',
  en: 'Sentences for the report:',
};

/** What the command line says after recording the history. */
export const HISTORY_WRITTEN: Record<Locale, (rows: number, file: string) => string> = {
  vi: (rows, file) => `Đã ghi lịch sử (${rows} dòng): ${file}`,
  en: (rows, file) => `Wrote the history (${rows} rows): ${file}`,
};
