import { toPhrase } from '../catalogue';
import { type Cell, type Cells } from './cells';
import { headerRole } from './columnRoles';
import { isHeaderRow } from './findHeader';

/**
 * Why the reader, not the faces, reads date serials: Excel (Office.js `range.values`) gives a
 * cell typed as a date ("31/12/2014" over the opening stock, "30/9/2015" over the closing) as
 * its serial number (42004, 42277), while the command line's ExcelJS gives a Date, written as
 * "dd/mm/yyyy" text. Loading `numberFormat` in Excel to tell dates apart would double the read
 * payload (and add syncs when split) for a few header cells; a serial in a row that is otherwise
 * a header is unambiguous and costs nothing. So both faces pass what they get, and here a header
 * row's serials become the same "dd/mm/yyyy" text the command line gives: the two faces read a
 * workbook alike.
 */

/** Excel's serial of 1 Jan 2000 and of 31 Dec 2099: dates in headers are of this century. */
const FIRST_SERIAL = 36526;
const LAST_SERIAL = 73050;
const DAY_MS = 86_400_000;
/** Excel's day 0 (its serials count from 30 Dec 1899, past its 1900 leap-year bug). */
const EPOCH_MS = Date.UTC(1899, 11, 30);

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The "dd/mm/yyyy" text of an Excel date serial that bounds a period (the first or last day of a
 * month, 2000–2099), as the command line writes a date cell; null for any other number.
 *
 * @example
 * serialDateText(42004) //=> '31/12/2014'
 * serialDateText(42277) //=> '30/09/2015'
 * serialDateText(42280) //=> null (3 Oct 2015 bounds no period)
 */
export function serialDateText(value: unknown): string | null {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < FIRST_SERIAL || value > LAST_SERIAL) return null;
  const date = new Date(EPOCH_MS + value * DAY_MS);
  const lastDay = new Date(EPOCH_MS + (value + 1) * DAY_MS).getUTCDate() === 1;
  if (date.getUTCDate() !== 1 && !lastDay) return null;
  return `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
}

/** The row with every cell that is a date serial turned into the date's text, or null when none is. */
function withDates(row: Cell[]): Cell[] | null {
  let any = false;
  const out = row.map((cell) => {
    const text = serialDateText(cell.raw);
    if (text === null) return cell;
    any = true;
    return { ...cell, raw: text, text, phrase: toPhrase(text) };
  });
  return any ? out : null;
}

/** Whether a row's texts name its columns: two or more named, one of them the STT or label column. */
function namesColumns(row: Cell[]): boolean {
  const roles = row.filter((cell) => typeof cell.raw === 'string').map((cell) => headerRole(cell.phrase));
  return roles.filter((role) => role !== null).length >= 2 && roles.some((role) => role === 'label' || role === 'stt');
}

/** Whether a row holds numbers and nothing else, all of them date serials (the lower row of a merged date header). */
function onlyDates(row: Cell[]): boolean {
  const filled = row.filter((cell) => cell.text !== '');
  return filled.length > 0 && filled.every((cell) => serialDateText(cell.raw) !== null);
}

/**
 * Reads Excel date serials in a table's header rows as the dates they are (see above): in a row
 * that names its columns (STT or Chỉ tiêu, and another) and is a header once its serials are
 * dates, and in a row of dates only right under such a header (dates under a merged "Hiện có").
 * Figures anywhere else stay figures: 42004 subscribers in a data row are not a date.
 *
 * @example
 * headerDates(readCells(grid([['Chỉ tiêu', 'ĐVT', 42004, 42277], ['Thuê bao FTTH', 'TB', 1000, 1250]])))[0][2].text
 * //=> '31/12/2014'
 */
export function headerDates(cells: Cells): Cells {
  let changed = false;
  const out = cells.map((row, r) => {
    const dated = withDates(row);
    if (!dated) return row;
    const above = r > 0 ? cells[r - 1] : undefined;
    const header =
      (namesColumns(row) && isHeaderRow(dated)) ||
      (onlyDates(row) && above !== undefined && isHeaderRow(withDates(above) ?? above));
    if (!header) return row;
    changed = true;
    return dated;
  });
  return changed ? out : cells;
}
