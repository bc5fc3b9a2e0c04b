/**
 * The command line builds from sheets read in its workers (src/cli/readWorkbook.ts
 * `readFileSheets`: the core's readings, no grid kept) with `buildReadings`; the add-in and the
 * tests build from grids with `build`. Both must give the same result, on real files, after the
 * readings have crossed a thread (structured clone).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { build, buildReadings, readingPeriod, readSheetSafely } from '../../src/core';
import type { BuildOptions, BuildResult, SheetGrid, SheetReading } from '../../src/core';
import { readDictionaryFile } from '../../src/cli/dictionary';
import { readFileSheets, readWorkbook } from '../../src/cli/readWorkbook';

const ROOT = path.resolve(__dirname, '../..');
const filesIn = (folder: string) =>
  fs
    .readdirSync(path.join(ROOT, folder))
    .filter((f) => /\.(xlsx|xls|ods|csv)$/i.test(f))
    .sort()
    .map((f) => path.join(folder, f));

/** A result as plain data: what the JSON and the report are made of. */
const plain = (result: BuildResult) => JSON.parse(JSON.stringify(result)) as unknown;

async function fromGrids(files: string[], options: BuildOptions): Promise<BuildResult> {
  const grids: SheetGrid[] = [];
  for (const f of files) grids.push(...(await readWorkbook(path.join(ROOT, f), f, options.locale)).grids);
  return build(grids, options);
}

async function fromReadings(
  files: string[],
  options: BuildOptions,
): Promise<{ result: BuildResult; readAgain: number }> {
  const plan = { locale: options.locale ?? 'vi', period: readingPeriod(options), dictionary: options.dictionary };
  const readings: SheetReading[] = [];
  const kept = new Map<number, SheetGrid>();
  for (const f of files) {
    // As a worker posts it back: cloned, so nothing is shared with the grids or the catalogue.
    const file = structuredClone(await readFileSheets(path.join(ROOT, f), f, plan, true));
    for (const sheet of file.sheets) {
      if (sheet.grid) kept.set(readings.length, sheet.grid);
      expect(sheet.reading.accounts).toBeUndefined();
      readings.push(sheet.reading);
    }
  }
  let again = 0;
  const readAgain = (index: number, period: string) => {
    const grid = kept.get(index);
    again++;
    return grid ? readSheetSafely(grid, plan.locale, period, plan.dictionary) : null;
  };
  return { result: buildReadings({ readings, readAgain }, options), readAgain: again };
}

describe('buildReadings gives what build gives', () => {
  const dictionary = readDictionaryFile('examples/tu-dien.csv', ROOT, 'vi').dictionary;
  const cases: [string, string[], BuildOptions, boolean][] = [
    ['the reference submissions, period given', filesIn('examples/9T-2015'), { period: '9T/2015' }, false],
    ['the reference submissions, period as stated', filesIn('examples/9T-2015'), { locale: 'en' }, false],
    ['40 layouts, sheets stating no period read again', filesIn('examples/habits'), {}, true],
    ['40 layouts with the dictionary', filesIn('examples/habits'), { dictionary, period: '9T/2015' }, false],
    ['a period that is not one', filesIn('examples/9T-2016'), { period: 'soon' }, false],
  ];
  it.each(cases)('%s', async (_, files, options, readsAgain) => {
    expect(files.length).toBeGreaterThan(0);
    const { result, readAgain } = await fromReadings(files, options);
    expect(plain(result)).toEqual(plain(await fromGrids(files, options)));
    expect(readAgain > 0).toBe(readsAgain);
  });
});
