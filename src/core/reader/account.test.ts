/**
 * The accounting (account.ts) on small sheets: where each numeric cell ends, and how its ranges
 * are written. The property over generated tables is in account.property.test.ts.
 */
import type { CellValue, SheetGrid } from '../model';
import { namedCells, rangesOf } from './account';
import { readSheet } from './readSheet';
import { grid } from '../../../test/support/grid';

const accounts = (values: CellValue[][], more: Partial<SheetGrid> = {}) =>
  (readSheet(grid(values, more)).accounts ?? []).map(
    (a) => `${a.cell} ${a.class} ${a.why} ${a.inTable ? 'in' : 'out'}`,
  );

describe('rangesOf', () => {
  it('writes single cells, then vertical runs per column, in column order', () => {
    const cells = [
      { row: 4, col: 4 },
      { row: 5, col: 4 },
      { row: 7, col: 1 },
      { row: 7, col: 4 },
      { row: 6, col: 4 },
      { row: 9, col: 4 },
    ];
    expect(rangesOf(cells)).toEqual(['B8', 'E5:E8', 'E10']);
    expect(rangesOf([])).toEqual([]);
    expect(rangesOf([{ row: 0, col: 0 }])).toEqual(['A1']);
    expect(
      rangesOf([
        { row: 0, col: 0 },
        { row: 1, col: 1 },
      ]),
    ).toEqual(['A1', 'B2']);
  });
});

describe('namedCells', () => {
  it('expands every range an issue names, either way round, and skips an empty cell', () => {
    expect(namedCells({ cell: 'A1', cells: ['B1:A2', 'C3', ''] })).toEqual(['A1', 'A1', 'B1', 'A2', 'B2', 'C3']);
    expect(namedCells({ cell: '', cells: ['AA10:AB11'] })).toEqual(['AA10', 'AB10', 'AA11', 'AB11']);
    expect(namedCells({ cell: 'D4' })).toEqual(['D4']);
  });
});

describe('accountCells', () => {
  it('leaves a year alone outside every table, and counts the rest', () => {
    const sheet = [
      ['VNPT'],
      ['Báo cáo 9 tháng', 2015],
      ['Chỉ tiêu', 'Hiện có'],
      ['Thuê bao FTTH', 5],
      [null],
      ['Ghi chú', 2016, 17],
    ];
    expect(accounts(sheet, {})).toEqual([
      'B4 fact closing in',
      'B6 issue unrecognised-row in',
      'C6 issue unused-figures in',
    ]);
    expect(readSheet(grid(sheet)).figures).toEqual({ used: 1, unused: 2 });
  });

  it('gives a figure an issue named outside every table that issue, not "outside"', () => {
    expect(
      accounts([
        ['Thuê bao FTTH', 5418],
        ['Doanh thu', 700],
      ]),
    ).toEqual(['B1 issue unreadable-sheet out', 'B2 issue unreadable-sheet out']);
  });

  it('names a column with no header by its letter', () => {
    const reading = readSheet(grid([['VNPT 9T/2015'], ['Chỉ tiêu', 'Hiện có', null], ['Thuê bao FTTH', 5, 7]]));
    expect(reading.issues.map((i) => `${i.code} ${i.cell} ${i.message}`)).toEqual([
      'unused-figures C3 Cột "C": 1 ô số không dùng (C3) — không hiểu tiêu đề cột (tăng, giảm, hiện có…?)',
    ]);
  });

  it('names the figures of hidden rows, not their years', () => {
    const sheet = [
      ['VNPT 9T/2015'],
      ['Chỉ tiêu', 'Hiện có'],
      ['Thuê bao FTTH', 5],
      ['Thuê bao xDSL', 6],
      ['Năm', 2015],
    ];
    expect(accounts(sheet, { hiddenRows: [3, 4] })).toEqual(['B3 fact closing in', 'B4 issue hidden-cells out']);
    expect(readSheet(grid(sheet, { hiddenRows: [3, 4] })).figures).toEqual({ used: 1, unused: 1 });
  });

  it("names the sheet's enterprise on every issue it adds, inside the tables or not", () => {
    const sheet = [
      ['VNPT Quảng Ninh'],
      ['Báo cáo 9 tháng năm 2015'],
      ['Chỉ tiêu', 'Hiện có', 'Cột lạ'],
      ['Thuê bao FTTH', 5, 7],
      ['Thuê bao xDSL', 6, 8],
      [],
      [],
      ['Người lập biểu'],
      [12],
    ];
    const issues = readSheet(grid(sheet, { hiddenRows: [4] })).issues;
    expect(issues.map((i) => `${i.code} ${i.enterprise}`)).toEqual([
      'unused-figures VNPT Quảng Ninh',
      'outside-table VNPT Quảng Ninh',
      'hidden-cells VNPT Quảng Ninh',
    ]);
  });
});
