import type { CellValue, Fact } from '../model';
import {
  canonicalPeriod,
  factsToHistoryRows,
  HISTORY_COLUMNS,
  historyRecords,
  isHistoryHeader,
  type HistoryRow,
} from './rows';

/**
 * Records a build in the history table (ghi lịch sử): removes every row an earlier build of the
 * same period recorded — its own figures and the "cùng kỳ" figures its submissions brought —
 * and appends the rows of `facts`. Rebuilding a period therefore replaces its rows and never
 * duplicates them; rows of other builds are kept as they are, even ones a person has typed.
 *
 * Returns a new table that starts with the {@link HISTORY_COLUMNS} header; the input is not
 * changed. Columns a person added to the table are not kept.
 *
 * @example
 * const once = recordBuild([], facts, '9T/2015', '2015-10-05T08:00:00.000Z');
 * recordBuild(once, facts, '9T/2015', '2015-10-05T08:00:00.000Z') // deep-equals once
 */
export function recordBuild(
  history: readonly (readonly CellValue[])[],
  facts: readonly Fact[],
  period: string,
  recordedAt: string = new Date().toISOString(),
): HistoryRow[] {
  const build = canonicalPeriod(period) ?? period.trim();
  const kept = keptRows(history).filter((row) => {
    const rowBuild = String(row[HISTORY_COLUMNS.indexOf('build')] ?? '').trim();
    return (canonicalPeriod(rowBuild) ?? rowBuild) !== build;
  });
  return [[...HISTORY_COLUMNS], ...kept, ...factsToHistoryRows(facts, { build, recordedAt })];
}

/** The rows of a history table in {@link HISTORY_COLUMNS} order, without the header. */
function keptRows(history: readonly (readonly CellValue[])[]): HistoryRow[] {
  if (history.length === 0) return [];
  const { records, missing } = historyRecords(history);
  if (missing.length > 0) {
    // Not a table this module wrote: keep its rows untouched rather than lose what a person typed.
    return history.filter((row, i) => !(i === 0 && isHistoryHeader(row))).map((row) => [...row]);
  }
  return records.map(({ record }) => HISTORY_COLUMNS.map((c) => record[c]));
}

/**
 * The build periods recorded in a history table, in the order first seen.
 *
 * @example
 * recordedBuilds(recordBuild([], facts, '9T/2015')) //=> ['9T/2015']
 */
export function recordedBuilds(history: readonly (readonly CellValue[])[]): string[] {
  const builds = new Set<string>();
  for (const { record } of historyRecords(history).records) {
    const b = String(record.build ?? '').trim();
    if (b) builds.add(canonicalPeriod(b) ?? b);
  }
  return [...builds];
}
