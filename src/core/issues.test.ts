import { cellAddress, cellPosition, columnIndex, makeIssue, rangeAddress, sheetName, sheetReference } from './issues';

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
    expect(makeIssue('warning', 'unreadable-number', message, { n: 3 }, 'en', where, { enterprise: 'VNPT' })).toEqual({
      severity: 'warning',
      code: 'unreadable-number',
      message: 'Number 3',
      file: 'a.xlsx',
      sheet: 'VNPT',
      cell: 'D7',
      enterprise: 'VNPT',
    });
  });

  it('takes only a code of the list, with a severity the list gives it', () => {
    const message = { vi: () => 'x', en: () => 'x' };
    const where = { file: '', sheet: '', cell: '' };
    // @ts-expect-error: not a code of src/core/issueCodes.ts
    makeIssue('warning', 'no-such-code', message, {}, 'vi', where);
    // @ts-expect-error: repeated-figure is a warning, never an error
    makeIssue('error', 'repeated-figure', message, {}, 'vi', where);
    expect(makeIssue('info', 'resubmission', message, {}, 'vi', where).severity).toBe('info');
    expect(makeIssue('warning', 'resubmission', message, {}, 'vi', where).severity).toBe('warning');
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

describe('rangeAddress, sheetName and sheetReference', () => {
  it('write a block, a sheet name and a reference as Excel does', () => {
    expect(rangeAddress(0, 0, 2, 1)).toBe('A1:B3');
    expect(rangeAddress(4, 2, 4, 2)).toBe('C5');
    expect(sheetName("Viettel's BC")).toBe("'Viettel''s BC'");
    expect(sheetName('VNPT')).toBe("'VNPT'");
    expect(sheetName('VNPT', { onlyWhenNeeded: true })).toBe('VNPT');
    expect(sheetName('Viettel BC', { onlyWhenNeeded: true })).toBe("'Viettel BC'");
    expect(sheetReference('Viettel BC', 'B3')).toBe("'Viettel BC'!B3");
    expect(sheetReference('Bưu_điện', 'F12', { onlyWhenNeeded: true })).toBe('Bưu_điện!F12');
  });
});
