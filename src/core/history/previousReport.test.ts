import type { CellValue, SheetGrid, StandardTable } from '../model';
import { aggregate } from '../compute/aggregate';
import { layoutTables } from '../report/layoutTables';
import { buildStandardTables } from '../tables/buildStandardTables';
import { isTotalEnterprise, readPreviousReport, readPreviousReportWorkbook, TOTAL_ENTERPRISE } from './previousReport';

/** The reference report's two tables (bao-cao-376-BC-STTTT-2015), typed into a sheet by hand. */
const REFERENCE: CellValue[][] = [
  ['KẾT QUẢ HOẠT ĐỘNG VIỄN THÔNG, INTERNET'],
  ['9 THÁNG ĐẦU NĂM 2015'],
  [],
  ['STT', 'Tên chỉ tiêu', 'Đơn vị tính', 'Số tăng trong kỳ', 'Số giảm trong kỳ', 'So với cùng kỳ', 'Hiện có trên mạng'],
  [1, 'Điện thoại cố định có dây', 'Thuê bao', '2.907', '24.060', '-28%', '2.907'],
  [2, 'Điện thoại cố định không dây', null, '730', '2.907', '-57%', '24.060'],
  [3, 'Điện thoại DD trả sau', null, '133.638', '60.607', '47%', '142.153'],
  [4, 'Điện thoại DD trả trước', null, '826.963', '660.406', '68%', '1.826.191'],
  [5, 'Thuê bao internet băng thông rộng xDSL', null, '22.481', '16.899', '38%', '106.389'],
  [6, 'Thuê bao FTTH', null, '23.346', '6.552', '299%', '25.126'],
  [7, 'Doanh thu', 'Triệu đồng', null, null, '66%', '2.466.410'],
  [],
  [],
  ['KẾT QUẢ HOẠT ĐỘNG BƯU CHÍNH, CHUYỂN PHÁT'],
  ['9 THÁNG ĐẦU NĂM 2015'],
  [],
  ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Số tăng trong kỳ', 'So với cùng kỳ'],
  [1, 'Sản lượng phát hành báo chí', 'Tờ, cuốn', '7.162.000', '-4%'],
  [2, 'Sản lượng Bưu phẩm thường đi, đến trong nước và Quốc tế', 'Kg', '1.013.346', '24%'],
  [3, 'Bưu kiện thường đi, đến từ liên tỉnh, quốc tế.', 'Cái', '69.516', '11%'],
  [4, 'Bưu gửi, hàng gửi chuyển phát nhanh các loại đi đến trong và ngoài nước', 'Cái', '85.104', '124%'],
  [5, 'Thư, điện chuyển tiền từ liên tỉnh, quốc tế đi, đến', 'Cái, bức', '55.230', '-11%'],
  [6, 'Số tiền chuyển', 'Tr.đồng', '246.707', '-13%'],
  [7, 'Doanh thu', 'Tr.đồng', '74.735', '16%'],
];

const grid = (values: CellValue[][], top = 0, left = 0): SheetGrid => ({
  file: 'bao-cao-2015.xlsx',
  sheet: 'Biểu',
  top,
  left,
  values,
});
const figures = (facts: ReturnType<typeof readPreviousReport>['facts']) =>
  facts.map((f) => [f.indicator, f.measure, f.value]);

describe('readPreviousReport', () => {
  it("reads the reference report's tables typed by hand as 9T/2015 totals", () => {
    const { facts, issues } = readPreviousReport(grid(REFERENCE));
    expect(issues).toEqual([]);
    expect(new Set(facts.map((f) => f.period))).toEqual(new Set(['9T/2015']));
    expect(facts.every((f) => f.enterprise === TOTAL_ENTERPRISE)).toBe(true);
    expect(figures(facts)).toEqual([
      ['fixed-wired', 'increase', 2907],
      ['fixed-wired', 'decrease', 24060],
      ['fixed-wired', 'closing', 2907],
      ['fixed-wireless', 'increase', 730],
      ['fixed-wireless', 'decrease', 2907],
      ['fixed-wireless', 'closing', 24060],
      ['mobile-postpaid', 'increase', 133638],
      ['mobile-postpaid', 'decrease', 60607],
      ['mobile-postpaid', 'closing', 142153],
      ['mobile-prepaid', 'increase', 826963],
      ['mobile-prepaid', 'decrease', 660406],
      ['mobile-prepaid', 'closing', 1826191],
      ['broadband-xdsl', 'increase', 22481],
      ['broadband-xdsl', 'decrease', 16899],
      ['broadband-xdsl', 'closing', 106389],
      ['ftth', 'increase', 23346],
      ['ftth', 'decrease', 6552],
      ['ftth', 'closing', 25126],
      ['telecom-revenue', 'flow', 2466410],
      ['press-distribution', 'flow', 7162000],
      ['letter-post', 'flow', 1013346],
      ['parcels', 'flow', 69516],
      ['express', 'flow', 85104],
      ['money-orders', 'flow', 55230],
      ['money-transferred', 'flow', 246707],
      ['postal-revenue', 'flow', 74735],
    ]);
  });

  it('points each figure at its cell, wherever the grid starts', () => {
    const { facts } = readPreviousReport(grid(REFERENCE, 9, 1));
    const ftth = facts.find((f) => f.indicator === 'ftth' && f.measure === 'closing')!;
    expect(ftth.source).toEqual({ file: 'bao-cao-2015.xlsx', sheet: 'Biểu', cell: 'H19' });
  });

  it('reads the layout the add-in and the command line write', () => {
    const telecom: StandardTable = {
      id: 'telecom',
      title: 'KẾT QUẢ HOẠT ĐỘNG VIỄN THÔNG, INTERNET 9 THÁNG ĐẦU NĂM 2014',
      columns: ['increase', 'decrease', 'yoy', 'current'],
      rows: [
        {
          stt: 6,
          indicator: 'ftth',
          label: 'Thuê bao FTTH',
          unit: '',
          increase: 5000,
          decrease: 800,
          yoy: 0.5,
          current: 6297,
        },
        {
          stt: 7,
          indicator: 'telecom-revenue',
          label: 'Doanh thu',
          unit: 'Triệu đồng',
          increase: null,
          decrease: null,
          yoy: null,
          current: 1485789.5,
        },
      ],
    };
    const postal: StandardTable = {
      id: 'postal',
      title: 'KẾT QUẢ HOẠT ĐỘNG BƯU CHÍNH, CHUYỂN PHÁT 9 THÁNG ĐẦU NĂM 2014',
      columns: ['increase', 'yoy'],
      rows: [{ stt: 7, indicator: 'postal-revenue', label: 'Doanh thu', unit: 'Tr.đồng', increase: 64427, yoy: 0.1 }],
    };
    const layout = layoutTables([telecom, postal], 'change', 'vi');
    const values = layout.cells.map((row) => row.map((cell) => cell?.value ?? null));
    const { facts, issues } = readPreviousReport(grid(values));
    expect(issues).toEqual([]);
    expect(facts.map((f) => [f.period, f.indicator, f.measure, f.value])).toEqual([
      ['9T/2014', 'ftth', 'increase', 5000],
      ['9T/2014', 'ftth', 'decrease', 800],
      ['9T/2014', 'ftth', 'closing', 6297],
      ['9T/2014', 'telecom-revenue', 'flow', 1485789.5],
      ['9T/2014', 'postal-revenue', 'flow', 64427],
    ]);
  });

  it('reads the layout written in English', () => {
    const tables = buildStandardTables(
      aggregate(
        [
          {
            enterprise: 'VNPT',
            sector: 'telecom',
            indicator: 'fixed-wireless',
            measure: 'closing',
            period: '9T/2014',
            value: 24060,
            source: { file: '', sheet: '', cell: '' },
          },
          {
            enterprise: 'VNPT',
            sector: 'telecom',
            indicator: 'telecom-revenue',
            measure: 'flow',
            period: '9T/2014',
            value: 1485790,
            source: { file: '', sheet: '', cell: '' },
          },
          {
            enterprise: 'VNPost',
            sector: 'postal',
            indicator: 'money-transferred',
            measure: 'flow',
            period: '9T/2014',
            value: 283000,
            source: { file: '', sheet: '', cell: '' },
          },
        ],
        '9T/2014',
      ),
      '9T/2014',
      { locale: 'en' },
    );
    const layout = layoutTables(tables, 'ratio', 'en');
    const values = layout.cells.map((row) => row.map((cell) => cell?.value ?? null));
    const { facts, issues } = readPreviousReport(grid(values), { locale: 'en' });
    expect(issues).toEqual([]);
    expect(facts.map((f) => [f.period, f.indicator, f.measure, f.value])).toEqual([
      ['9T/2014', 'fixed-wireless', 'closing', 24060],
      ['9T/2014', 'telecom-revenue', 'flow', 1485790],
      ['9T/2014', 'money-transferred', 'flow', 283000],
    ]);
  });

  it('converts a unit other than the canonical one (tấn, tỷ đồng)', () => {
    const values: CellValue[][] = [
      ['KẾT QUẢ HOẠT ĐỘNG BƯU CHÍNH, CHUYỂN PHÁT QUÝ III/2015'],
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Số tăng trong kỳ', 'So với cùng kỳ'],
      [2, 'Bưu phẩm thường', 'Tấn', '1.013,3', ''],
      [7, 'Doanh thu', 'Tỷ đồng', 74.7, ''],
    ];
    const { facts } = readPreviousReport(grid(values));
    expect(facts.map((f) => [f.period, f.indicator, f.value])).toEqual([
      ['Q3/2015', 'letter-post', 1013300],
      ['Q3/2015', 'postal-revenue', 74700],
    ]);
  });

  it('takes the period given when the title names none, and otherwise says so', () => {
    const values = [['KẾT QUẢ HOẠT ĐỘNG VIỄN THÔNG, INTERNET'], REFERENCE[3], REFERENCE[9]];
    expect(readPreviousReport(grid(values), { period: '9T/2014' }).facts.map((f) => f.period)).toEqual([
      '9T/2014',
      '9T/2014',
      '9T/2014',
    ]);
    const { facts, issues } = readPreviousReport(grid(values), { locale: 'en' });
    expect(facts).toEqual([]);
    expect(issues.map((i) => [i.severity, i.code, i.cell])).toEqual([['error', 'previous-report-no-period', 'A1']]);
  });

  it('turns unknown rows, unreadable numbers and wrong units into warnings, not a crash', () => {
    const values: CellValue[][] = [
      ['KẾT QUẢ HOẠT ĐỘNG VIỄN THÔNG, INTERNET 9 THÁNG ĐẦU NĂM 2015'],
      [
        'STT',
        'Tên chỉ tiêu',
        'Đơn vị tính',
        'Số tăng trong kỳ',
        'Số giảm trong kỳ',
        'So với cùng kỳ',
        'Hiện có trên mạng',
      ],
      [1, 'Số trạm BTS', 'Trạm', 10, null, null, 900],
      [2, 'Thuê bao FTTH', 'Thuê bao', 'nhiều', 10, null, 500],
      [3, 'Doanh thu', 'Kg', null, null, null, 5],
    ];
    const { facts, issues } = readPreviousReport(grid(values), { locale: 'vi' });
    expect(figures(facts)).toEqual([
      ['ftth', 'decrease', 10],
      ['ftth', 'closing', 500],
    ]);
    expect(issues.map((i) => [i.code, i.cell])).toEqual([
      ['previous-report-unknown-row', 'B3'],
      ['previous-report-number', 'D4'],
      ['previous-report-unit', 'C5'],
    ]);
  });

  it('reads a header on two rows: "Trong kỳ" over "Tăng" | "Giảm", "Lũy kế 9 tháng" under the figures', () => {
    const title = ['KẾT QUẢ HOẠT ĐỘNG VIỄN THÔNG, INTERNET 9 THÁNG ĐẦU NĂM 2014'];
    const row = [6, 'Thuê bao FTTH', 'Thuê bao', '5.000', '800', '120%', '6.297'];
    const expected = [
      ['ftth', 'increase', 5000],
      ['ftth', 'decrease', 800],
      ['ftth', 'closing', 6297],
    ];
    const header = [
      'STT',
      'Tên chỉ tiêu',
      'Đơn vị tính',
      'Số tăng trong kỳ',
      'Số giảm trong kỳ',
      'So với cùng kỳ',
      'Hiện có',
    ];
    for (const second of [
      [null, null, null, 'Lũy kế 9 tháng', 'Lũy kế 9 tháng', null, 'Đến 30/9/2014'],
      [null, 'Lũy kế 9 tháng', null, null, null, null, null],
    ]) {
      const { facts, issues } = readPreviousReport(grid([title, header, second, row]));
      expect({ second, figures: figures(facts), issues }).toEqual({ second, figures: expected, issues: [] });
    }
    const merged = ['STT', 'Tên chỉ tiêu', 'Đơn vị tính', 'Trong kỳ', null, 'So với cùng kỳ', 'Hiện có trên mạng'];
    const { facts, issues } = readPreviousReport(grid([title, merged, [null, null, null, 'Tăng', 'Giảm'], row]));
    expect(figures(facts)).toEqual(expected);
    expect(facts[0].source.cell).toBe('D4');
    expect(issues).toEqual([]);
  });

  it('says when a sheet holds no standard table', () => {
    const { facts, issues } = readPreviousReport(grid([['Báo cáo của VNPT'], ['Chỉ tiêu', 'Tháng 9']]), {
      locale: 'en',
    });
    expect(facts).toEqual([]);
    expect(issues.map((i) => i.code)).toEqual(['previous-report-no-table']);
  });
});

describe('isTotalEnterprise', () => {
  it.each([
    ['(tổng)', true],
    ['(Tổng)'.normalize('NFD'), true],
    ['(total)', true],
    ['Tổng', false],
    ['VNPT', false],
  ])('%s → %s', (name, expected) => {
    expect(isTotalEnterprise(name)).toBe(expected);
  });
});

describe('readPreviousReportWorkbook', () => {
  const notes = grid([['Ghi chú'], ['Số liệu do các doanh nghiệp báo cáo']]);

  it("groups the tables' totals by period and says nothing of sheets without a table", () => {
    const { byPeriod, issues } = readPreviousReportWorkbook([notes, grid(REFERENCE)], 'vi');
    expect([...byPeriod.keys()]).toEqual(['9T/2015']);
    expect(byPeriod.get('9T/2015')).toEqual(readPreviousReport(grid(REFERENCE)).facts);
    expect(issues.filter((i) => i.code === 'previous-report-no-table')).toEqual([]);
  });

  it('says once that a workbook holds no standard table', () => {
    const { byPeriod, issues } = readPreviousReportWorkbook([notes, notes], 'vi');
    expect(byPeriod.size).toBe(0);
    expect(issues.map((i) => i.code)).toEqual(['previous-report-no-table']);
  });
});

describe('readPreviousReport: where a table starts and ends', () => {
  const title = ['KẾT QUẢ HOẠT ĐỘNG VIỄN THÔNG, INTERNET 9 THÁNG ĐẦU NĂM 2014'];
  const header = [
    'STT',
    'Tên chỉ tiêu',
    'Đơn vị tính',
    'Số tăng trong kỳ',
    'Số giảm trong kỳ',
    'So với cùng kỳ',
    'Hiện có',
  ];
  const ftth = [6, 'Thuê bao FTTH', 'Thuê bao', '5.000', '800', '120%', '6.297'];
  const read = (values: CellValue[][], locale: 'vi' | 'en' = 'vi') => readPreviousReport(grid(values), { locale });

  it('finds a header up to four rows under the title, and no further', () => {
    const lines = (n: number) => Array.from({ length: n }, (_, i) => [`Dòng ${i + 1} của tiêu đề`]);
    expect(figures(read([title, ...lines(3), header, ftth]).facts)).toHaveLength(3);
    expect(read([title, ...lines(4), header, ftth])).toEqual({
      facts: [],
      issues: [
        {
          severity: 'warning',
          code: 'previous-report-no-table',
          message: 'Không tìm thấy biểu chuẩn nào (tiêu đề "KẾT QUẢ HOẠT ĐỘNG …" và dòng tiêu đề cột) trong trang tính',
          file: 'bao-cao-2015.xlsx',
          sheet: 'Biểu',
          cell: '',
        },
      ],
    });
  });

  it('does not fail on a sheet that ends with the title or with the header', () => {
    expect(read([['Ghi chú'], title]).issues.map((i) => i.code)).toEqual(['previous-report-no-table']);
    expect(read([title, header])).toEqual({ facts: [], issues: [] });
  });

  it('ends a table at a blank row, even one right under the header, or at a label of spaces', () => {
    expect(read([title, header, [], ftth]).facts).toEqual([]);
    expect(read([title, header, [null, '', ' ', null, null, null, null], ftth]).facts).toEqual([]);
    expect(read([title, header, [null, ' ', 'Thuê bao', '1', '2', null, '3'], ftth]).facts).toEqual([]);
  });

  it('reads a second table that follows the first without a blank row', () => {
    const postal = ['KẾT QUẢ HOẠT ĐỘNG BƯU CHÍNH, CHUYỂN PHÁT 9 THÁNG ĐẦU NĂM 2014'];
    const postalHeader = ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Số tăng trong kỳ'];
    const { facts } = read([title, header, ftth, postal, postalHeader, [7, 'Doanh thu', 'Tr.đồng', '64.427']]);
    expect(facts.map((f) => [f.sector, f.indicator, f.measure])).toEqual([
      ['telecom', 'ftth', 'increase'],
      ['telecom', 'ftth', 'decrease'],
      ['telecom', 'ftth', 'closing'],
      ['postal', 'postal-revenue', 'flow'],
    ]);
  });

  it('reads a row of two cells in lower case that names the sector as a row, not as a title', () => {
    const { facts } = read([
      title,
      ['Chỉ tiêu', 'Hiện có'],
      ['Thuê bao FTTH', '6.297'],
      ['Doanh thu viễn thông', '1.485.790'],
    ]);
    expect(figures(facts)).toEqual([
      ['ftth', 'closing', 6297],
      ['telecom-revenue', 'flow', 1485790],
    ]);
  });

  it('reads a row in capitals with its figures as a row, and a title split over two cells as a title', () => {
    const { facts } = read([
      title,
      header,
      ftth,
      [7, 'DOANH THU VIỄN THÔNG', 'TRIỆU ĐỒNG', null, null, '66%', '2.466.410'],
    ]);
    expect(figures(facts).slice(3)).toEqual([['telecom-revenue', 'flow', 2466410]]);
    const split = read([['KẾT QUẢ HOẠT ĐỘNG VIỄN THÔNG', '9 THÁNG ĐẦU NĂM 2014'], header, ftth]);
    expect(split.facts.map((f) => f.period)).toEqual(['9T/2014', '9T/2014', '9T/2014']);
  });

  it('does not take a title line that names a figure column for the header', () => {
    const twoLines = [['KẾT QUẢ HOẠT ĐỘNG VIỄN THÔNG'], ['SỐ TĂNG, GIẢM 9 THÁNG ĐẦU NĂM 2014'], header, ftth];
    expect(figures(read(twoLines).facts)).toEqual([
      ['ftth', 'increase', 5000],
      ['ftth', 'decrease', 800],
      ['ftth', 'closing', 6297],
    ]);
  });

  it('names the whole title, line by line, when it states no period', () => {
    const { issues } = read(
      [['KẾT QUẢ HOẠT ĐỘNG VIỄN THÔNG,', null, 'INTERNET'], [], ['(số liệu ước tính)'], header, ftth],
      'en',
    );
    expect(issues.map((i) => i.message)).toEqual([
      'The table title "KẾT QUẢ HOẠT ĐỘNG VIỄN THÔNG, INTERNET (số liệu ước tính)" states no period; the table is skipped',
    ]);
  });

  it('reads at most two header rows under the first: a third row without figures is a table row', () => {
    const { issues } = read([
      title,
      header,
      [null, null, null, 'Lũy kế 9 tháng', 'Lũy kế 9 tháng', null, null],
      [null, null, null, null, null, null, 'Đến 30/9/2014'],
      [null, 'Chỉ tiêu lạ', null, null, null, null, null],
      ftth,
    ]);
    expect(issues.map((i) => [i.code, i.cell])).toEqual([['previous-report-unknown-row', 'B5']]);
  });

  it("warns of a row that names another sector's indicator", () => {
    const { facts, issues } = read([title, header, [7, 'Doanh thu bưu chính', 'Tr.đồng', null, null, null, '74.735']]);
    expect(facts).toEqual([]);
    expect(issues.map((i) => i.code)).toEqual(['previous-report-unknown-row']);
  });
});

describe('readPreviousReport: units carried down, and what the warnings name', () => {
  const title = ['KẾT QUẢ HOẠT ĐỘNG VIỄN THÔNG, INTERNET 9 THÁNG ĐẦU NĂM 2014'];
  const header = ['STT', 'Tên chỉ tiêu', 'Đơn vị tính', 'Số tăng trong kỳ', 'Số giảm trong kỳ', 'Hiện có'];

  it("carries a unit down to the rows below that leave it blank, where it fits the row's indicator", () => {
    const { facts } = readPreviousReport(
      grid([
        title,
        header,
        [1, 'Điện thoại cố định có dây', 'Nghìn thuê bao', 1, 2, 3],
        [2, 'Điện thoại cố định không dây', null, 4, 5, 6],
        [3, 'Doanh thu', 'Tỷ đồng', null, null, 7],
        [4, 'Thuê bao FTTH', null, 8, 9, 10],
      ]),
    );
    expect(figures(facts)).toEqual([
      ['fixed-wired', 'increase', 1000],
      ['fixed-wired', 'decrease', 2000],
      ['fixed-wired', 'closing', 3000],
      ['fixed-wireless', 'increase', 4000],
      ['fixed-wireless', 'decrease', 5000],
      ['fixed-wireless', 'closing', 6000],
      ['telecom-revenue', 'flow', 7000],
      // "Tỷ đồng" does not fit FTTH; "Nghìn thuê bao" is two rows up, replaced: the figures as they are.
      ['ftth', 'increase', 8],
      ['ftth', 'decrease', 9],
      ['ftth', 'closing', 10],
    ]);
  });

  it('reads a table without a unit column', () => {
    const { facts, issues } = readPreviousReport(
      grid([title, ['STT', 'Tên chỉ tiêu', 'Hiện có'], [6, 'Thuê bao FTTH', '6.297']]),
    );
    expect(issues).toEqual([]);
    expect(figures(facts)).toEqual([['ftth', 'closing', 6297]]);
  });

  it('names the indicator of a wrong unit and of an unreadable number', () => {
    const { issues } = readPreviousReport(
      grid([
        title,
        header,
        [1, 'Thuê bao FTTH', 'Kg', 1, 2, 3],
        [2, 'Điện thoại cố định có dây', 'Thuê bao', 'nhiều', 2, 3],
      ]),
    );
    expect(issues.map((i) => [i.code, i.indicator])).toEqual([
      ['previous-report-unit', 'ftth'],
      ['previous-report-number', 'fixed-wired'],
    ]);
  });
});

describe('readPreviousReportWorkbook: what it says', () => {
  it('speaks the language asked for, and reports a table without a period', () => {
    const table = [['KẾT QUẢ HOẠT ĐỘNG VIỄN THÔNG, INTERNET'], REFERENCE[3], REFERENCE[9]];
    const { byPeriod, issues } = readPreviousReportWorkbook([grid([...table, [], ...table])], 'en');
    expect(byPeriod.size).toBe(0);
    expect(issues.map((i) => [i.message, i.cell])).toEqual([
      ['The table title "KẾT QUẢ HOẠT ĐỘNG VIỄN THÔNG, INTERNET" states no period; the table is skipped', 'A1'],
      ['The table title "KẾT QUẢ HOẠT ĐỘNG VIỄN THÔNG, INTERNET" states no period; the table is skipped', 'A5'],
    ]);
  });

  it('says nothing of a workbook with no sheet', () => {
    expect(readPreviousReportWorkbook([], 'vi')).toEqual({ byPeriod: new Map(), issues: [] });
  });
});
