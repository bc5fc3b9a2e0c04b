/**
 * What a build costs in Excel round trips: syncs and payload bytes for 1, 10, 100 and 500
 * submission sheets, through the Excel test double (which counts them as Office.js would send
 * them), beside a naive reader that syncs once per sheet. Run: `npm run bench:excel`.
 *
 * Bytes are the JSON size of the queued operations (request) and of the values returned
 * (response); Excel on the web caps each at 5 MB per sync.
 */
import { build } from '../src/core/build';
import { layoutReport } from '../src/core/report';
import type { CellValue, SheetGrid } from '../src/core/model';
import { type ExcelHost, buildTables, plainCell, planTargets, session, writeLayouts } from '../src/excel';
import { listSheets, sizeSheets } from '../src/excel/readGrids';
import { createExcelDouble } from '../test/excel/double';
import { exampleSheets } from '../test/excel/fixtures';

const COUNTS = [1, 10, 100, 500];

interface Row {
  sheets: number;
  reader: string;
  syncs: number;
  requestKB: number;
  responseKB: number;
  maxSyncKB: number;
  ms: number;
}

/** The naive way: list, then one sync per sheet to read it, then the same build and write. */
async function naiveBuild(excel: ExcelHost): Promise<number> {
  return excel.run(async (context) => {
    const s = session(context);
    const sheets = await listSheets(s);
    const grids: SheetGrid[] = [];
    for (const info of sheets) {
      const used = context.workbook.worksheets.getItem(info.id).getUsedRange(true).load('values,rowIndex,columnIndex');
      used.format.font.load('name');
      await s.sync();
      grids.push({
        file: '',
        sheet: info.name,
        top: used.rowIndex,
        left: used.columnIndex,
        values: used.values.map((r) => r.map(plainCell)) as CellValue[][],
      });
    }
    await sizeSheets(s, sheets); // ownership, so the write is as safe as the real one
    const result = build(grids);
    const layouts = layoutReport(result);
    const targets = planTargets(
      layouts.map((l) => ({ kind: l.kind, requested: l.name })),
      sheets,
    );
    await writeLayouts(
      s,
      layouts.map((layout, i) => ({ layout, target: targets[i] })),
    );
    return s.syncs;
  });
}

async function measure(
  count: number,
  reader: Row['reader'],
  run: (excel: ExcelHost) => Promise<unknown>,
): Promise<Row> {
  const d = createExcelDouble(await exampleSheets(count));
  const t0 = performance.now();
  await run(d.Excel as unknown as ExcelHost);
  const ms = performance.now() - t0;
  const kb = (b: number): number => Math.round(b / 102.4) / 10;
  return {
    sheets: count,
    reader,
    syncs: d.stats.syncs,
    requestKB: kb(d.stats.requestBytes),
    responseKB: kb(d.stats.responseBytes),
    maxSyncKB: kb(Math.max(d.stats.maxRequestBytes, d.stats.maxResponseBytes)),
    ms: Math.round(ms),
  };
}

async function main(): Promise<void> {
  const rows: Row[] = [];
  for (const n of COUNTS) {
    rows.push(await measure(n, 'batched (buildTables)', (excel) => buildTables({ excel })));
    rows.push(await measure(n, 'batched, no per-cell fonts', (excel) => buildTables({ excel, fonts: false })));
    rows.push(await measure(n, 'naive (sync per sheet)', naiveBuild));
  }
  const header = ['sheets', 'reader', 'syncs', 'request KB', 'response KB', 'largest sync KB', 'double ms'];
  const lines = rows.map((r) =>
    [r.sheets, r.reader, r.syncs, r.requestKB, r.responseKB, r.maxSyncKB, r.ms].map(String),
  );
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const fmt = (cells: string[]): string =>
    `| ${cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  console.log(fmt(header));
  console.log(`|${widths.map((w, i) => (i < 2 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
  for (const l of lines) console.log(fmt(l));
  console.log(
    '\nThe sample sheets mix fonts (Times New Roman on typed cells, Calibri on blank ones), so the batched build',
  );
  console.log(
    'also reads fonts cell by cell (getCellProperties) for the TCVN3/VNI hints; "no per-cell fonts" shows that cost.',
  );
  console.log(
    'syncs: list + size + read + write for the batched build; 1 + one per sheet + size + write for the naive one.',
  );
  console.log(
    '"double ms" is time inside the in-memory double, not Excel: a real sync costs a round trip (tens to hundreds of ms on the web).',
  );
}

void main();
