import type { BuildResult, ColumnKey, FigureCount, Issue, Sector, Submission, TableRow } from '../core';

/** The JSON `tttt build --json` writes (the format is documented in docs/json.md). */
export interface JsonResult {
  period: string;
  /** Numeric cells read as figures, and those not used (each named by an issue). */
  figures: FigureCount;
  tables: { id: Sector; title: string; rows: TableRow[] }[];
  /** Each submission read, without its facts (the tables and the issues carry what they tell). */
  submissions: Pick<Submission, 'file' | 'sheet' | 'enterprise' | 'sector' | 'period' | 'rows' | 'unrecognised'>[];
  issues: (Pick<Issue, 'severity' | 'code' | 'message' | 'file' | 'sheet' | 'cell'> & { cells?: string[] })[];
}

/** Columns in the order the JSON writes them (the telecom table's order). */
const COLUMN_ORDER: ColumnKey[] = ['increase', 'decrease', 'yoy', 'current'];

const orNull = (x: number | null | undefined): number | null =>
  x === undefined || x === null || !Number.isFinite(x) ? null : x;

/** A table row with only the table's columns, in COLUMN_ORDER, null where a figure does not apply. */
function jsonRow(row: TableRow, columns: ColumnKey[]): TableRow {
  const ordered: Record<string, unknown> = { stt: row.stt, indicator: row.indicator, label: row.label, unit: row.unit };
  for (const key of COLUMN_ORDER) {
    if (key === 'yoy' || columns.includes(key)) ordered[key] = orNull(row[key]);
  }
  return ordered as unknown as TableRow;
}

/**
 * The build result in the JSON shape of `tttt build --json`: the tables with their rows (telecom
 * rows: increase, decrease, yoy, current; postal rows: increase, yoy), the submissions read and
 * the issues. `yoy` is the unrounded change whatever the display convention.
 *
 * @example
 * toJsonResult(result).tables[1].rows[0] //=> { stt: 1, indicator: 'press-distribution', label: '…', unit: 'Tờ, cuốn', increase: 7162000, yoy: -0.04… }
 */
export function toJsonResult(result: BuildResult): JsonResult {
  return {
    period: result.period,
    figures: result.figures ?? { used: 0, unused: 0 },
    tables: result.tables.map((t) => ({ id: t.id, title: t.title, rows: t.rows.map((r) => jsonRow(r, t.columns)) })),
    submissions: result.submissions.map((s) => ({
      file: s.file,
      sheet: s.sheet,
      enterprise: s.enterprise,
      sector: s.sector,
      period: s.period,
      rows: s.rows,
      unrecognised: s.unrecognised,
    })),
    issues: result.issues.map((i) => ({
      severity: i.severity,
      code: i.code,
      message: i.message,
      file: i.file,
      sheet: i.sheet,
      cell: i.cell,
      ...(i.cells ? { cells: i.cells } : {}),
    })),
  };
}
