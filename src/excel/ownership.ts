/**
 * How the add-in recognises its own sheets (trang tính do TTTT Tables tạo): two independent
 * marks, either one enough.
 *
 * 1. The sheet's own worksheet-level custom property (ExcelApi 1.12), whose value records the
 *    name the add-in gave the sheet and a digest of what it wrote there.
 * 2. The registry in the workbook's settings (registry.ts, ExcelApi 1.4), saved inside the file
 *    for this add-in: the name of every output sheet and a digest per written row. It is what
 *    still works on a host without 1.12, or if a platform drops the sheet's property on save.
 *
 * A sheet is ours only while a mark names it by its current name:
 * - a person's sheet never carries either mark, so it is never written (same name or not);
 * - a copy of an output sheet is named "… (2)", so neither mark names it (and copies lose the
 *   custom property anyway: office-js#5486);
 * - a sheet a person renamed (to keep last quarter's tables, say) is released, never overwritten;
 * - a sheet renamed back is named again, but it is rewritten only if it still holds exactly what
 *   the add-in last wrote (guard.ts): a person's typing is never cleared.
 * Both marks are written in the write sync and read in the list and read syncs, so ownership
 * costs no sync of its own. A hidden marker cell would be simpler to read but a person can type
 * over, sort or delete it.
 */
import type { SheetLayout } from '../core';
import { type Registry, entryFor } from './registry';

/** Key of the custom property on every sheet the add-in wrote. */
export const OWNER_KEY = 'TTTT.Tables.output';

/** What the marker says: the name the add-in wrote the sheet under, and the name it was asked for. */
export interface OwnerMark {
  name: string;
  requested: string;
  kind: SheetLayout['kind'];
  /** Digest of the written block (guard.ts `blockDigest`) and its size, to tell a person's edits. */
  digest?: string;
  rows?: number;
  cols?: number;
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

/**
 * Whose a sheet is, from both marks: its own property's mark when it names the sheet, else the
 * registry's entry for that name. Null for a person's sheet.
 *
 * @example
 * const registry = { version: 1, sheets: [{ name: 'TTTT Biểu', requested: 'TTTT Biểu', kind: 'tables', rows: 1, cols: 1, digests: ['x'] }] };
 * ownerFrom('TTTT Biểu', null, registry)?.kind //=> 'tables' (the property was lost; the registry still knows)
 * ownerFrom('TTTT Biểu (2)', null, registry) //=> null (a copy)
 */
export function ownerFrom(sheetName: string, mark: OwnerMark | null, registry: Registry): OwnerMark | null {
  if (isOwned(sheetName, mark)) return mark;
  const entry = entryFor(registry, sheetName);
  return entry ? { name: entry.name, requested: entry.requested, kind: entry.kind } : null;
}
