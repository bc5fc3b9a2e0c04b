/**
 * Finding a sheet's tables (findTables.ts): where each begins and ends, a transposed one turned the
 * usual way round, and the area each covers, as the issues and the accounting name it.
 */
import { CATALOGUE_WORDS } from '../dictionary/vocabulary';
import type { CellValue, SheetGrid } from '../model';
import { readCells } from './cells';
import { findBlocks, lines, measuresUnder, tableOf, transpose } from './findTables';
import { readSheet } from './readSheet';
import { brief, grid } from '../../../test/support/grid';

const words = CATALOGUE_WORDS;
const cellsOf = (values: CellValue[][]) => readCells(grid(values)).cells;
const texts = (rows: { text: string }[][]) => rows.map((row) => row.map((cell) => cell.text));

const read = (values: CellValue[][], more: Partial<SheetGrid> = {}) => readSheet(grid(values, more));
const issues = (values: CellValue[][], more: Partial<SheetGrid> = {}) =>
  read(values, more).issues.map((i) => `${i.severity} ${i.code} ${i.cell}${i.cells ? ` [${i.cells.join(' ')}]` : ''}`);
const facts = (values: CellValue[][], more: Partial<SheetGrid> = {}) =>
  read(values, more).submissions.flatMap((s) => brief(s.facts));

const TURNED: CellValue[][] = [
  ['VNPT 9T/2015'],
  [null, 'Chỉ tiêu', 'TB trả sau', 'TB trả trước'],
  [null, 'Phát triển mới', 10, 20],
  [null, 'Hiện có', 100, 200],
];

describe('findBlocks', () => {
  it('finds each table with the rows above it as its title, two tables without a blank row between', () => {
    const cells = cellsOf([
      ['VNPT 9T/2015'],
      ['Chỉ tiêu', 'Hiện có'],
      ['Thuê bao FTTH', 5],
      ['Chỉ tiêu', 'Kỳ này'],
      ['Chuyển phát nhanh', 7],
    ]);
    expect(findBlocks(cells, words).map(({ titleFrom, top, end }) => [titleFrom, top, end])).toEqual([
      [0, 1, 3],
      [3, 3, 5],
    ]);
  });

  it('finds a transposed table at its row of indicators, ending at a note', () => {
    const blocks = findBlocks(cellsOf([...TURNED, [null], ['Người lập biểu']]), words);
    expect(blocks.map(({ titleFrom, top, end, found }) => [titleFrom, top, end, found.kind])).toEqual([
      [0, 1, 5, 'transposed'],
    ]);
    expect(findBlocks(cellsOf([['Ghi chú'], ['Hướng dẫn']]), words)).toEqual([]);
  });
});

describe('a transposed table', () => {
  it('is turned: the measures become the header, each indicator a row, with its own cells', () => {
    const cells = cellsOf(TURNED);
    const turned = transpose(cells, 1, 1, 4);
    expect(texts(turned)).toEqual([
      ['Chỉ tiêu', 'Phát triển mới', 'Hiện có'],
      ['TB trả sau', '10', '100'],
      ['TB trả trước', '20', '200'],
    ]);
    expect(turned[1][2]).toMatchObject({ row: 3, col: 2 });
    const [block] = findBlocks(cells, words);
    const table = tableOf(cells, block, words);
    expect(table).toMatchObject({ transposed: true, end: 3, header: { top: 0, bottom: 0, dataFrom: 1 } });
    expect(table.header.columns.map((c) => c.role)).toEqual(['label', 'increase', 'current']);
  });

  it('takes each indicator with the measure under it when indicators head groups of measures', () => {
    const turned = transpose(
      cellsOf([
        ['Địa bàn', 'Thuê bao FTTH', null, 'Thuê bao xDSL'],
        [null, 'Phát triển mới', 'Hiện có', 'Hiện có'],
        ['Tổng cộng', 10, 100, 200],
      ]),
      0,
      0,
      3,
    );
    expect(texts(measuresUnder(turned))).toEqual([
      ['Địa bàn', 'Tổng cộng'],
      ['Thuê bao FTTH Phát triển mới', '10'],
      ['Thuê bao FTTH Hiện có', '100'],
      ['Thuê bao xDSL Hiện có', '200'],
    ]);
    // Under the indicators, figures or no measure: nothing to carry.
    const plain = transpose(cellsOf(TURNED), 1, 1, 4);
    expect(measuresUnder(plain)).toBe(plain);
  });

  it('is read at its sheet addresses, wherever the grid starts', () => {
    expect(facts(TURNED, { top: 4, left: 2 })).toEqual([
      'mobile-postpaid increase 9T/2015 10 @E7',
      'mobile-postpaid closing 9T/2015 100 @E8',
      'mobile-prepaid increase 9T/2015 20 @F7',
      'mobile-prepaid closing 9T/2015 200 @F8',
    ]);
  });

  it('covers from its label column on, and names an unread measure row under each indicator', () => {
    const noPeriod = TURNED.map((row, k) => (k === 0 ? ['VNPT'] : row));
    expect(issues(noPeriod)).toEqual(['warning no-period  [B2:D4]']);
    const odd = [...TURNED.slice(0, 3), [null, 'Cột lạ', 1, 2], TURNED[3]];
    expect(issues(odd)).toEqual(['warning unused-figures C4 [C4]', 'warning unused-figures D4 [D4]']);
    expect(read(odd).issues[0].message).toContain('Cột "TB trả sau"');
  });
});

describe('a table area', () => {
  it('is named at its sheet addresses', () => {
    expect(issues([['VNPT'], ['Chỉ tiêu', 'Hiện có'], ['Thuê bao FTTH', 5]], { top: 4, left: 2 })).toEqual([
      'warning no-period  [C6:D7]',
    ]);
  });

  it('ends at a note under it', () => {
    expect(
      issues([['VNPT'], ['Chỉ tiêu', 'Tăng', 'Hiện có'], ['Thuê bao FTTH', 5, 6], ['Ghi chú: số liệu ước'], [null, 7]]),
    ).toEqual(['warning no-period  [A2:C3]', 'info outside-table B5 [B5]']);
  });
});

describe('lines', () => {
  it('gives the non-empty rows of a range as lines, within the sheet', () => {
    const cells = cellsOf([['VNPT', 'Quảng Ninh'], [null], ['Báo cáo 9 tháng 2015']]);
    expect(lines(cells, 0, 3)).toEqual(['VNPT Quảng Ninh', 'Báo cáo 9 tháng 2015']);
    expect(lines(cells, -2, 9)).toEqual(['VNPT Quảng Ninh', 'Báo cáo 9 tháng 2015']);
    expect(lines(cells, 1, 2)).toEqual([]);
  });
});
