/**
 * History in the workbook (issue 5), through the Excel test double: the add-in keeps every
 * build's facts in its hidden "TTTT Lịch sử" sheet, written in the same sync as the report, and a
 * later build takes the same period last year from it.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { HISTORY_COLUMNS, historyRowsToFacts, recordedBuilds } from '../../src/core/history';
import { buildTables, type ExcelHost } from '../../src/excel';
import { readWorkbook } from '../../src/cli/readWorkbook';
import { expected2016, makeExamples2016 } from '../../scripts/make-examples-2016';
import { createExcelDouble, type DoubleSheetInit } from '../excel/double';
import { exampleSheets } from '../excel/fixtures';

type Double = ReturnType<typeof createExcelDouble>;
const host = (d: Double): ExcelHost => d.Excel as unknown as ExcelHost;
const HISTORY = 'TTTT Lịch sử';

let sheets2016: DoubleSheetInit[];

beforeAll(async () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tttt-xl-history-'));
  const files = await makeExamples2016(tmp);
  sheets2016 = [];
  for (const file of files.sort()) {
    for (const g of (await readWorkbook(file, path.basename(file))).grids) {
      sheets2016.push({
        name: `${path.basename(file, '.xlsx').slice(0, 18)} ${g.sheet}`.slice(0, 31),
        values: g.values,
      });
    }
  }
  fs.rmSync(tmp, { recursive: true, force: true });
}, 60_000);

/** The history sheet's cells as the add-in reads them back. */
const historyTable = (d: Double) => {
  const sheet = d.workbook.sheet(HISTORY)!;
  return sheet.values.map((row) => row.map((v) => (v === '' || v === undefined ? null : (v as string | number))));
};

describe('the hidden history sheet', () => {
  it('is written hidden with the report, in the same syncs, holding the facts the build used', async () => {
    const d = createExcelDouble(await exampleSheets());
    const outcome = await buildTables({ locale: 'vi', excel: host(d) });
    expect(outcome.syncs).toBe(4); // list, read, per-cell fonts of the TCVN3/VNI samples, write
    expect(outcome.written.map((w) => w.sheet)).not.toContain(HISTORY);
    const sheet = d.workbook.sheet(HISTORY)!;
    expect(sheet.visibility).toBe('Hidden');
    const table = historyTable(d);
    expect(table[0]).toEqual([...HISTORY_COLUMNS]);
    const { facts, issues } = historyRowsToFacts(table, 'vi', { file: '', sheet: HISTORY });
    expect(issues).toEqual([]);
    expect(facts).toHaveLength(outcome.result.facts.length);
    expect(recordedBuilds(table)).toEqual(['9T/2015']);
    // Text stays text: no formula anywhere in it.
    expect([...sheet.formulas.values()]).toEqual([]);
  });

  it('is never read as a submission, and a rebuild replaces its rows instead of adding to them', async () => {
    const d = createExcelDouble(await exampleSheets());
    await buildTables({ excel: host(d) });
    const rows = historyTable(d).length;
    const again = await buildTables({ excel: host(d), convention: 'ratio' });
    expect(again.syncs).toBe(4); // reading the history costs no sync of its own
    expect(again.result.submissions.map((s) => s.sheet)).not.toContain(HISTORY);
    expect(historyTable(d).length).toBe(rows);
    expect(d.workbook.names().filter((n) => n.startsWith('TTTT Lịch sử'))).toEqual([HISTORY]);
  });

  it('gives next year\'s build (submissions without "cùng kỳ") every comparison, and a person\'s correction counts', async () => {
    const d = createExcelDouble(await exampleSheets());
    await buildTables({ excel: host(d) });
    // Next year: the person deletes last year's submissions and puts this year's in the same workbook.
    const own = new Set(['TTTT Biểu', 'TTTT Chi tiết', 'TTTT Kiểm tra', 'TTTT Câu văn', HISTORY]);
    d.workbook.sheets.splice(0, d.workbook.sheets.length, ...d.workbook.sheets.filter((s) => own.has(s.name)));
    for (const s of sheets2016) d.workbook.addSheet(s);

    const outcome = await buildTables({ excel: host(d), period: '9T/2016', locale: 'en' });
    expect(outcome.syncs).toBe(3); // list, read (the submissions and the history together), write
    const expected = expected2016();
    const rows = outcome.result.tables.flatMap((t) => t.rows);
    expect(rows).toHaveLength(14);
    for (const row of rows)
      expect(row.yoy).toBeCloseTo(expected[row.indicator].cur / expected[row.indicator].prev - 1, 9);
    expect(outcome.result.issues.filter((i) => i.code === 'from-history').length).toBeGreaterThanOrEqual(37);
    expect(recordedBuilds(historyTable(d))).toEqual(['9T/2015', '9T/2016']);

    // The person unhides the sheet and corrects last year's FTTH stock of VNPT; the rebuild uses it.
    const table = historyTable(d);
    const col = (name: string) => table[0].indexOf(name);
    const r = table.findIndex(
      (x) =>
        x[col('enterprise')] === 'VNPT Quảng Ninh' &&
        x[col('indicator')] === 'ftth' &&
        x[col('measure')] === 'closing' &&
        x[col('period')] === '9T/2015',
    );
    const sheet = d.workbook.sheet(HISTORY)!;
    sheet.setValue(r, col('value'), Number(table[r][col('value')]) + 1000);
    const corrected = await buildTables({ excel: host(d), period: '9T/2016' });
    const ftth = corrected.result.tables[0].rows.find((x) => x.indicator === 'ftth')!;
    expect(ftth.yoy).toBeCloseTo(expected.ftth.cur / (expected.ftth.prev + 1000) - 1, 9);
    // …and the correction is kept: only 9T/2016's rows were rewritten.
    expect(historyTable(d)[r][col('value')]).toBe(Number(table[r][col('value')]) + 1000);
  }, 60_000);
});
