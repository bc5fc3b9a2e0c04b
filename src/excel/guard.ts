/**
 * Keeping a person's cells safe in the add-in's own sheets (giữ ô người dùng gõ): the add-in
 * remembers what it wrote (a digest per row of the written block, see registry.ts); before it
 * rewrites an output sheet it compares the sheet's cells with that. A row that changed, or any
 * cell outside the block that holds something, is a person's work: the sheet is then left as it
 * is (released, no longer the add-in's) and the output goes to a new sheet, with a warning that
 * names those cells. Pure: no Office here.
 */
import { columnIndex, type SheetLayout } from '../core';
import type { RegistryEntry } from './registry';

/** A value as read back from Excel or as written, the way digests compare it. */
export type PlainValue = string | number | boolean | null;

/** Empty strings and undefined as null; everything else as is. */
function plain(v: unknown): PlainValue {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  return String(v);
}

/**
 * FNV-1a (32 bits) of a string, in base 36: short, stable, not cryptographic (it detects changes,
 * it does not resist forgery).
 *
 * @example
 * hash('') //=> 'ztntfp' (the FNV offset basis)
 */
export function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

/** The digest of one row of `cols` cells. */
export function rowDigest(row: readonly unknown[], cols: number): string {
  return hash(JSON.stringify(Array.from({ length: cols }, (_, c) => plain(row[c]))));
}

/** The digest of a whole block, from its row digests (what the sheet's own mark carries). */
export function blockDigest(digests: readonly string[]): string {
  return hash(digests.join('|'));
}

const A1 = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i;

/** Column letters of a 0-based column. */
export function columnLetters(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * What a layout leaves in the sheet once written: its values from A1, with the cells a merge
 * hides emptied (Excel keeps only a merged area's top-left value).
 */
export function writtenValues(layout: SheetLayout): { values: PlainValue[][]; cols: number } {
  const cols = Math.max(1, ...layout.cells.map((r) => r.length));
  const values = (layout.cells.length ? layout.cells : [[]]).map((line) =>
    Array.from({ length: cols }, (_, c) => plain(line[c]?.value ?? null)),
  );
  for (const merge of layout.merges) {
    const m = A1.exec(merge);
    if (!m) continue;
    const r0 = Number(m[2]) - 1;
    const c0 = columnIndex(m[1]);
    const r1 = m[4] ? Number(m[4]) - 1 : r0;
    const c1 = m[3] ? columnIndex(m[3]) : c0;
    for (let r = r0; r <= r1; r++)
      for (let c = c0; c <= c1; c++) if ((r !== r0 || c !== c0) && values[r] && c < cols) values[r][c] = null;
  }
  return { values, cols };
}

/** The registry entry for a layout written under `name` (asked for as `requested`). */
export function entryOf(layout: SheetLayout, name: string, requested: string): RegistryEntry {
  const { values, cols } = writtenValues(layout);
  return {
    name,
    requested,
    kind: layout.kind,
    rows: values.length,
    cols,
    digests: values.map((r) => rowDigest(r, cols)),
  };
}

/** What a sheet holds now: its used range's values and where that range starts (0-based). */
export interface SheetContent {
  top: number;
  left: number;
  values: readonly (readonly unknown[])[];
}

/** At most this many cells or rows are named one by one; the rest are counted. */
const NAMED = 20;

/**
 * The cells a person changed or added in an output sheet, as A1 references (a changed row of the
 * block as its range "A5:G5", a cell outside it as "J2"); empty when the sheet holds exactly
 * what the add-in wrote. With no registry entry but the sheet mark's whole-block digest (and
 * size), a change is named as the whole used range; with neither (a sheet written by an older version),
 * nothing can be compared and nothing is named.
 *
 * @example
 * personCells({ name: 'TTTT Biểu', requested: 'TTTT Biểu', kind: 'tables', rows: 1, cols: 2,
 *   digests: [rowDigest(['STT', 1], 2)] }, undefined, { top: 0, left: 0, values: [['STT', 1, 'ghi chú']] })
 * //=> ['C1']
 */
export function personCells(
  entry: RegistryEntry | undefined,
  mark: { digest?: string; rows?: number; cols?: number } | undefined,
  content: SheetContent,
): string[] {
  const at = (r: number, c: number): PlainValue => {
    const line = content.values[r - content.top];
    return line ? plain(line[c - content.left]) : null;
  };
  if (!entry) {
    if (!mark?.digest || mark.rows === undefined || mark.cols === undefined) return [];
    const { rows, cols } = mark;
    const digests = Array.from({ length: rows }, (_, r) =>
      rowDigest(
        Array.from({ length: cols }, (_, c) => at(r, c)),
        cols,
      ),
    );
    return blockDigest(digests) === mark.digest && outsideEmpty(content, rows, cols) ? [] : [usedAddress(content)];
  }
  const named: string[] = [];
  let more = 0;
  const name = (ref: string): void => {
    if (named.length < NAMED) named.push(ref);
    else more += 1;
  };
  for (let r = 0; r < entry.rows; r++) {
    const row = Array.from({ length: entry.cols }, (_, c) => at(r, c));
    if (rowDigest(row, entry.cols) !== entry.digests[r]) {
      name(entry.cols > 1 ? `A${r + 1}:${columnLetters(entry.cols - 1)}${r + 1}` : `A${r + 1}`);
    }
  }
  content.values.forEach((line, i) =>
    line.forEach((v, j) => {
      const r = content.top + i;
      const c = content.left + j;
      if ((r >= entry.rows || c >= entry.cols) && plain(v) !== null) name(`${columnLetters(c)}${r + 1}`);
    }),
  );
  if (more) named.push(`+${more}`);
  return named;
}

function outsideEmpty(content: SheetContent, rows: number, cols: number): boolean {
  return content.values.every((line, i) =>
    line.every((v, j) => (content.top + i < rows && content.left + j < cols) || plain(v) === null),
  );
}

function usedAddress(content: SheetContent): string {
  const h = Math.max(1, content.values.length);
  const w = Math.max(1, ...content.values.map((l) => l.length));
  const first = `${columnLetters(content.left)}${content.top + 1}`;
  const last = `${columnLetters(content.left + w - 1)}${content.top + h}`;
  return first === last ? first : `${first}:${last}`;
}
