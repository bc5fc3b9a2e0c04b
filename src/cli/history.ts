/**
 * The command line's history file (`--history <file>`): a CSV file with the same table the
 * add-in keeps in its hidden "TTTT Lịch sử" sheet, and previous reports (`--previous-report`)
 * read as last year's totals. File input and output only; the rules are in src/core/history.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { csvToTable, historyRowsToFacts, readPreviousReport, recordBuild, tableToCsv } from '../core/history';
import { makeIssue, type Message } from '../core/issues';
import type { CellValue, Fact, Issue, Locale } from '../core/model';
import { readWorkbook } from './readWorkbook';

/** A history file as read: its table (to record into), its facts (for the build) and its problems. */
export interface HistoryFile {
  path: string;
  table: CellValue[][];
  facts: Fact[];
  issues: Issue[];
}

const unreadable: Message<{ reason: string }> = {
  vi: (p) => `Không đọc được tệp lịch sử: ${p.reason}`,
  en: (p) => `Cannot read the history file: ${p.reason}`,
};

/**
 * Reads a history CSV file; a file that does not exist yet is an empty history (the first build
 * creates it). A bad row is an issue, never a failure.
 */
export function readHistoryFile(file: string, cwd: string, locale: Locale): HistoryFile {
  const target = path.resolve(cwd, file);
  if (!fs.existsSync(target)) return { path: target, table: [], facts: [], issues: [] };
  let text: string;
  try {
    text = fs.readFileSync(target, 'utf8');
  } catch (err) {
    return {
      path: target,
      table: [],
      facts: [],
      issues: [
        makeIssue('error', 'history-unreadable', unreadable, { reason: (err as Error).message }, locale, {
          file,
          sheet: '',
          cell: '',
        }),
      ],
    };
  }
  const table = csvToTable(text);
  const { facts, issues } = historyRowsToFacts(table, locale, { file, sheet: '' });
  return { path: target, table, facts, issues };
}

/**
 * Records a build in the history file: the build period's rows are replaced, never duplicated.
 * Written with a UTF-8 BOM so Excel opens the Vietnamese text correctly.
 */
export function writeHistoryFile(
  history: HistoryFile,
  builds: { facts: Fact[]; period: string }[],
  recordedAt = new Date().toISOString(),
): number {
  let table = history.table;
  for (const { facts, period } of builds) if (period) table = recordBuild(table, facts, period, recordedAt);
  fs.mkdirSync(path.dirname(history.path), { recursive: true });
  fs.writeFileSync(history.path, '\uFEFF' + tableToCsv(table), 'utf8');
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
    issues.push(...reading.issues);
    const empty: Issue[] = [];
    let found = 0;
    for (const grid of reading.grids) {
      const read = readPreviousReport(grid, { locale });
      // Only sheets that hold a standard table count; the others (breakdown, checks) say nothing.
      if (read.facts.length === 0 && read.issues.every((i) => i.code === 'previous-report-no-table')) {
        empty.push(...read.issues);
        continue;
      }
      issues.push(...read.issues);
      found += read.facts.length;
      for (const fact of read.facts) byPeriod.set(fact.period, [...(byPeriod.get(fact.period) ?? []), fact]);
    }
    if (found === 0 && reading.grids.length > 0) issues.push(empty[0]);
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
