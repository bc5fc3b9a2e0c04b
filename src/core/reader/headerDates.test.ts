import type { CellValue } from '../model';
import { readCells } from './cells';
import { headerDates, serialDateText } from './headerDates';
import { grid } from '../../../test/support/grid';

const texts = (values: CellValue[][]) =>
  headerDates(readCells(grid(values)).cells).map((row) => row.map((c) => c.text));

describe('serialDateText', () => {
  it('writes a serial that bounds a month as the command line writes a date', () => {
    expect(serialDateText(42004)).toBe('31/12/2014');
    expect(serialDateText(42277)).toBe('30/09/2015');
    expect(serialDateText(42005)).toBe('01/01/2015');
    expect(serialDateText(42063)).toBe('28/02/2015');
    expect(serialDateText(36526)).toBe('01/01/2000');
    expect(serialDateText(73050)).toBe('31/12/2099');
  });
  it('leaves other numbers alone', () => {
    expect(serialDateText(42280)).toBeNull(); // 3 Oct 2015
    expect(serialDateText(36525)).toBeNull(); // 31 Dec 1999
    expect(serialDateText(73051)).toBeNull(); // 1 Jan 2100
    expect(serialDateText(42004.5)).toBeNull();
    expect(serialDateText('42004')).toBeNull();
  });
});

describe('headerDates', () => {
  it('reads date serials in a header row as dates, and leaves data rows alone', () => {
    expect(
      texts([
        ['STT', 'Chỉ tiêu', 'ĐVT', 42004, 'Phát triển mới', 42277],
        [1, 'Thuê bao FTTH', 'TB', 42004, 300, 42277],
      ]),
    ).toEqual([
      ['STT', 'Chỉ tiêu', 'ĐVT', '31/12/2014', 'Phát triển mới', '30/09/2015'],
      ['1', 'Thuê bao FTTH', 'TB', '42004', '300', '42277'],
    ]);
  });
  it('reads a row of dates only under a merged header', () => {
    expect(
      texts([
        ['Chỉ tiêu', 'Hiện có', null],
        [null, 42004, 42277],
        ['Thuê bao FTTH', 1000, 1250],
      ])[1],
    ).toEqual(['', '31/12/2014', '30/09/2015']);
  });
  it('needs a row that names its STT or label column, and no other figures', () => {
    // A transposed table's measure row with a unit: figures, not dates.
    expect(texts([['Phát triển mới', 'TB', 42004, 42277]])[0]).toEqual(['Phát triển mới', 'TB', '42004', '42277']);
    // A data row whose label happens to read as a label column.
    expect(texts([['Dịch vụ FTTH', 42004]])[0]).toEqual(['Dịch vụ FTTH', '42004']);
    // Another figure in the row.
    expect(texts([['Chỉ tiêu', 'Hiện có', 42004, 15]])[0]).toEqual(['Chỉ tiêu', 'Hiện có', '42004', '15']);
  });
});
