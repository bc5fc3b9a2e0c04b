import { build, commonPeriod, yearToDate } from './build';
import type { CellValue, SheetGrid } from './model';

/** VNPT's telecom sheet, carrying the reference report's rows 1–2 with their copy errors. */
const VNPT: CellValue[][] = [
  ['VIỄN THÔNG QUẢNG NINH', null, null, null, null, null, null],
  ['BÁO CÁO SỐ LIỆU VIỄN THÔNG 9 THÁNG ĐẦU NĂM 2015', null, null, null, null, null, null],
  ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Số tăng trong kỳ', 'Số giảm trong kỳ', 'Hiện có', 'Cùng kỳ năm 2014'],
  [1, 'Điện thoại cố định có dây', 'Thuê bao', 2907, 24060, 2907, 4038],
  [2, 'Điện thoại cố định không dây', 'Thuê bao', 730, 2907, 24060, 55953],
  [3, 'Điện thoại di động trả sau', 'Thuê bao', 38120, 17245, 40318, 27954],
  [4, 'Thuê bao FTTH', 'Thuê bao', 10215, 2430, 11362, null],
  [5, 'Doanh thu', 'Triệu đồng', null, null, 812345, 540210],
];

/** The provincial post office's postal sheet, with its own percentage column. */
const VNPOST: CellValue[][] = [
  ['BƯU ĐIỆN TỈNH QUẢNG NINH', null, null, null, null, null],
  ['BÁO CÁO KẾT QUẢ HOẠT ĐỘNG BƯU CHÍNH 9 THÁNG ĐẦU NĂM 2015', null, null, null, null, null],
  ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Thực hiện 9 tháng 2015', 'Cùng kỳ năm 2014', 'So sánh (%)'],
  [1, 'Sản lượng phát hành báo chí', 'Tờ, cuốn', 6985000, 7268417, '96%'],
  [2, 'Bưu phẩm thường', 'Kg', 912846, 741215, '123%'],
  [3, 'Bưu kiện thường', 'Cái', 52310, 49870, '150%'],
  [4, 'Doanh thu bưu chính', 'Triệu đồng', 41235, 37710, '109%'],
];

const grid = (file: string, sheet: string, values: CellValue[][]): SheetGrid => ({
  file,
  sheet,
  top: 0,
  left: 0,
  values,
});
const grids = [
  grid('vnpt.xlsx', 'VNPT', VNPT),
  grid('buudien.xlsx', 'BĐT', VNPOST),
  grid('vnpt.xlsx', 'Ghi chú', [['Số liệu đã được kiểm tra']]),
];

describe('build on hand-made sheets of two enterprises', () => {
  const result = build(grids);
  const [telecom, postal] = result.tables;

  it('finds the period and both submissions', () => {
    expect(result.period).toBe('9T/2015');
    expect(result.submissions.map((s) => [s.sheet, s.sector, s.period])).toEqual([
      ['VNPT', 'telecom', '9T/2015'],
      ['BĐT', 'postal', '9T/2015'],
    ]);
    expect(telecom.title).toBe('KẾT QUẢ HOẠT ĐỘNG VIỄN THÔNG, INTERNET 9 THÁNG ĐẦU NĂM 2015');
    expect(postal.title).toBe('KẾT QUẢ HOẠT ĐỘNG BƯU CHÍNH, CHUYỂN PHÁT 9 THÁNG ĐẦU NĂM 2015');
  });

  it('fills the telecom table, with the comparison as an unrounded change', () => {
    expect(telecom.rows[0]).toMatchObject({ stt: 1, increase: 2907, decrease: 24060, current: 2907 });
    expect(telecom.rows[0].yoy).toBeCloseTo(2907 / 4038 - 1, 12);
    expect(Math.round(telecom.rows[0].yoy! * 100)).toBe(-28);
    expect(telecom.rows[1]).toMatchObject({ increase: 730, decrease: 2907, current: 24060 });
    expect(Math.round(telecom.rows[1].yoy! * 100)).toBe(-57);
    expect(telecom.rows[2]).toMatchObject({ increase: 38120, decrease: 17245, current: 40318 });
    expect(telecom.rows[6]).toMatchObject({
      stt: 7,
      label: 'Doanh thu',
      unit: 'Triệu đồng',
      increase: null,
      decrease: null,
      current: 812345,
    });
    expect(telecom.rows[6].yoy).toBeCloseTo(812345 / 540210 - 1, 12);
  });

  it('leaves blank what was not reported or cannot be compared', () => {
    expect(telecom.rows[3]).toMatchObject({
      indicator: 'mobile-prepaid',
      increase: null,
      decrease: null,
      current: null,
      yoy: null,
    });
    expect(telecom.rows[5]).toMatchObject({ indicator: 'ftth', current: 11362, yoy: null });
    expect(postal.rows[3]).toMatchObject({ indicator: 'express', increase: null, yoy: null });
  });

  it('puts postal volumes in the increase column', () => {
    expect(postal.rows[0]).toMatchObject({ indicator: 'press-distribution', increase: 6985000 });
    expect(Math.round(postal.rows[0].yoy! * 100)).toBe(-4);
    expect(postal.rows[1]).toMatchObject({ indicator: 'letter-post', increase: 912846 });
    expect(postal.rows[6]).toMatchObject({ indicator: 'postal-revenue', increase: 41235 });
    expect(postal.rows[6].yoy).toBeCloseTo(41235 / 37710 - 1, 12);
  });

  it('gives each enterprise’s part with its source cell', () => {
    const wired = result.breakdown.find((b) => b.indicator === 'fixed-wired')!;
    expect(wired).toMatchObject({
      sector: 'telecom',
      increase: 2907,
      decrease: 24060,
      current: 2907,
      previous: 4038,
      source: { file: 'vnpt.xlsx', sheet: 'VNPT', cell: 'F4' },
    });
    const parcels = result.breakdown.find((b) => b.indicator === 'parcels')!;
    expect(parcels).toMatchObject({
      sector: 'postal',
      current: 52310,
      previous: 49870,
      source: { file: 'buudien.xlsx', sheet: 'BĐT', cell: 'D6' },
    });
  });

  it('notices the copy errors, the disowned percentage and the missing comparison', () => {
    const repeated = result.issues.filter((i) => i.code === 'repeated-figure');
    // Named once, at the submission's cells: the tables' copies of the same slip are not repeated.
    expect(repeated.map((i) => i.message)).toEqual([
      expect.stringMatching(/^VNPT Quảng Ninh \(VNPT\): số 2\.907 xuất hiện ở 3 ô/),
      expect.stringMatching(/^VNPT Quảng Ninh \(VNPT\): số 24\.060 xuất hiện ở 2 ô/),
    ]);
    const inSheet = repeated.find((i) => i.sheet === 'VNPT' && i.message.includes('2.907'))!;
    expect(inSheet.cell).toBe('D4');
    expect(inSheet.message).toMatch(
      /^VNPT Quảng Ninh \(VNPT\): số 2\.907 xuất hiện ở 3 ô — D4 \(.*\), F4 \(.*\), E5 \(/,
    );

    // 150% is neither the change (+4,9%), the ratio (104,9%) nor the index (104,9)
    const differs = result.issues.filter((i) => i.code === 'reported-change-differs');
    expect(differs.map((i) => [i.indicator, i.cell])).toEqual([['parcels', 'F6']]);

    expect(result.issues.find((i) => i.code === 'no-previous')).toMatchObject({ severity: 'info', indicator: 'ftth' });
    // -57% is a fall of more than half; FTTH has no last year, so no outlier can be claimed there
    expect(result.issues.filter((i) => i.code === 'outlier').map((i) => [i.indicator, i.cell])).toEqual([
      ['fixed-wireless', 'F5'],
    ]);
    expect(result.issues.some((i) => i.severity === 'error')).toBe(false);
  });

  it('takes another outlier threshold', () => {
    const strict = build(grids, { outlier: { above: 0.4, below: -0.03 } });
    expect(strict.issues.filter((i) => i.code === 'outlier').map((i) => i.indicator)).toEqual([
      'fixed-wired',
      'fixed-wireless',
      'mobile-postpaid',
      'telecom-revenue',
      'press-distribution',
    ]);
  });

  it('reads the same in English', () => {
    const en = build(grids, { locale: 'en' });
    expect(en.tables[0].title).toBe('TELECOMMUNICATIONS AND INTERNET RESULTS, FIRST 9 MONTHS OF 2015');
    expect(en.tables[0].rows[0].yoy).toBe(telecom.rows[0].yoy);
    expect(en.issues.find((i) => i.code === 'repeated-figure')!.message).toContain('2,907');
  });
});

describe('build with enterprises the catalogue does not know', () => {
  /** An unknown company's FTTH sheet named "Sheet1", with or without a name line above the table. */
  const unknown = (file: string, nameLine: string | null, increase: number, current: number): SheetGrid =>
    grid(file, 'Sheet1', [
      ...(nameLine ? [[nameLine]] : []),
      ['BÁO CÁO 9 THÁNG ĐẦU NĂM 2015'],
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Phát triển mới', 'Hiện có'],
      [1, 'Thuê bao FTTH', 'TB', increase, current],
    ]);

  it('counts two unknown companies whose sheets are both "Sheet1", named by their title lines', () => {
    const result = build([
      unknown('so0.xlsx', 'CÔNG TY CỔ PHẦN VIỄN THÔNG SỐ 0', 100, 1000),
      unknown('abc.xlsx', 'Đơn vị: Công ty TNHH Viễn thông ABC', 20, 300),
    ]);
    expect(result.submissions.map((s) => s.enterprise)).toEqual([
      'CÔNG TY CỔ PHẦN VIỄN THÔNG SỐ 0',
      'Công ty TNHH Viễn thông ABC',
    ]);
    const ftth = result.tables[0].rows.find((r) => r.indicator === 'ftth')!;
    expect(ftth).toMatchObject({ increase: 120, current: 1300 });
    expect(result.issues.filter((i) => i.code === 'resubmission')).toEqual([]);
  });

  it('counts two unknown companies with no name line, named by their files', () => {
    const result = build([unknown('dir/hai-dang.xlsx', null, 100, 1000), unknown('xuyen-viet.xlsx', null, 20, 300)]);
    expect(result.submissions.map((s) => s.enterprise)).toEqual(['hai-dang', 'xuyen-viet']);
    expect(result.tables[0].rows.find((r) => r.indicator === 'ftth')).toMatchObject({ increase: 120, current: 1300 });
  });

  it('still keeps one of two files from the same unknown company named alike in their title lines', () => {
    const result = build([
      unknown('so0.xlsx', 'CÔNG TY CỔ PHẦN VIỄN THÔNG SỐ 0', 100, 1000),
      unknown('so0-lan-2.xlsx', 'Công ty Cổ phần Viễn thông Số 0', 110, 1010),
    ]);
    expect(result.submissions.map((s) => s.file)).toEqual(['so0-lan-2.xlsx']);
    expect(result.tables[0].rows.find((r) => r.indicator === 'ftth')).toMatchObject({ increase: 110, current: 1010 });
    expect(result.issues.filter((i) => i.code === 'resubmission')).toHaveLength(1);
  });
});

describe('a folder of monthly sheets built without a period', () => {
  const month = (m: number): SheetGrid =>
    grid(`vnpt-t${m}.xlsx`, 'BC', [
      ['VIỄN THÔNG QUẢNG NINH'],
      [`BÁO CÁO SỐ LIỆU VIỄN THÔNG THÁNG ${m} NĂM 2016`],
      ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Số tăng trong kỳ', 'Số giảm trong kỳ', 'Hiện có'],
      [1, 'Thuê bao FTTH', 'Thuê bao', 100 + m, 10 + m, 1000 + 90 * m],
    ]);

  it('is built for the latest month, and says how to build the year to date', () => {
    const result = build([7, 8, 9].map(month));
    expect(result.period).toBe('T9/2016');
    const hint = result.issues.filter((i) => i.code === 'year-to-date');
    expect(hint.map((i) => `${i.severity} ${i.message}`)).toEqual([
      'info Biểu lập cho kỳ T9/2016, kỳ nhiều báo cáo ghi nhất; các báo cáo còn có kỳ trước đó trong năm (T7/2016, T8/2016): muốn cộng dồn từ đầu năm, hãy chọn kỳ 9T/2016',
    ]);
    expect(build([7, 8, 9].map(month), { locale: 'en' }).issues.find((i) => i.code === 'year-to-date')?.message).toBe(
      'The tables are built for T9/2016, the period most submissions state; the submissions also hold earlier periods of the year (T7/2016, T8/2016): to add them up from January, choose 9T/2016',
    );
  });

  it('says nothing when the period was chosen, or when nothing comes before it', () => {
    expect(build([7, 8, 9].map(month), { period: 'T9/2016' }).issues.map((i) => i.code)).not.toContain('year-to-date');
    expect(build([month(9)]).issues.map((i) => i.code)).not.toContain('year-to-date');
  });
});

describe('commonPeriod', () => {
  it('takes the period stated most often', () => {
    expect(commonPeriod([{ period: 'T9/2015' }, { period: 'T8/2015' }, { period: 'T8/2015' }])).toBe('T8/2015');
  });

  it('of periods stated as often, the latest, then the longest of those ending together', () => {
    expect(commonPeriod([{ period: 'T8/2015' }, { period: 'T9/2015' }, { period: 'T7/2015' }])).toBe('T9/2015');
    expect(commonPeriod([{ period: 'T12/2015' }, { period: 'T1/2016' }])).toBe('T1/2016');
    expect(commonPeriod([{ period: 'T9/2015' }, { period: 'Q3/2015' }, { period: '9T/2015' }])).toBe('9T/2015');
    expect(commonPeriod([{ period: 'Q3/2015' }, { period: 'T9/2015' }])).toBe('Q3/2015');
    expect(commonPeriod([])).toBeNull();
  });
});

describe('yearToDate', () => {
  it('lists the earlier periods of the year, a long run by its ends', () => {
    const months = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((m) => ({ period: `T${m}/2016` }));
    expect(yearToDate(months, 'T9/2016')).toEqual({ period: 'T9/2016', earlier: 'T1/2016 … T8/2016', ytd: '9T/2016' });
    expect(yearToDate([{ period: 'Q1/2016' }, { period: 'Q2/2016' }], 'Q2/2016')).toEqual({
      period: 'Q2/2016',
      earlier: 'Q1/2016',
      ytd: '6T/2016',
    });
  });

  it("is null for a span from January, a year, last year's months, or an overlap", () => {
    expect(yearToDate([{ period: 'T1/2016' }], '9T/2016')).toBeNull();
    expect(yearToDate([{ period: 'T1/2016' }], 'Q1/2016')).toBeNull();
    expect(yearToDate([{ period: 'T8/2015' }], 'T9/2016')).toBeNull();
    expect(yearToDate([{ period: 'Q3/2016' }], 'T9/2016')).toBeNull();
    expect(yearToDate([{ period: 'T12/2016' }], '2016')).toBeNull();
  });
});
