/** The standard tables (biểu) and the per-enterprise breakdown, built from totals. */
export { buildBreakdown } from './breakdown';
export { buildStandardTables, tableRow, tableTitle, type StandardTableOptions } from './buildStandardTables';
export { COLUMN_LABELS, TABLE_COLUMNS, TABLE_TITLES, TITLE_JOIN } from './columns';
export { yoyOf } from './yoy';
