/**
 * Pure helpers that turn what the adapter returns (SheetReading[], BuildResult) into what the
 * pane lists. They only arrange data for display: every domain decision comes from the core.
 */
import {
  sheetName,
  sheetReference,
  type CellRef,
  type Issue,
  type Severity,
  type SheetReading,
  type Submission,
} from '../core';

/** One data sheet as the pane lists it (trang số liệu). */
export interface SheetSummary {
  file: string;
  sheet: string;
  submissions: Submission[];
  /** Problems the reader saw on the sheet. */
  problems: number;
}

/** The reader's decision over all sheets: data sheets and sheets that are not data, apart. */
export interface ReadingSummary {
  dataSheets: SheetSummary[];
  notData: string[];
}

/**
 * Splits readings into sheets with submissions and sheets the reader judged not to be data.
 *
 * @example
 * summariseReadings([{ file: '', sheet: 'Ghi chú', submissions: [], issues: [] }])
 * //=> { dataSheets: [], notData: ['Ghi chú'] }
 */
export function summariseReadings(readings: readonly SheetReading[]): ReadingSummary {
  const dataSheets: SheetSummary[] = [];
  const notData: string[] = [];
  for (const r of readings) {
    if (r.submissions.length === 0) notData.push(r.sheet);
    else dataSheets.push({ file: r.file, sheet: r.sheet, submissions: r.submissions, problems: r.issues.length });
  }
  return { dataSheets, notData };
}

/** Submissions of the sheets not excluded. */
export function includedSubmissions(summary: ReadingSummary, excluded: ReadonlySet<string>): Submission[] {
  return summary.dataSheets.filter((s) => !excluded.has(s.sheet)).flatMap((s) => s.submissions);
}

/** Severities in the order the pane shows them: what must be fixed first. */
export const severityOrder: readonly Severity[] = ['error', 'warning', 'info'];

/**
 * Problems grouped by severity, most severe first, empty groups left out; order within a group
 * is the build's.
 *
 * @example
 * groupBySeverity([{ severity: 'info', … }, { severity: 'error', … }]).map((g) => g.severity)
 * //=> ['error', 'info']
 */
export function groupBySeverity(issues: readonly Issue[]): { severity: Severity; issues: Issue[] }[] {
  return severityOrder
    .map((severity) => ({ severity, issues: issues.filter((i) => i.severity === severity) }))
    .filter((g) => g.issues.length > 0);
}

/**
 * The cell a click on a problem selects, or null when the problem names no sheet of this workbook.
 * A problem about a whole sheet selects its first cell.
 *
 * @example
 * issueTarget({ file: '', sheet: 'VNPT', cell: 'F12', … }) //=> { file: '', sheet: 'VNPT', cell: 'F12' }
 */
export function issueTarget(issue: Pick<Issue, 'file' | 'sheet' | 'cell'>): CellRef | null {
  if (!issue.sheet) return null;
  return { file: issue.file, sheet: issue.sheet, cell: issue.cell || 'A1' };
}

/**
 * Where a problem is, as people write it in Excel: `'Sheet name'!F12`.
 *
 * @example
 * issuePlace({ sheet: 'VNPT', cell: 'F12' }) //=> 'VNPT!F12'
 * issuePlace({ sheet: 'Viettel BC', cell: 'B3' }) //=> "'Viettel BC'!B3"
 */
export function issuePlace(issue: Pick<Issue, 'sheet' | 'cell'>): string {
  const bare = { onlyWhenNeeded: true };
  return issue.cell ? sheetReference(issue.sheet, issue.cell, bare) : sheetName(issue.sheet, bare);
}

/**
 * Base64 of a file's bytes, as `insertWorksheetsFromBase64` takes them. Works in chunks so a
 * large workbook does not overflow the argument list of `String.fromCharCode`.
 *
 * @example
 * bytesToBase64(new Uint8Array([80, 75, 3, 4])) //=> 'UEsDBA=='
 */
export function bytesToBase64(bytes: Uint8Array): string {
  const chunk = 0x8000;
  let binary = '';
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

/**
 * The message of a failure in the pane's language: a CoreError carries both languages.
 *
 * @example
 * errorText(new Error('boom'), 'vi') //=> 'boom'
 */
export function errorText(error: unknown, locale: 'vi' | 'en'): string {
  const e = error as { text?: (l: 'vi' | 'en') => string; message?: string } | null;
  if (e && typeof e.text === 'function') return e.text(locale);
  if (e && typeof e.message === 'string' && e.message) return e.message;
  return String(error);
}
