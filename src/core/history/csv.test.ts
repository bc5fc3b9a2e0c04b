import fc from 'fast-check';
import { csvToTable, tableToCsv } from './csv';

describe('tableToCsv', () => {
  it('quotes only fields that need it and writes numbers exactly', () => {
    expect(
      tableToCsv([
        ['enterprise', 'value'],
        ['VNPT, Quảng Ninh', 25126],
        ['Viettel "QN"', 0.5],
        [' lề', null],
      ]),
    ).toBe('enterprise,value\r\n"VNPT, Quảng Ninh",25126\r\n"Viettel ""QN""",0.5\r\n" lề",\r\n');
  });

  it('writes decomposed Vietnamese in NFC', () => {
    expect(tableToCsv([['Thuê bao'.normalize('NFD')]])).toBe('Thuê bao'.normalize('NFC') + '\r\n');
  });
});

describe('csvToTable', () => {
  it('reads a BOM, quotes, doubled quotes and line breaks inside a field', () => {
    expect(csvToTable('\uFEFFa,b\r\n"x, y","say ""hi""\nthere"\n3,\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"\nthere'],
      ['3', ''],
    ]);
  });

  it('reads the semicolon-separated CSV Excel saves under a Vietnamese Windows locale', () => {
    expect(csvToTable('enterprise;value\r\nVNPT;25126\r\n')).toEqual([
      ['enterprise', 'value'],
      ['VNPT', '25126'],
    ]);
  });

  it('reads a last line without a line break', () => {
    expect(csvToTable('a,b\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('round-trips any table of text (property)', () => {
    const cell = fc.string({ unit: 'grapheme', maxLength: 12 }).map((s) => s.normalize('NFC'));
    // A row of one empty field is written as an empty line; the history never writes such rows.
    const row = fc.array(cell, { minLength: 2, maxLength: 6 });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 8 }), (table) => {
        expect(csvToTable(tableToCsv(table))).toEqual(table);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 100) },
    );
  });
});

describe('csvToTable: separators, line ends and the last line', () => {
  it('decides the separator from the first line alone, LF or CRLF', () => {
    expect(csvToTable('enterprise;value\nVNPT, Quảng Ninh;25126\n')).toEqual([
      ['enterprise', 'value'],
      ['VNPT, Quảng Ninh', '25126'],
    ]);
    // A first line of one field names no separator: the comma.
    expect(csvToTable('enterprise\r\na,b\r\n')).toEqual([['enterprise'], ['a', 'b']]);
  });

  it('drops only a BOM at the very start', () => {
    expect(csvToTable('\uFEFFa,\uFEFFb\r\n')).toEqual([['a', '\uFEFFb']]);
    expect(csvToTable('a,\uFEFFb\r\n')).toEqual([['a', '\uFEFFb']]);
  });

  it('keeps a quote inside an unquoted field as it is', () => {
    expect(csvToTable('5" màn hình,x\r\n')).toEqual([['5" màn hình', 'x']]);
  });

  it('reads a blank line as a row of one empty field, and a lone CR as a line end', () => {
    expect(csvToTable('a\n\nb\n')).toEqual([['a'], [''], ['b']]);
    expect(csvToTable('a\r\n\r\nb\r\n')).toEqual([['a'], [''], ['b']]);
    expect(csvToTable('a,1\rb,2\r')).toEqual([
      ['a', '1'],
      ['b', '2'],
    ]);
  });

  it('keeps a last line without a line break, even one field or an empty last field', () => {
    expect(csvToTable('a')).toEqual([['a']]);
    expect(csvToTable('a,')).toEqual([['a', '']]);
    expect(csvToTable('')).toEqual([]);
  });
});
