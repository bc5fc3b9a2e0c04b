/**
 * Reading a table's rows (readTable.ts), through readSheet as a person hands a sheet over: which
 * row a figure is of, in which unit, and which cells are not figures and why.
 */
import type { CellValue } from '../model';
import { readSheet } from './readSheet';
import { brief, grid } from '../../../test/support/grid';

const read = (values: CellValue[][]) => readSheet(grid(values));
const facts = (values: CellValue[][]) => read(values).submissions.flatMap((s) => brief(s.facts));
const issues = (values: CellValue[][]) =>
  read(values).issues.map((i) => `${i.severity} ${i.code} ${i.cell}${i.cells ? ` [${i.cells.join(' ')}]` : ''}`);
/** The cells that are not facts: "cell class why". */
const notFacts = (values: CellValue[][]) =>
  (read(values).accounts ?? []).filter((a) => a.class !== 'fact').map((a) => `${a.cell} ${a.class} ${a.why}`);

describe('which row a figure is of', () => {
  it('takes a label typed in another column when the label column is empty, the STT no figure', () => {
    const sheet = [
      ['VNPT 9T/2015'],
      ['STT', 'Chỉ tiêu', 'Hiện có'],
      [1, 'Thuê bao xDSL', 4],
      ['Thuê bao FTTH', null, 5],
    ];
    expect(facts(sheet)).toEqual(['broadband-xdsl closing 9T/2015 4 @C3', 'ftth closing 9T/2015 5 @C4']);
    expect(notFacts(sheet)).toEqual(['A3 not-figure numbering']);
  });

  it('does not add a part named under its total again', () => {
    const sheet = [
      ['VNPT 9T/2015'],
      ['STT', 'Chỉ tiêu', 'Hiện có'],
      [1, 'Thuê bao FTTH', 300],
      [null, 'Trong đó: Thuê bao FTTH doanh nghiệp', 100],
      [2, 'Thuê bao xDSL', 5],
    ];
    expect(facts(sheet)).toEqual(['ftth closing 9T/2015 300 @C3', 'broadband-xdsl closing 9T/2015 5 @C5']);
    expect(notFacts(sheet)).toEqual(['A3 not-figure numbering', 'C4 not-figure part', 'A5 not-figure numbering']);
  });

  it('names the parts of an indicator outside the tables with it, and reads the next standard row', () => {
    const sheet = [
      ['VNPT 9T/2015'],
      ['STT', 'Chỉ tiêu', 'Hiện có'],
      [1, 'Trạm BTS', 300],
      [null, '- Trạm 3G', 100],
      [null, '- Trạm 4G', 200],
      [2, 'Thuê bao FTTH', 5],
    ];
    expect(facts(sheet)).toEqual(['ftth closing 9T/2015 5 @C6']);
    expect(issues(sheet)).toEqual([
      'info not-standard B3 [B3 C3]',
      'info not-standard B4 [B4 C4]',
      'info not-standard B5 [B5 C5]',
    ]);
  });

  it('names a row that names nothing under an indicator outside the tables with that indicator', () => {
    const sheet = [
      ['VNPT 9T/2015'],
      ['STT', 'Chỉ tiêu', 'Hiện có'],
      [1, 'Trạm BTS', 300],
      [null, '- Khác', 50],
      [2, 'Thuê bao FTTH', 5],
    ];
    expect(facts(sheet)).toEqual(['ftth closing 9T/2015 5 @C5']);
    expect(issues(sheet)).toEqual(['info not-standard B3 [B3 C3 C4]']);
  });

  it('says whose revenue a "Doanh thu" row is by the section above it', () => {
    const sheet = [
      ['Viettel 9T/2015'],
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện'],
      ['I', 'Bưu chính', null, null],
      [1, 'Doanh thu', 'Tr.đồng', 5],
      ['II', 'Viễn thông', null, null],
      [1, 'Doanh thu', 'Tr.đồng', 7],
    ];
    expect(read(sheet).submissions.map((s) => [s.sector, s.rows, brief(s.facts)])).toEqual([
      ['postal', 1, ['postal-revenue flow 9T/2015 5 @D4']],
      ['telecom', 1, ['telecom-revenue flow 9T/2015 7 @D6']],
    ]);
  });

  it('counts the rows placed in each sector', () => {
    const sheet = [
      ['Viettel 9T/2015'],
      ['Chỉ tiêu', 'ĐVT', 'Thực hiện'],
      ['Thuê bao FTTH', 'TB', 5],
      ['Bưu kiện', 'Cái', 6],
      ['Chuyển phát nhanh', 'Cái', 7],
    ];
    expect(read(sheet).submissions.map((s) => `${s.sector} ${s.rows}`)).toEqual(['telecom 1', 'postal 2']);
  });
});

describe('in which unit', () => {
  it('carries a unit down a merged unit cell only to rows of the same kind', () => {
    const sheet = [
      ['VNPT 9T/2015'],
      ['Chỉ tiêu', 'ĐVT', 'Hiện có'],
      ['Thuê bao FTTH', 'Nghìn TB', 5],
      ['Thuê bao xDSL', null, 6],
      ['Doanh thu', null, 7],
    ];
    expect(facts(sheet)).toEqual([
      'ftth closing 9T/2015 5000 @C3',
      'broadband-xdsl closing 9T/2015 6000 @C4',
      'telecom-revenue flow 9T/2015 7 @C5',
    ]);
    expect(issues(sheet)).toEqual(['info unit-assumed C5 [C5]']);
  });

  it('reads a unit stated in the label', () => {
    expect(facts([['VNPT 9T/2015'], ['Chỉ tiêu', 'Hiện có'], ['Doanh thu (nghìn đồng)', 5000]])).toEqual([
      'telecom-revenue flow 9T/2015 5 @B3',
    ]);
  });

  it('names the kind of unit each indicator needs when the stated one does not fit', () => {
    const mismatch = (label: string, unit: string) =>
      (['vi', 'en'] as const).map(
        (locale) =>
          readSheet(grid([['VNPost 9T/2015'], ['Chỉ tiêu', 'ĐVT', 'Thực hiện'], [label, unit, 5]]), {
            locale,
          }).issues[0].message.match(/\((cần|needs) (.*)\): /)?.[2],
      );
    expect(mismatch('Bưu kiện', 'kg')).toEqual(['cái, bức', 'items']);
    expect(mismatch('Phát hành báo chí', 'kg')).toEqual(['tờ, cuốn', 'copies']);
    expect(mismatch('Sản lượng bưu phẩm', 'Cái')).toEqual(['khối lượng (kg, tấn)', 'mass (kg, tonnes)']);
    expect(mismatch('Thuê bao FTTH', 'Cái')).toEqual(['thuê bao', 'subscriptions']);
    expect(mismatch('Doanh thu', 'Cái')).toEqual(['tiền (đồng, triệu đồng…)', 'money (VND, million VND…)']);
  });
});

describe('which figures are not used', () => {
  it('a count written with a decimal in units, not in thousands', () => {
    expect(issues([['VNPT 9T/2015'], ['Chỉ tiêu', 'ĐVT', 'Hiện có'], ['Thuê bao FTTH', 'TB', '26,0']])).toEqual([
      'warning fractional-count C3',
    ]);
    expect(facts([['VNPT 9T/2015'], ['Chỉ tiêu', 'ĐVT', 'Hiện có'], ['Thuê bao FTTH', 'Nghìn TB', '26,5']])).toEqual([
      'ftth closing 9T/2015 26500 @C3',
    ]);
  });

  it('a figure beyond 10^15 in its canonical unit, not one at it', () => {
    const sheet = [
      ['VNPT 9T/2015'],
      ['Chỉ tiêu', 'ĐVT', 'Hiện có'],
      ['Doanh thu', 'Triệu đồng', 1e15],
      ['Doanh thu viễn thông', 'Triệu đồng', -1.1e15],
    ];
    expect(facts(sheet)).toEqual(['telecom-revenue flow 9T/2015 1000000000000000 @C3']);
    expect(issues(sheet)).toEqual(['warning implausible-figure C4']);
  });

  it('a percentage in a column of amounts', () => {
    expect(issues([['VNPT 9T/2015'], ['Chỉ tiêu', 'ĐVT', 'Hiện có'], ['Doanh thu', 'Triệu đồng', '12%']])).toEqual([
      'warning unexpected-percent C3',
    ]);
  });

  it('no figure in a column of figures ("GIÁM ĐỐC", "N/A") is read, nor does it make a row', () => {
    const sheet = [
      ['VNPT 9T/2015'],
      ['Chỉ tiêu', 'ĐVT', 'Hiện có'],
      ['Thuê bao FTTH', 'TB', 'N/A'],
      ['Thuê bao xDSL', 'TB', 7],
    ];
    expect(facts(sheet)).toEqual(['broadband-xdsl closing 9T/2015 7 @C4']);
    expect(issues(sheet)).toEqual([]);
  });
});
