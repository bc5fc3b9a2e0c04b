import type { Fact, StandardTable, Submission } from '../model';
import { checkRepeatedInSubmission, checkRepeatedInTables } from './repeatedFigure';

/** The reference report's telecom rows 1–2, copy errors included. */
const telecom: StandardTable = {
  id: 'telecom',
  title: 'KẾT QUẢ HOẠT ĐỘNG VIỄN THÔNG, INTERNET 9 THÁNG ĐẦU NĂM 2015',
  columns: ['increase', 'decrease', 'yoy', 'current'],
  rows: [
    {
      stt: 1,
      indicator: 'fixed-wired',
      label: 'Điện thoại cố định có dây',
      unit: 'Thuê bao',
      increase: 2907,
      decrease: 24060,
      yoy: -0.28,
      current: 2907,
    },
    {
      stt: 2,
      indicator: 'fixed-wireless',
      label: 'Điện thoại cố định không dây',
      unit: '',
      increase: 730,
      decrease: 2907,
      yoy: -0.57,
      current: 24060,
    },
    {
      stt: 3,
      indicator: 'mobile-postpaid',
      label: 'Điện thoại DD trả sau',
      unit: '',
      increase: 133638,
      decrease: 60607,
      yoy: 0.47,
      current: 142153,
    },
    {
      stt: 7,
      indicator: 'telecom-revenue',
      label: 'Doanh thu',
      unit: 'Triệu đồng',
      increase: null,
      decrease: null,
      yoy: 0.66,
      current: 99.6,
    },
  ],
};

describe('checkRepeatedInTables', () => {
  it('finds 2.907 three times and 24.060 twice, naming every cell', () => {
    const issues = checkRepeatedInTables([telecom], 'vi');
    expect(issues).toHaveLength(2);
    expect(issues[0]).toMatchObject({ severity: 'warning', code: 'repeated-figure', indicator: 'fixed-wired' });
    expect(issues[0].message).toBe(
      'KẾT QUẢ HOẠT ĐỘNG VIỄN THÔNG, INTERNET: số 2.907 xuất hiện ở 3 ô — dòng 1 (Số tăng trong kỳ), dòng 1 (Hiện có trên mạng), dòng 2 (Số giảm trong kỳ) — có thể chép nhầm',
    );
    expect(issues[1].message).toContain('24.060');
    expect(issues[1].message).toContain('dòng 1 (Số giảm trong kỳ), dòng 2 (Hiện có trên mạng)');
  });

  it('ignores the comparison column and figures under 100', () => {
    const table: StandardTable = {
      ...telecom,
      rows: [
        { ...telecom.rows[0], increase: 99, decrease: 50, current: 99, yoy: 0.5 },
        { ...telecom.rows[1], increase: 0.5, decrease: 0, current: 50, yoy: 0.5 },
      ],
    };
    expect(checkRepeatedInTables([table])).toEqual([]);
  });

  it('compares figures as shown, in whole numbers', () => {
    const table: StandardTable = {
      ...telecom,
      rows: [{ ...telecom.rows[0], increase: 1000.2, decrease: 999.8, current: 5000 }],
    };
    expect(checkRepeatedInTables([table], 'en')[0].message).toContain('1,000');
  });
});

describe('checkRepeatedInSubmission', () => {
  const at = (cell: string) => ({ file: 'vnpt.xlsx', sheet: 'VNPT', cell });
  const fact = (
    indicator: Fact['indicator'],
    measure: Fact['measure'],
    value: number,
    cell: string,
    period = '9T/2015',
  ): Fact => ({
    enterprise: 'VNPT',
    sector: 'telecom',
    indicator,
    measure,
    period,
    value,
    source: at(cell),
  });
  const submission = (facts: Fact[]): Submission => ({
    file: 'vnpt.xlsx',
    sheet: 'VNPT',
    enterprise: 'VNPT',
    sector: 'telecom',
    period: '9T/2015',
    facts,
    rows: 2,
    unrecognised: 0,
  });

  it('names every source cell of a repeated figure', () => {
    const issues = checkRepeatedInSubmission(
      submission([
        fact('fixed-wired', 'increase', 2907, 'D7'),
        fact('fixed-wired', 'closing', 2907, 'F7'),
        fact('fixed-wireless', 'decrease', 2907, 'E8'),
        fact('fixed-wireless', 'closing', 2907, 'G8', '9T/2014'),
        fact('fixed-wireless', 'increase', 730, 'D8'),
      ]),
      'vi',
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      code: 'repeated-figure',
      file: 'vnpt.xlsx',
      sheet: 'VNPT',
      cell: 'D7',
      enterprise: 'VNPT',
    });
    expect(issues[0].message).toBe(
      'VNPT (VNPT): số 2.907 xuất hiện ở 4 ô — D7 (Điện thoại cố định có dây, tăng), F7 (Điện thoại cố định có dây, hiện có), ' +
        'E8 (Điện thoại cố định không dây, giảm), G8 (Điện thoại cố định không dây, hiện có cùng kỳ) — có thể chép nhầm',
    );
  });

  it('accepts an opening equal to the closing, a cell read twice, and small figures', () => {
    const issues = checkRepeatedInSubmission(
      submission([
        fact('ftth', 'opening', 500, 'C9'),
        fact('ftth', 'closing', 500, 'F9'),
        fact('ftth', 'increase', 40, 'D9'),
        fact('ftth', 'decrease', 40, 'E9'),
        fact('mobile-prepaid', 'closing', 1234, 'F10'),
        fact('mobile-postpaid', 'closing', 1234, 'F10'),
      ]),
    );
    expect(issues).toEqual([]);
  });
});
