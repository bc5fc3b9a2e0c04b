import * as fs from 'node:fs';
import * as path from 'node:path';
import { makeIssue, type Message, type Issue, type Locale } from '../core';

/** A file to read: where it is, and the name it goes by in issues and the report. */
export interface InputFile {
  path: string;
  name: string;
}

const notFound: Message<Record<string, never>> = {
  vi: () => 'Không tìm thấy tệp hoặc thư mục này',
  en: () => 'No such file or folder',
};
const notXlsx: Message<{ ext: string }> = {
  vi: (p) =>
    `Không phải bảng tính (${p.ext || 'không có phần mở rộng'}): đọc được tệp .xlsx, .xlsm, .xls, .ods, .csv — hãy lưu lại dưới một dạng đó`,
  en: (p) =>
    `Not a spreadsheet (${p.ext || 'no extension'}): .xlsx, .xlsm, .xls, .ods and .csv files are read — save it as one of them`,
};

/**
 * Extensions of the files read (src/cli/sheetGrids.ts decides each file's real format from its
 * bytes, so a renamed file reads too).
 */
export const READABLE = new Set(['.xlsx', '.xlsm', '.xls', '.xlsb', '.ods', '.csv', '.tsv']);
/** Spreadsheets a person might expect to be read, which are reported (in a folder) rather than silently skipped. */
const OTHER_SHEETS = new Set(['.numbers', '.et', '.wk1', '.wks', '.123']);

/**
 * Expands the command line's files and folders into the spreadsheet files to read (.xlsx, .xlsm,
 * .xls, .ods, .csv; folders recursively, sorted by name so a run is repeatable). Anything else is
 * an issue: a missing path, a named file that is not a spreadsheet, a spreadsheet format that is
 * not read (.xlsb…) in a folder. Office's and LibreOffice's lock files (~$…, .~lock…) are skipped.
 *
 * @example
 * collectFiles(['examples/9T-2015'], process.cwd(), 'vi').files.length //=> 11
 */
export function collectFiles(
  args: string[],
  cwd: string,
  locale: Locale = 'vi',
): { files: InputFile[]; issues: Issue[] } {
  const files: InputFile[] = [];
  const issues: Issue[] = [];
  const seen = new Set<string>();
  // Files under the current folder go by their relative path (as typed); others by their full path.
  const nameOf = (abs: string) => {
    const rel = path.relative(cwd, abs);
    return rel === '' || rel.startsWith('..') || path.isAbsolute(rel) ? abs : rel.split(path.sep).join('/');
  };
  const add = (abs: string) => {
    if (seen.has(abs)) return;
    seen.add(abs);
    files.push({ path: abs, name: nameOf(abs) });
  };
  const walk = (dir: string) => {
    const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      const abs = path.join(dir, e.name);
      if (e.isDirectory()) walk(abs);
      else if (e.name.startsWith('~$') || e.name.startsWith('.'))
        continue; // lock files (~$a.xlsx, .~lock.a.xlsx#)
      else if (READABLE.has(path.extname(e.name).toLowerCase())) add(abs);
      else if (OTHER_SHEETS.has(path.extname(e.name).toLowerCase())) {
        issues.push(
          makeIssue('warning', 'not-xlsx', notXlsx, { ext: path.extname(e.name) }, locale, {
            file: nameOf(abs),
            sheet: '',
            cell: '',
          }),
        );
      }
    }
  };
  for (const arg of args) {
    const abs = path.resolve(cwd, arg);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(abs);
    } catch {
      issues.push(makeIssue('error', 'file-not-found', notFound, {}, locale, { file: arg, sheet: '', cell: '' }));
      continue;
    }
    if (stat.isDirectory()) walk(abs);
    else if (READABLE.has(path.extname(abs).toLowerCase())) add(abs);
    else
      issues.push(
        makeIssue('error', 'not-xlsx', notXlsx, { ext: path.extname(abs) }, locale, {
          file: nameOf(abs),
          sheet: '',
          cell: '',
        }),
      );
  }
  return { files, issues };
}
