/** History (lịch sử): the facts of earlier builds, kept as a plain table, and last year's report read as totals. */
export { HISTORY_COLUMNS, factsToHistoryRows, historyRowsToFacts, historyRecords, isHistoryHeader } from './rows';
export type { HistoryColumn, HistoryPlace, HistoryRow, HistoryStamp } from './rows';
export { recordBuild, recordedBuilds } from './record';
export { csvToTable, tableToCsv } from './csv';
export {
  isTotalEnterprise,
  previousReportBuild,
  readPreviousReport,
  readPreviousReportWorkbook,
  TOTAL_ENTERPRISE,
} from './previousReport';
export { fillFromTotals, historyForBuild } from './fillFromTotals';
export { fillFromHistory, lastYearFromHistory } from './lastYear';
export { HISTORY_SHEET, layoutHistory } from './layoutHistory';
