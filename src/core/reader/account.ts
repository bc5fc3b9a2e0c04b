/**
 * The reader's last stage: every numeric cell a person sees is accounted for (kiểm đếm ô số).
 * Inside a table it ends in exactly one class — a fact, a cell known not to be a figure
 * (numbering, a header's year, a plan or ratio column, a part already counted in its total), or
 * an issue that names it and says why it was not used. Numbers outside every table, and what
 * hidden rows and columns hold, are named by one info each. Nothing is dropped in silence.
 */
import type { CodeWith } from '../issueCodes';
import { cellAddress, columnIndex, makeIssue, type Message } from '../issues';
import type { CellAccount, FigureCount, Issue, Locale } from '../model';
import { type Cell, type Cells } from './cells';
import { isFigure } from './figures';

/** Why a numeric cell is known not to be a figure of the tables. */
export type NotFigure =
  | 'numbering' // STT, ordinals, column numbers
  | 'header' // a year or date in a header row
  | 'percent' // an enterprise's own percentage, not used for this period
  | 'ignored-column' // plan, ratio, share, difference, net additions, notes
  | 'part' // a part already counted in its total ("Trong đó", districts under a total)
  | 'same-figure' // the same figure given twice in a row (a flow's "thực hiện" and "tăng")
  | 'checked'; // a figure used only to check another (a cumulative column against its months)

/** A table's place on the sheet (0-based sheet rows and columns, inclusive), and its columns. */
export interface TableArea {
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** Header text of each sheet column, for messages. */
  headers: Map<number, string>;
  /**
   * Sheet columns whose figures the table cannot read, and why: the header was not understood, or
   * the column is another table's, beside this one, that could not be read apart.
   */
  unreadColumns: Map<number, 'unknown-column' | 'beside-table'>;
  /** Why the table's figures could not be placed at all (no period), if so. */
  blocked?: 'no-period';
  /** Rows the header takes, column-number rows included (1 for a transposed table). */
  headerRows: number;
}

/** "1 numeric cell", "2 numeric cells": English counts its nouns. */
const cellsEn = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

const MESSAGES = {
  unused: {
    vi: (p) => `Cột "${p.header}": ${p.count} ô số không dùng (${p.cells}) — ${p.why}`,
    en: (p) => `Column "${p.headerEn}": ${cellsEn(p.count, 'numeric cell')} not used (${p.cells}) — ${p.whyEn}`,
  } as Message<{ header: string; headerEn: string; count: number; cells: string; why: string; whyEn: string }>,
  outside: {
    vi: (p) => `${p.count} ô số nằm ngoài bảng số liệu (${p.cells}): không đọc`,
    en: (p) =>
      `${cellsEn(p.count, 'numeric cell')} ${p.count === 1 ? 'lies' : 'lie'} outside every data table (${p.cells}): not read`,
  } as Message<{ count: number; cells: string }>,
  hidden: {
    vi: (p) => `${p.count} ô ở hàng hoặc cột ẩn (${p.cells}): không đọc, vì người xem không thấy`,
    en: (p) =>
      `${cellsEn(p.count, 'cell')} in hidden rows or columns (${p.cells}): not read, as a person does not see them`,
  } as Message<{ count: number; cells: string }>,
};

const WHY = {
  'unknown-column': [
    'không hiểu tiêu đề cột (tăng, giảm, hiện có…?)',
    'the column header is not understood (increase, decrease, current…?)',
  ],
  'no-period': ['bảng không ghi kỳ báo cáo và chưa chọn kỳ', 'the table states no period and none was chosen'],
  'beside-table': [
    'cột của một bảng khác đặt cạnh (sau cột "Chỉ tiêu" thứ hai) mà không tách riêng ra đọc được',
    'a column of another table beside this one (after a second "Chỉ tiêu" column) that could not be read apart',
  ],
  unplaced: [
    'số không gắn được với chỉ tiêu và cột nào của biểu',
    'the figure fits no indicator and column of the tables',
  ],
} as const;

/**
 * A1 ranges covering the given cells: vertical runs per column ("E5:E10"), then single cells.
 *
 * @example
 * rangesOf([{ row: 4, col: 4 }, { row: 5, col: 4 }, { row: 7, col: 1 }]) //=> ['B8', 'E5:E6']
 */
export function rangesOf(cells: { row: number; col: number }[]): string[] {
  const sorted = [...cells].sort((a, b) => a.col - b.col || a.row - b.row);
  const out: string[] = [];
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1].col === sorted[i].col && sorted[j + 1].row === sorted[j].row + 1) j++;
    const first = cellAddress(sorted[i].row, sorted[i].col);
    out.push(j === i ? first : `${first}:${cellAddress(sorted[j].row, sorted[j].col)}`);
    i = j + 1;
  }
  return out;
}

/** Ranges written for a message: the first few, then "…". */
function listed(ranges: string[]): string {
  return ranges.length <= 6 ? ranges.join(', ') : `${ranges.slice(0, 6).join(', ')}, …`;
}

/** Every A1 address an issue names, ranges expanded. */
export function namedCells(issue: Pick<Issue, 'cell' | 'cells'>): string[] {
  const out: string[] = [];
  for (const ref of [issue.cell, ...(issue.cells ?? [])]) {
    if (!ref) continue;
    const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref);
    if (!m) {
      out.push(ref);
      continue;
    }
    const [c1, c2] = [columnIndex(m[1]), columnIndex(m[3])];
    for (let r = Number(m[2]); r <= Number(m[4]); r++)
      for (let c = Math.min(c1, c2); c <= Math.max(c1, c2); c++) out.push(cellAddress(r - 1, c));
  }
  return out;
}

export interface AccountInput {
  file: string;
  sheet: string;
  locale: Locale;
  cells: Cells;
  hidden: Cell[];
  tables: TableArea[];
  /** Addresses of the cells that became facts, with their measure. */
  facts: Map<string, string>;
  /** Addresses of cells the reader knows are not figures. */
  notFigures: Map<string, NotFigure>;
  /** The issues raised so far about this sheet. */
  issues: Issue[];
  enterprise?: string;
}

/**
 * Accounts for every numeric cell of a sheet and adds the issues that name the ones no stage
 * placed: per table and column, a warning with their ranges and the reason; one info for the
 * numbers outside every table; one info for what hidden rows and columns hold.
 */
export function accountCells(input: AccountInput): { accounts: CellAccount[]; issues: Issue[]; count: FigureCount } {
  const { file, sheet, locale, cells, tables } = input;
  const named = new Map<string, string>();
  for (const issue of input.issues)
    for (const cell of namedCells(issue)) if (!named.has(cell)) named.set(cell, issue.code);
  const accounts: CellAccount[] = [];
  const issues: Issue[] = [];
  const about = input.enterprise ? { enterprise: input.enterprise } : {};
  const outside: Cell[] = [];
  /** Unplaced cells per table, per column and reason. */
  const unplaced = new Map<string, { table: TableArea; col: number; why: keyof typeof WHY; cells: Cell[] }>();

  // The tables over each row, in the tables' order: a cell is looked for among its row's, not all the sheet's.
  const byRow = new Map<number, TableArea[]>();
  const tableIndex = new Map<TableArea, number>();
  tables.forEach((t, i) => {
    if (!tableIndex.has(t)) tableIndex.set(t, i);
    for (let r = t.top; r <= t.bottom; r++) {
      const list = byRow.get(r);
      if (list) list.push(t);
      else byRow.set(r, [t]);
    }
  });
  for (const row of cells) {
    for (const cell of row) {
      if (!isFigure(cell)) continue;
      const address = cellAddress(cell.row, cell.col);
      const table = byRow.get(cell.row)?.find((t) => cell.col >= t.left && cell.col <= t.right);
      if (!table) {
        // Outside every table a year alone ("2015" in a title) is a year, not a figure.
        if (!isFigure(cell, false)) continue;
        const code = named.get(address);
        if (code !== undefined) accounts.push({ cell: address, class: 'issue', why: code, inTable: false });
        else outside.push(cell);
        continue;
      }
      const measure = input.facts.get(address);
      if (measure !== undefined) {
        accounts.push({ cell: address, class: 'fact', why: measure, inTable: true });
        continue;
      }
      const reason = input.notFigures.get(address);
      if (reason !== undefined) {
        accounts.push({ cell: address, class: 'not-figure', why: reason, inTable: true });
        continue;
      }
      const code = named.get(address);
      if (code !== undefined) {
        accounts.push({ cell: address, class: 'issue', why: code, inTable: true });
        continue;
      }
      const why: keyof typeof WHY = table.blocked ?? table.unreadColumns.get(cell.col) ?? 'unplaced';
      const key = `${tableIndex.get(table)}|${cell.col}|${why}`;
      const group = unplaced.get(key) ?? { table, col: cell.col, why, cells: [] };
      group.cells.push(cell);
      unplaced.set(key, group);
    }
  }

  for (const group of unplaced.values()) {
    const ranges = rangesOf(group.cells);
    const header = group.table.headers.get(group.col) || cellAddress(group.table.top, group.col).replace(/\d+$/, '');
    const [why, whyEn] = WHY[group.why];
    const issue = makeIssue(
      'warning',
      'unused-figures',
      MESSAGES.unused,
      { header, headerEn: header, count: group.cells.length, cells: listed(ranges), why, whyEn },
      locale,
      { file, sheet, cell: cellAddress(group.cells[0].row, group.cells[0].col) },
      about,
    );
    issues.push({ ...issue, cells: ranges });
    for (const cell of group.cells)
      accounts.push({ cell: cellAddress(cell.row, cell.col), class: 'issue', why: 'unused-figures', inTable: true });
  }

  const apart = (cellsApart: Cell[], code: CodeWith<'info'>, message: typeof MESSAGES.outside) => {
    if (cellsApart.length === 0) return;
    const ranges = rangesOf(cellsApart);
    const issue = makeIssue(
      'info',
      code,
      message,
      { count: cellsApart.length, cells: listed(ranges) },
      locale,
      { file, sheet, cell: cellAddress(cellsApart[0].row, cellsApart[0].col) },
      about,
    );
    issues.push({ ...issue, cells: ranges });
    for (const cell of cellsApart)
      accounts.push({ cell: cellAddress(cell.row, cell.col), class: 'issue', why: code, inTable: false });
  };
  apart(outside, 'outside-table', MESSAGES.outside);
  apart(
    input.hidden.filter((cell) => isFigure(cell, false)),
    'hidden-cells',
    MESSAGES.hidden,
  );

  const count: FigureCount = {
    used: accounts.filter((a) => a.class === 'fact').length,
    unused: accounts.filter((a) => a.class === 'issue').length,
  };
  return { accounts, issues, count };
}
