/**
 * The application service (Lập biểu) end to end on the Excel test double: the sample submissions
 * in a workbook → the report's sheets, with a fixed number of syncs: 3 (list, read, write) for
 * ordinary sheets, one more for per-cell fonts when TCVN3/VNI text sits in mixed fonts.
 */
import { build } from '../../src/core/build';
import { buildTables, scanSubmissions, type ExcelHost } from '../../src/excel';
import { createExcelDouble, type DoubleSheetInit } from './double';
import { exampleGrids, exampleSheets, ordinarySheets } from './fixtures';

const host = (d: ReturnType<typeof createExcelDouble>): ExcelHost => d.Excel as unknown as ExcelHost;
/** The report's sheets: the three of the standard report, then the sentences sheet of the narrative. */
const OUTPUT = ['TTTT Biểu', 'TTTT Chi tiết', 'TTTT Kiểm tra', 'TTTT Câu văn'];
/** The hidden history sheet, written with the report but not listed as output. */
const HISTORY = 'TTTT Lịch sử';

/** Every cell of a sheet that holds a formula (none should, in the output). */
function formulasIn(d: ReturnType<typeof createExcelDouble>, sheet: string): string[] {
  return [...d.workbook.sheet(sheet)!.formulas.values()];
}

describe('buildTables', () => {
  it('builds the same tables as the core does from the same sheets, and writes every report sheet', async () => {
    const sheets = await exampleSheets();
    const d = createExcelDouble(sheets);
    const outcome = await buildTables({ locale: 'vi', excel: host(d) });
    const direct = build(
      (await exampleGrids()).map((g) => ({ ...g, file: '' })),
      { locale: 'vi' },
    );
    expect(outcome.result.period).toBe('9T/2015');
    expect(outcome.result.tables).toEqual(direct.tables.map((t) => expect.objectContaining({ rows: t.rows })));
    expect(outcome.written).toEqual(OUTPUT.map((s) => ({ sheet: s, requested: s })));
    expect(d.workbook.names()).toEqual([...sheets.map((s) => s.name), ...OUTPUT, HISTORY]);
    // A figure of the telecom table is in the sheet: find the row of mobile prepaid subscriptions.
    const telecom = outcome.result.tables.find((t) => t.id === 'telecom')!;
    const prepaid = telecom.rows.find((r) => r.indicator === 'mobile-prepaid')!;
    const written = d.workbook.sheet('TTTT Biểu')!.values.flat();
    expect(written).toContain(prepaid.current);
    for (const s of OUTPUT) expect(formulasIn(d, s)).toEqual([]);
    expect(d.stats.discardedOperations).toBe(0);
    // The TCVN3 (Vietnamobile) and VNI (Gmobile) sheets mix fonts: one sync reads their fonts per cell.
    expect(outcome.syncs).toBe(4);
    expect(d.stats.records[2].operations).toBe(2);
  });

  it.each([1, 10, 100])('costs exactly 3 syncs for %i ordinary submission sheets (list, read, write)', async (n) => {
    const d = createExcelDouble(await ordinarySheets(n));
    const outcome = await buildTables({ excel: host(d) });
    expect(outcome.result.submissions.length).toBeGreaterThan(0);
    // Every sheet is in the one read sync (a marker and a used range each).
    expect(d.stats.records[1].operations).toBeGreaterThanOrEqual(3 * n);
    expect(outcome.syncs).toBe(3);
    expect(d.stats.syncs).toBe(3);
    expect(d.stats.refusals).toBe(0);
    expect(d.stats.maxRequestBytes).toBeLessThan(5 * 1024 * 1024);
    expect(d.stats.maxResponseBytes).toBeLessThan(5 * 1024 * 1024);
  });

  it('a sheet past the 5 MB cap still reads, through the sized fallback, and no sync passes the caps', async () => {
    const [one] = await ordinarySheets(1);
    const filler = Array.from({ length: 100_000 }, (_, r) => [`Ghi chú dòng ${r} của bảng phụ lục`, r, r * 3, r / 7]);
    const d = createExcelDouble([one, { name: 'Phụ lục lớn', values: filler }]);
    const outcome = await buildTables({ excel: host(d) });
    // list, the optimistic read (refused), size, the sized reads (values, number formats and hidden
    // rows: about 14 MB, so 4 of them under the 4 MB budget), write.
    const reads = d.stats.records.length - 4;
    expect(reads).toBeGreaterThanOrEqual(3);
    expect(reads).toBeLessThanOrEqual(5);
    expect(outcome.syncs).toBe(4 + reads);
    expect(d.stats.records.map((r) => r.refused ?? null)).toEqual([
      null,
      'ResponsePayloadSizeLimitExceeded',
      ...Array.from({ length: reads + 2 }, () => null),
    ]);
    expect(d.stats.maxDeliveredBytes).toBeLessThanOrEqual(5 * 1024 * 1024);
    expect(d.stats.maxRequestBytes).toBeLessThanOrEqual(5 * 1024 * 1024);
    // The submission reads as it does alone.
    const alone = createExcelDouble([one]);
    const base = await buildTables({ excel: host(alone) });
    expect(outcome.result.tables).toEqual(base.result.tables);
    expect(outcome.result.submissions.map((x) => x.sheet)).toContain(one.name);
  });

  it('a TCVN3 sheet in mixed fonts costs one more sync and decodes as the command line reads it', async () => {
    const grids = await exampleGrids();
    const tcvn3 = grids.find((g) => g.file.startsWith('vietnamobile'))!;
    const [one] = await ordinarySheets(1);
    const d = createExcelDouble([one, { name: 'Vietnamobile', values: tcvn3.values, fonts: tcvn3.fonts }]);
    const outcome = await buildTables({ excel: host(d), locale: 'vi' });
    expect(outcome.syncs).toBe(4);
    const direct = build(
      [
        { file: '', sheet: one.name, top: 0, left: 0, values: one.values },
        { ...tcvn3, file: '', sheet: 'Vietnamobile' },
      ],
      {
        locale: 'vi',
      },
    );
    expect(outcome.result.tables).toEqual(direct.tables.map((t) => expect.objectContaining({ rows: t.rows })));
    const vnm = outcome.result.submissions.find((x) => x.sheet === 'Vietnamobile')!;
    expect(vnm.enterprise).toMatch(/Vietnamobile/i);
    expect(outcome.result.facts.filter((f) => f.source.sheet === 'Vietnamobile').length).toBeGreaterThan(0);
  });

  it('never touches a person\'s "TTTT Biểu": writes "TTTT Biểu (2)" and says so', async () => {
    const mine: DoubleSheetInit = { name: 'TTTT Biểu', values: [['Bảng tôi tự làm'], [12345]] };
    const d = createExcelDouble([...(await exampleSheets()), mine]);
    const before = d.workbook.snapshot('TTTT Biểu');
    const outcome = await buildTables({ locale: 'en', excel: host(d) });
    expect(outcome.written[0]).toEqual({ sheet: 'TTTT Biểu (2)', requested: 'TTTT Biểu' });
    expect(d.workbook.snapshot('TTTT Biểu')).toBe(before);
    const warning = outcome.result.issues.find((i) => i.code === 'output-renamed');
    expect(warning?.message).toBe(
      'The sheet "TTTT Biểu" was not made by TTTT Tables, so it was left untouched; the output was written to "TTTT Biểu (2)"',
    );
    // The warning is in the checks sheet too.
    expect(d.workbook.sheet('TTTT Kiểm tra')!.values.flat()).toContain(warning!.message);
  });

  it("a rebuild replaces only its own sheets (read in the same sync, to find a person's typing) and leaves submissions alone", async () => {
    const sheets = await exampleSheets();
    const d = createExcelDouble(sheets);
    await buildTables({ excel: host(d) });
    const ids = OUTPUT.map((s) => d.workbook.sheet(s)!.id);
    const submissions = sheets.map((s) => d.workbook.snapshot(s.name));
    d.stats.reset();
    const again = await buildTables({ excel: host(d), convention: 'index' });
    expect(again.syncs).toBe(4); // list, read, fonts of the TCVN3/VNI sheets, write: the outputs cost no sync
    expect(d.workbook.names()).toHaveLength(sheets.length + OUTPUT.length + 1);
    expect(OUTPUT.map((s) => d.workbook.sheet(s)!.id)).toEqual(ids);
    expect(sheets.map((s) => d.workbook.snapshot(s.name))).toEqual(submissions);
    expect(again.result.submissions.map((s) => s.sheet)).not.toContain('TTTT Biểu');
  });

  it('writes submission text as text even when it looks like a formula (sheet names flow into sources and checks)', async () => {
    const sheets = await exampleSheets();
    const names = ['=1+1', '+84 Viettel', '@VNPT', '-MobiFone'];
    const d = createExcelDouble(sheets.map((s, i) => (i < names.length ? { ...s, name: names[i] } : s)));
    await buildTables({ excel: host(d) });
    const risky = OUTPUT.flatMap((s) => d.workbook.sheet(s)!.values.flat()).filter(
      (v): v is string => typeof v === 'string' && /^[=+@-]/.test(v),
    );
    // The risky texts did reach the output (so the test can fail)…
    expect(risky).toEqual(expect.arrayContaining(['-MobiFone', '+84 Viettel']));
    expect(risky.some((v) => v.startsWith('=1+1!'))).toBe(true);
    expect(risky.some((v) => v.startsWith('@VNPT!'))).toBe(true);
    // …and stayed text: no cell of the output is a formula.
    for (const s of OUTPUT) expect(formulasIn(d, s)).toEqual([]);
  });

  it('leaves out excluded sheets and writes under the names from the settings', async () => {
    const sheets = await exampleSheets();
    const d = createExcelDouble(sheets);
    const outcome = await buildTables({
      excel: host(d),
      exclude: [sheets[0].name],
      sheetNames: { tables: 'Biểu 9T', checks: '  ' },
    });
    expect(outcome.written.map((w) => w.sheet)).toEqual(['Biểu 9T', ...OUTPUT.slice(1)]);
    expect(outcome.result.submissions.map((s) => s.sheet)).not.toContain(sheets[0].name);
  });

  it('reports progress by step', async () => {
    const d = createExcelDouble(await exampleSheets());
    const steps: string[] = [];
    await buildTables({ excel: host(d), onProgress: (done, total, what) => steps.push(`${done}/${total} ${what}`) });
    expect(steps).toEqual(['0/4 list', '1/4 read', '2/4 build', '3/4 write', '4/4 done']);
  });
});

describe('scanSubmissions', () => {
  it("reads ordinary sheets in 2 syncs (list, read) and leaves out the add-in's sheets", async () => {
    const sheets = await ordinarySheets(10);
    const d = createExcelDouble(sheets);
    await buildTables({ excel: host(d) });
    d.stats.reset();
    const readings = await scanSubmissions({ locale: 'vi', excel: host(d) });
    expect(d.stats.syncs).toBe(2);
    expect(readings.map((r) => r.sheet)).toEqual(sheets.map((s) => s.name));
  });

  it("reads the sample sheets (TCVN3/VNI in mixed fonts) in 3 syncs and leaves out the add-in's sheets", async () => {
    const sheets = await exampleSheets();
    const d = createExcelDouble(sheets);
    await buildTables({ excel: host(d) });
    d.stats.reset();
    const readings = await scanSubmissions({ locale: 'vi', excel: host(d) });
    expect(d.stats.syncs).toBe(3);
    expect(readings.map((r) => r.sheet)).toEqual(sheets.map((s) => s.name));
    const vnpt = readings.find((r) => r.sheet.startsWith('vnpt BC'))!;
    expect(vnpt.submissions[0]).toMatchObject({ sector: 'telecom', period: '9T/2015' });
  });
});

describe('a chosen period, a hidden row and a scaling format, through the double', () => {
  /** A transposed sheet whose title says the period in words, with a hidden row and a scaled column. */
  const sheet: DoubleSheetInit = {
    name: 'Gmobile',
    values: [
      ['Gmobile Bắc Ninh'],
      ['Số liệu thuê bao'],
      ['Chỉ tiêu', 'TB trả trước', 'TB trả sau'],
      ['Phát triển mới', 100000, 10000],
      ['Số cũ (ẩn)', 5, 5],
      ['Hiện có', 1000000, 100000],
    ],
    formats: [[], [], [], [null, '#,##0,', '#,##0,'], [], [null, '#,##0,', '#,##0,']],
    hiddenRows: [4],
  };

  it('the pane previews and the build reads the sheet with the period chosen, as a person sees it', async () => {
    const d = createExcelDouble([sheet]);
    const [preview] = await scanSubmissions({ locale: 'vi', period: '9T/2015', excel: host(d) });
    expect(preview.submissions.map((s) => s.period)).toEqual([null]);
    const outcome = await buildTables({ locale: 'vi', period: '9T/2015', excel: host(d) });
    const facts = outcome.result.facts.map((f) => `${f.indicator} ${f.measure} ${f.value} @${f.source.cell}`).sort();
    expect(facts).toEqual([
      'mobile-postpaid closing 100 @C6',
      'mobile-postpaid increase 10 @C4',
      'mobile-prepaid closing 1000 @B6',
      'mobile-prepaid increase 100 @B4',
    ]);
    expect(outcome.result.issues.find((i) => i.code === 'hidden-cells')?.cells).toEqual(['B5', 'C5']);
    expect(outcome.result.figures).toEqual({ used: 4, unused: 2 });
  });
});
