import { runChecks } from './checks';
import { NOWHERE } from './checks/words';
import { dropOtherPeriods } from './checks/periodMismatch';
import { dropResubmissions } from './checks/resubmission';
import { aggregate, type IndicatorTotals } from './compute/aggregate';
import { cumulateSubmissions } from './cumulative';
import { CoreError } from './errors';
import { lastYearFromHistory } from './history';
import { makeIssue, UNREADABLE_SHEET, type Message } from './issues';
import type {
  BuildOptions,
  BuildResult,
  Fact,
  Issue,
  Locale,
  Period,
  SheetGrid,
  SheetReading,
  Submission,
} from './model';
import { periodFromMonths, readPeriodCode } from './periods';
import { readSheet } from './reader';
import { buildBreakdown } from './tables/breakdown';
import { buildStandardTables } from './tables/buildStandardTables';

const MESSAGES = {
  badPeriod: {
    vi: (p) =>
      `Kỳ báo cáo "${p.period}" không hợp lệ (ví dụ: 9T/2015, Q3/2015, T9/2015, 2015) — dùng kỳ các báo cáo ghi`,
    en: (p) =>
      `The period "${p.period}" is not valid (e.g. 9T/2015, Q3/2015, T9/2015, 2015) — using the period the submissions state`,
  } as Message<{ period: string }>,
  noPeriod: {
    vi: () => 'Không xác định được kỳ báo cáo: không báo cáo nào ghi kỳ và chưa chọn kỳ — hãy chọn kỳ (ví dụ 9T/2015)',
    en: () => 'No reporting period: no submission states one and none was chosen — choose a period (e.g. 9T/2015)',
  } as Message<Record<string, never>>,
  noSubmissions: {
    vi: () => 'Không tìm thấy báo cáo nào của doanh nghiệp — các biểu để trống',
    en: () => 'No enterprise submission was found — the tables are left blank',
  } as Message<Record<string, never>>,
  beside: {
    vi: (p) => `Các số kỳ ${p.period} nằm cạnh số cả kỳ trên cùng trang: đã đối chiếu với số lũy kế, không cộng lại`,
    en: (p) =>
      `The ${p.period} figures sit beside the whole period's on the same sheet: checked against the cumulative, not added again`,
  } as Message<{ period: string }>,
  yearToDate: {
    vi: (p) =>
      `Biểu lập cho kỳ ${p.period}, kỳ nhiều báo cáo ghi nhất; các báo cáo còn có kỳ trước đó trong năm (${p.earlier}): muốn cộng dồn từ đầu năm, hãy chọn kỳ ${p.ytd}`,
    en: (p) =>
      `The tables are built for ${p.period}, the period most submissions state; the submissions also hold earlier periods of the year (${p.earlier}): to add them up from January, choose ${p.ytd}`,
  } as Message<{ period: string; earlier: string; ytd: string }>,
  failed: {
    vi: (p) => `Lỗi khi tính biểu: ${p.reason}`,
    en: (p) => `Building the tables failed: ${p.reason}`,
  } as Message<{ reason: string }>,
};

/** Appends one by one: a spread of a huge table's issues would overflow the call stack. */
function pushAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

const SEVERITY_ORDER: Record<Issue['severity'], number> = { error: 0, warning: 1, info: 2 };

function reason(error: unknown, locale: Locale): string {
  if (error instanceof CoreError) return error.text(locale);
  return error instanceof Error ? error.message : String(error);
}

/**
 * Reads one grid as a build does, turning any failure into an error issue about the sheet, so a
 * preview of the sheets (the pane's scan) says exactly what the build will.
 *
 * @example
 * readSheetSafely(cover, 'vi').submissions //=> []
 */
export function readSheetSafely(
  grid: SheetGrid,
  locale: Locale,
  period?: string,
  dictionary?: BuildOptions['dictionary'],
): SheetReading {
  try {
    return readSheet(grid, { locale, ...(period ? { period } : {}), ...(dictionary ? { dictionary } : {}) });
  } catch (error) {
    const issue = makeIssue(
      'warning',
      'unreadable-sheet',
      UNREADABLE_SHEET,
      { sheet: grid.sheet, reason: reason(error, locale) },
      locale,
      { file: grid.file, sheet: grid.sheet, cell: '' },
    );
    return { file: grid.file, sheet: grid.sheet, submissions: [], issues: [issue] };
  }
}

/**
 * The period most submissions state (kỳ báo cáo); of periods stated as often, the latest (a folder of
 * T7, T8 and T9 is about September), and of those ending together the longest (9T before Q3). A month or a
 * quarter beside the span that holds it on the same sheet ("Tháng 9/2015" beside "Lũy kế 9
 * tháng") is a detail of that span, not another vote.
 *
 * @example
 * commonPeriod([{ period: '9T/2015' }, { period: 'Q3/2015' }, { period: '9T/2015' }]) //=> '9T/2015'
 * commonPeriod([{ period: 'T9/2015', file: 'a', sheet: 'S' }, { period: '9T/2015', file: 'a', sheet: 'S' }]) //=> '9T/2015'
 */
export function commonPeriod(
  submissions: (Pick<Submission, 'period'> & Partial<Pick<Submission, 'file' | 'sheet'>>)[],
): string | null {
  // The periods each sheet states, grouped once (a sheet's list is not copied at each period).
  const dated = submissions.flatMap((s) => {
    const p = s.period && s.file !== undefined ? readPeriodCode(s.period) : null;
    return p ? [{ sheet: `${s.file}|${s.sheet}`, p }] : [];
  });
  // Each sheet's distinct periods (a sheet of many enterprises states the same few again and again).
  const spans = new Map<string, Map<string, Period>>();
  for (const { sheet, p } of dated) {
    let own = spans.get(sheet);
    if (!own) spans.set(sheet, (own = new Map()));
    own.set(p.code, p);
  }
  const inside = (s: (typeof submissions)[number]) => {
    const p = s.period ? readPeriodCode(s.period) : null;
    if (p === null) return false;
    for (const o of spans.get(`${s.file}|${s.sheet}`)?.values() ?? [])
      if (o.code !== p.code && o.year === p.year && o.startMonth <= p.startMonth && o.endMonth >= p.endMonth)
        return true;
    return false;
  };
  const counts = new Map<string, number>();
  for (const s of submissions) if (s.period && !inside(s)) counts.set(s.period, (counts.get(s.period) ?? 0) + 1);
  const later = (a: string, b: string) => {
    const [p, q] = [readPeriodCode(a), readPeriodCode(b)];
    return p && q ? p.year - q.year || p.endMonth - q.endMonth || q.startMonth - p.startMonth : 0;
  };
  let best: string | null = null;
  for (const [period, count] of counts) {
    const lead = best === null ? 1 : count - counts.get(best)! || later(period, best);
    if (lead > 0) best = period;
  }
  return best;
}

const noTotals = (period: string): IndicatorTotals => ({ period, previousPeriod: '', indicators: [] });

/**
 * The period a build reads its sheets with from the start: `options.period` when it is a valid
 * period code, else none (the sheets are read as they state, and those that state none are read
 * again once the build has chosen). Sheets read for `buildReadings` must be read with it.
 *
 * @example
 * readingPeriod({ period: ' 9T/2015 ' }) //=> '9T/2015'
 * readingPeriod({ period: 'soon' }) //=> undefined
 */
export function readingPeriod(options: Pick<BuildOptions, 'period'>): string | undefined {
  const period = options.period?.trim() ?? '';
  return period && readPeriodCode(period) ? period : undefined;
}

/**
 * Builds the standard tables from enterprises' sheets (tổng hợp biểu): the one entry point every
 * face calls.
 *
 * Reads every grid, picks the period (`options.period`, else the one most submissions state;
 * sheets that state none are read again with it), leaves out other periods and superseded
 * resubmissions, takes last year's figure from `options.history` only where a submission lacks
 * it, adds up, checks, and returns the tables, the per-enterprise breakdown, the submissions used,
 * the facts used and every issue (errors first). It never throws: an unreadable sheet is an issue.
 *
 * @example
 * const result = build([vnptGrid, vnpostGrid], { locale: 'vi' });
 * result.period //=> '9T/2015'
 * result.tables[0].rows[0].current //=> the fixed-line subscriptions on the network
 */
export function build(grids: SheetGrid[], options: BuildOptions & BuildProgress = {}): BuildResult {
  const locale = options.locale ?? 'vi';
  const chosen = readingPeriod(options);
  const readings = grids.map((grid, index) => {
    const reading = readSheetSafely(grid, locale, chosen, options.dictionary);
    options.onProgress?.(index + 1, grids.length, grid.file ? `${grid.file} › ${grid.sheet}` : grid.sheet);
    return reading;
  });
  const readAgain = (index: number, period: string) =>
    readSheetSafely(grids[index], locale, period, options.dictionary);
  return buildReadings({ readings, readAgain }, options);
}

/** What a face may ask of a build besides the domain's options: to hear as each sheet is read. */
export interface BuildProgress {
  /** Called as sheets are read, for progress bars. */
  onProgress?: (done: number, total: number, what: string) => void;
}

/**
 * Sheets read one by one and a way to read one again: what `buildReadings` builds from when the
 * grids are not kept (the command line reads each sheet in a worker as soon as its file is parsed).
 */
export interface SheetReadings {
  /** Each sheet read by `readSheetSafely` with `readingPeriod(options)` and the build's dictionary, in order. */
  readings: SheetReading[];
  /**
   * Reads sheet `index` again with the period the build chose, asked only for a reading marked
   * `periodless` when no period was given; null (the reading kept as it is) when the grid is gone.
   */
  readAgain?: (index: number, period: string) => SheetReading | null;
}

/**
 * `build` from sheets already read: the same result as `build(grids, options)` when `readings` are
 * the grids read by `readSheetSafely(grid, locale, readingPeriod(options), options.dictionary)` in
 * order and `readAgain` reads grid `index` with the period given. `options.onProgress` is not
 * called (the sheets were read before).
 *
 * @example
 * const readings = grids.map((g) => readSheetSafely(g, 'vi', '9T/2015'));
 * buildReadings({ readings }, { period: '9T/2015' }) // the same as build(grids, { period: '9T/2015' })
 */
export function buildReadings(sheets: SheetReadings, options: BuildOptions = {}): BuildResult {
  const { readAgain } = sheets;
  const locale = options.locale ?? 'vi';
  const issues: Issue[] = [];

  // 1. The period chosen, if any: sheets that state none were read with it from the start.
  let period = options.period?.trim() ?? '';
  if (period && !readPeriodCode(period)) {
    issues.push(makeIssue('error', 'bad-period', MESSAGES.badPeriod, { period }, locale, NOWHERE));
    period = '';
  }

  // 2. Every sheet, read.
  let readings = sheets.readings;

  // 3. None chosen: the period most submissions state, and the sheets that state none read again with it.
  if (!period) {
    period = commonPeriod(readings.flatMap((r) => r.submissions)) ?? '';
    if (period && readAgain)
      readings = readings.map((reading, index) =>
        reading.periodless ? (readAgain(index, period) ?? reading) : reading,
      );
  }
  for (const reading of readings) pushAll(issues, reading.issues);
  const read = readings.flatMap((r) => r.submissions);
  if (period && !options.period) {
    const hint = yearToDate(read, period);
    if (hint) issues.push(makeIssue('info', 'year-to-date', MESSAGES.yearToDate, hint, locale, NOWHERE));
  }

  // Sheets whose tables wait for a period are no missing submissions: the period is what is missing.
  const waiting = !period && readings.some((r) => r.periodless);
  if (read.length === 0 && !waiting)
    issues.push(makeIssue('error', 'no-submissions', MESSAGES.noSubmissions, {}, locale, NOWHERE));
  else if (!period) issues.push(makeIssue('error', 'no-period', MESSAGES.noPeriod, {}, locale, NOWHERE));

  let submissions: Submission[] = [];
  let facts: Fact[] = [];
  let totals = noTotals(period);
  if (period && read.length > 0) {
    try {
      // 4. Keep this period's submissions, one per enterprise and sector.
      // Enterprises that sent only shorter periods (T1…T9, Q1…Q3, 6T + Q3) get them added up (src/core/cumulative).
      const beside = besideCumulative(read, period);
      for (const s of beside) {
        const cells = s.facts.map((f) => f.source.cell);
        const info = makeIssue('info', 'period-beside', MESSAGES.beside, { period: s.period ?? '' }, locale, {
          file: s.file,
          sheet: s.sheet,
          cell: cells[0] ?? '',
        });
        issues.push({ ...info, cells, enterprise: s.enterprise });
      }
      const besideSet = new Set(beside);
      const cumulated = cumulateSubmissions(
        read.filter((s) => !besideSet.has(s)),
        period,
        locale,
      );
      pushAll(issues, cumulated.issues);
      const samePeriod = dropOtherPeriods(cumulated.submissions, period, locale);
      const latest = dropResubmissions(samePeriod.kept, locale);
      submissions = latest.kept;
      const left = [...samePeriod.issues, ...latest.issues];
      const keptSet = new Set(submissions);
      nameLeftOut(
        cumulated.submissions.filter((s) => !keptSet.has(s)),
        left,
      );
      pushAll(issues, left);

      // 5. Last year's figures from history (src/core/history) where the submissions lack them.
      const own = submissions.flatMap((s) => s.facts);
      const lastYear = lastYearFromHistory(own, options.history ?? [], period, locale);
      facts = lastYear.facts;
      pushAll(issues, lastYear.issues);

      totals = aggregate(facts, period);
    } catch (error) {
      issues.push(
        makeIssue('error', 'build-failed', MESSAGES.failed, { reason: reason(error, locale) }, locale, NOWHERE),
      );
      totals = noTotals(period);
    }
  }

  // 6. Tables, breakdown and checks.
  const tables = buildStandardTables(totals, period, { locale, province: options.province });
  const breakdown = buildBreakdown(totals);
  try {
    if (submissions.length > 0)
      pushAll(issues, runChecks({ submissions, totals, tables }, { locale, outlier: options.outlier }));
  } catch (error) {
    issues.push(
      makeIssue('error', 'build-failed', MESSAGES.failed, { reason: reason(error, locale) }, locale, NOWHERE),
    );
  }

  const sorted = issues
    .map((issue, index) => ({ issue, index }))
    .sort((a, b) => SEVERITY_ORDER[a.issue.severity] - SEVERITY_ORDER[b.issue.severity] || a.index - b.index)
    .map(({ issue }) => issue);

  const figures = { used: 0, unused: 0 };
  for (const reading of readings) {
    figures.used += reading.figures?.used ?? 0;
    figures.unused += reading.figures?.unused ?? 0;
  }
  return { period, tables, submissions, breakdown, issues: sorted, facts, figures };
}

/**
 * When the period the build chose (none was given) is a month or a quarter after January and the
 * submissions also hold earlier months or quarters of the same year, the year to date ("9T/2016")
 * is what such a folder is usually sent for: what to choose, to be said (the build does not
 * choose it unasked: the period is the statistician's call).
 *
 * @example
 * yearToDate([{ period: 'T8/2016' }, { period: 'T9/2016' }], 'T9/2016') //=> { period: 'T9/2016', earlier: 'T8/2016', ytd: '9T/2016' }
 */
export function yearToDate(
  read: Pick<Submission, 'period'>[],
  period: string,
): { period: string; earlier: string; ytd: string } | null {
  const chosen = readPeriodCode(period);
  if (!chosen || chosen.startMonth === 1 || (chosen.kind !== 'month' && chosen.kind !== 'quarter')) return null;
  const earlier = new Set<string>();
  for (const s of read) {
    const own = readPeriodCode(s.period);
    if (own && own.year === chosen.year && own.endMonth < chosen.startMonth) earlier.add(own.code);
  }
  const ytd = periodFromMonths(chosen.year, 1, chosen.endMonth);
  if (earlier.size === 0 || !ytd) return null;
  const listed = [...earlier].sort((a, b) => readPeriodCode(a)!.endMonth - readPeriodCode(b)!.endMonth);
  return { period, earlier: listed.length > 4 ? `${listed[0]} … ${listed.at(-1)}` : listed.join(', '), ytd: ytd.code };
}

/**
 * Submissions of a month or quarter inside the build's period that sit on the same sheet as the
 * enterprise's own figures for the whole period (T1…T9 beside "Lũy kế 9 tháng"): the reader has
 * checked the cumulative against them, so they are not added again, nor taken for another period.
 */
function besideCumulative(read: Submission[], period: string): Submission[] {
  const target = readPeriodCode(period);
  if (!target) return [];
  // Each submission is compared with those of its own sheet only: linear in the sheets, however many.
  // The (sheet, enterprise, sector) that hold the whole period's figures, found once: each submission
  // is then looked up, not compared with every other of its sheet. (s itself never qualifies: its period is another.)
  const key = (s: Submission) => `${s.file}\u0000${s.sheet}\u0000${s.enterprise}\u0000${s.sector}`;
  const whole = new Set<string>();
  for (const o of read)
    if ((o.period === period || o.period === null) && o.facts.some((f) => f.period === period || o.period === null))
      whole.add(key(o));
  return read.filter((s) => {
    if (!s.period || s.period === period) return false;
    const own = readPeriodCode(s.period);
    if (!own || own.year !== target.year || own.startMonth < target.startMonth || own.endMonth > target.endMonth)
      return false;
    return whole.has(key(s));
  });
}

/**
 * A submission left out (another period, superseded by a correction) is named by the issue that
 * says so, cell by cell, so none of its figures goes unaccounted for.
 */
function nameLeftOut(leftOut: Submission[], issues: Issue[]): void {
  // The first issue naming each sheet as a whole.
  const sheetIssues = new Map<string, Issue>();
  for (const i of issues)
    if (!i.cell && !sheetIssues.has(`${i.file}\u0000${i.sheet}`)) sheetIssues.set(`${i.file}\u0000${i.sheet}`, i);
  // Each issue's cells gathered in a set, written back once (not copied again for each submission of its sheet).
  const named = new Map<Issue, Set<string>>();
  for (const s of leftOut) {
    const issue = sheetIssues.get(`${s.file}\u0000${s.sheet}`);
    if (!issue) continue;
    let cells = named.get(issue);
    if (!cells) named.set(issue, (cells = new Set(issue.cells ?? [])));
    for (const f of s.facts) if (f.source.file === s.file && f.source.sheet === s.sheet) cells.add(f.source.cell);
  }
  for (const [issue, cells] of named) {
    issue.cells = [...cells];
    issue.cell = issue.cell || issue.cells[0] || '';
  }
}
