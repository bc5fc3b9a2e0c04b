import { matchEnterprise } from '../catalogue';
import { CATALOGUE_WORDS } from '../dictionary/vocabulary';
import type { CellValue } from '../model';
import { periodFromCode } from '../periods';
import { readCells } from './cells';
import {
  baseName,
  enterprisesNamed,
  fallbackName,
  headerPeriod,
  laterDate,
  sectorUnit,
  statedPeriod,
  tableSector,
  titleUnit,
} from './describeTable';
import { findBlocks, tableOf } from './findTables';
import { readSheet } from './readSheet';
import { grid } from '../../../test/support/grid';

const words = CATALOGUE_WORDS;

/** The first table of a sheet, as the reader finds it. */
function tableIn(values: CellValue[][]) {
  const { cells } = readCells(grid(values));
  const [block] = findBlocks(cells, words);
  return tableOf(cells, block, words);
}

/** The period a table's header states, from a header row over one row of figures. */
const periodOfHeader = (...headers: string[]) =>
  headerPeriod(
    tableIn([
      ['Chỉ tiêu', ...headers],
      ['Thuê bao FTTH', ...headers.map((_, k) => k + 1)],
    ]).header,
  )?.code ?? null;

const enterprise = (name: string) => matchEnterprise(name)!;

describe('titleUnit', () => {
  it('reads a unit from a title line that says it states the unit', () => {
    expect(titleUnit(['VNPT Quảng Ninh', 'Đơn vị tính: nghìn đồng'], words)?.code).toBe('nghin-dong');
    expect(titleUnit(['ĐVT: Tr.đồng'], words)?.code).toBe('trieu-dong');
    expect(titleUnit(['DVT: trieu dong'], words)?.code).toBe('trieu-dong');
    expect(titleUnit(['Unit: thousand VND'], words)?.code).toBe('nghin-dong');
  });

  it('takes no unit from a line that only mentions one, and the first line that states one', () => {
    expect(titleUnit(['Doanh thu đạt 500 triệu đồng'], words)).toBeNull();
    expect(titleUnit([], words)).toBeNull();
    expect(titleUnit(['Báo cáo 9 tháng 2015', 'Đơn vị: triệu đồng', 'Đơn vị tính: nghìn đồng'], words)?.code).toBe(
      'trieu-dong',
    );
  });
});

describe('headerPeriod', () => {
  it('reads the span of several months or quarters of one year', () => {
    expect(periodOfHeader('Quý I/2023', 'Quý II/2023', 'Quý III/2023')).toBe('9T/2023');
    expect(periodOfHeader('Tháng 7/2023', 'Tháng 8/2023', 'Tháng 9/2023')).toBe('Q3/2023');
    expect(periodOfHeader('Quý I/2023', 'Quý I/2023')).toBe('Q1/2023');
  });

  it('prefers the longer span of the same year beside the months', () => {
    expect(periodOfHeader('Tháng 8/2015', 'Tháng 9/2015', 'Năm 2015')).toBe('2015');
    expect(periodOfHeader('Tháng 8/2015', 'Tháng 9/2015', 'Năm 2014')).toBe('T8/2015');
  });

  it('reads a month beside the span that holds it, or beside a "lũy kế" as the months to date', () => {
    expect(periodOfHeader('Tháng 9/2015', 'Lũy kế 9 tháng năm 2015')).toBe('9T/2015');
    expect(periodOfHeader('Tháng 9/2015', 'Lũy kế từ đầu năm')).toBe('9T/2015');
    expect(periodOfHeader('Quý II/2015', 'Lũy kế')).toBe('6T/2015');
    // January's months to date are January itself.
    expect(periodOfHeader('Tháng 1/2015', 'Lũy kế')).toBe('T1/2015');
    // A span of another year does not hold the month.
    expect(periodOfHeader('Tháng 9/2015', 'Thực hiện năm 2014')).toBe('T9/2015');
  });

  it("leaves out last year's and percentage columns", () => {
    expect(periodOfHeader('Cùng kỳ 9 tháng 2014', 'Thực hiện 9 tháng 2015')).toBe('9T/2015');
    expect(periodOfHeader('So với 9 tháng 2014 (%)', 'Hiện có')).toBeNull();
    expect(periodOfHeader('Hiện có')).toBeNull();
  });
});

describe('statedPeriod', () => {
  const header = tableIn([
    ['Chỉ tiêu', 'Thực hiện 9 tháng 2015'],
    ['Thuê bao FTTH', 5],
  ]).header;
  const plain = tableIn([
    ['Chỉ tiêu', 'Hiện có'],
    ['Thuê bao FTTH', 5],
  ]).header;

  it('reads the title first, then the header, then the sheet name, then the file name', () => {
    expect(statedPeriod(['Báo cáo quý III năm 2015'], header, 'Sheet1', 'a.xlsx')?.code).toBe('Q3/2015');
    expect(statedPeriod(['VNPT'], header, 'Quý 2-2015', 'a.xlsx')?.code).toBe('9T/2015');
    expect(statedPeriod(['VNPT'], plain, 'Quý 2-2015', 'bao-cao-quy-3-2015.xlsx')?.code).toBe('Q2/2015');
    expect(statedPeriod([], plain, 'Sheet1', 'C:\\bao_cao\\bao_cao_quy_3_2015.xlsx')?.code).toBe('Q3/2015');
    expect(statedPeriod([], plain, 'Sheet1', 'vnpt.xlsx')).toBeNull();
  });
});

describe('laterDate', () => {
  const in2018 = periodFromCode('9T/2018');

  it('finds a header naming a year after the period', () => {
    expect(laterDate([], ['Hiện có', 'Thuê bao hiện có đến 30/9/2019'], in2018)).toBe('Thuê bao hiện có đến 30/9/2019');
    expect(laterDate([], ['Năm 2019'], in2018)).toBe('Năm 2019');
    expect(laterDate([], ['Năm 2018', 'Cùng kỳ 2017'], in2018)).toBeNull();
    expect(laterDate([], ['Mã 120190'], in2018)).toBeNull();
  });

  it('finds a title line counting to a later date, not one merely dated later', () => {
    expect(laterDate(['Số liệu tính đến hết ngày 30/9/2019'], ['Hiện có'], in2018)).toBe(
      'Số liệu tính đến hết ngày 30/9/2019',
    );
    expect(laterDate(['Figures as of 30/9/2019'], [], in2018)).toBe('Figures as of 30/9/2019');
    expect(laterDate(['Số liệu đến 30/9/2018'], [], in2018)).toBeNull();
    expect(laterDate(['Hà Nội, ngày 5/1/2019'], ['Năm 2018'], in2018)).toBeNull();
    expect(laterDate(['Theo công văn ngày 24/5/2019'], [], in2018)).toBeNull();
  });
});

describe('tableSector', () => {
  const sector = (labels: string[], name: string | null, titleLines: string[] = []) =>
    tableSector(
      tableIn([['Chỉ tiêu', 'Hiện có'], ...labels.map((label, k) => [label, k + 1])]),
      0,
      name ? enterprise(name) : null,
      titleLines,
      words,
    );

  it('goes by the indicators its rows name, revenue aside', () => {
    expect(sector(['Bưu kiện', 'Chuyển phát nhanh', 'Thuê bao FTTH'], 'VNPT')).toBe('postal');
    expect(sector(['Thuê bao FTTH', 'Thuê bao xDSL', 'Bưu kiện'], 'Viettel Post')).toBe('telecom');
    expect(sector(['Doanh thu', 'Bưu kiện'], 'Viettel')).toBe('postal');
  });

  it("then by the enterprise filing for one sector, the title, and the enterprise's first sector", () => {
    expect(sector(['Doanh thu'], 'Viettel Post')).toBe('postal');
    expect(sector(['Doanh thu'], 'Viettel', ['Báo cáo bưu chính 9 tháng 2015'])).toBe('postal');
    expect(sector(['Doanh thu'], 'Viettel', ['Báo cáo 9 tháng 2015'])).toBe('telecom');
    expect(sector(['Doanh thu'], null, ['Tình hình hoạt động bưu chính'])).toBe('postal');
    expect(sector(['Doanh thu'], null)).toBe('telecom');
    expect(sector(['Thuê bao FTTH', 'Bưu kiện'], 'Viettel Post')).toBe('postal');
  });

  it('says nothing (null) when only a title naming both sectors could tell', () => {
    expect(sector(['Doanh thu'], 'Viettel', ['Số liệu viễn thông và bưu chính 9 tháng 2015'])).toBeNull();
    expect(sector(['Doanh thu'], null, ['Telecommunications and postal figures'])).toBeNull();
    // Rows, or an enterprise of one sector, still tell.
    expect(sector(['Doanh thu', 'Bưu kiện'], 'Viettel', ['Số liệu viễn thông và bưu chính'])).toBe('postal');
    expect(sector(['Doanh thu'], 'Viettel Post', ['Số liệu viễn thông và bưu chính'])).toBe('postal');
  });
});

describe('enterprisesNamed', () => {
  it('collects the enterprises named in the header and the label column', () => {
    const across = tableIn([
      ['Chỉ tiêu', 'VNPT', 'Viettel', 'MobiFone', 'Tổng'],
      ['Thuê bao FTTH', 1, 2, 3, 6],
    ]);
    expect(enterprisesNamed(across, 0, words)).toEqual(['VNPT', 'Viettel', 'MobiFone']);
    const down = tableIn([
      ['Doanh nghiệp', 'Hiện có'],
      ['VNPT', 1],
      ['FPT Telecom', 2],
      ['VNPT', 3],
    ]);
    expect(enterprisesNamed(down, 0, words)).toEqual(['VNPT', 'FPT Telecom']);
  });

  it('does not take an indicator that names an enterprise for one', () => {
    const rows = tableIn([
      ['Chỉ tiêu', 'Hiện có'],
      ['Thuê bao FTTH', 1],
      ['Doanh thu', 2],
    ]);
    expect(enterprisesNamed(rows, 0, words)).toEqual([]);
  });
});

describe("an unknown enterprise's name", () => {
  it('is a sheet named like a company, else the file without folders and extension, else the sheet', () => {
    expect(fallbackName('Công ty ABC', 'abc.xlsx')).toEqual({ name: 'Công ty ABC', from: 'sheet' });
    expect(fallbackName('Sheet1', 'C:\\bao cao\\hai-dang.xlsx')).toEqual({ name: 'hai-dang', from: 'file' });
    expect(fallbackName('Sheet1', '/home/so/bao cao/hai dang .xls')).toEqual({ name: 'hai dang', from: 'file' });
    expect(fallbackName('Hải Đăng', '')).toEqual({ name: 'Hải Đăng', from: 'sheet' });
    expect(fallbackName('', '')).toEqual({ name: '?', from: 'sheet' });
  });

  it("drops a file's folders, whichever way they lean", () => {
    expect(baseName('C:\\a\\b\\vnpt.xlsx')).toBe('vnpt.xlsx');
    expect(baseName('a/b/vnpt.xlsx')).toBe('vnpt.xlsx');
    expect(baseName('vnpt.xlsx')).toBe('vnpt.xlsx');
  });
});

describe('sectorUnit', () => {
  it('takes the one-sector enterprise named beside a group for its sector', () => {
    const named = [enterprise('Viettel'), enterprise('Viettel Post')];
    expect(sectorUnit(enterprise('Viettel'), named, 'postal').name).toBe('Viettel Post');
    expect(sectorUnit(enterprise('Viettel'), named, 'telecom').name).toBe('Viettel');
    expect(sectorUnit(enterprise('Viettel'), [enterprise('Viettel')], 'postal').name).toBe('Viettel');
    expect(sectorUnit(enterprise('VNPT'), named, 'postal').name).toBe('VNPT');
  });
});

describe('describeColumns and branchParts, through a reading', () => {
  const accounts = (values: CellValue[][]) =>
    Object.fromEntries((readSheet(grid(values)).accounts ?? []).map((a) => [a.cell, `${a.class} ${a.why}`]));

  it('marks a header year, a column-number row, and plan and note columns as no figures', () => {
    expect(
      accounts([
        ['VNPT 9T/2015'],
        ['Chỉ tiêu', 'Hiện có', 'Kế hoạch', 'Ghi chú', 'Cột lạ'],
        [null, 2015, null, null, null],
        ['(1)', '(2)', '(3)', '(4)', '(5)'],
        ['Thuê bao FTTH', 5, 6, 7, 8],
      ]),
    ).toMatchObject({
      B5: 'fact closing',
      C5: 'not-figure ignored-column',
      D5: 'not-figure ignored-column',
      E5: 'issue unused-figures',
    });
  });

  it('checks districts against their total, to a rounding, naming every cell when they differ', () => {
    const districts = (total: CellValue): CellValue[][] => [
      ['EMS 9T/2015'],
      ['Địa bàn', 'Doanh thu (triệu đồng)', 'Bưu kiện'],
      ['Hạ Long', 0.1, 2],
      ['Cẩm Phả', 0.2, 4],
      ['Tổng cộng', total, 6],
    ];
    const differs = (total: CellValue) =>
      readSheet(grid(districts(total)))
        .issues.filter((i) => i.code === 'parts-differ')
        .map((i) => `${i.cell} ${i.cells?.join(' ')}`);
    // 0.1 + 0.2 is 0.30000000000000004 in floating point: no difference a person wrote.
    expect(differs(0.3)).toEqual([]);
    expect(differs(0.31)).toEqual(['B5 B5 B3 B4']);
    expect(accounts(districts(0.3))).toEqual({
      B3: 'not-figure part',
      C3: 'not-figure part',
      B4: 'not-figure part',
      C4: 'not-figure part',
      B5: 'fact flow',
      C5: 'fact flow',
    });
  });
});

describe('after the first mutation run of describeTable', () => {
  it("takes a month's holder only when it spans the month, January too, and never a plan column", () => {
    expect(periodOfHeader('Tháng 1/2015', 'Năm 2015')).toBe('2015');
    expect(periodOfHeader('Tháng 9/2015', '6 tháng năm 2015')).toBe('T9/2015');
    expect(periodOfHeader('Tháng 9/2015', 'Kế hoạch năm 2015', 'Lũy kế')).toBe('9T/2015');
  });

  it('cuts only the extension from a file name with dots', () => {
    expect(fallbackName('Sheet1', 'bao.cao.vnpt.xlsx')).toEqual({ name: 'bao.cao.vnpt', from: 'file' });
  });

  it('gives a tie of sectors to the enterprise that files for one, whatever the title says', () => {
    const tie = tableIn([
      ['Chỉ tiêu', 'Hiện có'],
      ['Thuê bao FTTH', 1],
      ['Bưu kiện', 2],
    ]);
    expect(tableSector(tie, 0, enterprise('Viettel Post'), ['Báo cáo viễn thông'], words)).toBe('postal');
    expect(tableSector(tie, 0, enterprise('VNPT'), [], words)).toBe('telecom');
  });

  it("takes no one-sector enterprise of another sector for a group's unit", () => {
    expect(sectorUnit(enterprise('Viettel'), [enterprise('Viettel'), enterprise('VNPT')], 'postal').name).toBe(
      'Viettel',
    );
  });
});
