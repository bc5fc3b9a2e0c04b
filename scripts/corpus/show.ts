/**
 * Prints a corpus workbook as text (one line per row, cells separated by " | ", hidden rows and
 * columns marked, truth cells starred), to look at what the generator draws.
 *
 * Run: `npx tsx scripts/corpus/show.ts --seed 1 --index 7`
 */
import { generateWorkbook } from './generate';
import { a1 } from './sheet';
import { argValue } from './write';

const args = process.argv.slice(2);
const wb = generateWorkbook(argValue(args, 'seed', 1), argValue(args, 'index', 0));
console.log(`${wb.file}  period ${wb.period}${wb.stated ? '' : ' (not stated)'}  ${wb.enterprise}`);
console.log(`habits: ${wb.habits.join(', ')}`);
const truth = new Map(wb.truth.map((t) => [`${t.sheet}!${t.cell}`, t]));
for (const sheet of wb.sheets) {
  console.log(`--- ${sheet.name} [${sheet.encoding}] merges ${sheet.merges.length}`);
  for (let r = 0; r < sheet.rowCount; r++) {
    const row = sheet.cells.get(r);
    if (!row) continue;
    const cells = [...row.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([c, cell]) => {
        const t = truth.get(`${sheet.name}!${a1(r, c)}`);
        const hid = sheet.hiddenColumns.has(c) ? '(hid)' : '';
        const fmt = cell.fmt && cell.fmt.endsWith(',') ? `{${cell.fmt}}` : '';
        return `${a1(r, c)}=${JSON.stringify(cell.v)}${fmt}${hid}${t ? `*[${t.indicator} ${t.measure} ${t.period} ${t.value}]` : ''}`;
      });
    console.log(`${sheet.hiddenRows.has(r) ? 'H ' : '  '}${cells.join(' | ')}`);
  }
}
