import type { BuildResult, StandardTable } from '../model';
import type { LayoutCell } from './layout';
import { buildResult, issue, referenceTables, submission } from '../../../test/support/fixtures';
import { comparisonCell, layoutChecks, layoutReport, layoutTables, sourceText } from './index';

const [fullTelecom, fullPostal] = referenceTables();
/** The reference's telecom rows 1, 2 and 7 (row 1's change unrounded) and its first postal row. */
const telecom: StandardTable = {
  ...fullTelecom,
  rows: [{ ...fullTelecom.rows[0], yoy: -0.2801 }, fullTelecom.rows[1], fullTelecom.rows[6]],
};
const postal: StandardTable = { ...fullPostal, rows: [fullPostal.rows[0]] };
const result: BuildResult = buildResult({
  tables: [telecom, postal],
  submissions: [submission({ sheet: 'BC', enterprise: 'VNPT Quảng Ninh', rows: 7 })],
  breakdown: [
    {
      enterprise: 'VNPT Quảng Ninh',
      sector: 'telecom',
      indicator: 'telecom-revenue',
      increase: null,
      decrease: null,
      current: 812345,
      previous: 540210,
      yoy: 0.5037,
      source: { file: 'vnpt.xlsx', sheet: 'BC', cell: 'F20' },
    },
    {
      enterprise: 'VNPT Quảng Ninh',
      sector: 'telecom',
      indicator: 'fixed-wired',
      increase: 2907,
      decrease: 24060,
      current: 2907,
      previous: 4038,
      yoy: -0.2801,
      source: { file: 'vnpt.xlsx', sheet: 'BC', cell: 'F11' },
    },
  ],
  issues: [
    issue({
      severity: 'info',
      code: 'resubmission',
      message: 'Dùng báo cáo sau',
      file: 'b.xlsx',
      sheet: 'S',
      cell: '',
    }),
    issue({ message: 'Số 2.907 lặp lại', sheet: 'BC', cell: 'F11' }),
  ],
});
const values = (row: (LayoutCell | null)[] | undefined) => (row ?? []).map((c) => c?.value ?? null);

describe('layoutTables', () => {
  const sheet = layoutTables(result.tables);
  it('writes each title, the header exactly as the reference report, and the rows', () => {
    expect(sheet.name).toBe('TTTT Biểu');
    expect(values(sheet.cells[0])).toEqual([telecom.title]);
    expect(values(sheet.cells[1])).toEqual([
      'STT',
      'Tên chỉ tiêu',
      'Đơn vị tính',
      'Số tăng trong kỳ',
      'Số giảm trong kỳ',
      'So với cùng kỳ',
      'Hiện có trên mạng',
    ]);
    expect(values(sheet.cells[2])).toEqual([1, 'Điện thoại cố định có dây', 'Thuê bao', 2907, 24060, -0.2801, 2907]);
    // blank where the reference is blank: row 2's unit, revenue's increase and decrease
    expect(values(sheet.cells[3])[2]).toBeNull();
    expect(values(sheet.cells[4])).toEqual([7, 'Doanh thu', 'Triệu đồng', null, null, 0.66, 2466410]);
    expect(sheet.cells[2][3]).toMatchObject({ format: '#,##0' });
    expect(sheet.cells[2][5]).toMatchObject({ format: '0%' });
  });
  it('puts the postal table under it with its own five columns and merges each title', () => {
    const titleRow = 2 + telecom.rows.length + 2;
    expect(values(sheet.cells[titleRow])).toEqual([postal.title]);
    expect(values(sheet.cells[titleRow + 1])).toEqual([
      'STT',
      'Chỉ tiêu',
      'Đơn vị tính',
      'Số tăng trong kỳ',
      'So với cùng kỳ',
    ]);
    expect(values(sheet.cells[titleRow + 2])).toEqual([1, 'Sản lượng phát hành báo chí', 'Tờ, cuốn', 7162000, -0.04]);
    expect(sheet.merges).toEqual(['A1:G1', `A${titleRow + 1}:E${titleRow + 1}`]);
  });
  it('speaks English with locale en and shows the chosen convention', () => {
    const en = layoutTables(result.tables, 'index', 'en');
    expect(values(en.cells[1])).toEqual([
      'No.',
      'Indicator',
      'Unit',
      'Increase in the period',
      'Decrease in the period',
      'Against the same period last year (previous year = 100)',
      'On the network',
    ]);
    expect(en.cells[2][5]).toMatchObject({ format: '0.0' });
    expect(en.cells[2][5]?.value).toBeCloseTo(71.99, 10);
  });
});

describe('comparisonCell', () => {
  it('writes change, ratio and index as numbers with their formats', () => {
    expect(comparisonCell(-0.28, 'change', 'vi')).toMatchObject({ value: -0.28, format: '0%' });
    expect(comparisonCell(-0.28, 'ratio', 'vi')).toMatchObject({ value: 0.72, format: '"bằng "0%' });
    expect(comparisonCell(-0.28, 'index', 'vi')).toMatchObject({ value: 72, format: '0.0' });
  });
  it('leaves a missing comparison blank', () => {
    expect(comparisonCell(null).value).toBeNull();
    expect(comparisonCell(Number.NaN).value).toBeNull();
  });
});

describe('layoutReport', () => {
  it('gives the four sheets, with the breakdown in table order and linked to its source cells', () => {
    const sheets = layoutReport(result);
    expect(sheets.map((s) => [s.name, s.kind])).toEqual([
      ['TTTT Biểu', 'tables'],
      ['TTTT Chi tiết', 'breakdown'],
      ['TTTT Kiểm tra', 'checks'],
      ['TTTT Câu văn', 'sentences'],
    ]);
    const breakdown = sheets[1];
    expect(values(breakdown.cells[2])).toEqual([
      'VNPT Quảng Ninh',
      'Viễn thông',
      'Điện thoại cố định có dây',
      2907,
      24060,
      2907,
      4038,
      -0.2801,
      'vnpt.xlsx › BC!F11',
    ]);
    expect(breakdown.cells[2][8]?.link).toEqual({ file: 'vnpt.xlsx', sheet: 'BC', cell: 'F11' });
    expect(values(breakdown.cells[3])[2]).toBe('Doanh thu');
    expect(values(breakdown.cells[7])).toEqual(['vnpt.xlsx', 'BC', 'VNPT Quảng Ninh', 'Viễn thông', '9T/2015', 7, 0]);
  });
  it('lists problems warnings before information, each with its cell', () => {
    const checks = layoutChecks(result.issues, 'vi');
    expect(values(checks.cells[1])).toEqual(['Mức độ', 'Mã', 'Nội dung', 'Tệp', 'Trang tính', 'Ô']);
    expect(values(checks.cells[2])).toEqual([
      'Cảnh báo',
      'repeated-figure',
      'Số 2.907 lặp lại',
      'vnpt.xlsx',
      'BC',
      'F11',
    ]);
    expect(values(checks.cells[3])).toEqual(['Thông tin', 'resubmission', 'Dùng báo cáo sau', 'b.xlsx', 'S', null]);
    expect(values(layoutChecks([], 'en').cells[2])).toEqual(['No problems found.']);
  });
  it('names a source without a file by its sheet alone', () => {
    expect(sourceText({ file: '', sheet: 'VNPT', cell: 'D7' })).toBe('VNPT!D7');
  });
});

describe('figures used and not used', () => {
  it('heads the checks sheet with the count, in both languages', () => {
    expect(layoutChecks([], 'vi', { used: 1234, unused: 2 }).cells[0][0]?.value).toBe(
      'KẾT QUẢ KIỂM TRA — 1.234 số liệu dùng, 2 ô số không dùng',
    );
    expect(layoutChecks([], 'en', { used: 5, unused: 0 }).cells[0][0]?.value).toBe(
      'CHECKS — 5 figures used, 0 numeric cells not used',
    );
    expect(layoutChecks([], 'en', { used: 1, unused: 1 }).cells[0][0]?.value).toBe(
      'CHECKS — 1 figure used, 1 numeric cell not used',
    );
  });
});
