/**
 * The core of TTTT Tables: pure TypeScript every face (Excel, custom functions, command line)
 * calls. `build` turns sheets into the standard tables; the rest is here for the faces' own needs
 * (a function that compares two figures, a pane that shows a period, the CLI that writes the
 * report layouts and records history).
 */
export type * from './model';
export { CoreError } from './errors';
export { cellAddress, cellPosition, columnIndex, makeIssue, type Message } from './issues';

export { build, commonPeriod, readSheetSafely } from './build';
export { buildWithHistory, type HistoryBuild, type OtherBuild } from './buildWithHistory';
export { indicatorTotal } from './indicatorTotal';
export * from './compute';
export * from './checks';
export * from './tables';
export * from './catalogue';
export * from './reader';
export * from './text';
export * from './numbers';
export * from './units';
export * from './periods';
export * from './cumulative';
export * from './history';
export * from './sentences';
export * from './report';
export * from './words';
export * from './dictionary';
