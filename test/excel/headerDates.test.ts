/**
 * One workbook, two faces: a header date typed as a real date reaches the core as a serial
 * number from Excel (Office.js `values`) and as "dd/mm/yyyy" text from the command line
 * (ExcelJS). Both must give the same submission and the same tables.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { readWorkbook } from '../../src/cli/readWorkbook';
import { build } from '../../src/core/build';
import { buildTables, type ExcelHost } from '../../src/excel';
import { readGrids } from '../../src/excel/readGrids';
import { session } from '../../src/excel/session';
import { createExcelDouble } from './double';

const host = (d: ReturnType<typeof createExcelDouble>): ExcelHost => d.Excel as unknown as ExcelHost;

/** Excel's serial of a UTC date (days since 30 Dec 1899), as `range.values` gives a date cell. */
const serial = (d: Date): number => Math.round((d.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000);

const OPENING = new Date(Date.UTC(2014, 11, 31));
const CLOSING = new Date(Date.UTC(2015, 8, 30));
/** The sheet, with dates where the person typed dates. */
const rows = <T extends Date | number>(date: (d: Date) => T): (string | number | T)[][] => [
  ['CÔNG TY CỔ PHẦN VIỄN THÔNG SỐ 0'],
  ['BÁO CÁO KẾT QUẢ 9 THÁNG ĐẦU NĂM 2015'],
  ['STT', 'Chỉ tiêu', 'ĐVT', date(OPENING), 'Phát triển mới', 'Rời mạng', date(CLOSING)],
  [1, 'Thuê bao FTTH', 'TB', 1000, 300, 50, 1250],
  [2, 'Điện thoại di động trả sau', 'TB', 42000, 3000, 500, 44500],
];

describe('a header date typed as a date', () => {
  let tmp: string;
  beforeAll(() => (tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tttt-dates-'))));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('reaches the core as a serial from Excel', async () => {
    const d = createExcelDouble([{ name: 'Sheet1', values: rows(serial) }]);
    const { grids } = await host(d).run((context) => readGrids(session(context)));
    expect(grids[0].values[2]).toEqual(['STT', 'Chỉ tiêu', 'ĐVT', 42004, 'Phát triển mới', 'Rời mạng', 42277]);
  });

  it('builds the same submission and tables in Excel as on the command line', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    for (const row of rows((x) => x)) ws.addRow(row);
    const file = path.join(tmp, 'so0.xlsx');
    await wb.xlsx.writeFile(file);
    const cli = build((await readWorkbook(file, 'so0.xlsx')).grids.map((g) => ({ ...g, file: '' })));

    const d = createExcelDouble([{ name: 'Sheet1', values: rows(serial) }]);
    const excel = (await buildTables({ excel: host(d) })).result;

    const facts = (r: typeof cli) => r.facts.map((f) => `${f.indicator} ${f.measure} ${f.period} ${f.value}`);
    expect(facts(excel)).toEqual(facts(cli));
    expect(facts(excel)).toEqual(
      expect.arrayContaining(['ftth opening 9T/2015 1000', 'mobile-postpaid opening 9T/2015 42000']),
    );
    expect(excel.tables).toEqual(cli.tables);
    const ftth = excel.tables[0].rows.find((r) => r.indicator === 'ftth');
    expect(ftth).toMatchObject({ increase: 300, decrease: 50, current: 1250 });
  });
});
