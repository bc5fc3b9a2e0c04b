/**
 * Reads one workbook file the way `tttt build` does and scores it against its truth: the command
 * line's reader (`readWorkbook`), then `build(grids, { period })` — and, for a workbook that states
 * its period, `build(grids)` as well. Used by bench/reader.ts and test/files/habits.test.ts.
 *
 * The facts scored are the reader's, each sheet read as the build reads it (src/core/build.ts,
 * steps 1–3): before months are added up into a cumulative period, which would give a derived fact
 * at a month's cell. The issues are every issue of the file's reading and of the build.
 */
import { readWorkbook } from '../../src/cli/readWorkbook';
import { build, commonPeriod, readSheetSafely } from '../../src/core/build';
import type { Fact, Issue, SheetGrid } from '../../src/core/model';
import { scoreWorkbook, type Figure, type Score } from './score';

/**
 * The reader's facts for these grids, read as `build` reads them: with the chosen period from the
 * first read; without one, the sheets that state none read again under the period most state.
 */
export function readerFacts(grids: SheetGrid[], period?: string): { facts: Fact[]; issues: Issue[] } {
  let readings = grids.map((g) => readSheetSafely(g, 'vi', period));
  if (!period) {
    const common = commonPeriod(readings.flatMap((r) => r.submissions));
    if (common)
      readings = readings.map((r, i) =>
        (r.periodless ?? r.submissions.some((s) => s.period === null)) ? readSheetSafely(grids[i], 'vi', common) : r,
      );
  }
  return {
    facts: readings.flatMap((r) => r.submissions.flatMap((s) => s.facts)),
    issues: readings.flatMap((r) => r.issues),
  };
}

/** One reading of a file: the facts and every issue. */
export interface Run {
  facts: Fact[];
  issues: Issue[];
  /** The period the build used. */
  period: string;
}

/** Builds the grids under `period` (or none) and returns the reader's facts and all issues. */
export function runBuild(grids: SheetGrid[], fileIssues: Issue[], period?: string): Run {
  const result = build(grids, period ? { period } : {});
  const own = readerFacts(grids, period);
  return { facts: own.facts, issues: [...fileIssues, ...result.issues, ...own.issues], period: result.period };
}

/**
 * Reads the file at `path` (named `name` in facts and issues) and scores it against `truth`, with
 * the period and, when `stated`, also without one.
 */
export async function scoreFile(
  path: string,
  wb: { file: string; period: string; stated: boolean; truth: Figure[] },
  times: { read: number; build: number } = { read: 0, build: 0 },
): Promise<{ withPeriod: Score; withoutPeriod: Score | null }> {
  let t = performance.now();
  const reading = await readWorkbook(path, wb.file, 'vi');
  times.read += performance.now() - t;
  t = performance.now();
  const withPeriod = scoreWorkbook(wb.truth, [runBuild(reading.grids, reading.issues, wb.period)]);
  const withoutPeriod = wb.stated ? scoreWorkbook(wb.truth, [runBuild(reading.grids, reading.issues)]) : null;
  times.build += performance.now() - t;
  return { withPeriod, withoutPeriod };
}
