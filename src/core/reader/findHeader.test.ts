import type { CellValue } from '../model';
import { readCells } from './cells';
import { findHeader, indicatorHeading, isColumnNumberRow, isHeaderRow, tableEnd } from './findHeader';
import { grid } from '../../../test/support/grid';

const cells = (values: CellValue[][]) => readCells(grid(values)).cells;
const row = (values: CellValue[]) => cells([values])[0];

describe('indicatorHeading', () => {
  it("takes a label column headed by the indicator's own name over columns of figures", () => {
    expect(indicatorHeading(row(['Thuê bao FTTH', 'Hiện có']))).toBe('Thuê bao FTTH');
    expect(indicatorHeading(row([null, 'Sản lượng phát hành báo chí', 'ĐVT', 'Thực hiện']))).toBe(
      'Sản lượng phát hành báo chí',
    );
    expect(isHeaderRow(row(['Thuê bao FTTH', 'Hiện có']))).toBe(true);
  });
  it('is no heading without a standard indicator first and only columns of figures after it', () => {
    expect(indicatorHeading(row(['Chỉ tiêu', 'Hiện có']))).toBeNull();
    expect(indicatorHeading(row(['Thuê bao FTTH']))).toBeNull();
    expect(indicatorHeading(row(['Thuê bao FTTH', 'ĐVT']))).toBeNull();
    expect(indicatorHeading(row(['Thuê bao FTTH', 'Ghi chú', 'Hiện có']))).toBeNull();
    expect(indicatorHeading(row(['Trạm BTS', 'Hiện có']))).toBeNull();
    expect(isHeaderRow(row(['Thuê bao FTTH', 'Hiện có', 5]))).toBe(false);
  });
});

describe('isHeaderRow', () => {
  it('takes a row of column names with at least one figure column', () => {
    expect(isHeaderRow(row(['STT', 'Chỉ tiêu', 'Hiện có']))).toBe(true);
    expect(isHeaderRow(row(['Tăng', 'Giảm']))).toBe(true);
    expect(isHeaderRow(row(['Chỉ tiêu', 'Năm 2014', 2015]))).toBe(true);
  });
  it('rejects titles, data rows and label-only rows', () => {
    expect(
      isHeaderRow(row(['TẬP ĐOÀN BƯU CHÍNH VIỄN THÔNG VIỆT NAM', null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'])),
    ).toBe(false);
    expect(isHeaderRow(row(['Doanh thu', 'Tr.đồng', 1200]))).toBe(false);
    expect(isHeaderRow(row(['STT', 'Chỉ tiêu', 'ĐVT']))).toBe(false);
  });
});

describe('isColumnNumberRow', () => {
  it('spots a row that only numbers the columns', () => {
    expect(isColumnNumberRow(row(['(1)', '(2)', '(3)', '(4)']))).toBe(true);
    expect(isColumnNumberRow(row(['A', 'B', 1, 2, 3]))).toBe(true);
    expect(isColumnNumberRow(row(['1', 'PSTN', 100, 200]))).toBe(false);
    expect(isColumnNumberRow(row([1, 2]))).toBe(false);
  });
});

describe('findHeader', () => {
  it('finds a one-row header under the title lines', () => {
    const found = findHeader(cells([['VNPT'], ['STT', 'Chỉ tiêu', 'Tăng', 'Giảm'], [1, 'FTTH', 5, 2]]), 0);
    expect(found?.kind).toBe('normal');
    if (found?.kind !== 'normal') return;
    expect(found.header).toMatchObject({ top: 1, bottom: 1, dataFrom: 2 });
    expect(found.header.columns.map((c) => c.role)).toEqual(['stt', 'label', 'increase', 'decrease']);
  });

  it('combines a two-row merged header, the upper cell forward-filled over its merge', () => {
    const found = findHeader(
      cells([
        ['STT', 'Chỉ tiêu', 'Trong kỳ', null, 'Hiện có', 'Cùng kỳ năm 2014'],
        [null, null, 'Tăng', 'Giảm', null, null],
        ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)'],
        [1, 'FTTH', 5, 2, 30, 20],
      ]),
      0,
    );
    if (found?.kind !== 'normal') throw new Error('no header');
    expect(found.header).toMatchObject({ top: 0, bottom: 1, dataFrom: 3 });
    expect(found.header.columns.map((c) => [c.role, c.previous])).toEqual([
      ['stt', false],
      ['label', false],
      ['increase', false],
      ['decrease', false],
      ['current', false],
      ['current', true],
    ]);
    expect(found.header.columns[3].texts).toEqual(['Trong kỳ', 'Giảm']);
  });

  it('lets the upper cell of a merged header rule a group out or make it a percentage', () => {
    const found = findHeader(
      cells([
        ['STT', 'Chỉ tiêu', 'Kế hoạch năm 2015', 'So sánh %', null, 'Ghi chú', 'Hiện có'],
        [null, null, 'Hiện có', 'Hiện có', 'Tăng', 'Hiện có', null],
        [1, 'FTTH', 40, 1.2, 0.5, 3, 30],
      ]),
      0,
    );
    if (found?.kind !== 'normal') throw new Error('no header');
    expect(found.header.columns.map((c) => c.role)).toEqual([
      'stt',
      'label',
      'ignore',
      'percent',
      'ignore',
      'note',
      'current',
    ]);
  });

  it('takes an upper "Cùng kỳ" group above the row it finds', () => {
    const found = findHeader(
      cells([
        [null, null, 'Năm 2015', null, 'Cùng kỳ năm 2014', null],
        ['STT', 'Chỉ tiêu', 'Tăng', 'Hiện có', 'Tăng', 'Hiện có'],
        [1, 'FTTH', 5, 30, 4, 20],
      ]),
      0,
    );
    if (found?.kind !== 'normal') throw new Error('no header');
    expect(found.header.top).toBe(0);
    expect(found.header.columns.map((c) => c.previous)).toEqual([false, false, false, false, true, true]);
  });

  it('takes a first row whose STT, label and note headings are merged down over nothing', () => {
    const found = findHeader(
      cells([
        ['TT', 'Nội dung', 'Năm nay', null, 'Ghi chú'],
        [null, null, 'Trong kỳ', 'Hiện có', null],
        [null, null, 'Số TB tăng', null, null],
        [1, 'FTTH', 5, 30, 'ước'],
      ]),
      0,
    );
    if (found?.kind !== 'normal') throw new Error('no header');
    expect([found.header.top, found.header.bottom, found.header.dataFrom]).toEqual([0, 2, 3]);
    expect(found.header.columns.map((c) => c.role)).toEqual(['stt', 'label', 'increase', 'current', 'note']);
  });

  it("takes no title line for the header's first row, whatever heading it holds", () => {
    // A heading counts only merged down over nothing and naming its column; the rest must head figures.
    const topOf = (values: CellValue[][]) => {
      const found = findHeader(cells(values), 0);
      return found?.kind === 'normal' ? found.header.top : null;
    };
    expect(
      topOf([
        ['Nội dung: số liệu quý III năm 2015', null, 'ĐVT: thuê bao'],
        ['Chỉ tiêu', 'Tăng', 'Hiện có'],
        ['Thuê bao FTTH', 5, 30],
      ]),
    ).toBe(1);
    expect(
      topOf([
        ['Chỉ tiêu', null, null, 'Báo cáo quý III năm 2015'],
        [null, 'Tăng', 'Hiện có', null],
        ['Thuê bao FTTH', 5, 30, null],
      ]),
    ).toBe(1);
  });

  it('finds a transposed header: indicators across, measures down', () => {
    const found = findHeader(
      cells([
        ['Chỉ tiêu', 'TB trả sau', 'TB trả trước', 'Doanh thu'],
        ['Phát triển mới', 10, 20, null],
        ['Hiện có', 100, 200, 5],
      ]),
      0,
    );
    expect(found).toEqual({ kind: 'transposed', header: { row: 0, labelCol: 0 } });
  });

  it('needs figures under the header', () => {
    expect(findHeader(cells([['STT', 'Chỉ tiêu', 'Hiện có'], ['Ghi chú']]), 0)).toBeNull();
    expect(findHeader(cells([]), 0)).toBeNull();
  });
});

describe('tableEnd', () => {
  it('ends a table at a note or signature row', () => {
    const c = cells([['Chỉ tiêu', 'Hiện có'], ['FTTH', 5], [null, null], ['Ghi chú: …'], ['FTTH', 7]]);
    expect(tableEnd(c, 1)).toBe(3);
  });
  it('ends a table after its last figures when another header follows', () => {
    const c = cells([['Chỉ tiêu', 'Hiện có'], ['FTTH', 5], ['VIETTEL POST'], ['Chỉ tiêu', 'Kỳ này'], ['CPN', 7]]);
    expect(tableEnd(c, 1)).toBe(2);
  });
});

describe('isColumnNumberRow: numbers and letters counting the columns', () => {
  it.each([
    [['A', '(2)', '(3)', 'D', '(5)'], true],
    [['A', null, 'C', null, 'E'], true],
    [['[1]', '[2]', '[3]'], true],
    [['(1)', '(2)', '(3)=(1)+(2)'], true],
    [['(1)', '(2)', '(4)'], false],
    [['A', 'C', 'E'], false],
    [['1', 'x', 'y'], false],
    [['1', '2'], false],
  ] as [CellValue[], boolean][])('%j → %s', (values, expected) => {
    expect(isColumnNumberRow(row(values))).toBe(expected);
  });
});

describe('a header, more closely', () => {
  it('takes no text longer than a header cell can be for a column name', () => {
    expect(isHeaderRow(row(['Chỉ tiêu', `Hiện có ${'x'.repeat(100)}`]))).toBe(false);
    expect(isHeaderRow(row(['Chỉ tiêu', `Hiện có ${'x'.repeat(90)}`]))).toBe(true);
  });

  it('looks for its first figure up to 40 rows under it', () => {
    const after = (blank: number) =>
      findHeader(
        cells([['Chỉ tiêu', 'Hiện có'], ...Array.from({ length: blank }, () => ['Ghi', null]), ['Thuê bao FTTH', 5]]),
        0,
      )?.kind ?? null;
    expect(after(39)).toBe('normal');
    expect(after(40)).toBeNull();
  });

  it("takes a column's unit from its lowest header text that states one", () => {
    const found = findHeader(
      cells([
        ['Chỉ tiêu', 'Doanh thu (triệu đồng)', 'Thuê bao (nghìn TB)'],
        [null, 'Thực hiện', 'Hiện có (TB)'],
        ['Thuê bao FTTH', 1, 2],
      ]),
      0,
    );
    if (found?.kind !== 'normal') throw new Error('no header');
    expect(found.header.columns.map((c) => [c.role, c.unit?.code ?? null])).toEqual([
      ['label', null],
      ['current', 'trieu-dong'],
      ['current', 'thue-bao'],
    ]);
  });

  it('takes the measure above a lower row that only names the span', () => {
    const found = findHeader(
      cells([
        ['Chỉ tiêu', 'Phát triển mới', null],
        [null, 'Lũy kế 9 tháng', 'Tháng 9'],
        ['Thuê bao FTTH', 1, 2],
      ]),
      0,
    );
    if (found?.kind !== 'normal') throw new Error('no header');
    expect(found.header.columns.map((c) => c.role)).toEqual(['label', 'increase', 'increase']);
  });

  it('finds districts down the side with a total as a transposed table, not branches across', () => {
    const down = cells([
      ['Địa bàn', 'Thuê bao FTTH', 'Thuê bao xDSL'],
      ['Hạ Long', 1, 2],
      ['Tổng cộng', 3, 4],
    ]);
    expect(findHeader(down, 0)).toEqual({ kind: 'transposed', header: { row: 0, labelCol: 0 } });
    // Without a measure or a total down the side, indicators across are no header.
    expect(
      findHeader(
        cells([
          ['Chỉ tiêu', 'Thuê bao FTTH', 'Thuê bao xDSL'],
          ['Hạ Long', 1, 2],
        ]),
        0,
      ),
    ).toBeNull();
  });

  it('skips a group heading over indicators across: the table is the turned one under it', () => {
    const found = findHeader(
      cells([
        [null, 'Hiện có đến 30/9/2019', null],
        ['Chỉ tiêu', 'Thuê bao FTTH', 'Thuê bao xDSL'],
        ['Hiện có', 1, 2],
      ]),
      0,
    );
    expect(found).toEqual({ kind: 'transposed', header: { row: 1, labelCol: 0 } });
  });
});
