/**
 * Writes the layout corpus to a folder: N workbooks and, next to each, its truth
 * (`<file>.truth.json`: period, habits and every figure with its cell).
 *
 * Run: `npx tsx scripts/corpus/write.ts --n 50 --seed 1 --out /tmp/corpus`
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { generateWorkbook, type CorpusWorkbook } from './generate';
import { workbookBytes } from './sheet';

/** The truth record written next to a workbook. */
export function truthRecord(wb: CorpusWorkbook) {
  return {
    file: wb.file,
    period: wb.period,
    stated: wb.stated,
    enterprise: wb.enterprise,
    province: wb.province,
    habits: wb.habits,
    figures: wb.truth,
  };
}

/** Generates workbook `index` and writes it with its truth into `dir`; returns it. */
export async function writeWorkbook(dir: string, seed: number, index: number): Promise<CorpusWorkbook> {
  const wb = generateWorkbook(seed, index);
  const bytes = await workbookBytes(wb.sheets);
  await fs.promises.writeFile(path.join(dir, wb.file), bytes);
  await fs.promises.writeFile(path.join(dir, `${wb.file}.truth.json`), JSON.stringify(truthRecord(wb), null, 1));
  return wb;
}

export function argValue(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(`--${name}`);
  if (i < 0 || i + 1 >= args.length) return fallback;
  const n = Number(args[i + 1]);
  return Number.isFinite(n) ? n : fallback;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const n = argValue(args, 'n', 50);
  const seed = argValue(args, 'seed', 1);
  const o = args.indexOf('--out');
  const out = o >= 0 ? args[o + 1] : path.join(process.cwd(), 'corpus-out');
  fs.mkdirSync(out, { recursive: true });
  for (let i = 0; i < n; i++) await writeWorkbook(out, seed, i);
  console.log(`${n} workbooks (seed ${seed}) in ${out}`);
}

if (require.main === module) void main();
