import { build, buildReadings, type SheetReadings } from './build';
import { historyRowsToFacts, recordBuild, type HistoryPlace } from './history';
import type { BuildOptions, BuildResult, CellValue, Fact, SheetGrid } from './model';

/** A build and the history table with it recorded (null when there was nothing to record). */
export interface HistoryBuild {
  result: BuildResult;
  history: CellValue[][] | null;
}

/** Facts read elsewhere and kept as a build of their own, e.g. a previous report's totals ("report:9T/2015"). */
export interface OtherBuild {
  build: string;
  facts: Fact[];
}

/**
 * Builds with the history kept beside the report (lịch sử): the stored table's facts, and those of
 * `others` (previous reports), serve where the submissions lack last year's figures; the table's
 * unreadable rows become issues; `others` and then the build's own facts are recorded into the
 * table, each replacing its own earlier rows. Both faces call this: the add-in with its hidden
 * sheet, the command line with its CSV file. `grids` may be sheets already read (`buildReadings`).
 *
 * @example
 * const { result, history } = buildWithHistory(grids2016, table, { file: 'lich-su.csv', sheet: '' });
 * result.tables[0].rows[5].yoy // last year's FTTH taken from the table
 * history // the table with the 9T/2016 rows recorded
 */
export function buildWithHistory(
  grids: SheetGrid[] | SheetReadings,
  table: readonly (readonly CellValue[])[],
  place: HistoryPlace,
  options: BuildOptions = {},
  others: OtherBuild[] = [],
): HistoryBuild {
  const stored = historyRowsToFacts(table, options.locale ?? 'vi', place);
  const history = [...(options.history ?? []), ...stored.facts, ...others.flatMap((o) => o.facts)];
  const result = Array.isArray(grids)
    ? build(grids, { ...options, history })
    : buildReadings(grids, { ...options, history });
  for (const issue of stored.issues) result.issues.push(issue);
  if (result.period === '' || result.submissions.length === 0) return { result, history: null };
  let recorded = table;
  for (const other of others) recorded = recordBuild(recorded, other.facts, other.build);
  return { result, history: recordBuild(recorded, result.facts, result.period) };
}
