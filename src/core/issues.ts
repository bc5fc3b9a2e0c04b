import type { IssueCode, SeverityOf } from './issueCodes';
import type { CellRef, Issue, Locale, Severity } from './model';

/**
 * A message in both languages. Each module keeps the messages of the issues it raises next to
 * the rule that raises them, so a rule and its wording change together.
 */
export interface Message<P> {
  vi: (params: P) => string;
  en: (params: P) => string;
}

/**
 * The one message for a sheet that could not be read at all (an exception while reading it, in the
 * reader or in a face's conversion to a grid): `unreadable-sheet`, the sheet skipped.
 */
export const UNREADABLE_SHEET: Message<{ sheet: string; reason: string }> = {
  vi: (p) => `Trang "${p.sheet}": lỗi khi đọc (${p.reason}): bỏ qua`,
  en: (p) => `Sheet "${p.sheet}": error while reading (${p.reason}): skipped`,
};

/**
 * Makes an {@link Issue} from a message, its parameters and the cell it is about. The code is one
 * of src/core/issueCodes.ts, raised only with a severity declared there for it.
 *
 * @example
 * const notANumber: Message<{ text: string }> = {
 *   vi: (p) => `Không đọc được số "${p.text}"`,
 *   en: (p) => `Cannot read the number "${p.text}"`,
 * };
 * makeIssue('warning', 'unreadable-number', notANumber, { text: '1,2,3' }, 'vi',
 *   { file: 'a.xlsx', sheet: 'VNPT', cell: 'D7' });
 * //=> { severity: 'warning', code: 'unreadable-number', message: 'Không đọc được số "1,2,3"', file: 'a.xlsx', sheet: 'VNPT', cell: 'D7' }
 */
export function makeIssue<C extends IssueCode, P>(
  severity: SeverityOf<C>,
  code: C,
  message: Message<P>,
  params: P,
  locale: Locale,
  where: CellRef,
  about: Pick<Issue, 'enterprise' | 'indicator' | 'cells'> = {},
): Issue {
  return {
    severity: severity as Severity,
    code,
    message: message[locale](params),
    file: where.file,
    sheet: where.sheet,
    cell: where.cell,
    ...about,
  };
}

/**
 * A1 address of a 0-based (row, column), e.g. (11, 5) → "F12".
 *
 * @example
 * cellAddress(0, 0) //=> 'A1'
 * cellAddress(11, 27) //=> 'AB12'
 */
export function cellAddress(row: number, col: number): string {
  let letters = '';
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26)) {
    letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters;
  }
  return `${letters}${row + 1}`;
}

/**
 * A1 address of a block of cells from its 0-based first and last row and column: one cell's
 * address when it is one cell.
 *
 * @example
 * rangeAddress(0, 0, 2, 1) //=> 'A1:B3'
 * rangeAddress(4, 2, 4, 2) //=> 'C5'
 */
export function rangeAddress(top: number, left: number, bottom: number, right: number): string {
  const first = cellAddress(top, left);
  return top === bottom && left === right ? first : `${first}:${cellAddress(bottom, right)}`;
}

/**
 * A sheet's name as a formula or a link writes it: in quotes, a quote in it doubled. With
 * `onlyWhenNeeded`, a name of letters, digits and underscores stays bare, as Excel shows it.
 *
 * @example
 * sheetName("Viettel's BC") //=> "'Viettel''s BC'"
 * sheetName('VNPT', { onlyWhenNeeded: true }) //=> 'VNPT'
 */
export function sheetName(sheet: string, options: { onlyWhenNeeded?: boolean } = {}): string {
  if (options.onlyWhenNeeded && /^[\p{L}\p{N}_]+$/u.test(sheet)) return sheet;
  return `'${sheet.replace(/'/g, "''")}'`;
}

/**
 * A reference to a cell of a sheet, as a formula, a hyperlink or a person writes it ("'Sheet'!F12").
 *
 * @example
 * sheetReference('Viettel BC', 'B3') //=> "'Viettel BC'!B3"
 * sheetReference('VNPT', 'F12', { onlyWhenNeeded: true }) //=> 'VNPT!F12'
 */
export function sheetReference(sheet: string, cell: string, options: { onlyWhenNeeded?: boolean } = {}): string {
  return `${sheetName(sheet, options)}!${cell}`;
}

/**
 * 0-based column of column letters ("A" → 0, "AB" → 27); -1 for anything else.
 *
 * @example
 * columnIndex('F') //=> 5
 */
export function columnIndex(letters: string): number {
  if (!/^[A-Z]+$/i.test(letters)) return -1;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

/**
 * 0-based (row, column) of an A1 address, the inverse of {@link cellAddress} ("$" allowed); null
 * for anything else.
 *
 * @example
 * cellPosition('F12') //=> { row: 11, col: 5 }
 * cellPosition('H3:H20') //=> null
 */
export function cellPosition(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]+)\$?(\d+)$/i.exec(address.trim());
  return m ? { row: Number(m[2]) - 1, col: columnIndex(m[1]) } : null;
}
