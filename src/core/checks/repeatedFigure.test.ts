import type { Fact, StandardTable, Submission } from '../model';
import { fact as baseFact, referenceTables, submission as baseSubmission } from '../testing/fixtures';
import { checkRepeatedInSubmission, checkRepeatedInTables } from './repeatedFigure';

/** The reference report's telecom table, copy errors in rows 1–2 included. */
const [telecom] = referenceTables();

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
  const fact = (
    indicator: Fact['indicator'],
    measure: Fact['measure'],
    value: number,
    cell: string,
    period = '9T/2015',
  ): Fact => baseFact({ indicator, measure, value, period, source: { file: 'vnpt.xlsx', sheet: 'VNPT', cell } });
  const submission = (facts: Fact[]): Submission => baseSubmission({ facts, rows: 2 });

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
