/**
 * The Office.js adapter (src/excel): reads the workbook's sheets as grids and writes the report's
 * sheets with a fixed, small number of syncs. It holds no domain rule: the core decides.
 */
export {
  buildTables,
  scanSubmissions,
  requestedNames,
  saveWorkbookSettings,
  loadWorkbookSettings,
} from './buildTables';
export type { BuildTablesOptions, BuildOutcome, BuildStep, OutputKind, ScanOptions } from './buildTables';
export { readGrids, listSheets, sizeSheets, candidates, plainCell, DEFAULT_OUTPUT_NAMES } from './readGrids';
export type { SheetInfo, GridReading, ReadOptions, SkipReason } from './readGrids';
export { writeLayouts, planTargets, blockOf, numberFormatOf } from './writeLayouts';
export type { WriteTarget } from './writeLayouts';
export { selectSource } from './selectSource';
export { importWorkbooks, importGrids } from './importWorkbooks';
export type { ImportedFile, ParsedFile } from './importWorkbooks';
export { OWNER_KEY, isOwned, parseMark } from './ownership';
export type { OwnerMark } from './ownership';
export { session, excelHost } from './session';
export type { Session, ExcelHost } from './session';
export { DEFAULT_BUDGET, needsCellFonts, planReads } from './plan';
export type { Budget } from './plan';
export { capabilities, supportsExcelApi, REQUIRED_EXCEL_API } from './requirements';
export type { Capabilities } from './requirements';
export { REGISTRY_KEY, SETTINGS_KEY, parseRegistry, parseWorkbookSettings } from './registry';
export type { Registry, RegistryEntry, WorkbookSettings } from './registry';
export { personCells } from './guard';
export { comparisonCharts } from './chart';
export { textCell, parsable } from './writeLayouts';
export { loadWorkbookDictionary, taughtDictionary } from './dictionary';
export { selfTest, selfTestText } from './selfTest';
export type { SelfTestRow } from './selfTest';
