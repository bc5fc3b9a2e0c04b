import { csvRows, csvSeparator } from './csvTable';

describe('csvSeparator', () => {
  it('takes the separator found on most lines, not a comma in a title line', () => {
    expect(csvSeparator('Quảng Ninh, ngày 8;;\nSTT;Chỉ tiêu;Hiện có\n1;FTTH;25126')).toBe(';');
    expect(csvSeparator('a\tb\n1\t2')).toBe('\t');
    expect(csvSeparator('a,b\n1,2')).toBe(',');
    expect(csvSeparator('"a;b",c\n"1;2",3')).toBe(',');
    expect(csvSeparator('one column')).toBe(',');
  });
});

describe('csvRows', () => {
  it('reads quoted fields, doubled quotes, line breaks in quotes and every line end', () => {
    expect(csvRows('a;"b;c";"say ""hi"""\r\n1;"two\nlines";3\r4;;\n', ';')).toEqual([
      ['a', 'b;c', 'say "hi"'],
      ['1', 'two\nlines', '3'],
      ['4', null, null],
    ]);
  });
  it('keeps numbers as text, drops trailing empty lines, reads a last line without a line end', () => {
    expect(csvRows('1.234.567,"1,5"\n\n\n', ',')).toEqual([['1.234.567', '1,5']]);
    expect(csvRows('a,b\n1,2', ',')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(csvRows('', ',')).toEqual([]);
    expect(csvRows('"unclosed,field', ',')).toEqual([['unclosed,field']]);
  });
  it('is linear: a 2 MB file and a 1 MB field read in well under a second', () => {
    const big = Array.from({ length: 50_000 }, (_, i) => `${i};Thuê bao FTTH;${i * 3}`).join('\n');
    const start = Date.now();
    expect(csvRows(big, ';')).toHaveLength(50_000);
    expect(csvRows(`"${'x'.repeat(1_000_000)}";1`, ';')[0][1]).toBe('1');
    expect(Date.now() - start).toBeLessThan(1000);
  });
});
