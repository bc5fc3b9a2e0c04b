import { readDictionaryCsv, writeDictionaryCsv, csvRows } from './csv';
import type { Dictionary } from './types';

const SAMPLE = [
  'loại,từ,nghĩa,hệ số',
  'chỉ tiêu,Thuê bao GPON-X,ftth,',
  'cột,Số TB churn,giảm,',
  'đơn vị,nghìn chiếc máy,thue-bao,1000',
  'doanh nghiệp,CN Cty Viễn thông Miền Đông,VNPT,',
  'chỉ tiêu,Số máy tính bảng,none,',
].join('\r\n');

describe('readDictionaryCsv', () => {
  it('reads the four kinds, answers normalised', () => {
    const { dictionary, issues } = readDictionaryCsv(SAMPLE, 'tu-dien.csv');
    expect(issues).toEqual([]);
    expect(dictionary.entries).toEqual([
      { kind: 'indicator', word: 'Thuê bao GPON-X', answer: 'ftth' },
      { kind: 'role', word: 'Số TB churn', answer: 'decrease' },
      { kind: 'unit', word: 'nghìn chiếc máy', answer: 'thue-bao', multiplier: 1000 },
      { kind: 'enterprise', word: 'CN Cty Viễn thông Miền Đông', answer: 'VNPT' },
      { kind: 'indicator', word: 'Số máy tính bảng', answer: 'none' },
    ]);
  });

  it('takes a BOM, semicolons, English kinds and headers, NFD text and a header in another order', () => {
    const text =
      '\uFEFFword;kind;answer\n' +
      'Thuê bao GPON-X'.normalize('NFD') +
      ';indicator;Thuê bao FTTH\n' +
      'Churn;column;decrease\n' +
      '"nghìn; chiếc";unit;nghìn thuê bao\n';
    const { dictionary, issues } = readDictionaryCsv(text);
    expect(issues).toEqual([]);
    expect(dictionary.entries).toEqual([
      { kind: 'indicator', word: 'Thuê bao GPON-X', answer: 'ftth' },
      { kind: 'role', word: 'Churn', answer: 'decrease' },
      { kind: 'unit', word: 'nghìn; chiếc', answer: 'nghin-thue-bao' },
    ]);
  });

  it('reports each malformed line with its number and applies the rest', () => {
    const text = [
      'loại,từ,nghĩa,hệ số', // 1
      'chỉ tiêu,Thuê bao GPON-X,ftth', // 2 ok
      'chỉ tiêu,Thuê bao ABC', // 3 too few fields
      'màu,Xanh,đỏ', // 4 unknown kind
      '', // 5 blank: skipped
      '# a comment', // 6 skipped
      'chỉ tiêu,Thuê bao XYZ,?', // 7 answer placeholder
      'cột,Số TB churn,sideways', // 8 unknown role
      'đơn vị,nghìn chiếc máy,chiếc máy,1000', // 9 unknown unit
      'đơn vị,chục cái,cai,-10', // 10 bad multiplier
      'chỉ tiêu,,ftth', // 11 no word
      'cột,Số TB churn,tăng', // 12 ok
    ].join('\n');
    const { dictionary, issues } = readDictionaryCsv(text, 'tu-dien.csv', 'en');
    expect(issues.map((i) => [i.code, i.cell])).toEqual([
      ['dictionary-line', 'A3'],
      ['dictionary-line', 'A4'],
      ['dictionary-line', 'A7'],
      ['dictionary-line', 'A8'],
      ['dictionary-line', 'A9'],
      ['dictionary-line', 'A10'],
      ['dictionary-line', 'A11'],
    ]);
    expect(issues[0].message).toContain('line 3');
    expect(issues[0].file).toBe('tu-dien.csv');
    expect(dictionary.entries).toEqual([
      { kind: 'indicator', word: 'Thuê bao GPON-X', answer: 'ftth' },
      { kind: 'role', word: 'Số TB churn', answer: 'increase' },
    ]);
  });

  it('says in Vietnamese which line is wrong', () => {
    const { issues } = readDictionaryCsv('loại,từ,nghĩa\nchỉ tiêu,ABC,xyz\n', 'tu-dien.csv', 'vi');
    expect(issues[0].message).toMatch(/dòng 2/);
  });

  it('keeps the later of two lines for one word, with a warning', () => {
    const { dictionary, issues } = readDictionaryCsv('loại,từ,nghĩa\ncột,Churn,giảm\ncột,CHURN,tăng\n', 'x.csv', 'en');
    expect(dictionary.entries).toEqual([{ kind: 'role', word: 'CHURN', answer: 'increase' }]);
    expect(issues.map((i) => [i.code, i.cell])).toEqual([['dictionary-duplicate', 'A3']]);
  });

  it('counts lines inside quoted fields and reports an unclosed quote', () => {
    const rows = csvRows('a,"b\nc",d\ne,f,g\nh,"i');
    expect(rows.map((r) => r.line)).toEqual([1, 3, 4]);
    expect(rows[2].open).toBe(true);
    const { issues } = readDictionaryCsv('kind,word,answer\nindicator,"GPON,ftth\n', 'x.csv', 'en');
    expect(issues.map((i) => i.cell)).toEqual(['A2']);
  });

  it('reads a file with no header as kind, word, answer, multiplier', () => {
    expect(readDictionaryCsv('cột,Churn,decrease\n').dictionary.entries).toEqual([
      { kind: 'role', word: 'Churn', answer: 'decrease' },
    ]);
  });

  it('gives an empty dictionary for empty text', () => {
    expect(readDictionaryCsv('')).toEqual({ dictionary: { entries: [] }, issues: [], lines: [] });
  });
});

describe('writeDictionaryCsv', () => {
  it('writes what it reads back', () => {
    const { dictionary } = readDictionaryCsv(SAMPLE);
    for (const locale of ['vi', 'en'] as const) {
      const again = readDictionaryCsv(writeDictionaryCsv(dictionary, locale));
      expect(again.issues).toEqual([]);
      expect(again.dictionary).toEqual(dictionary);
    }
  });

  it('quotes fields with separators and quotes', () => {
    const dict: Dictionary = { entries: [{ kind: 'indicator', word: 'Thuê bao "X", loại; 2', answer: 'none' }] };
    const csv = writeDictionaryCsv(dict, 'en');
    expect(csv).toBe('kind,word,answer,multiplier\r\nindicator,"Thuê bao ""X"", loại; 2",none,\r\n');
    expect(readDictionaryCsv(csv).dictionary).toEqual(dict);
  });
});
