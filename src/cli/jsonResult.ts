import * as fs from 'node:fs';
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

/**
 * The text of `JSON.stringify(value, null, 2)`, byte for byte, in pieces: the value's outer
 * `depth` levels of arrays and objects are opened here and each member below them is stringified
 * on its own. A result of thousands of submissions is written a submission and an issue at a time,
 * never held whole as one string.
 *
 * @example
 * [...jsonPieces({ a: [1, { b: 2 }] })].join('') === JSON.stringify({ a: [1, { b: 2 }] }, null, 2) //=> true
 */
export function* jsonPieces(value: unknown, depth = 2, indent = ''): Generator<string> {
  const isArray = Array.isArray(value);
  if (
    depth === 0 ||
    typeof value !== 'object' ||
    value === null ||
    typeof (value as { toJSON?: unknown }).toJSON === 'function'
  ) {
    // Below the opened levels: JSON.stringify's own text, its lines moved in to this level.
    const text = JSON.stringify(value, null, 2) as string | undefined;
    yield text === undefined ? 'null' : indent ? text.replace(/\n/g, `\n${indent}`) : text;
    return;
  }
  // JSON.stringify leaves out an object's members that are undefined or functions, and writes null for them in an array.
  const members = isArray
    ? (value as unknown[]).map((v) => [undefined, v] as const)
    : Object.entries(value as object).filter(
        ([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol',
      );
  const [open, close] = isArray ? ['[', ']'] : ['{', '}'];
  if (members.length === 0) {
    yield open + close;
    return;
  }
  const inner = `${indent}  `;
  yield `${open}\n`;
  for (let i = 0; i < members.length; i++) {
    const [key, member] = members[i];
    yield key === undefined ? inner : `${inner}${JSON.stringify(key)}: `;
    const written = typeof member === 'function' || typeof member === 'symbol' ? null : member;
    yield* jsonPieces(written, depth - 1, inner);
    if (i < members.length - 1) yield ',\n';
  }
  yield `\n${indent}${close}`;
}

/**
 * Writes `value` to `file` as `JSON.stringify(value, null, 2)` and a newline would, in pieces of
 * about 64 KB (see `jsonPieces`). Throws what the file system throws.
 */
export function writeJsonFile(file: string, value: unknown): void {
  const fd = fs.openSync(file, 'w');
  try {
    const write = (text: string) => {
      const bytes = Buffer.from(text, 'utf8');
      for (let at = 0; at < bytes.length;) at += fs.writeSync(fd, bytes, at);
    };
    let batch: string[] = [];
    let length = 0;
    for (const piece of jsonPieces(value)) {
      batch.push(piece);
      length += piece.length;
      if (length >= 1 << 16) {
        write(batch.join(''));
        batch = [];
        length = 0;
      }
    }
    batch.push('\n');
    write(batch.join(''));
  } finally {
    fs.closeSync(fd);
  }
}
