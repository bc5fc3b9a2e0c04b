/**
 * The Office.js adapter against the Excel test double: syncs, payload caps, ownership,
 * never-clobber and formula injection.
 */
import type { SheetLayout } from '../../src/core/report/layout';
import { importWorkbooks } from '../../src/excel/importWorkbooks';
import { OWNER_KEY } from '../../src/excel/ownership';
import { candidates, listSheets, readGrids, sizeSheets } from '../../src/excel/readGrids';
import { DEFAULT_BUDGET } from '../../src/excel/plan';
import { selectSource } from '../../src/excel/selectSource';
import { type ExcelHost, session } from '../../src/excel/session';
import { planTargets, writeLayouts } from '../../src/excel/writeLayouts';
import { createExcelDouble, encodeTestWorkbook, type DoubleSheetInit } from './double';

const submission = (name: string, rows = 40, cols = 8): DoubleSheetInit => ({
  name,
  values: [
    [`BÁO CÁO SỐ LIỆU VIỄN THÔNG 9 THÁNG NĂM 2015 — ${name}`],
    ...Array.from({ length: rows - 1 }, (_, r) =>
      Array.from({ length: cols }, (_, c) => (c === 0 ? `Chỉ tiêu ${r}` : r * 100 + c)),
    ),
  ],
  fonts: Array.from({ length: rows }, () => Array.from({ length: cols }, () => 'Times New Roman')),
});

const host = (d: ReturnType<typeof createExcelDouble>): ExcelHost => d.Excel as unknown as ExcelHost;

const layout = (name: string, kind: SheetLayout['kind'], cells: SheetLayout['cells']): SheetLayout => ({
  name,
  kind,
  cells,
  merges: [],
  columnWidths: [6, 40],
});

describe('readGrids', () => {
  it.each([1, 10, 100])('reads %i sheets in the same 2 syncs (list, read)', async (n) => {
    const d = createExcelDouble(Array.from({ length: n }, (_, i) => submission(`DN ${i + 1}`)));
    const reading = await host(d).run(async (context) => {
      const s = session(context);
      const r = await readGrids(s);
      expect(s.syncs).toBe(2);
      return r;
    });
    expect(d.stats.syncs).toBe(2);
    expect(d.stats.refusals).toBe(0);
    expect(reading.grids).toHaveLength(n);
    expect(reading.grids[n - 1].sheet).toBe(`DN ${n}`);
    expect(reading.grids[0].values[2][0]).toBe('Chỉ tiêu 1');
    expect(reading.grids[0].values[2][3]).toBe(103);
    expect(reading.grids[0].fonts?.[2][2]).toBe('Times New Roman');
    expect(d.stats.discardedOperations).toBe(0);
  });

  it('gives the used range position, nulls for empty cells and Excel errors, one font when uniform', async () => {
    const d = createExcelDouble([
      {
        name: 'Lệch',
        values: [[], [null, null, 'Tiêu đề', null], [null, null, '#N/A', 5]],
        fonts: [[], [null, null, '.VnTime', null], [null, null, 'Arial', 'Arial']],
      },
      { name: 'Một font', values: [['a', 1]], fonts: [['VNI-Times', 'VNI-Times']] },
    ]);
    const { grids } = await host(d).run((context) => readGrids(session(context)));
    const [mixed, single] = grids;
    expect(mixed).toMatchObject({
      file: '',
      sheet: 'Lệch',
      top: 1,
      left: 2,
      values: [
        ['Tiêu đề', null],
        [null, 5],
      ],
    });
    // Unicode text in mixed fonts: a font would change nothing, so none is read.
    expect(mixed.fonts).toBeUndefined();
    expect(single.fonts).toEqual([['VNI-Times', 'VNI-Times']]);
    expect(d.stats.syncs).toBe(2);
  });

  it('reads fonts per cell, in one more sync, only where fonts are mixed and text looks TCVN3 / VNI', async () => {
    // "Tæng sè" is TCVN3 for "Tổng số"; on its own its characters say so, and the font confirms it.
    const values = Array.from({ length: 50 }, (_, r) => ['Tæng sè thuª bao', r]);
    const legacyFonts = values.map(() => ['.VnTime', 'Arial']);
    const uniform = createExcelDouble([{ name: 'A', values, fonts: values.map(() => ['.VnTime', '.VnTime']) }]);
    const unicode = createExcelDouble([
      { name: 'A', values: values.map(([, n]) => ['Tổng số thuê bao', n]), fonts: legacyFonts },
    ]);
    const legacy = createExcelDouble([{ name: 'A', values, fonts: legacyFonts }]);
    const [u] = (await host(uniform).run((context) => readGrids(session(context)))).grids;
    const [n] = (await host(unicode).run((context) => readGrids(session(context)))).grids;
    const [m] = (await host(legacy).run((context) => readGrids(session(context)))).grids;
    expect(u.fonts![49]).toEqual(['.VnTime', '.VnTime']);
    expect(n.fonts).toBeUndefined();
    expect(m.fonts![49]).toEqual(['.VnTime', 'Arial']);
    expect([uniform.stats.syncs, unicode.stats.syncs, legacy.stats.syncs]).toEqual([2, 2, 3]);
    // The fonts sync is the costly one: more bytes than the values of the same sheet.
    expect(legacy.stats.records[2].responseBytes).toBeGreaterThan(legacy.stats.records[1].responseBytes);
    // …and can be turned off.
    const off = createExcelDouble([{ name: 'A', values, fonts: legacyFonts }]);
    const [o] = (await host(off).run((context) => readGrids(session(context), { fonts: false }))).grids;
    expect(o.fonts).toBeUndefined();
    expect(off.stats.syncs).toBe(2);
  });

  it('falls back to sized, split reads when Excel refuses the read for size, and keeps every row', async () => {
    const rows = 60_000;
    const big: DoubleSheetInit = {
      name: 'Lớn',
      values: Array.from({ length: rows }, (_, r) => [
        `Doanh nghiệp số ${r}`,
        r,
        r * 2,
        'Thuê bao',
        r / 3,
        'Ghi chú dài cho hàng này',
      ]),
    };
    const d = createExcelDouble([big, submission('Nhỏ')]);
    const { grids } = await host(d).run((context) => readGrids(session(context)));
    // list, the optimistic read (refused: its response would pass 5 MB), size, then 4 reads under
    // the 4 MB budget (values, number formats and hidden rows come back together: about 11 MB).
    expect(d.stats.syncs).toBe(7);
    expect(d.stats.records.map((r) => r.refused ?? null)).toEqual([
      null,
      'ResponsePayloadSizeLimitExceeded',
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(d.stats.maxRequestBytes).toBeLessThanOrEqual(5 * 1024 * 1024);
    expect(d.stats.maxDeliveredBytes).toBeLessThanOrEqual(5 * 1024 * 1024);
    expect(d.stats.records.slice(2).reduce((sum, r) => sum + r.responseBytes, 0)).toBeGreaterThan(5 * 1024 * 1024);
    expect(grids[0].values).toHaveLength(rows);
    expect(grids[0].values[rows - 1]).toEqual([
      `Doanh nghiệp số ${rows - 1}`,
      rows - 1,
      (rows - 1) * 2,
      'Thuê bao',
      (rows - 1) / 3,
      'Ghi chú dài cho hàng này',
    ]);
    expect(grids[1]).toMatchObject({
      sheet: 'Nhỏ',
      values: expect.arrayContaining([['Chỉ tiêu 1', 101, 102, 103, 104, 105, 106, 107]]),
    });
  });

  it('falls back the same way when a range passes the cell cap (RangeExceedsLimit)', async () => {
    // A double with a 1,000-cell cap stands for Excel's 5 million: the 1,200-cell sheet is refused.
    const d = createExcelDouble([submission('Vừa', 150, 8), submission('Nhỏ', 10, 8)], {
      limits: { cellsPerRead: 1000 },
    });
    const budget = { ...DEFAULT_BUDGET, cells: 1000 };
    const { grids } = await host(d).run((context) => readGrids(session(context), { budget }));
    expect(d.stats.records.map((r) => r.refused ?? null)).toEqual([null, 'RangeExceedsLimit', null, null, null]);
    expect(grids.map((g) => g.values.length)).toEqual([150, 10]);
    expect(grids[0].values[149][7]).toBe(148 * 100 + 7);
  });

  it('halves and retries when Excel still refuses a response the estimate allowed', async () => {
    // Long texts make each cell far bigger than the estimate: the first sized read is refused too.
    const long = 'x'.repeat(400);
    const d = createExcelDouble([{ name: 'Dài', values: Array.from({ length: 20_000 }, () => [long]) }]);
    const { grids } = await host(d).run((context) => readGrids(session(context)));
    expect(grids[0].values).toHaveLength(20_000);
    expect(d.stats.refusals).toBe(2); // the optimistic read, then the first sized one
    expect(d.stats.maxDeliveredBytes).toBeLessThanOrEqual(5 * 1024 * 1024);
    expect(d.stats.syncs).toBeGreaterThan(4);
  });

  it("reads a person's sheet named like an output in the same read sync", async () => {
    const d = createExcelDouble([submission('VNPT'), submission('TTTT Biểu')]);
    const reading = await host(d).run((context) => readGrids(session(context)));
    expect(reading.grids.map((g) => g.sheet)).toEqual(['VNPT', 'TTTT Biểu']);
    expect(reading.grids[1].values[2][3]).toBe(103);
    expect(d.stats.syncs).toBe(2);
  });

  it("skips the add-in's own sheets, hidden sheets and excluded ones", async () => {
    const d = createExcelDouble([
      submission('VNPT'),
      submission('Cũ'),
      { ...submission('Ẩn'), visibility: 'Hidden' },
      submission('TTTT Biểu'),
    ]);
    d.workbook.sheet('TTTT Biểu')!.customProperties.set(OWNER_KEY.toLowerCase(), {
      key: OWNER_KEY,
      value: JSON.stringify({ name: 'TTTT Biểu', requested: 'TTTT Biểu', kind: 'tables' }),
    });
    const reading = await host(d).run((context) => readGrids(session(context), { exclude: ['cũ'] }));
    expect(reading.grids.map((g) => g.sheet)).toEqual(['VNPT']);
    expect(d.stats.syncs).toBe(2);
    // The output's content is read in the same sync, for the guard (a person's typing is kept).
    expect([...reading.outputs.keys()]).toEqual([d.workbook.sheet('TTTT Biểu')!.id]);
    expect(reading.skipped).toEqual([
      { sheet: 'Cũ', reason: 'excluded' },
      { sheet: 'Ẩn', reason: 'hidden' },
      { sheet: 'TTTT Biểu', reason: 'owned' },
    ]);
  });
});

describe('ownership and never-clobber', () => {
  const tables = layout('TTTT Biểu', 'tables', [
    [{ value: 'KẾT QUẢ', bold: true }],
    [
      { value: 'Thuê bao', border: true },
      { value: 1234, format: '#,##0', border: true },
    ],
  ]);

  async function write(d: ReturnType<typeof createExcelDouble>, layouts: SheetLayout[]) {
    return host(d).run(async (context) => {
      const s = session(context);
      const sheets = await listSheets(s);
      await sizeSheets(s, sheets);
      const targets = planTargets(
        layouts.map((l) => ({ kind: l.kind, requested: l.name })),
        sheets,
      );
      await writeLayouts(
        s,
        layouts.map((l, i) => ({ layout: l, target: targets[i] })),
      );
      return { targets, syncs: s.syncs };
    });
  }

  it('never touches a person\'s sheet with the output\'s name: writes under "TTTT Biểu (2)"', async () => {
    const d = createExcelDouble([submission('VNPT'), { name: 'TTTT Biểu', values: [['Bảng của tôi', 1]] }]);
    const before = d.workbook.snapshot('TTTT Biểu');
    const { targets } = await write(d, [tables]);
    expect(targets[0]).toEqual({ kind: 'tables', requested: 'TTTT Biểu', sheet: 'TTTT Biểu (2)' });
    expect(d.workbook.snapshot('TTTT Biểu')).toBe(before);
    expect(d.workbook.read('TTTT Biểu (2)', 'A1:B2')).toEqual([
      ['KẾT QUẢ', ''],
      ['Thuê bao', 1234],
    ]);
    // The second build rewrites its own "(2)", still leaves the person's sheet alone, makes no "(3)".
    await write(d, [layout('TTTT Biểu', 'tables', [[{ value: 'MỚI' }]])]);
    expect(d.workbook.snapshot('TTTT Biểu')).toBe(before);
    expect(d.workbook.names()).toEqual(['VNPT', 'TTTT Biểu', 'TTTT Biểu (2)']);
    expect(d.workbook.read('TTTT Biểu (2)', 'A1:B2')).toEqual([
      ['MỚI', ''],
      ['', ''],
    ]);
  });

  it('a rebuild replaces its own output and nothing else, in one write sync', async () => {
    const d = createExcelDouble([submission('VNPT')]);
    await write(d, [tables]);
    const vnpt = d.workbook.snapshot('VNPT');
    const id = d.workbook.sheet('TTTT Biểu')!.id;
    const { syncs } = await write(d, [layout('TTTT Biểu', 'tables', [[{ value: 'Lần 2' }]])]);
    expect(syncs).toBe(3); // list, size, write
    expect(d.workbook.sheet('TTTT Biểu')!.id).toBe(id);
    expect(d.workbook.read('TTTT Biểu', 'A1:B2')).toEqual([
      ['Lần 2', ''],
      ['', ''],
    ]);
    expect(d.workbook.sheet('TTTT Biểu')!.format(0, 0).bold).toBeUndefined(); // old formats cleared
    expect(d.workbook.snapshot('VNPT')).toBe(vnpt);
  });

  it("a copy of an output sheet, or an output a person renamed, is no longer the add-in's", async () => {
    const d = createExcelDouble([submission('VNPT')]);
    await write(d, [tables]);
    const mine = d.workbook.sheet('TTTT Biểu')!;
    mine.name = 'Biểu quý 3 (lưu)'; // the person keeps last quarter's tables
    const kept = d.workbook.snapshot('Biểu quý 3 (lưu)');
    const copy = d.workbook.addSheet({ name: 'TTTT Biểu (2)', values: [['bản sao']] });
    mine.customProperties.forEach((v, k) => copy.customProperties.set(k, { ...v })); // Excel copies custom properties
    const copied = d.workbook.snapshot('TTTT Biểu (2)');
    const { targets } = await write(d, [tables]);
    expect(targets[0].sheet).toBe('TTTT Biểu');
    expect(d.workbook.snapshot('Biểu quý 3 (lưu)')).toBe(kept);
    expect(d.workbook.snapshot('TTTT Biểu (2)')).toBe(copied);
  });

  it('writes every text as text: formulas, signs and number-like labels stay strings', async () => {
    const risky = ['=HYPERLINK("http://evil","bấm")', '+84912345678', '-', '@x', '-5 thuê bao', '0912345678', '1/2015'];
    const d = createExcelDouble([submission('VNPT')]);
    await write(d, [
      layout('TTTT Chi tiết', 'breakdown', [
        risky.map((value) => ({ value })),
        [{ value: 12.5, format: '0.0' }, { value: null }],
      ]),
    ]);
    const sheet = d.workbook.sheet('TTTT Chi tiết')!;
    expect(d.workbook.read('TTTT Chi tiết', 'A1:G1')).toEqual([risky]);
    expect(risky.map((_, c) => sheet.formula(0, c))).toEqual(risky.map(() => undefined));
    expect(d.workbook.read('TTTT Chi tiết', 'A2:B2')).toEqual([[12.5, '']]);
    expect(sheet.format(1, 0).numberFormat).toBe('0.0');
  });

  it('groups formats by range, merges, sets widths and links text cells to their source', async () => {
    const d = createExcelDouble([submission('VNPT')]);
    const l: SheetLayout = {
      name: 'TTTT Kiểm tra',
      kind: 'checks',
      cells: [
        [{ value: 'Tiêu đề', bold: true, align: 'center' }, null, null],
        [
          { value: 'A', border: true },
          { value: 'B', border: true },
          { value: 'VNPT!D7', link: { file: '', sheet: 'VNPT', cell: 'D7' }, border: true },
        ],
      ],
      merges: ['A1:C1'],
      columnWidths: [10, 20],
    };
    const { syncs } = await write(d, [l]);
    expect(syncs).toBe(3);
    const s = d.workbook.sheet('TTTT Kiểm tra')!;
    expect(s.merges).toEqual([{ row: 0, col: 0, rows: 1, cols: 3 }]);
    expect(s.format(0, 0)).toMatchObject({ bold: true, horizontalAlignment: 'Center' });
    expect(s.format(1, 2).borders).toEqual(expect.arrayContaining(['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight']));
    expect(s.columnWidths.get(0)).toBe(56.25);
    expect(s.hyperlinks.get('1,2')).toEqual({ documentReference: "'VNPT'!D7" });
    expect(d.workbook.activeSheetId).toBe(s.id);
  });

  it('splits a write that would pass 5 MB into several syncs', async () => {
    const d = createExcelDouble([submission('VNPT')]);
    const rows = Array.from({ length: 100_000 }, (_, r) => [
      { value: `Dòng số ${r} của bảng kiểm tra rất dài` },
      { value: r, format: '#,##0' },
    ]);
    const { syncs } = await write(d, [layout('TTTT Kiểm tra', 'checks', rows)]);
    expect(syncs).toBeGreaterThan(3);
    expect(d.stats.maxRequestBytes).toBeLessThanOrEqual(5 * 1024 * 1024);
    expect(d.workbook.read('TTTT Kiểm tra', 'A100000:B100000')).toEqual([
      ['Dòng số 99999 của bảng kiểm tra rất dài', 99999],
    ]);
  });

  it('candidates() leaves out owned sheets', () => {
    const { read } = candidates([
      {
        id: '1',
        name: 'A',
        position: 0,
        visibility: 'Visible',
        owner: { name: 'A', requested: 'A', kind: 'tables' },
        size: null,
      },
    ]);
    expect(read).toEqual([]);
  });
});

describe('selectSource and importWorkbooks', () => {
  it('activates the sheet and selects the cell in one sync', async () => {
    const d = createExcelDouble([submission('VNPT'), submission('Viettel')]);
    expect(await selectSource({ file: '', sheet: 'Viettel', cell: 'F12' }, host(d))).toBe(true);
    expect(d.workbook.selection).toEqual({ sheet: 'Viettel', address: 'F12' });
    expect(d.workbook.activeSheetId).toBe(d.workbook.sheet('Viettel')!.id);
    expect(d.stats.syncs).toBe(1);
    expect(await selectSource({ file: '', sheet: 'Đã xoá', cell: 'A1' }, host(d))).toBe(false);
    expect(await selectSource({ file: 'khac.xlsx', sheet: 'VNPT', cell: 'A1' }, host(d))).toBe(false);
  });

  it('inserts the sheets of chosen files and says how Excel named them', async () => {
    const d = createExcelDouble([submission('VNPT')]);
    const files = [
      { name: 'vnpt.xlsx', base64: encodeTestWorkbook([{ name: 'VNPT', values: [['mới']] }]) },
      {
        name: 'vt.xlsx',
        base64: encodeTestWorkbook([
          { name: 'Viettel', values: [[1]] },
          { name: 'Ghi chú', values: [['x']] },
        ]),
      },
    ];
    const imported = await importWorkbooks(files, host(d));
    expect(imported).toEqual([
      { file: 'vnpt.xlsx', sheets: ['VNPT (2)'] },
      { file: 'vt.xlsx', sheets: ['Viettel', 'Ghi chú'] },
    ]);
    // list, one insert per file, list again to name the new sheets.
    expect(d.stats.syncs).toBe(4);
  });

  it('one refused file fails alone; the others are imported', async () => {
    const d = createExcelDouble([submission('VNPT')], {
      quirks: { insertRefuses: (first) => first === 'Có biểu đồ' },
    });
    const files = [
      { name: 'a.xlsx', base64: encodeTestWorkbook([{ name: 'A', values: [[1]] }]) },
      { name: 'chart.xlsx', base64: encodeTestWorkbook([{ name: 'Có biểu đồ', values: [[1]] }]) },
      { name: 'b.xlsx', base64: encodeTestWorkbook([{ name: 'B', values: [[2]] }]) },
    ];
    const imported = await importWorkbooks(files, host(d));
    expect(imported.map((f) => [f.file, f.sheets, Boolean(f.error)])).toEqual([
      ['a.xlsx', ['A'], false],
      ['chart.xlsx', [], true],
      ['b.xlsx', ['B'], false],
    ]);
    expect(imported[1].error?.en).toMatch(/chart\.xlsx.*UnsupportedFeature/);
    expect(d.workbook.names()).toEqual(['VNPT', 'A', 'B']);
  });

  it('an error after the insert (office-js #3179) does not duplicate sheets: they count as imported', async () => {
    const d = createExcelDouble([submission('VNPT')], { quirks: { errorAfterInsert: true } });
    const files = [{ name: 'vt.xlsx', base64: encodeTestWorkbook([{ name: 'Viettel', values: [[1]] }]) }];
    const imported = await importWorkbooks(files, host(d));
    expect(imported).toEqual([{ file: 'vt.xlsx', sheets: ['Viettel'] }]);
    expect(d.workbook.names()).toEqual(['VNPT', 'Viettel']);
  });

  it('is refused with ApiNotFound on a host without ExcelApi 1.13 (the pane hides Import there)', async () => {
    const d = createExcelDouble([submission('VNPT')], { requirements: { ExcelApi: '1.12' } });
    const files = [{ name: 'vt.xlsx', base64: encodeTestWorkbook([{ name: 'Viettel', values: [[1]] }]) }];
    const [result] = await importWorkbooks(files, host(d));
    expect(result.error?.en).toMatch(/ApiNotFound/);
    expect(d.workbook.names()).toEqual(['VNPT']);
  });
});
