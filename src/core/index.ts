/**
 * The core of TTTT Tables: pure TypeScript every face (Excel, custom functions, command line)
 * calls, and the one door they use: a face imports from here, never from a file inside src/core
 * (an eslint rule says so). `build` turns sheets into the standard tables; the rest is here for the
 * faces' own needs (a function that compares two figures, a pane that shows a period, the CLI that
 * writes the report layouts and records history).
 */

// The domain model, errors and issues.
export type * from './model';
export { CoreError } from './errors';
export {
  cellAddress,
  cellPosition,
  columnIndex,
  makeIssue,
  rangeAddress,
  sheetName,
  sheetReference,
  UNREADABLE_SHEET,
  type Message,
} from './issues';
export {
  ISSUE_CODES,
  severitiesOf,
  type CodeWith,
  type IssueCode,
  type IssueCodeInfo,
  type SeverityOf,
} from './issueCodes';

// Building: sheets → tables, with history.
export {
  build,
  buildReadings,
  commonPeriod,
  readingPeriod,
  readSheetSafely,
  type BuildProgress,
  type SheetReadings,
} from './build';
export { buildWithHistory, type HistoryBuild, type OtherBuild } from './buildWithHistory';
export * from './reader';
export * from './cumulative';
export * from './history';
export * from './dictionary';

// The rules a build applies, also called one by one by the custom functions.
export { indicatorTotal } from './indicatorTotal';
export * from './compute';
export * from './checks';
export * from './tables';

// Words, numbers, units, periods and legacy text.
export * from './catalogue';
export * from './text';
export * from './numbers';
export * from './units';
export * from './periods';
export * from './words';

// What the report looks like: the layouts both writers write, and the sentences.
export * from './report';
export * from './sentences';
