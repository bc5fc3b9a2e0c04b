/**
 * What a build costs in Excel round trips: syncs and payload bytes for 1, 10, 100 and 500
 * submission sheets, through the Excel test double (which counts them as Office.js would send
 * them), beside a naive reader that syncs once per sheet, and one workbook past the 5 MB cap (the
 * sized fallback). Run: `npm run bench:excel`.
 *
 * Bytes are the JSON size of the queued operations (request) and of the values returned
 * (response); Excel on the web caps each at 5 MB per sync.
 */
import { build } from '../src/core/build';
import { layoutReport } from '../src/core/report';
import type { CellValue, SheetGrid } from '../src/core/model';
import { type ExcelHost, buildTables, plainCell, planTargets, session, writeLayouts } from '../src/excel';
import { listSheets, sizeSheets } from '../src/excel/readGrids';
import { type DoubleSheetInit, createExcelDouble } from '../test/excel/double';
import { exampleSheets, ordinarySheets } from '../test/excel/fixtures';

const COUNTS = [1, 10, 100, 500];

interface Row {
  sheets: number | string;
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
  count: Row['sheets'],
  sheets: DoubleSheetInit[],
  reader: Row['reader'],
  run: (excel: ExcelHost) => Promise<unknown>,
): Promise<Row> {
  const d = createExcelDouble(sheets);
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
    maxSyncKB: kb(d.stats.maxDeliveredBytes),
    ms: Math.round(ms),
  };
}

async function main(): Promise<void> {
  const rows: Row[] = [];
  for (const n of COUNTS) {
    const ordinary = await ordinarySheets(n);
    rows.push(await measure(n, ordinary, 'batched, Unicode sheets', (excel) => buildTables({ excel })));
    rows.push(
      await measure(n, await exampleSheets(n), 'batched, samples (TCVN3/VNI)', (excel) => buildTables({ excel })),
    );
    rows.push(await measure(n, ordinary, 'naive (sync per sheet)', naiveBuild));
  }
  // A rebuild over the add-in's own sheets (read back in the read sync to keep a person's typing;
  // charts and both ownership marks rewritten in the write sync), and the same on a host without
  // ExcelApi 1.12 (ownership by the registry in the workbook's settings alone).
  for (const [label, requirements] of [
    ['rebuild (outputs checked, charts, marks)', undefined],
    ['rebuild, host without ExcelApi 1.12', { ExcelApi: '1.11', SharedRuntime: '1.1' }],
  ] as const) {
    const d = createExcelDouble(await ordinarySheets(100), requirements ? { requirements } : {});
    const g = globalThis as Record<string, unknown>;
    g.Office = d.Office;
    await buildTables({ excel: d.Excel as unknown as ExcelHost });
    d.stats.reset();
    const t0 = performance.now();
    await buildTables({ excel: d.Excel as unknown as ExcelHost });
    const kb = (b: number): number => Math.round(b / 102.4) / 10;
    rows.push({
      sheets: 100,
      reader: label,
      syncs: d.stats.syncs,
      requestKB: kb(d.stats.requestBytes),
      responseKB: kb(d.stats.responseBytes),
      maxSyncKB: kb(d.stats.maxDeliveredBytes),
      ms: Math.round(performance.now() - t0),
    });
    delete g.Office;
  }
  // Past the cap: 10 Unicode sheets and an annex of 100,000 rows (about 6 MB of values).
  const annex: DoubleSheetInit = {
    name: 'Phụ lục lớn',
    values: Array.from({ length: 100_000 }, (_, r) => [`Ghi chú dòng ${r} của bảng phụ lục`, r, r * 3, r / 7]),
  };
  const big = [...(await ordinarySheets(10)), annex];
  rows.push(await measure('10 + 1 huge', big, 'batched, sized fallback', (excel) => buildTables({ excel })));
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
  const notes = [
    '',
    'syncs: list + read + write for the batched build; 1 + one per sheet + marks + write for the naive one.',
    'The samples include a TCVN3 (.VnTime) and a VNI (VNI-Times) sheet whose fonts are mixed (blank cells are',
    'Calibri): one more sync reads their fonts cell by cell (getCellProperties); Unicode sheets never pay for fonts.',
    'The read sync also loads number formats and hidden rows/columns (getRowProperties/getColumnProperties) and the',
    "add-in's own output sheets (to keep a person's typing); the write sync also draws the comparison charts and",
    'writes both ownership marks (sheet property, registry in workbook settings): still list + read + write.',
    'Past the cap: the optimistic read is refused (ResponsePayloadSizeLimitExceeded), then sized, split reads;',
    '"largest sync KB" counts only syncs Excel carried out (each stays under 5 MB); "response KB" also counts the',
    'refused response, which Excel computed but never sent.',
  ];
  for (const line of notes) console.log(line);
  console.log(
    '"double ms" is time inside the in-memory double, not Excel: a real sync costs a round trip (tens to hundreds of ms on the web).',
  );
}

void main();
