import {
  comparisonFromChange,
  formatComparison,
  formatFigure,
  type ColumnKey,
  type Convention,
  type Issue,
  type Locale,
  type StandardTable,
  columnHeader,
  FIXED_HEADERS,
  NAME_HEADER,
  SEVERITY_LABELS,
} from '../core';

/** Widest indicator label shown in the terminal; longer ones are cut with "…". */
const LABEL_WIDTH = 44;

const cut = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + '…' : s);

/** A figure as the report prints it: 1.234.567, -28%; a blank for a figure that does not apply. */
function figureText(value: number | null | undefined, key: ColumnKey, convention: Convention, locale: Locale): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  if (key === 'yoy') return formatComparison(comparisonFromChange(value, convention), convention, locale);
  return formatFigure(value, locale);
}

/**
 * A standard table as aligned text for the terminal: title, header, rows; numbers in the
 * Vietnamese format (1.234.567, -28%) as in the report.
 *
 * @example
 * tableText(telecom, 'change', 'vi').split('\n')[2]
 * //=> '1    Điện thoại cố định có dây  Thuê bao  2.907  24.060  -28%  2.907' (padded)
 */
export function tableText(table: StandardTable, convention: Convention = 'change', locale: Locale = 'vi'): string {
  const head = [
    FIXED_HEADERS.stt[locale],
    NAME_HEADER[table.id][locale],
    FIXED_HEADERS.unit[locale],
    ...table.columns.map((k) => columnHeader(k, locale)),
  ];
  const body = table.rows.map((r) => [
    String(r.stt),
    cut(r.label, LABEL_WIDTH),
    r.unit,
    ...table.columns.map((k) => figureText(k === 'yoy' ? r.yoy : r[k], k, convention, locale)),
  ]);
  const widths = head.map((h, c) => Math.max(h.length, ...body.map((row) => row[c].length)));
  // Text columns align left, figures right.
  const line = (row: string[]) =>
    row
      .map((cell, c) => (c < 3 ? cell.padEnd(widths[c]) : cell.padStart(widths[c])))
      .join('  ')
      .trimEnd();
  return [table.title, line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

/** One issue as a terminal line: "Cảnh báo  vnpt.xlsx › BC!F11  message". */
export function issueLine(issue: Issue, locale: Locale): string {
  const where = [issue.file, issue.sheet ? `${issue.sheet}${issue.cell ? '!' + issue.cell : ''}` : '']
    .filter(Boolean)
    .join(' › ');
  // Messages that already name their cells (repeated figures) need no second location.
  const named = issue.file !== '' && issue.message.includes(issue.file);
  return `${SEVERITY_LABELS[issue.severity][locale]}: ${where && !named ? where + ': ' : ''}${issue.message}`;
}
