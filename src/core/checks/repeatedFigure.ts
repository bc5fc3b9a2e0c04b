import { makeIssue, type Message } from '../issues';
import type { CellRef, Fact, Issue, Locale, StandardTable, Submission } from '../model';
import { COLUMN_LABELS, TABLE_TITLES } from '../tables/columns';
import { NOWHERE, cellName, figure, indicatorName } from './words';

/** Figures below this are too common (small counts, percentages) to be telling when repeated. */
export const REPEAT_MINIMUM = 100;

interface Params {
  where: string;
  value: string;
  count: number;
  cells: string;
}

const message: Message<Params> = {
  vi: (p) => `${p.where}: số ${p.value} xuất hiện ở ${p.count} ô — ${p.cells} — có thể chép nhầm`,
  en: (p) => `${p.where}: the figure ${p.value} appears in ${p.count} cells — ${p.cells} — possibly a copy error`,
};

const MEASURE: Record<Locale, Record<Fact['measure'], string>> = {
  vi: {
    opening: 'đầu kỳ',
    increase: 'tăng',
    decrease: 'giảm',
    closing: 'hiện có',
    flow: 'thực hiện',
    reportedChange: '%',
  },
  en: {
    opening: 'opening',
    increase: 'increase',
    decrease: 'decrease',
    closing: 'closing',
    flow: 'flow',
    reportedChange: '%',
  },
};

const LAST_YEAR: Record<Locale, string> = { vi: 'cùng kỳ', en: 'last year' };

/** Groups items by a numeric key, keeping groups of two or more, in first-seen order. */
function repeats<T>(items: T[], key: (item: T) => number): [number, T[]][] {
  const groups = new Map<number, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return [...groups].filter(([, group]) => group.length > 1);
}

/**
 * 'repeated-figure' (warning) in the standard tables: the same figure (≥ 100) in more than one
 * cell of a table, compared as shown (whole numbers). The reference report's telecom rows 1–2
 * carry 2.907 three times and 24.060 twice — copy errors a person should look at.
 *
 * @example
 * checkRepeatedInTables(tables, 'vi')[0].message
 * //=> 'KẾT QUẢ HOẠT ĐỘNG VIỄN THÔNG, INTERNET: số 2.907 xuất hiện ở 3 ô — dòng 1 (Số tăng trong kỳ), …'
 */
export function checkRepeatedInTables(tables: StandardTable[], locale: Locale = 'vi'): Issue[] {
  const issues: Issue[] = [];
  for (const table of tables) {
    const cells = table.rows.flatMap((row) =>
      table.columns
        .filter((column) => column !== 'yoy')
        .map((column) => ({ row, column, value: row[column] }))
        .filter(
          (c): c is typeof c & { value: number } =>
            typeof c.value === 'number' && Math.abs(Math.round(c.value)) >= REPEAT_MINIMUM,
        ),
    );
    for (const [value, group] of repeats(cells, (c) => Math.round(c.value))) {
      const rowWord = locale === 'vi' ? 'dòng' : 'row';
      const params: Params = {
        where: TABLE_TITLES[locale][table.id],
        value: figure(value, locale),
        count: group.length,
        cells: group.map((c) => `${rowWord} ${c.row.stt} (${COLUMN_LABELS[locale][c.column]})`).join(', '),
      };
      issues.push(
        makeIssue('warning', 'repeated-figure', message, params, locale, NOWHERE, {
          indicator: group[0].row.indicator,
        }),
      );
    }
  }
  return issues;
}

/**
 * 'repeated-figure' (warning) in one submission: the same figure (≥ 100) in more than one source
 * cell, naming every cell. An opening equal to the closing of the same indicator (nothing moved) is
 * not a repeat.
 *
 * @example
 * checkRepeatedInSubmission(submission, 'vi')[0].message
 * //=> 'VNPT (Biểu 1): số 2.907 xuất hiện ở 2 ô — D7 (Điện thoại cố định có dây, tăng), E8 (…) — có thể chép nhầm'
 */
export function checkRepeatedInSubmission(submission: Submission, locale: Locale = 'vi'): Issue[] {
  const closings = new Set(
    submission.facts
      .filter((f) => f.measure === 'closing')
      .map((f) => `${f.indicator}\u0000${f.period}\u0000${f.value}`),
  );
  const seen = new Set<string>();
  const facts = submission.facts.filter((f) => {
    if (f.measure === 'reportedChange' || Math.abs(f.value) < REPEAT_MINIMUM) return false;
    if (f.measure === 'opening' && closings.has(`${f.indicator}\u0000${f.period}\u0000${f.value}`)) return false;
    const cell = cellName(f.source);
    if (seen.has(cell)) return false; // one cell read as two facts is still one cell
    seen.add(cell);
    return true;
  });
  return repeats(facts, (f) => f.value).map(([value, group]) => {
    // Cells of the submission's own sheet by address alone; the issue already names the sheet.
    const place = (ref: CellRef) =>
      ref.file === submission.file && ref.sheet === submission.sheet ? ref.cell : cellName(ref);
    const describe = (f: Fact) =>
      `${place(f.source)} (${indicatorName(f.indicator, locale)}, ${MEASURE[locale][f.measure]}${f.period === submission.period || submission.period === null ? '' : ` ${LAST_YEAR[locale]}`})`;
    const params: Params = {
      where: `${submission.enterprise} (${submission.sheet})`,
      value: figure(value, locale),
      count: group.length,
      cells: group.map(describe).join(', '),
    };
    const first: CellRef = group[0].source;
    return makeIssue('warning', 'repeated-figure', message, params, locale, first, {
      enterprise: submission.enterprise,
      indicator: group[0].indicator,
    });
  });
}
