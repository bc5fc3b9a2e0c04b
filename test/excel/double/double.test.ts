import { createExcelDouble, encodeTestWorkbook, FORMULA_VALUE, type RequestContext } from './index';

const people = [
  {
    name: 'VNPT',
    values: [
      ['BÁO CÁO', null],
      ['Thuê bao', 1200],
    ],
    fonts: [
      ['.VnTime', '.VnTime'],
      ['.VnTime', 'Arial'],
    ],
  },
  {
    name: 'Ghi chú',
    values: [
      [null, null, null],
      [null, null, 'x'],
    ],
  },
  { name: 'Trống', values: [] },
];

describe('Excel test double: proxies, load and sync', () => {
  it('reads nothing until sync, then what was loaded', async () => {
    const { Excel, stats } = createExcelDouble(people);
    await Excel.run(async (context: RequestContext) => {
      const range = context.workbook.worksheets.getItem('VNPT').getRange('A1:B2');
      range.load('values, address');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(range.values).toEqual([
        ['BÁO CÁO', ''],
        ['Thuê bao', 1200],
      ]);
      expect(range.address).toBe('VNPT!A1:B2');
      expect(() => range.numberFormat).toThrow(/not available/);
    });
    expect(stats.syncs).toBe(1);
  });

  it('loads nested paths and arrays of paths; font name is null when mixed', async () => {
    const { Excel } = createExcelDouble(people);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('vnpt'); // names are case-insensitive
      const row1 = sheet.getRange('A1:B1').load(['format/font/name', 'rowCount']);
      const all = sheet.getRange('A1:B2').load('format/font/name');
      await context.sync();
      expect(row1.format.font.name).toBe('.VnTime');
      expect(row1.rowCount).toBe(1);
      expect(all.format.font.name).toBeNull();
    });
  });

  it('queues writes until sync and applies them in order', async () => {
    const { Excel, workbook } = createExcelDouble(people);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add('Mới');
      sheet.getRange('A1:B1').values = [['a', 2]];
      expect(workbook.sheet('Mới')).toBeUndefined();
      await context.sync();
    });
    expect(workbook.read('Mới', 'A1:B1')).toEqual([['a', 2]]);
  });

  it('loads collection items and used ranges (values only, empty sheets)', async () => {
    const { Excel } = createExcelDouble(people);
    await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets.load('items/name,items/position,items/visibility');
      await context.sync();
      expect(sheets.items.map((s) => [s.name, s.position])).toEqual([
        ['VNPT', 0],
        ['Ghi chú', 1],
        ['Trống', 2],
      ]);
      expect(() => sheets.items[0].id).toThrow(/not available/);
      const used = sheets.items.map((s) => s.getUsedRangeOrNullObject(true).load('address'));
      const usedA1 = sheets.items[2].getUsedRange(true).load('address');
      await context.sync();
      expect(used.map((u) => u.isNullObject)).toEqual([false, false, true]);
      expect(used[1].address).toBe("'Ghi chú'!C2");
      expect(usedA1.address).toBe("'Trống'!A1");
    });
  });

  it('getItem fails at sync; getItemOrNullObject gives a null object', async () => {
    const { Excel } = createExcelDouble(people);
    await Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('Không có');
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      context.workbook.worksheets.getItem('Không có').load('name');
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    });
  });

  it('refuses a sheet name that exists (any case)', async () => {
    const { Excel } = createExcelDouble(people);
    await Excel.run(async (context) => {
      context.workbook.worksheets.add('vnpt');
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
    });
  });

  it('parses written strings as if typed, even in cells formatted as text unless told "@" protects', async () => {
    const plainDouble = createExcelDouble(people);
    await plainDouble.Excel.run(async (context) => {
      const t = context.workbook.worksheets.add('T').getRange('A1:B1');
      t.numberFormat = [['@', '@']];
      t.values = [['=1+1', "'=1+1"]];
      await context.sync();
    });
    // By default the double does not assume "@" protects (the docs do not say it does); the
    // apostrophe, Excel's documented text prefix, does and is not part of the value.
    expect(plainDouble.workbook.read('T', 'A1:B1')).toEqual([[FORMULA_VALUE, '=1+1']]);
    const { Excel, workbook } = createExcelDouble(people, { quirks: { textFormatProtects: true } });
    const risky = [['=HYPERLINK("http://x")', '+84912345678', '-', '@x', '0912', "'=1"]];
    await Excel.run(async (context) => {
      const s = context.workbook.worksheets.add('T');
      s.getRange('A1:F1').values = risky;
      const text = s.getRange('A2:F2');
      text.numberFormat = [['@', '@', '@', '@', '@', '@']];
      text.values = risky;
      await context.sync();
    });
    const sheet = workbook.sheet('T')!;
    expect(workbook.read('T', 'A1:F1')).toEqual([[FORMULA_VALUE, 84912345678, '-', FORMULA_VALUE, 912, '=1']]);
    expect(sheet.formula(0, 0)).toBe('=HYPERLINK("http://x")');
    expect(sheet.formula(0, 3)).toBe('=x');
    expect(workbook.read('T', 'A2:F2')).toEqual(risky);
    expect([0, 1, 2, 3, 4, 5].map((c) => sheet.formula(1, c))).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('rejects a 2-D array of the wrong shape', async () => {
    const { Excel } = createExcelDouble(people);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('VNPT').getRange('A1:B1').values = [['only one']];
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    });
  });

  it('counts request and response bytes per sync and enforces the 5 MB caps', async () => {
    const { Excel, stats } = createExcelDouble([{ name: 'Big', values: [] }], {
      limits: { requestBytes: 2000, responseBytes: 2000 },
    });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Big');
      sheet.getRange('A1:A10').values = Array.from({ length: 10 }, () => ['x'.repeat(50)]);
      await context.sync();
      expect(stats.records[0].requestBytes).toBeGreaterThan(500);
      expect(stats.records[0].requestBytes).toBeLessThan(2000);
      sheet.getRange('A1:A100').values = Array.from({ length: 100 }, () => ['x'.repeat(50)]);
      await expect(context.sync()).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    });
    const big = createExcelDouble([{ name: 'Big', values: Array.from({ length: 100 }, () => ['y'.repeat(50)]) }], {
      limits: { responseBytes: 2000 },
    });
    await big.Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem('Big').getRange('A1:A100').load('values');
      await expect(context.sync()).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
      expect(() => r.values).toThrow(/not available/);
    });
    expect(big.stats.records[0].responseBytes).toBeGreaterThan(5000);
    // A refused sync is marked, and left out of what was delivered.
    expect(stats.records.map((r) => r.refused ?? null)).toEqual([null, 'RequestPayloadSizeLimitExceeded']);
    expect(big.stats.records[0].refused).toBe('ResponsePayloadSizeLimitExceeded');
    expect(big.stats.refusals).toBe(1);
    expect(big.stats.maxDeliveredBytes).toBe(0);
  });

  it('refuses to read more cells than the cap', async () => {
    const { Excel, stats } = createExcelDouble(people, { limits: { cellsPerRead: 100 } });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('VNPT');
      sheet.getRange('A1:J10').load('values');
      await context.sync();
      sheet.getRange('A1:J11').load('values');
      await expect(context.sync()).rejects.toMatchObject({ code: 'RangeExceedsLimit' });
    });
    expect(stats.records.map((r) => r.refused ?? null)).toEqual([null, 'RangeExceedsLimit']);
  });

  it('counts what a batch forgot to sync', async () => {
    const { Excel, stats, workbook } = createExcelDouble(people);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('VNPT').getRange('A1').values = [['lost']];
    });
    expect(stats.discardedOperations).toBe(1);
    expect(workbook.read('VNPT', 'A1')).toEqual([['BÁO CÁO']]);
  });

  it('inserts sheets from base64, renaming clashes like Excel', async () => {
    const { Excel, workbook } = createExcelDouble(people);
    const base64 = encodeTestWorkbook([
      { name: 'VNPT', values: [['Viễn thông']] },
      { name: 'Viettel', values: [[1]] },
    ]);
    await Excel.run(async (context) => {
      const ids = context.workbook.insertWorksheetsFromBase64(base64);
      expect(() => ids.value).toThrow();
      await context.sync();
      expect(ids.value).toHaveLength(2);
    });
    expect(workbook.names()).toEqual(['VNPT', 'Ghi chú', 'Trống', 'VNPT (2)', 'Viettel']);
    expect(workbook.read('VNPT (2)', 'A1')).toEqual([['Viễn thông']]);
  });

  it('keeps custom properties, formats, merges, widths, selection', async () => {
    const { Excel, workbook } = createExcelDouble(people);
    await Excel.run(async (context) => {
      context.workbook.properties.custom.add('TTTT.owned', '["x"]');
      const sheet = context.workbook.worksheets.getItem('Ghi chú');
      sheet.customProperties.add('Owner', 'TTTT');
      const r = sheet.getRange('A1:B1');
      r.merge();
      r.format.font.bold = true;
      r.format.columnWidth = 80;
      r.format.borders.getItem('EdgeBottom').style = 'Continuous';
      sheet.activate();
      sheet.getRange('B2').select();
      await context.sync();
      const prop = context.workbook.properties.custom.getItemOrNullObject('tttt.OWNED').load('value');
      const sheetProp = sheet.customProperties.getItemOrNullObject('owner').load('value');
      const fmt = r.load('format/font/bold, format/columnWidth');
      await context.sync();
      expect(prop.value).toBe('["x"]');
      expect(sheetProp.value).toBe('TTTT');
      expect(fmt.format.font.bold).toBe(true);
      expect(fmt.format.columnWidth).toBe(80);
    });
    const s = workbook.sheet('Ghi chú')!;
    expect(s.merges).toEqual([{ row: 0, col: 0, rows: 1, cols: 2 }]);
    expect(s.format(0, 1).borders).toEqual(['EdgeBottom']);
    expect(workbook.selection).toEqual({ sheet: 'Ghi chú', address: 'B2' });
  });

  it('reads per-cell fonts with getCellProperties', async () => {
    const { Excel } = createExcelDouble(people);
    await Excel.run(async (context) => {
      const props = context.workbook.worksheets
        .getItem('VNPT')
        .getRange('A2:B2')
        .getCellProperties({ format: { font: { name: true } } });
      await context.sync();
      expect(props.value).toEqual([
        [{ format: { font: { name: '.VnTime' } } }, { format: { font: { name: 'Arial' } } }],
      ]);
    });
  });

  it('records ribbon handlers and task pane requests', async () => {
    const d = createExcelDouble(people, { displayLanguage: 'en-US' });
    d.Office.actions.associate('buildTables', () => 1);
    await d.Office.addin.showAsTaskpane();
    expect([...d.office.actions.keys()]).toEqual(['buildTables']);
    expect(d.office.showTaskpane).toBe(1);
    expect(d.Office.context.displayLanguage).toBe('en-US');
  });
});
