import { cellAddress, cellPosition, columnIndex, makeIssue } from './issues';

describe('cellAddress', () => {
  it.each([
    [0, 0, 'A1'],
    [11, 5, 'F12'],
    [0, 25, 'Z1'],
    [0, 26, 'AA1'],
    [11, 27, 'AB12'],
    [99, 701, 'ZZ100'],
    [0, 702, 'AAA1'],
  ])('(%i, %i) is %s', (row, col, a1) => expect(cellAddress(row, col)).toBe(a1));
});

describe('makeIssue', () => {
  it('renders the message in the build language and keeps the source cell', () => {
    const message = { vi: (p: { n: number }) => `Số ${p.n}`, en: (p: { n: number }) => `Number ${p.n}` };
    const where = { file: 'a.xlsx', sheet: 'VNPT', cell: 'D7' };
    expect(makeIssue('warning', 'x', message, { n: 3 }, 'en', where, { enterprise: 'VNPT' })).toEqual({
      severity: 'warning',
      code: 'x',
      message: 'Number 3',
      file: 'a.xlsx',
      sheet: 'VNPT',
      cell: 'D7',
      enterprise: 'VNPT',
    });
  });
});

describe('cellPosition', () => {
  it('reads back what cellAddress writes', () => {
    for (const [row, col] of [
      [0, 0],
      [11, 5],
      [99, 27],
      [4, 701],
    ])
      expect(cellPosition(cellAddress(row, col))).toEqual({ row, col });
    expect(cellPosition('$F$12')).toEqual({ row: 11, col: 5 });
    expect(cellPosition('H3:H20')).toBeNull();
    expect(columnIndex('1')).toBe(-1);
  });
});
