import type { BuildResult, ColumnKey, IndicatorId, Issue, Sector, TableRow } from '../core/model';

/** One row of a table in the JSON output; only the table's columns are present, null where a figure does not apply. */
export interface JsonRow {
  stt: number;
  indicator: IndicatorId;
  label: string;
  unit: string;
  increase?: number | null;
  decrease?: number | null;
  yoy: number | null;
  current?: number | null;
}

/** The JSON `tttt build --json` writes (the format is documented in the README). */
export interface JsonResult {
  period: string;
  tables: { id: Sector; title: string; rows: JsonRow[] }[];
  submissions: {
    file: string;
    sheet: string;
    enterprise: string;
    sector: Sector;
    period: string | null;
    rows: number;
    unrecognised: number;
  }[];
  issues: Pick<Issue, 'severity' | 'code' | 'message' | 'file' | 'sheet' | 'cell'>[];
}

/** Columns in the order the JSON writes them (the telecom table's order). */
const COLUMN_ORDER: ColumnKey[] = ['increase', 'decrease', 'yoy', 'current'];

const orNull = (x: number | null | undefined): number | null =>
  x === undefined || x === null || !Number.isFinite(x) ? null : x;

function jsonRow(row: TableRow, columns: ColumnKey[]): JsonRow {
  const out: JsonRow = {
    stt: row.stt,
    indicator: row.indicator,
    label: row.label,
    unit: row.unit,
    yoy: orNull(row.yoy),
  };
  const ordered: Record<string, unknown> = { stt: out.stt, indicator: out.indicator, label: out.label, unit: out.unit };
  for (const key of COLUMN_ORDER) {
    if (key === 'yoy' || columns.includes(key)) ordered[key] = orNull(row[key]);
  }
  return ordered as unknown as JsonRow;
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
    })),
  };
}
