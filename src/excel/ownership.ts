/**
 * How the add-in recognises its own sheets (trang tính do TTTT Tables tạo).
 *
 * Each output sheet carries a worksheet-level custom property (ExcelApi 1.12) whose value records
 * the name the add-in gave the sheet. A sheet is ours only while it has that property AND still
 * has that name:
 * - a person's sheet never has the property, so it is never written (same name or not);
 * - Excel copies custom properties with a sheet, but the copy is named "… (2)", so it is not ours;
 * - a sheet a person renamed (to keep last quarter's tables, say) is released, never overwritten.
 * The property is written in the same sync as the sheet (no id to wait for), and read in the
 * read sync with the values (one small request per sheet), so ownership costs no sync of its own. A hidden
 * marker cell would be simpler to read but a person can type over, sort or delete it.
 */
import type { SheetLayout } from '../core/model';

/** Key of the custom property on every sheet the add-in wrote. */
export const OWNER_KEY = 'TTTT.Tables.output';

/** What the marker says: the name the add-in wrote the sheet under, and the name it was asked for. */
export interface OwnerMark {
  name: string;
  requested: string;
  kind: SheetLayout['kind'];
}

/** The marker's value (kept under 255 characters, the limit of a custom property on desktop). */
export function markValue(mark: OwnerMark): string {
  return JSON.stringify(mark);
}

/**
 * Reads a marker; null when absent or not ours.
 *
 * @example
 * parseMark('{"name":"TTTT Biểu","requested":"TTTT Biểu","kind":"tables"}')?.name //=> 'TTTT Biểu'
 * parseMark('hello') //=> null
 */
export function parseMark(value: string | null | undefined): OwnerMark | null {
  if (!value) return null;
  try {
    const m = JSON.parse(value) as Partial<OwnerMark>;
    return typeof m.name === 'string' && typeof m.requested === 'string' && typeof m.kind === 'string'
      ? (m as OwnerMark)
      : null;
  } catch {
    return null;
  }
}

/**
 * Whether a sheet named `sheetName` carrying `mark` is the add-in's: the marker must name it.
 *
 * @example
 * isOwned('TTTT Biểu', { name: 'TTTT Biểu', requested: 'TTTT Biểu', kind: 'tables' }) //=> true
 * isOwned('TTTT Biểu (2)', { name: 'TTTT Biểu', requested: 'TTTT Biểu', kind: 'tables' }) //=> false (a copy)
 */
export function isOwned(sheetName: string, mark: OwnerMark | null): mark is OwnerMark {
  return mark !== null && mark.name.toLowerCase() === sheetName.toLowerCase();
}

/**
 * Whether a sheet is named like one the add-in writes: one of `outputs` ("TTTT Biểu"), or the free
 * name the add-in takes when a person's sheet has it ("TTTT Biểu (2)", shortened to 31 characters),
 * compared without case like Excel. Such a sheet is probably the add-in's output, so the read
 * sync does not fetch its values before its marker says whose it is.
 *
 * @example
 * outputLike('tttt biểu (2)', ['TTTT Biểu']) //=> true
 * outputLike('VNPT', ['TTTT Biểu']) //=> false
 */
export function outputLike(name: string, outputs: readonly string[]): boolean {
  const lower = name.toLowerCase();
  const numbered = / \((\d+)\)$/.exec(lower);
  return outputs.some((wanted) => {
    const w = wanted.toLowerCase();
    if (w === lower) return true;
    return numbered !== null && w.slice(0, 31 - numbered[0].length) === lower.slice(0, -numbered[0].length);
  });
}

/**
 * The add-in's mark on a sheet from its loaded marker property (a null object when the sheet has
 * none), kept only while the sheet still has the name the add-in gave it.
 *
 * @example
 * const value = markValue({ name: 'TTTT Biểu', requested: 'TTTT Biểu', kind: 'tables' });
 * ownerOf('TTTT Biểu', { isNullObject: false, value })?.kind //=> 'tables'
 * ownerOf('TTTT Biểu (copy)', { isNullObject: false, value }) //=> null (a person's copy)
 */
export function ownerOf(sheetName: string, marker: { isNullObject: boolean; value?: string }): OwnerMark | null {
  const mark = marker.isNullObject ? null : parseMark(marker.value);
  return isOwned(sheetName, mark) ? mark : null;
}
