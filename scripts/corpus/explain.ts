/**
 * Reads one corpus workbook as bench:reader does and says, figure by figure, what became of it:
 * right, flagged (with the issue), or silent (with the facts at its cell); then the false facts.
 *
 * Run: `npx tsx scripts/corpus/explain.ts --seed 1 --index 7 [--no-period]`
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readWorkbook } from '../../src/cli/readWorkbook';
import { generateWorkbook } from './generate';
import { runBuild } from './run';
import { names, sameValue, scoreWorkbook } from './score';
import { workbookBytes } from './sheet';
import { argValue } from './write';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const wb = generateWorkbook(argValue(args, 'seed', 1), argValue(args, 'index', 0));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tttt-explain-'));
  const file = path.join(dir, wb.file);
  fs.writeFileSync(file, await workbookBytes(wb.sheets));
  const reading = await readWorkbook(file, wb.file, 'vi');
  const period = args.includes('--no-period') ? undefined : wb.period;
  const own = runBuild(reading.grids, reading.issues, period);
  const issues = own.issues;
  console.log(`${wb.file}: period ${wb.period}${wb.stated ? '' : ' (not stated)'}, build period ${own.period || '—'}`);
  console.log(`habits: ${wb.habits.join(', ')}`);
  for (const f of wb.truth) {
    const facts = own.facts.filter((x) => x.source.sheet === f.sheet && x.source.cell === f.cell);
    const right = facts.some(
      (x) =>
        x.indicator === f.indicator && x.measure === f.measure && x.period === f.period && sameValue(x.value, f.value),
    );
    const naming = issues.filter((i) => names(i, f.file, f.sheet, f.cell));
    const status = right ? 'right  ' : naming.length > 0 ? 'flagged' : 'SILENT ';
    console.log(`${status} ${f.sheet}!${f.cell} ${f.indicator} ${f.measure} ${f.period} ${f.value}`);
    if (!right) {
      for (const x of facts) console.log(`          fact: ${x.indicator} ${x.measure} ${x.period} ${x.value}`);
      for (const i of naming.slice(0, 2))
        console.log(`          issue ${i.code} [${i.cell}${i.cells ? ' ' + i.cells.join(',') : ''}]: ${i.message}`);
    }
  }
  const score = scoreWorkbook(wb.truth, [{ facts: own.facts, issues }]);
  for (const x of score.falseFacts)
    console.log(`FALSE   ${x.source.sheet}!${x.source.cell} ${x.indicator} ${x.measure} ${x.period} ${x.value}`);
  console.log(
    `\nright ${score.right}, flagged ${score.flagged}, silent ${score.silent}, false ${score.false} of ${score.figures}`,
  );
  console.log('\nAll issues:');
  for (const i of issues) console.log(`  ${i.severity} ${i.code} ${i.sheet}!${i.cell}: ${i.message.slice(0, 160)}`);
  fs.rmSync(dir, { recursive: true, force: true });
}

void main();
