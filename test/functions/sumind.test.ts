import { inLanguage, plain } from '../support/customFunctionsStub';
import * as fs from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { sumInd } from '../../src/functions/functions';
import { INDICATORS } from '../../src/core/catalogue';
import { DEFAULT_OUT, REFERENCE } from '../../scripts/make-examples';

/**
 * A sheet as Excel hands a range to a custom function: values only; a merged area's value in its
 * top-left cell and nothing in the others; formulas as their results.
 */
function rangeOf(ws: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row: unknown[] = [];
    for (let c = 1; c <= ws.columnCount; c++) {
      const cell = ws.getCell(r, c);
      const value = cell.value as unknown;
      if (cell.isMerged && cell.master.address !== cell.address) row.push(null);
      else if (value && typeof value === 'object' && 'richText' in value)
        row.push((value as ExcelJS.CellRichTextValue).richText.map((t) => t.text).join(''));
      else if (value && typeof value === 'object' && 'result' in value)
        row.push((value as ExcelJS.CellFormulaValue).result ?? null);
      else row.push(value ?? null);
    }
    rows.push(row);
  }
  return rows;
}

/** Every sheet of every example file, by file name. */
const sheets = new Map<string, unknown[][][]>();

beforeAll(async () => {
  for (const name of fs.readdirSync(DEFAULT_OUT).filter((f) => f.endsWith('.xlsx'))) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(DEFAULT_OUT, name));
    sheets.set(name, wb.worksheets.map(rangeOf));
  }
});

/** The ranges a statistician would select: every sheet, the corrected VNPost sheet instead of the first one. */
const selected = () =>
  [...sheets.entries()].filter(([name]) => name !== 'buu-dien-tinh-quang-ninh.xlsx').flatMap(([, ranges]) => ranges);

describe('SUMIND over the 9T/2015 example submissions', () => {
  it.each(INDICATORS.map((indicator) => indicator.id))('%s adds up to the reference table', (id) => {
    const ref = REFERENCE[id];
    // Stocks: the "Hiện có" column; flows: the period's volume (the table's "Số tăng trong kỳ" for postal rows).
    const expected =
      INDICATORS.find((i) => i.id === id)!.kind === 'stock' || id === 'telecom-revenue' ? ref.cur : ref.inc;
    expect(sumInd(id, ...selected())).toBeCloseTo(expected!, 6);
  });

  it('refuses to add a sheet and its correction together', () => {
    const both = [...sheets.values()].flat();
    const result = plain(sumInd('postal-revenue', ...both)) as { error: string; message: string };
    expect(result.error).toBe('#VALUE!');
    expect(result.message).toMatch(/is there twice/);
  });
});

describe('SUMIND safeguards', () => {
  const header = ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Phát triển mới', 'Rời mạng', 'Hiện có'];
  const vnpt = [
    ['VIỄN THÔNG QUẢNG NINH'],
    ['BÁO CÁO 9 THÁNG ĐẦU NĂM 2015'],
    header,
    [1, 'Thuê bao FTTH', 'Thuê bao', 10215, 2430, 11362],
  ];
  const fptQ3 = [
    ['FPT TELECOM QUẢNG NINH'],
    ['BÁO CÁO QUÝ III NĂM 2015'],
    header,
    [1, 'Thuê bao FTTH', 'Thuê bao', 1000, 200, 5418],
  ];
  const bareTable = [header, [1, 'Thuê bao FTTH', 'TB', 5127, 1640, '5.418']];

  it('reads a bare table (no title lines) as of the period the other ranges state', () => {
    expect(sumInd('ftth', bareTable)).toBe(5418);
    expect(sumInd('ftth', vnpt, bareTable)).toBe(11362 + 5418);
  });

  it('refuses ranges about different periods', () => {
    expect(plain(sumInd('ftth', vnpt, fptQ3))).toEqual({
      error: '#VALUE!',
      message: 'The ranges are about different periods (9T/2015, Q3/2015): cannot add them up',
    });
  });

  it('refuses a figure it cannot read rather than leave it out', () => {
    const broken = [...vnpt.slice(0, 3), [1, 'Thuê bao FTTH', 'Thuê bao', 10215, 2430, '11.362 thuê bao?']];
    const result = plain(sumInd('ftth', broken, bareTable)) as { error: string; message: string };
    expect(result.error).toBe('#VALUE!');
    expect(result.message).toMatch(/^Cannot add up "FTTH/);
    expect(result.message).toMatch(/11\.362 thuê bao\?/);
  });

  it("says so when no range has the indicator, in the user's language", () => {
    inLanguage('vi-VN', () => {
      expect(plain(sumInd('parcels', vnpt))).toEqual({
        error: '#N/A',
        message: 'Không thấy số liệu "Bưu kiện thường đi, đến từ liên tỉnh, quốc tế." trong các vùng',
      });
    });
  });
});
