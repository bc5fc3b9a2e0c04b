/**
 * The sample submissions of examples/9T-2015 as sheets of one report workbook, the way a person
 * would have pasted or imported them (one sheet per submission sheet, names made unique).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { SheetGrid } from '../../src/core/model';
import { readWorkbook } from '../../src/cli/readWorkbook';
import type { DoubleSheetInit } from './double';
import { needsCellFonts } from '../../src/excel/plan';

const dir = path.join(__dirname, '..', '..', 'examples', '9T-2015');

let cache: SheetGrid[] | undefined;

/** Every sheet of every example file, as the command line reads it. */
export async function exampleGrids(): Promise<SheetGrid[]> {
  if (!cache) {
    const files = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.xlsx'))
      .sort();
    cache = [];
    for (const f of files) cache.push(...(await readWorkbook(path.join(dir, f), f)).grids);
  }
  return cache;
}

/** A sheet name of at most 31 characters, unique among `taken`. */
function uniqueName(wanted: string, taken: Set<string>): string {
  let name = wanted.slice(0, 31);
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${wanted.slice(0, 31 - String(n).length - 1)}~${n}`;
  taken.add(name.toLowerCase());
  return name;
}

/**
 * The example sheets as `copies` × all example sheets in one workbook (names unique); with
 * copies = 1 it is the 13 sheets of the 11 sample files.
 */
export async function exampleSheets(count?: number): Promise<DoubleSheetInit[]> {
  const grids = await exampleGrids();
  const taken = new Set<string>();
  const n = count ?? grids.length;
  return Array.from({ length: n }, (_, i) => {
    const g = grids[i % grids.length];
    const stem = g.file.replace(/-quang-ninh|\.xlsx$/g, '');
    return { name: uniqueName(`${stem} ${g.sheet}`, taken), values: g.values, fonts: g.fonts };
  });
}

/**
 * Ordinary submission sheets: the example sheets typed in Unicode (not the TCVN3 / VNI ones, whose
 * mixed fonts cost a sync of per-cell fonts), `count` of them, names unique.
 */
export async function ordinarySheets(count: number): Promise<DoubleSheetInit[]> {
  const all = await exampleSheets();
  const unicode = all.filter((s) => !needsCellFonts(null, s.values));
  const taken = new Set<string>();
  return Array.from({ length: count }, (_, i) => {
    const s = unicode[i % unicode.length];
    return { ...s, name: uniqueName(s.name, taken) };
  });
}
