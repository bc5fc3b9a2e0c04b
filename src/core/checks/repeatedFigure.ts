import { cellPosition, makeIssue, type Message } from '../issues';
import type { CellRef, Fact, Issue, Locale, StandardTable, Submission } from '../model';
import { COLUMN_LABELS, TABLE_TITLES } from '../tables/columns';
import { groupBy } from '../groupBy';
import { NOWHERE, cellName, figure, indicatorName } from './words';

/** Figures below this are too common (small counts, percentages) to be telling when repeated. */
export const REPEAT_MINIMUM = 100;

/**
 * How many significant digits make a repeated figure telling. A figure with at least `anywhere`
 * (133.638, 24.061) is flagged wherever its copies sit in one submission or one table; one with at
 * least `near` (2.907, 24.060, 1.250) only when two copies sit in the same row or touch (a
 * neighbouring cell, diagonals included) — where a copy slip lands; rounder figures (1.500, 8.000,
 * 20.000, 730) repeat in honest data and are never flagged.
 */
export const REPEAT_DIGITS = { anywhere: 5, near: 3 } as const;

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

/**
 * The significant digits of a figure as written, trailing zeros dropped: how unlikely it is that
 * two honest figures share it by chance (about one in 10^(digits − 1) for figures of one size).
 *
 * @example
 * significantDigits(2907) //=> 4
 * significantDigits(24060) //=> 4
 * significantDigits(1500) //=> 2
 * significantDigits(20000) //=> 1
 * significantDigits(1234.5) //=> 5
 */
export function significantDigits(value: number): number {
  if (!Number.isFinite(value) || value === 0) return 0;
  // toPrecision(15) spells any double without exponent noise for the sizes figures have.
  const digits = Math.abs(value)
    .toPrecision(15)
    .replace(/e.*$/, '')
    .replace('.', '')
    .replace(/^0+/, '')
    .replace(/0+$/, '');
  return digits.length;
}

/** A cell's place for judging nearness: a grid position within one sheet (or one table). */
interface Place {
  /** Cells on different sheets (or tables) are never near. */
  area: string;
  row: number;
  col: number;
}

/** Same row, or touching (a diagonal neighbour included): where a copy slip lands. */
function near(a: Place, b: Place): boolean {
  if (a.area !== b.area) return false;
  return a.row === b.row || (Math.abs(a.row - b.row) <= 1 && Math.abs(a.col - b.col) <= 1);
}

/**
 * The copies of a repeated figure worth a person's look: those with a copy anywhere when the figure
 * has {@link REPEAT_DIGITS}.anywhere significant digits, those with a near copy when it has `near`,
 * none when it is rounder. Two copies that may honestly be equal (the same non-null `honestKey`) do not count.
 */
function suspicious<T>(
  value: number,
  group: T[],
  place: (item: T) => Place,
  honestKey: (item: T) => string | null = () => null,
): T[] {
  const digits = significantDigits(value);
  if (group.length < 2 || Math.abs(value) < REPEAT_MINIMUM || digits < REPEAT_DIGITS.near) return [];
  // Two copies are honest when both have the same non-null key (one stock's levels): counted once, so
  // each copy is judged against the others in one look, not by a scan of the whole group.
  const keys = group.map(honestKey);
  if (digits >= REPEAT_DIGITS.anywhere) {
    const sharing = groupBy(keys, (k) => k);
    // A copy counts when some other copy is not honestly equal to it: one outside its key's.
    return group.filter((_, i) => keys[i] === null || group.length > sharing.get(keys[i])!.length);
  }
  // Near copies share an area and a row or touch: only the copies of the row and the rows beside it are looked at.
  const places = group.map(place);
  const rows = groupBy(
    places.map((_, i) => i),
    (i) => `${places[i].area}\u0000${places[i].row}`,
  );
  return group.filter((_, i) => {
    const p = places[i];
    for (const row of [p.row - 1, p.row, p.row + 1])
      for (const j of rows.get(`${p.area}\u0000${row}`) ?? [])
        if (j !== i && !(keys[i] !== null && keys[i] === keys[j]) && near(p, places[j])) return true;
    return false;
  });
}

/** The levels of a stock (đầu kỳ, hiện có, hiện có cùng kỳ): one that did not move between two dates repeats honestly. */
const STOCK_LEVELS: ReadonlySet<Fact['measure']> = new Set(['opening', 'closing']);

/** Groups items by a numeric key, keeping groups of two or more, in first-seen order. */
function repeats<T>(items: T[], key: (item: T) => number): [number, T[]][] {
  return [...groupBy(items, key)].filter(([, group]) => group.length > 1);
}

/**
 * 'repeated-figure' (warning) in the standard tables: the same whole figure in more than one cell
 * of a table, when that is unlikely by chance (see {@link REPEAT_DIGITS}). The reference report's
 * telecom rows 1–2 carry 2.907 three times and 24.060 twice — copy errors a person should look at.
 * Figures in `known` (already named at their source cells by {@link checkRepeatedInSubmission}) are
 * left out: the same slip is not reported twice.
 *
 * @example
 * checkRepeatedInTables(tables, 'vi')[0].message
 * //=> 'KẾT QUẢ HOẠT ĐỘNG VIỄN THÔNG, INTERNET: số 2.907 xuất hiện ở 3 ô — dòng 1 (Số tăng trong kỳ), …'
 */
export function checkRepeatedInTables(
  tables: StandardTable[],
  locale: Locale = 'vi',
  known: ReadonlySet<number> = new Set(),
): Issue[] {
  const issues: Issue[] = [];
  for (const table of tables) {
    const cells = table.rows.flatMap((row) =>
      table.columns
        .filter((column) => column !== 'yoy')
        .map((column) => ({ row, column, value: row[column] }))
        .filter((c): c is typeof c & { value: number } => typeof c.value === 'number' && Number.isFinite(c.value)),
    );
    // A table is small: one row and the next (related indicators: wired/wireless, postpaid/prepaid,
    // xDSL/FTTH) are near whatever their columns, as the reference report's rows 1–2 are.
    const place = (c: (typeof cells)[number]): Place => ({ area: table.id, row: c.row.stt, col: 0 });
    for (const [value, all] of repeats(cells, (c) => Math.round(c.value))) {
      const group = suspicious(value, all, place);
      if (group.length === 0 || known.has(value)) continue;
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

/** The repeated figures of one submission worth a look, each with the facts (cells) it sits in. */
function submissionRepeats(submission: Submission): [number, Fact[]][] {
  const seen = new Set<string>();
  const facts = submission.facts.filter((f) => {
    if (f.measure === 'reportedChange' || !Number.isFinite(f.value)) return false;
    const cell = cellName(f.source);
    if (seen.has(cell)) return false; // one cell read as two facts is still one cell
    seen.add(cell);
    return true;
  });
  const place = (f: Fact): Place => {
    const at = cellPosition(f.source.cell);
    const area = `${f.source.file}\u0000${f.source.sheet}`;
    // A cell without an address is near nothing: only a figure telling anywhere is flagged there.
    return at ? { area, ...at } : { area: `${area}\u0000${f.source.cell}`, row: -1, col: -1 };
  };
  // Two levels of one stock are honest copies: their key is the indicator (none for other measures).
  const honest = (f: Fact) => (STOCK_LEVELS.has(f.measure) ? f.indicator : null);
  return repeats(facts, (f) => f.value)
    .map(([value, all]): [number, Fact[]] => [value, suspicious(value, all, place, honest)])
    .filter(([, group]) => group.length > 0);
}

/**
 * The whole figures {@link checkRepeatedInSubmission} flags in these submissions: a table repeat of
 * one of them is the same slip, already named at its source cells.
 *
 * @example
 * repeatedInSubmissions([vnptWithCopyError]) //=> Set { 2907, 24060 }
 */
export function repeatedInSubmissions(submissions: Submission[]): Set<number> {
  return new Set(submissions.flatMap((s) => submissionRepeats(s).map(([value]) => Math.round(value))));
}

/**
 * 'repeated-figure' (warning) in one submission: the same figure in more than one source cell when
 * that is unlikely by chance — weighed by its significant digits and by where the cells sit (see
 * {@link REPEAT_DIGITS}) — naming every cell. Two levels of the same stock (đầu kỳ, hiện có, hiện có
 * cùng kỳ) that are equal are not a repeat — the stock did not move — nor is one cell read as two facts.
 *
 * @example
 * checkRepeatedInSubmission(submission, 'vi')[0].message
 * //=> 'VNPT (Biểu 1): số 2.907 xuất hiện ở 2 ô — D7 (Điện thoại cố định có dây, tăng), E8 (…) — có thể chép nhầm'
 */
export function checkRepeatedInSubmission(submission: Submission, locale: Locale = 'vi'): Issue[] {
  // Cells of the submission's own sheet by address alone; the issue already names the sheet.
  const own = (ref: CellRef) => ref.file === submission.file && ref.sheet === submission.sheet;
  const describe = (f: Fact) =>
    `${own(f.source) ? f.source.cell : cellName(f.source)} (${indicatorName(f.indicator, locale)}, ${MEASURE[locale][f.measure]}${f.period === submission.period || submission.period === null ? '' : ` ${LAST_YEAR[locale]}`})`;
  return submissionRepeats(submission).map(([value, group]) => {
    const params: Params = {
      where: `${submission.enterprise} (${submission.sheet})`,
      value: figure(value, locale),
      count: group.length,
      cells: group.map(describe).join(', '),
    };
    const first: CellRef = group[0].source;
    const issue = makeIssue('warning', 'repeated-figure', message, params, locale, first, {
      enterprise: submission.enterprise,
      indicator: group[0].indicator,
    });
    const sameSheet = group.every((f) => f.source.file === first.file && f.source.sheet === first.sheet);
    return sameSheet ? { ...issue, cells: group.map((f) => f.source.cell) } : issue;
  });
}
