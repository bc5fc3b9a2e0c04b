import { readCells, rowLine } from './cells';
import { grid } from '../../../test/support/grid';

describe('readCells', () => {
  it('decodes TCVN3 text by its .VnTime font and VNI text by its VNI font', () => {
    const { cells } = readCells(
      grid([['§iÖn tho¹i di ®éng tr¶ tr\u00adíc', 'Ñieän thoaïi']], { fonts: [['.VnTime', 'VNI-Times']] }),
    );
    expect(cells[0][0].text).toBe('Điện thoại di động trả trước');
    expect(cells[0][0].phrase).toBe('dien thoai di dong tra truoc');
    expect(cells[0][1].text).toBe('Điện thoại');
  });

  it('composes NFD text to NFC and collapses whitespace', () => {
    const { cells } = readCells(grid([['Hie\u0302\u0323n  co\u0301\n tre\u0302n ma\u0323ng']]));
    expect(cells[0][0].text).toBe('Hiện có trên mạng');
  });

  it('gives every cell its sheet address, offsets included', () => {
    const { cells } = readCells(grid([[1, 'a'], ['b']], { top: 4, left: 2 }));
    expect(cells[1][1]).toMatchObject({ row: 5, col: 3, text: '', raw: null });
    expect(cells[0][0]).toMatchObject({ row: 4, col: 2, raw: 1, text: '1' });
  });

  it('pads ragged rows and empties what is not a value', () => {
    const values = [[1], [], null, ['x', { a: 1 }, NaN, true]] as unknown as (string | number | null)[][];
    const { cells } = readCells(grid(values));
    expect(cells.map((row) => row.length)).toEqual([4, 4, 4, 4]);
    expect(cells[3].map((cell) => cell.text)).toEqual(['x', '', '', 'true']);
  });

  it('joins a row into a title line', () => {
    expect(rowLine(readCells(grid([[null, 'Báo cáo', null, '9 tháng 2015']])).cells[0])).toBe('Báo cáo 9 tháng 2015');
  });

  it('leaves hidden rows out and empties hidden columns, listing what they held', () => {
    const read = readCells(
      grid(
        [
          ['a', 1, 2],
          ['b', 3, 4],
          [null, 5, null],
        ],
        { top: 1, hiddenRows: [2], hiddenColumns: [2] },
      ),
    );
    expect(read.cells.map((row) => row.map((cell) => cell.text))).toEqual([
      ['a', '1', ''],
      ['', '5', ''],
    ]);
    // Each cell keeps its sheet address: the row after the hidden one is still row 3 (0-based).
    expect(read.cells[1][1]).toMatchObject({ row: 3, col: 1 });
    expect(read.hidden.map((cell) => `${cell.row},${cell.col}`)).toEqual(['1,2', '2,0', '2,1', '2,2']);
  });

  it('keeps a number format that changes what is seen', () => {
    const { cells } = readCells(grid([[12345000, 0.28, 7]], { formats: [['#,##0,', '0%', '#,##0']] }));
    expect(cells[0][0].format).toEqual({ percent: false, divisor: 1000 });
    expect(cells[0][1].format).toEqual({ percent: true, divisor: 1 });
    expect(cells[0][2].format).toBeUndefined();
  });
});
