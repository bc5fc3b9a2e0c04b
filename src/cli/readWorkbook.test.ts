import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { readSheet } from '../core/reader';
import { dateText, gridFromWorksheet, plainValue, readWorkbook } from './readWorkbook';

const EXAMPLES = path.join(__dirname, '..', '..', 'examples', '9T-2015');

describe('plainValue', () => {
  it('turns every ExcelJS value kind into what the core reads', () => {
    expect(plainValue(null)).toBeNull();
    expect(plainValue(undefined)).toBeNull();
    expect(plainValue(12.5)).toBe(12.5);
    expect(plainValue('1.234.567')).toBe('1.234.567');
    expect(plainValue(true)).toBe(true);
    expect(plainValue({ richText: [{ text: 'Doanh ' }, { text: 'thu', font: { bold: true } }] })).toBe('Doanh thu');
    expect(plainValue(new Date(Date.UTC(2015, 9, 6)))).toBe('06/10/2015');
    expect(plainValue({ formula: 'SUM(D8:D9)', result: 2907 } as ExcelJS.CellFormulaValue)).toBe(2907);
    expect(plainValue({ formula: 'A1', result: { error: '#REF!' } } as unknown as ExcelJS.CellFormulaValue)).toBeNull();
    expect(plainValue({ sharedFormula: 'D8', result: 'x' } as unknown as ExcelJS.CellValue)).toBe('x');
    expect(plainValue({ formula: 'NOW()' } as ExcelJS.CellFormulaValue)).toBeNull();
    expect(plainValue({ error: '#N/A' } as ExcelJS.CellErrorValue)).toBeNull();
    expect(plainValue({ text: 'VNPT', hyperlink: 'http://vnpt.vn' })).toBe('VNPT');
    expect(plainValue(Number.NaN)).toBeNull();
  });
  it('writes dates dd/mm/yyyy', () => {
    expect(dateText(new Date(Date.UTC(2015, 8, 30)))).toBe('30/09/2015');
  });
});

describe('gridFromWorksheet', () => {
  it('keeps a merged range only in its master cell, with fonts per cell, as a rectangle from A1', () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('BC');
    ws.getCell('B2').value = 'Trong kỳ';
    ws.mergeCells('B2:C2');
    ws.getCell('B3').value = 'Tăng';
    ws.getCell('C3').value = { formula: 'B3', result: 'Giảm' } as ExcelJS.CellFormulaValue;
    ws.getCell('D4').value = 2907;
    ws.getCell('D4').font = { name: '.VnTime' };
    const grid = gridFromWorksheet(ws, 'a.xlsx');
    expect(grid).toMatchObject({ file: 'a.xlsx', sheet: 'BC', top: 0, left: 0 });
    expect(grid.values).toEqual([
      [null, null, null, null],
      [null, 'Trong kỳ', null, null],
      [null, 'Tăng', 'Giảm', null],
      [null, null, null, 2907],
    ]);
    expect(grid.fonts?.[3][3]).toBe('.VnTime');
    expect(grid.fonts?.[1][2]).toBeNull();
  });
});

describe('readWorkbook', () => {
  let tmp: string;
  beforeAll(() => (tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tttt-read-'))));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('reads every sheet of a submission, legacy fonts included', async () => {
    const vnpt = await readWorkbook(path.join(EXAMPLES, 'vnpt-quang-ninh.xlsx'), 'vnpt.xlsx');
    expect(vnpt.issues).toEqual([]);
    expect(vnpt.grids.map((g) => g.sheet)).toEqual(['Hướng dẫn', 'BC 9T2015']);
    const bc = vnpt.grids[1];
    expect(bc.values[10].slice(0, 7)).toEqual(['1', 'Điện thoại cố định có dây', 'Thuê bao', 2907, 24060, 2907, 4038]);
    // D8:E8 is merged ("Trong kỳ" over "Tăng" | "Giảm")
    expect(bc.values[7][3]).toBe('Trong kỳ');
    expect(bc.values[7][4]).toBeNull();
    const vnm = await readWorkbook(path.join(EXAMPLES, 'vietnamobile-quang-ninh.xlsx'), 'vnm.xlsx');
    expect(vnm.grids[0].fonts?.[7][1]).toBe('.VnTime');
    expect(vnm.grids[0].values[8][1]).toBe('§iÖn tho¹i di ®éng tr¶ tr\u00adíc');
  });
  it('gives a header date typed as a date as dd/mm/yyyy text, which the reader takes as a header', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.addRow(['BÁO CÁO 9 THÁNG ĐẦU NĂM 2015']);
    ws.addRow([
      'STT',
      'Chỉ tiêu',
      'ĐVT',
      new Date(Date.UTC(2014, 11, 31)),
      'Phát triển mới',
      new Date(Date.UTC(2015, 8, 30)),
    ]);
    ws.addRow([1, 'Thuê bao FTTH', 'TB', 1000, 300, 1250]);
    const file = path.join(tmp, 'ngay.xlsx');
    await wb.xlsx.writeFile(file);
    const [grid] = (await readWorkbook(file, 'ngay.xlsx')).grids;
    expect(grid.values[1]).toEqual(['STT', 'Chỉ tiêu', 'ĐVT', '31/12/2014', 'Phát triển mới', '30/09/2015']);
    const facts = readSheet(grid).submissions[0].facts;
    expect(facts.map((f) => `${f.indicator} ${f.measure} ${f.value} @${f.source.cell}`)).toEqual([
      'ftth opening 1000 @D3',
      'ftth increase 300 @E3',
      'ftth closing 1250 @F3',
    ]);
  });
  it('makes a damaged file an issue, not a crash', async () => {
    const bad = path.join(tmp, 'hong.xlsx');
    fs.writeFileSync(bad, 'PK\u0003\u0004 not really a zip');
    const reading = await readWorkbook(bad, 'hong.xlsx', 'en');
    expect(reading.grids).toEqual([]);
    expect(reading.issues).toHaveLength(1);
    expect(reading.issues[0]).toMatchObject({
      severity: 'error',
      code: 'unreadable-file',
      file: 'hong.xlsx',
      sheet: '',
      cell: '',
    });
    expect(reading.issues[0].message).toMatch(/^Cannot read the file/);
  });
});
