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
 * Makes an {@link Issue} from a message, its parameters and the cell it is about.
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
export function makeIssue<P>(
  severity: Severity,
  code: string,
  message: Message<P>,
  params: P,
  locale: Locale,
  where: CellRef,
  about: Pick<Issue, 'enterprise' | 'indicator' | 'cells'> = {},
): Issue {
  return {
    severity,
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
