/**
 * Ready for real Excel (issue 11) on the test double: hosts without ExcelApi 1.12 / 1.13, the
 * web's GeneralException / internal-error refusals, text as text without assuming "@" protects,
 * ownership by two marks (lost property, copied sheet, renamed back), a person's typing in an
 * output sheet kept, the comparison chart, the settings kept in the workbook, and what the read
 * sync now fills in the grid (number formats that change what is seen, hidden rows and columns).
 */
import { buildTables, loadWorkbookSettings, saveWorkbookSettings, type ExcelHost } from '../../src/excel';
import { CHART_PREFIX } from '../../src/excel/chart';
import { OWNER_KEY } from '../../src/excel/ownership';
import { readGrids } from '../../src/excel/readGrids';
import { REGISTRY_KEY, SETTINGS_KEY } from '../../src/excel/registry';
import { session } from '../../src/excel/session';
import { parsable, textCell } from '../../src/excel/writeLayouts';
import { createExcelDouble, type DoubleSheetInit, type ExcelDoubleOptions } from './double';
import { ordinarySheets } from './fixtures';

type Double = ReturnType<typeof createExcelDouble>;

/** A sheet's snapshot without its custom properties (a released sheet loses the add-in's mark). */
const content = (d: Double, name: string): string =>
  d.workbook.snapshot(name).replace(/"props":\[.*?\]\],|"props":\[\],/, '');
const host = (d: Double): ExcelHost => d.Excel as unknown as ExcelHost;

/** A double whose Office global answers isSetSupported as the host would (the adapter asks it). */
function officeDouble(sheets: DoubleSheetInit[], options: ExcelDoubleOptions = {}): Double {
  const d = createExcelDouble(sheets, options);
  (globalThis as Record<string, unknown>).Office = d.Office;
  return d;
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Office;
});

const OUTPUT = ['TTTT Biểu', 'TTTT Chi tiết', 'TTTT Kiểm tra', 'TTTT Câu văn'];

describe('requirement sets', () => {
  it('the double answers isSetSupported and refuses an API of a missing set with ApiNotFound', async () => {
    const d = createExcelDouble([{ name: 'A', values: [['x']] }], { requirements: { ExcelApi: '1.11' } });
    expect(d.Office.context.requirements.isSetSupported('ExcelApi', '1.9')).toBe(true);
    expect(d.Office.context.requirements.isSetSupported('ExcelApi', '1.12')).toBe(false);
    await d.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('A').customProperties.getItemOrNullObject('k').load('value');
      await expect(context.sync()).rejects.toMatchObject({ code: 'ApiNotFound' });
    });
  });

  it('builds and rebuilds in place on a host without ExcelApi 1.12: ownership rests on the registry', async () => {
    const d = officeDouble(await ordinarySheets(3), { requirements: { ExcelApi: '1.11', SharedRuntime: '1.1' } });
    const first = await buildTables({ excel: host(d) });
    expect(first.syncs).toBe(3);
    expect(first.written.map((w) => w.sheet)).toEqual(OUTPUT);
    expect(d.workbook.sheet('TTTT Biểu')!.customProperties.size).toBe(0);
    expect(d.workbook.settings.get(REGISTRY_KEY)).toBeDefined();
    const ids = OUTPUT.map((n) => d.workbook.sheet(n)!.id);
    const again = await buildTables({ excel: host(d), convention: 'index' });
    expect(again.written.map((w) => w.sheet)).toEqual(OUTPUT);
    expect(OUTPUT.map((n) => d.workbook.sheet(n)!.id)).toEqual(ids);
    expect(again.syncs).toBe(3);
  });

  it('builds on a host without ExcelApi 1.13 (import is what goes: see the pane)', async () => {
    const d = officeDouble(await ordinarySheets(2), { requirements: { ExcelApi: '1.12' } });
    const outcome = await buildTables({ excel: host(d) });
    expect(outcome.written).toHaveLength(4);
  });
});

describe('refusals as the web answers them', () => {
  it.each(['GeneralException', 'InternalError'])(
    'a read refused with %s takes the sized path and still reads every row',
    async (code) => {
      const rows = 60_000;
      const big: DoubleSheetInit = {
        name: 'Lớn',
        values: Array.from({ length: rows }, (_, r) => [`Doanh nghiệp số ${r}`, r, r * 2, 'Thuê bao']),
      };
      const d = createExcelDouble([big], { quirks: { sizeRefusalCode: code } });
      const { grids } = await host(d).run((context) => readGrids(session(context)));
      expect(d.stats.records[1].answered).toBe(code);
      expect(grids[0].values).toHaveLength(rows);
      expect(d.stats.maxDeliveredBytes).toBeLessThanOrEqual(5 * 1024 * 1024);
    },
  );
});

describe('text as text, without assuming "@" protects', () => {
  it('decides which strings Excel could parse', () => {
    for (const t of [
      '=1+1',
      '+84 912',
      '-MobiFone',
      '@VNPT',
      "'x",
      '#N/A',
      '0912',
      '1.234',
      '1/2015',
      '3:00',
      'TRUE',
      'Sep-15',
      '15 Sep',
      'I',
    ])
      expect([t, parsable(t)]).toEqual([t, true]);
    for (const t of ['Điện thoại cố định có dây', 'Doanh thu (tr.đồng)', 'Quý III/2015', 'VNPT Quảng Ninh'])
      expect([t, parsable(t)]).toEqual([t, false]);
    expect(textCell('=1+1')).toEqual({ value: "'=1+1", format: 'General' });
  });

  it('every string of the output reads back as written, on a double where "@" does NOT protect', async () => {
    const names = ['=1+1', '+84 Viettel', '@VNPT', '-MobiFone', '0912', 'TRUE'];
    const sheets = (await ordinarySheets(names.length)).map((s, i) => ({ ...s, name: names[i] }));
    const d = createExcelDouble(sheets, { quirks: { textFormatProtects: false } });
    await buildTables({ excel: host(d) });
    for (const out of OUTPUT) expect([out, [...d.workbook.sheet(out)!.formulas.values()]]).toEqual([out, []]);
    const texts = OUTPUT.flatMap((out) => d.workbook.sheet(out)!.values.flat()).filter((v) => typeof v === 'string');
    for (const n of names) expect(texts.some((v) => (v as string).includes(n))).toBe(true);
    expect(texts).not.toContain('#NAME?');
  });
});

describe('the grid carries what a person sees', () => {
  it('fills formats (only those that change what is seen) and hidden rows and columns from the read sync', async () => {
    const d = createExcelDouble([
      {
        name: 'DN',
        values: [
          [null, null],
          [null, 'Chỉ tiêu', 'Tỷ lệ', 'Nghìn', 'Số'],
          [null, 'FTTH', 0.25, 12000, 5],
          [null, 'ADSL', 0.5, 3000, 6],
        ],
        formats: [[], [], [null, null, '0%', '#,##0,', '#,##0'], [null, null, '0.0%', '#,##0,', '#,##0']],
        hiddenRows: [3],
        hiddenColumns: [4],
      },
      { name: 'Trơn', values: [['a', 1]] },
    ]);
    const { grids } = await host(d).run((context) => readGrids(session(context)));
    expect(d.stats.syncs).toBe(2);
    const [g, plain] = grids;
    expect(g.top).toBe(1);
    expect(g.left).toBe(1);
    expect(g.formats).toEqual([
      [null, null, null, null],
      [null, '0%', '#,##0,', null],
      [null, '0.0%', '#,##0,', null],
    ]);
    expect(g.hiddenRows).toEqual([3]);
    expect(g.hiddenColumns).toEqual([4]);
    // A sheet with none of them carries none.
    expect(plain.formats).toBeUndefined();
    expect(plain.hiddenRows).toBeUndefined();
    expect(plain.hiddenColumns).toBeUndefined();
  });
});

describe('ownership that survives', () => {
  async function built(options: ExcelDoubleOptions = {}): Promise<Double> {
    const d = officeDouble(await ordinarySheets(3), options);
    await buildTables({ excel: host(d) });
    return d;
  }

  it('a lost sheet property: the registry still knows the sheet, and it is rebuilt in place', async () => {
    const d = await built();
    const id = d.workbook.sheet('TTTT Biểu')!.id;
    d.workbook.sheet('TTTT Biểu')!.customProperties.clear();
    const again = await buildTables({ excel: host(d) });
    expect(d.workbook.sheet('TTTT Biểu')!.id).toBe(id);
    expect(again.written[0]).toEqual({ sheet: 'TTTT Biểu', requested: 'TTTT Biểu' });
    expect(d.workbook.sheet('TTTT Biểu')!.customProperties.size).toBe(1);
  });

  it('lost settings (registry gone): the sheet property alone is enough', async () => {
    const d = await built();
    const id = d.workbook.sheet('TTTT Biểu')!.id;
    d.workbook.settings.delete(REGISTRY_KEY);
    await buildTables({ excel: host(d) });
    expect(d.workbook.sheet('TTTT Biểu')!.id).toBe(id);
    expect(d.workbook.names().filter((n) => n.startsWith('TTTT Biểu'))).toEqual(['TTTT Biểu']);
  });

  it("a copied output sheet is a person's: never rewritten, never counted as a submission", async () => {
    const d = await built();
    const copy = d.workbook.copySheet('TTTT Biểu');
    copy.setValue(40, 0, 'Ghi chú của tôi');
    const before = d.workbook.snapshot(copy.name);
    const again = await buildTables({ excel: host(d) });
    expect(d.workbook.snapshot(copy.name)).toBe(before);
    expect(again.written[0].sheet).toBe('TTTT Biểu');
  });

  it('a kept output renamed back is rewritten only if it holds exactly what was last written', async () => {
    const d = await built();
    const kept = d.workbook.sheet('TTTT Biểu')!;
    kept.name = 'Biểu quý 2';
    await buildTables({ excel: host(d), convention: 'index' }); // writes a new "TTTT Biểu"
    const fresh = d.workbook.sheet('TTTT Biểu')!;
    d.workbook.sheets.splice(d.workbook.sheets.indexOf(fresh), 1); // the person deletes it…
    kept.name = 'TTTT Biểu'; // …and renames the kept one back
    const snapshot = content(d, 'TTTT Biểu');
    const again = await buildTables({ excel: host(d), convention: 'change' });
    // The registry knows what the last build wrote there (the index figures): the kept sheet differs.
    expect(content(d, 'TTTT Biểu') === snapshot).toBe(true);
    expect(again.written[0].sheet).toBe('TTTT Biểu (2)');
    expect(again.result.issues.some((i) => i.code === 'output-kept')).toBe(true);
  });
});

describe("a person's cells are safe, even in an output sheet", () => {
  it('a note typed into "TTTT Biểu" is kept; the output goes to a new sheet and a warning names the cell', async () => {
    const d = officeDouble(await ordinarySheets(3));
    await buildTables({ excel: host(d) });
    const sheet = d.workbook.sheet('TTTT Biểu')!;
    sheet.setValue(30, 9, 'Số liệu Viettel chờ xác nhận');
    sheet.setValue(2, 1, 'Sửa tay');
    const before = content(d, 'TTTT Biểu');
    const outcome = await buildTables({ excel: host(d) });
    expect(content(d, 'TTTT Biểu') === before).toBe(true);
    expect(sheet.customProperties.has(OWNER_KEY.toLowerCase())).toBe(false); // released: the person's now
    expect(outcome.written[0].sheet).toBe('TTTT Biểu (2)');
    expect(outcome.kept?.[0].sheet).toBe('TTTT Biểu');
    const warning = outcome.result.issues.find((i) => i.code === 'output-kept')!;
    expect(warning.cells).toEqual(expect.arrayContaining(['J31', expect.stringMatching(/^A3:[A-Z]+3$/)]));
    expect(warning.message).toContain('J31');
    // The next build rewrites "TTTT Biểu (2)" in place and leaves the person's sheet alone.
    const id2 = d.workbook.sheet('TTTT Biểu (2)')!.id;
    await buildTables({ excel: host(d) });
    expect(d.workbook.sheet('TTTT Biểu (2)')!.id).toBe(id2);
    expect(d.workbook.names().filter((n) => n.startsWith('TTTT Biểu'))).toEqual(['TTTT Biểu', 'TTTT Biểu (2)']);
  });
});

describe('the comparison chart', () => {
  it('is drawn on the tables sheet in the write sync, and redrawn in place on a rebuild', async () => {
    const d = officeDouble(await ordinarySheets(3));
    const first = await buildTables({ excel: host(d) });
    expect(first.syncs).toBe(3);
    const charts = d.workbook.sheet('TTTT Biểu')!.charts;
    expect(charts.map((c) => c.name)).toEqual([`${CHART_PREFIX}telecom`, `${CHART_PREFIX}postal`]);
    expect(charts[0].title).toMatch(/VIỄN THÔNG/);
    expect(charts[0].source).toMatch(/^F\d+:F\d+$/);
    expect(charts[0].categories).toMatch(/^B\d+:B\d+$/);
    const again = await buildTables({ excel: host(d) });
    expect(again.syncs).toBe(3);
    expect(d.workbook.sheet('TTTT Biểu')!.charts).toHaveLength(2);
  });
});

describe('one build, whichever button', () => {
  it('the ribbon (no options) builds with the settings the pane saved in the workbook', async () => {
    const d = officeDouble(await ordinarySheets(3));
    const excluded = d.workbook.sheets[0].name;
    await saveWorkbookSettings(
      { convention: 'index', sheetNames: { tables: 'Biểu 9T' }, exclude: [excluded] },
      host(d),
    );
    expect(d.workbook.settings.get(SETTINGS_KEY)?.value).toMatchObject({ convention: 'index' });
    const outcome = await buildTables({ excel: host(d) });
    expect(outcome.written[0]).toEqual({ sheet: 'Biểu 9T', requested: 'Biểu 9T' });
    expect(outcome.result.submissions.map((s) => s.sheet)).not.toContain(excluded);
    expect(outcome.syncs).toBe(3);
    await expect(loadWorkbookSettings(host(d))).resolves.toMatchObject({ exclude: [excluded] });
  });

  it('the province the pane saved names the tables the ribbon writes', async () => {
    const d = officeDouble(await ordinarySheets(2));
    await saveWorkbookSettings({ province: ' Bắc Ninh ' }, host(d));
    await expect(loadWorkbookSettings(host(d))).resolves.toMatchObject({ province: 'Bắc Ninh' });
    const outcome = await buildTables({ excel: host(d) });
    expect(outcome.result.tables.map((table) => table.title)).toEqual([
      expect.stringContaining('TỈNH BẮC NINH'),
      expect.stringContaining('TỈNH BẮC NINH'),
    ]);
  });
});
