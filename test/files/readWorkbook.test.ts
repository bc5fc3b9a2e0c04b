import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import * as XLSX from '@e965/xlsx';
import { readSheet } from '../../src/core';
import { readWorkbook } from '../../src/cli/readWorkbook';
import { dateText, gridFromSheet, readSubmissionBytes } from '../../src/cli/sheetGrids';

const EXAMPLES = path.join(__dirname, '..', '..', 'examples', '9T-2015');

describe('dateText', () => {
  it('writes a date serial dd/mm/yyyy, in either date system', () => {
    expect(dateText(42277)).toBe('30/09/2015');
    expect(dateText(42277 - 1462, true)).toBe('30/09/2015');
  });
});

describe('gridFromSheet', () => {
  it('keeps a merged range only in its master cell, an error as Excel shows it, as a rectangle from A1', () => {
    const ws = XLSX.utils.aoa_to_sheet(
      [[], [null, 'Trong kỳ', 'x'], [null, 'Tăng', 'Giảm'], [null, null, null, 2907]],
      {
        dense: true,
      },
    ) as unknown as Parameters<typeof gridFromSheet>[0];
    ws['!merges'] = [XLSX.utils.decode_range('B2:C2')];
    ws['!data']![2][2] = { t: 's', v: 'Giảm' };
    ws['!data']![0] = [{ t: 'e', v: 7 }, { t: 'z' }];
    ws['!data']![4] = [{ t: 'z' }];
    const grid = gridFromSheet(ws, 'a.xlsx', 'BC');
    expect(grid).toEqual({
      file: 'a.xlsx',
      sheet: 'BC',
      top: 0,
      left: 0,
      values: [
        ['#DIV/0!', null, null, null],
        [null, 'Trong kỳ', null, null],
        [null, 'Tăng', 'Giảm', null],
        [null, null, null, 2907],
      ],
    });
  });
  it('gives dates as dd/mm/yyyy text, keeps formats that change what is seen, and lists hidden rows and columns', () => {
    const ws = XLSX.utils.aoa_to_sheet([[42277, 0.16, 1234000, 5]], { dense: true }) as unknown as Parameters<
      typeof gridFromSheet
    >[0];
    const row = ws['!data']![0] as { z?: string }[];
    row[0].z = 'dd/mm/yyyy';
    row[1].z = '0%';
    row[2].z = '#,##0,';
    row[3].z = '#,##0';
    ws['!rows'] = [undefined, { hidden: true }];
    ws['!cols'] = [{}, {}, { hidden: true }];
    const grid = gridFromSheet(ws, 'a.xlsx', 'BC');
    expect(grid.values).toEqual([['30/09/2015', 0.16, 1234000, 5]]);
    expect(grid.formats).toEqual([[null, '0%', '#,##0,', null]]);
    expect(grid.hiddenRows).toEqual([1]);
    expect(grid.hiddenColumns).toEqual([2]);
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
    const gmobile = await readWorkbook(path.join(EXAMPLES, 'gmobile-quang-ninh.xlsx'), 'g.xlsx');
    expect(gmobile.grids[0].fonts?.[0][0]).toBe('VNI-Times');
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
  it('gives a formula error as its text and a formula saved without its result as the formula: each named, no figure lost silently', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('BC');
    ws.addRow(['BÁO CÁO 9 THÁNG ĐẦU NĂM 2015']);
    ws.addRow(['STT', 'Chỉ tiêu', 'ĐVT', 'Tăng', 'Hiện có']);
    ws.addRow([1, 'Thuê bao FTTH', 'TB', 300, { error: '#REF!' }]);
    ws.addRow([2, 'Thuê bao xDSL', 'TB', { formula: 'D3+10' }, 5000]);
    const file = path.join(tmp, 'cong-thuc.xlsx');
    await wb.xlsx.writeFile(file);
    const [grid] = (await readWorkbook(file, 'cong-thuc.xlsx')).grids;
    expect([grid.values[2][4], grid.values[3][3]]).toEqual(['#REF!', '=D3+10']);
    const reading = readSheet(grid);
    expect(reading.submissions[0].facts.map((f) => `${f.indicator} ${f.measure} ${f.value}`)).toEqual([
      'ftth increase 300',
      'broadband-xdsl closing 5000',
    ]);
    expect(reading.issues.filter((i) => i.severity === 'warning').map((i) => `${i.code} ${i.cell}`)).toEqual([
      'unreadable-number E3',
      'unreadable-number D4',
    ]);
  });
  it('makes a damaged file and a missing file an issue, not a crash', async () => {
    const bad = path.join(tmp, 'hong.xlsx');
    fs.writeFileSync(bad, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x6e, 0x6f, 0x74, 0x20, 0x61, 0x20, 0x7a, 0x69, 0x70]));
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
    const missing = await readWorkbook(path.join(tmp, 'khong-co.xlsx'), 'khong-co.xlsx', 'vi');
    expect(missing.issues.map((i) => i.code)).toEqual(['unreadable-file']);
    expect(missing.issues[0].message).toMatch(/^Không mở được tệp/);
  });
});

describe('readSubmissionBytes', () => {
  it('reads CSV text as text fields, named after the file', () => {
    const text = '\uFEFFCMC Telecom, Quảng Ninh;;\r\nSTT;Chỉ tiêu;Hiện có\r\n1;Thuê bao FTTH;25.126\r\n';
    const { grids, issues } = readSubmissionBytes(new TextEncoder().encode(text), 'in/cmc.csv');
    expect(issues).toEqual([]);
    expect(grids).toEqual([
      {
        file: 'in/cmc.csv',
        sheet: 'cmc',
        top: 0,
        left: 0,
        values: [
          ['CMC Telecom, Quảng Ninh', null, null],
          ['STT', 'Chỉ tiêu', 'Hiện có'],
          ['1', 'Thuê bao FTTH', '25.126'],
        ],
      },
    ]);
  });
  it('reads a one-column .csv, but not a sentence saved as .xlsx', () => {
    expect(readSubmissionBytes(new TextEncoder().encode('Chỉ tiêu\nFTTH\n'), 'a.csv').grids[0].values).toEqual([
      ['Chỉ tiêu'],
      ['FTTH'],
    ]);
    expect(readSubmissionBytes(new TextEncoder().encode('Báo cáo gửi kèm'), 'a.xlsx').issues[0].code).toBe(
      'unreadable-file',
    );
  });
  it('reads an HTML table saved as .xls (what some web systems export)', () => {
    const html =
      '<html><body><table><tr><td>STT</td><td>Chỉ tiêu</td></tr><tr><td>1</td><td>FTTH</td></tr></table></body></html>';
    const { grids, issues } = readSubmissionBytes(new TextEncoder().encode(html), 'web.xls');
    expect(issues).toEqual([]);
    expect(grids[0].values[1][1]).toBe('FTTH');
  });
});
