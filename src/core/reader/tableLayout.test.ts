/**
 * A table's layout (tableLayout.ts), through readSheet: which column names the indicators, which
 * states the units, how a percent column is scaled, and which unit a column stating none takes.
 */
import type { CellValue, SheetGrid } from '../model';
import { readPeriodCode } from '../periods';
import { readCells } from './cells';
import { headerColumns } from './findHeader';
import { readSheet } from './readSheet';
import { tableLayout } from './tableLayout';
import { brief, grid } from '../../../test/support/grid';

const read = (values: CellValue[][], more: Partial<SheetGrid> = {}) => readSheet(grid(values, more));
const facts = (values: CellValue[][], more: Partial<SheetGrid> = {}) =>
  read(values, more).submissions.flatMap((s) => brief(s.facts));
const codes = (values: CellValue[][], more: Partial<SheetGrid> = {}) =>
  read(values, more).issues.map((i) => `${i.severity} ${i.code} ${i.cell}`);

describe('the label column', () => {
  it('is the column with the most texts under a header that names none, one-letter marks aside', () => {
    const sheet = [
      ['VNPT 9T/2015'],
      [null, null, 'Tăng', 'Hiện có'],
      ['x', 'Thuê bao FTTH', 1, 5],
      ['y', 'Thuê bao xDSL', 2, 6],
    ];
    expect(facts(sheet)).toEqual([
      'ftth increase 9T/2015 1 @C3',
      'ftth closing 9T/2015 5 @D3',
      'broadband-xdsl increase 9T/2015 2 @C4',
      'broadband-xdsl closing 9T/2015 6 @D4',
    ]);
  });

  it('is the first of two columns with as many texts', () => {
    const sheet = [['VNPT 9T/2015'], [null, null, 'Tăng', 'Hiện có'], ['Thuê bao FTTH', 'Thuê bao xDSL', 1, 5]];
    expect(facts(sheet)).toEqual(['ftth increase 9T/2015 1 @C3', 'ftth closing 9T/2015 5 @D3']);
  });

  it('may be the one headed "STT": its texts are then labels, not numbering', () => {
    const sheet = [['VNPT 9T/2015'], ['STT', 'Tăng', 'Hiện có'], ['Thuê bao FTTH', 1, 5], ['Thuê bao xDSL', 2, 6]];
    expect(facts(sheet)).toEqual([
      'ftth increase 9T/2015 1 @B3',
      'ftth closing 9T/2015 5 @C3',
      'broadband-xdsl increase 9T/2015 2 @B4',
      'broadband-xdsl closing 9T/2015 6 @C4',
    ]);
  });
});

describe('a column of units without a header', () => {
  it('is read as the unit column when most of its cells are units', () => {
    const rows = (second: string): CellValue[][] => [
      ['VNPT 9T/2015'],
      ['Chỉ tiêu', null, 'Hiện có'],
      ['Thuê bao FTTH', 'Nghìn TB', 5],
      ['Thuê bao xDSL', second, 6],
      ['Doanh thu', 'Tỷ đồng', 7],
    ];
    expect(facts(rows('TB'))).toEqual([
      'ftth closing 9T/2015 5000 @C3',
      'broadband-xdsl closing 9T/2015 6 @C4',
      'telecom-revenue flow 9T/2015 7000 @C5',
    ]);
    // Two units to one other text: still the unit column, the other text an unknown unit.
    expect(codes(rows('abc'))).toEqual(['info unknown-unit B4']);
    expect(facts(rows('abc'))).toContain('telecom-revenue flow 9T/2015 7000 @C5');
  });

  it('is no unit column when its units are fewer than twice its other texts', () => {
    const sheet = [
      ['VNPT 9T/2015'],
      ['Chỉ tiêu', null, 'Hiện có'],
      ['Thuê bao FTTH', 'Nghìn TB', 5],
      ['Thuê bao xDSL', 'abc', 6],
      ['Doanh thu', 'def', 7],
    ];
    expect(facts(sheet)).toEqual([
      'ftth closing 9T/2015 5 @C3',
      'broadband-xdsl closing 9T/2015 6 @C4',
      'telecom-revenue flow 9T/2015 7 @C5',
    ]);
  });
});

describe('a percent column', () => {
  const change = (a: CellValue, b: CellValue) =>
    read([['VNPT 9T/2015'], ['Chỉ tiêu', 'Hiện có', 'Tỷ lệ (%)'], ['Thuê bao FTTH', 100, a], ['Thuê bao xDSL', 100, b]])
      .submissions.flatMap((s) => s.facts)
      .filter((f) => f.measure === 'reportedChange')
      .map((f) => f.value);

  it('holds per cents when any plain number is above 5 either way, or all are whole', () => {
    expect(change(5.5, 0.5)).toEqual([0.055, 0.005]);
    expect(change(-5.5, 0.5)).toEqual([-0.055, 0.005]);
    expect(change(2, 3)).toEqual([0.02, 0.03]);
  });

  it('holds fractions otherwise, and a "28%" is a fraction whatever the rest', () => {
    expect(change(5, 0.5)).toEqual([5, 0.5]);
    expect(change(2.5, 3)).toEqual([2.5, 3]);
    expect(change('28%', 0.5)).toEqual([0.28, 0.5]);
    expect(change('28%', 50)).toEqual([0.28, 0.5]);
    expect(change('28%', 2)).toEqual([0.28, 0.02]);
  });
});

describe('a column stating no unit', () => {
  it('takes the multiple every other column states, a hidden one among them', () => {
    const sheet = [
      ['VNPT 9T/2015'],
      ['Chỉ tiêu', 'Tăng (Nghìn TB)', 'Hiện có', 'Giảm (Nghìn TB)'],
      ['Thuê bao FTTH', 1, 5, 2],
    ];
    expect(facts(sheet, { hiddenColumns: [3] })).toEqual([
      'ftth increase 9T/2015 1000 @B3',
      'ftth closing 9T/2015 5000 @C3',
    ]);
    expect(codes(sheet, { hiddenColumns: [3] })).toEqual(['info unit-from-neighbours C3', 'info hidden-cells D3']);
  });

  it('takes none when the others state different multiples, or units themselves', () => {
    expect(
      facts([
        ['VNPT 9T/2015'],
        ['Chỉ tiêu', 'Tăng (Nghìn TB)', 'Giảm (Triệu TB)', 'Hiện có'],
        ['Thuê bao FTTH', 1, 2, 5],
      ]),
    ).toEqual(['ftth increase 9T/2015 1000 @B3', 'ftth decrease 9T/2015 2000000 @C3', 'ftth closing 9T/2015 5 @D3']);
    const ones = [['VNPT 9T/2015'], ['Chỉ tiêu', 'Tăng (TB)', 'Giảm (TB)', 'Hiện có'], ['Thuê bao FTTH', 1, 2, 5]];
    expect(facts(ones)).toEqual([
      'ftth increase 9T/2015 1 @B3',
      'ftth decrease 9T/2015 2 @C3',
      'ftth closing 9T/2015 5 @D3',
    ]);
    expect(codes(ones)).toEqual([]);
  });

  it('leaves a percent column out of it', () => {
    const sheet = [
      ['VNPT 9T/2015'],
      ['Chỉ tiêu', 'Tăng (Nghìn TB)', 'Giảm (Nghìn TB)', 'Tỷ lệ (%)'],
      ['Thuê bao FTTH', 1, 2, 5],
    ];
    expect(facts(sheet)).toEqual([
      'ftth increase 9T/2015 1000 @B3',
      'ftth decrease 9T/2015 2000 @C3',
      'ftth reportedChange 9T/2015 0.05 @D3',
    ]);
    expect(codes(sheet)).toEqual([]);
  });
});

describe('last year beside a month and a longer span', () => {
  const lastYear = (header: string[], rows: CellValue[][]) =>
    read([['Viettel Post Thái Nguyên'], ['Kết quả hoạt động bưu chính'], ['STT', 'Nội dung', ...header], ...rows])
      .submissions.flatMap((s) => brief(s.facts))
      .filter((f) => / \S+\/2014 /.test(f));

  const monthAndNine = ['Tháng 9/2015', 'Lũy kế 9 tháng', 'Cùng kỳ năm 2014'];

  it('goes by the rows where last year gave a figure: a zero tells nothing', () => {
    const rows = [
      [1, 'Bưu kiện (Cái)', 103, 1104, 98],
      [2, 'Chuyển phát nhanh (Cái)', 268, 2876, 0],
    ];
    expect(lastYear(monthAndNine, rows)).toEqual(['parcels flow T9/2014 98 @E4', 'express flow T9/2014 0 @E5']);
  });

  it('finds the nearer span whichever column comes first', () => {
    const rows = [
      [1, 'Bưu kiện (Cái)', 1104, 103, 98],
      [2, 'Chuyển phát nhanh (Cái)', 2876, 268, 301],
    ];
    expect(lastYear(['Lũy kế 9 tháng', 'Tháng 9/2015', 'Cùng kỳ năm 2014'], rows)).toEqual([
      'parcels flow T9/2014 98 @E4',
      'express flow T9/2014 301 @E5',
    ]);
  });

  it("keeps the table's period when last year's figures are far from both", () => {
    const rows = [
      [1, 'Bưu kiện (Cái)', 103, 1104, 30],
      [2, 'Chuyển phát nhanh (Cái)', 268, 2876, 80],
    ];
    expect(lastYear(monthAndNine, rows)).toEqual(['parcels flow 9T/2014 30 @E4', 'express flow 9T/2014 80 @E5']);
  });

  it("keeps the table's period when they are not clearly nearer one than the other", () => {
    const rows = [[1, 'Bưu kiện (Cái)', 103, 310, 150]];
    expect(lastYear(['Tháng 9/2015', 'Quý III/2015', 'Cùng kỳ năm 2014'], rows)).toEqual([
      'parcels flow Q3/2014 150 @E4',
    ]);
  });
});

describe("a year's table of months", () => {
  it("reads its columns that name no month, last year's too, as the months it reaches", () => {
    expect(
      facts([
        ['EMS Nghệ An'],
        ['BÁO CÁO NĂM 2015'],
        ['Chỉ tiêu', 'ĐVT', 'T1', 'T9', 'Hiện có', 'Cùng kỳ năm 2014'],
        ['Chuyển phát nhanh', 'Cái', 10, 20, 300, 250],
      ]).sort(),
    ).toEqual([
      'express flow 9T/2014 250 @F4',
      'express flow 9T/2015 300 @E4',
      'express flow T1/2015 10 @C4',
      'express flow T9/2015 20 @D4',
    ]);
  });
});

describe('a column that names its measure', () => {
  it('in any of its header rows outweighs the measure a label names; one naming only a period does not', () => {
    const header = (...rows: CellValue[][]) => facts([['VNPT'], ...rows, ['Thuê bao FTTH phát triển mới', 500]]);
    expect(header(['Chỉ tiêu', 'Thực hiện 9 tháng 2015'], [null, 'Hiện có'])).toEqual(['ftth closing 9T/2015 500 @B4']);
    expect(header(['Chỉ tiêu', 'Thực hiện 9 tháng 2015'])).toEqual(['ftth increase 9T/2015 500 @B3']);
  });
});

describe('another table beside this one that could not be read apart', () => {
  // What findTables' sideBySide could not split is read whole: the columns from the second label
  // on (and its STT column) are the other table's, never read under this table's labels.
  const cells = readCells(
    grid([
      ['STT', 'Chỉ tiêu', 'Hiện có', 'STT', 'Chỉ tiêu', 'Thực hiện'],
      [1, 'Thuê bao FTTH', 30000, 1, 'Bưu kiện (Cái)', 4000],
    ]),
  ).cells;
  const header = { top: 0, bottom: 0, dataFrom: 1, columns: headerColumns(cells, 0, 0) };

  it("starts at the second label's STT column: no figure column is read from there on", () => {
    const layout = tableLayout(cells, header, 2, readPeriodCode('9T/2015'))!;
    expect(layout.besideFrom).toBe(3);
    expect(layout.values.map((v) => v.index)).toEqual([2]);
    expect([layout.labelCol, layout.sttCol]).toEqual([1, 0]);
  });

  it('is not there when only a unit column stands between two label columns', () => {
    const only = readCells(
      grid([
        ['Chỉ tiêu', 'ĐVT', 'Dịch vụ', 'Hiện có'],
        ['Thuê bao FTTH', 'TB', 'FTTH', 5],
      ]),
    ).cells;
    const layout = tableLayout(only, { top: 0, bottom: 0, dataFrom: 1, columns: headerColumns(only, 0, 0) }, 2, null)!;
    expect(layout.besideFrom).toBeNull();
    expect(layout.values.map((v) => v.index)).toEqual([3]);
  });

  it('counts only the columns between the two labels, not one before the first', () => {
    const only = readCells(
      grid([
        [null, 'Chỉ tiêu', 'Tên dịch vụ', 'Hiện có'],
        ['x', 'Thuê bao FTTH', 'FTTH', 5],
      ]),
    ).cells;
    const layout = tableLayout(only, { top: 0, bottom: 0, dataFrom: 1, columns: headerColumns(only, 0, 0) }, 2, null)!;
    expect(layout.besideFrom).toBeNull();
    expect(layout.values.map((v) => v.index)).toEqual([3]);
  });
});
