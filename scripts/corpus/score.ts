/**
 * Scores what the reader made of a workbook against its truth, one figure at a time.
 *
 * For each figure of the truth:
 * - **right**: some fact has the figure's file, sheet, cell, indicator, measure and period (or one
 *   of the figure's equivalent readings, `also`), and a value within 1e-6 (relative) of it; two
 *   codes for the same months are one period, and a stock's closing (opening) is the same figure
 *   for every period ending (starting) on its date;
 * - **flagged**: not right, but an issue names the cell (`issue.cell`, or `issue.cells` holding
 *   the cell or a range that covers it) on the same file and sheet;
 * - **silent**: neither.
 *
 * And for each fact (other than the enterprise's own percentage, `reportedChange`):
 * - **false**: it is not right — no truth figure at its cell with its indicator, measure, period
 *   and value — and no issue names its cell. A wrong value, a wrong period, a part added twice
 *   and a hidden cell read all land here unless an issue names the cell.
 *
 * Used by `npm run bench:reader` and by test/files/habits.test.ts.
 */
import { ISSUE_CODES, type IssueCode } from '../../src/core/issueCodes';
import { cellPosition, columnIndex } from '../../src/core/issues';
import type { Fact, Issue } from '../../src/core/model';

/** One figure of the truth: the cell that holds it and what it is (canonical unit). */
export interface Figure {
  file: string;
  sheet: string;
  cell: string;
  indicator: string;
  measure: string;
  period: string;
  value: number;
  /**
   * Other readings that mean the same figure: the opening stock of 9T/2015 is also the closing
   * stock of 2014; last year's closing stock in a year's report is also this year's opening.
   */
  also?: { measure: string; period: string }[];
}

export interface Score {
  figures: number;
  right: number;
  flagged: number;
  silent: number;
  false: number;
  /** The reader's warnings (each once), and those that name no figure it missed: false alarms. */
  warnings: number;
  alarms: number;
  /** False alarms per issue code. */
  alarmCodes: Record<string, number>;
  /** The silent figures and the false facts, for a report (at most a few per workbook are kept by callers). */
  silentFigures: Figure[];
  falseFacts: Fact[];
}

export const emptyScore = (): Score => ({
  figures: 0,
  right: 0,
  flagged: 0,
  silent: 0,
  false: 0,
  warnings: 0,
  alarms: 0,
  alarmCodes: {},
  silentFigures: [],
  falseFacts: [],
});

/** Column letters and row of an A1 address, or null. */
function parseA1(ref: string): { col: number; row: number } | null {
  const at = cellPosition(ref);
  return at ? { col: at.col + 1, row: at.row + 1 } : null;
}

function parseColumn(ref: string): number | null {
  const col = columnIndex(ref.trim().replace(/^\$/, ''));
  return col < 0 ? null : col + 1;
}

/**
 * True when `ref` (a cell "F12", a range "H3:H20", a column range "H:H" or a row range "3:5")
 * covers the cell `cell`.
 *
 * @example
 * covers('H3:H20', 'H7') //=> true
 * covers('B2', 'B2') //=> true
 */
export function covers(ref: string, cell: string): boolean {
  const target = parseA1(cell);
  if (!target) return false;
  const clean = ref.includes('!') ? ref.slice(ref.lastIndexOf('!') + 1) : ref;
  const [a, b] = clean.split(':');
  if (b === undefined) {
    const p = parseA1(a);
    return p !== null && p.col === target.col && p.row === target.row;
  }
  const p = parseA1(a);
  const q = parseA1(b);
  if (p && q) {
    return (
      target.col >= Math.min(p.col, q.col) &&
      target.col <= Math.max(p.col, q.col) &&
      target.row >= Math.min(p.row, q.row) &&
      target.row <= Math.max(p.row, q.row)
    );
  }
  const c1 = parseColumn(a);
  const c2 = parseColumn(b);
  if (c1 !== null && c2 !== null) return target.col >= Math.min(c1, c2) && target.col <= Math.max(c1, c2);
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) {
    const r1 = Number(a);
    const r2 = Number(b);
    return target.row >= Math.min(r1, r2) && target.row <= Math.max(r1, r2);
  }
  return false;
}

/** True when the issue names the cell of that file and sheet. */
export function names(issue: Issue, file: string, sheet: string, cell: string): boolean {
  if (issue.file !== file || issue.sheet !== sheet) return false;
  if (issue.cell && covers(issue.cell, cell)) return true;
  return (issue.cells ?? []).some((ref) => covers(ref, cell));
}

const key = (file: string, sheet: string, cell: string) => `${file}\u0000${sheet}\u0000${cell.toUpperCase()}`;

export const sameValue = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(Math.abs(b), 1);

/** Year and months a period code spans ("T9/2015", "Q3/2015", "9T/2015", "2015"), or null. */
function span(code: string): { year: number; start: number; end: number } | null {
  let m = /^T(\d{1,2})\/(\d{4})$/.exec(code);
  if (m) return { year: Number(m[2]), start: Number(m[1]), end: Number(m[1]) };
  m = /^Q([1-4])\/(\d{4})$/.exec(code);
  if (m) return { year: Number(m[2]), start: 3 * Number(m[1]) - 2, end: 3 * Number(m[1]) };
  m = /^(\d{1,2})T\/(\d{4})$/.exec(code);
  if (m) return { year: Number(m[2]), start: 1, end: Number(m[1]) };
  m = /^(\d{4})$/.exec(code);
  if (m) return { year: Number(m[1]), start: 1, end: 12 };
  return null;
}

/**
 * Two period codes for the same months: "3T/2015" and "Q1/2015", "12T/2015" and "2015".
 *
 * @example
 * samePeriod('Q1/2015', '3T/2015') //=> true
 */
export function samePeriod(a: string, b: string): boolean {
  if (a === b) return true;
  const x = span(a);
  const y = span(b);
  return x !== null && y !== null && x.year === y.year && x.start === y.start && x.end === y.end;
}

/**
 * The same figure's period for a measure: a stock counted at a date is the same figure whatever
 * span ends (closing) or starts (opening) there — the closing stock of T9/2015, Q3/2015 and
 * 9T/2015 is the stock at 30/9/2015; a flow needs the same months.
 */
export function samePeriodFor(measure: string, a: string, b: string): boolean {
  if (samePeriod(a, b)) return true;
  if (measure !== 'closing' && measure !== 'opening') return false;
  const x = span(a);
  const y = span(b);
  if (!x || !y || x.year !== y.year) return false;
  return measure === 'closing' ? x.end === y.end : x.start === y.start;
}

function matches(fact: Fact, figure: Figure): boolean {
  if (fact.indicator !== figure.indicator || !sameValue(fact.value, figure.value)) return false;
  if (fact.measure === figure.measure && samePeriodFor(fact.measure, fact.period, figure.period)) return true;
  return (figure.also ?? []).some((a) => fact.measure === a.measure && samePeriodFor(a.measure, fact.period, a.period));
}

/**
 * Scores one workbook: its truth figures against the facts and issues of one or more readings of
 * it (a figure is right when any reading gets it right, flagged when any issue names it; a fact is
 * false when it is not right and no issue of its own reading names its cell; the same wrong fact
 * from two readings counts once).
 *
 * @param truth the workbook's figures
 * @param runs each reading's facts and issues
 */
export function scoreWorkbook(truth: Figure[], runs: { facts: Fact[]; issues: Issue[] }[]): Score {
  const score = emptyScore();
  const byCell = new Map<string, Figure[]>();
  for (const f of truth) {
    const k = key(f.file, f.sheet, f.cell);
    byCell.set(k, [...(byCell.get(k) ?? []), f]);
  }
  const factsByCell = new Map<string, Fact[]>();
  for (const run of runs)
    for (const fact of run.facts) {
      const k = key(fact.source.file, fact.source.sheet, fact.source.cell);
      factsByCell.set(k, [...(factsByCell.get(k) ?? []), fact]);
    }
  const allIssues = runs.flatMap((r) => r.issues);

  const missed: Figure[] = [];
  for (const figure of truth) {
    score.figures++;
    const facts = factsByCell.get(key(figure.file, figure.sheet, figure.cell)) ?? [];
    if (facts.some((f) => matches(f, figure))) score.right++;
    else {
      missed.push(figure);
      if (allIssues.some((i) => names(i, figure.file, figure.sheet, figure.cell))) score.flagged++;
      else {
        score.silent++;
        score.silentFigures.push(figure);
      }
    }
  }

  // A warning of the reader that names no figure it missed cries wolf (the checks' warnings are
  // left out: the corpus draws stocks and last year's figures that need not add up).
  const warned = new Set<string>();
  for (const issue of allIssues) {
    if (issue.severity !== 'warning' || ISSUE_CODES[issue.code as IssueCode]?.where !== 'reader') continue;
    const id = `${issue.code}|${issue.file}|${issue.sheet}|${issue.cell}|${issue.message}`;
    if (warned.has(id)) continue;
    warned.add(id);
    score.warnings++;
    if (missed.some((f) => names(issue, f.file, f.sheet, f.cell))) continue;
    score.alarms++;
    score.alarmCodes[issue.code] = (score.alarmCodes[issue.code] ?? 0) + 1;
  }

  const seen = new Set<string>();
  for (const run of runs)
    for (const fact of run.facts) {
      if (fact.measure === 'reportedChange' || fact.origin === 'history') continue;
      const { file, sheet, cell } = fact.source;
      const figures = byCell.get(key(file, sheet, cell)) ?? [];
      if (figures.some((f) => matches(fact, f))) continue;
      if (run.issues.some((i) => names(i, file, sheet, cell))) continue;
      const id = `${key(file, sheet, cell)}|${fact.indicator}|${fact.measure}|${fact.period}|${fact.value}`;
      if (seen.has(id)) continue;
      seen.add(id);
      score.false++;
      score.falseFacts.push(fact);
    }
  return score;
}

/** Adds `b` into `a` (keeping at most `keep` examples of silent figures and false facts). */
export function addScore(a: Score, b: Score, keep = 20): Score {
  a.figures += b.figures;
  a.right += b.right;
  a.flagged += b.flagged;
  a.silent += b.silent;
  a.false += b.false;
  a.warnings += b.warnings;
  a.alarms += b.alarms;
  for (const [code, n] of Object.entries(b.alarmCodes)) a.alarmCodes[code] = (a.alarmCodes[code] ?? 0) + n;
  for (const f of b.silentFigures) if (a.silentFigures.length < keep) a.silentFigures.push(f);
  for (const f of b.falseFacts) if (a.falseFacts.length < keep) a.falseFacts.push(f);
  return a;
}

const pct = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}%`);

/** One row of a results table. */
export interface ScoreRow {
  name: string;
  workbooks: number;
  score: Score;
}

/**
 * A plain-text table: name | workbooks | figures | right | flagged | silent | false | right % |
 * right-or-flagged %.
 */
export function formatTable(title: string, rows: ScoreRow[]): string {
  const header = ['', 'workbooks', 'figures', 'right', 'flagged', 'silent', 'false', 'right %', 'right or flagged %'];
  const body = rows.map((r) => [
    r.name,
    String(r.workbooks),
    String(r.score.figures),
    String(r.score.right),
    String(r.score.flagged),
    String(r.score.silent),
    String(r.score.false),
    pct(r.score.right, r.score.figures),
    pct(r.score.right + r.score.flagged, r.score.figures),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [title ? `${title}\n` : '', line(header), rule, ...body.map(line)].join('\n');
}
