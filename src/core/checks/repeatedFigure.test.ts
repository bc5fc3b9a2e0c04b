import type { Fact, StandardTable, Submission } from '../model';
import { fact as baseFact, referenceTables, submission as baseSubmission } from '../../../test/support/fixtures';
import {
  checkRepeatedInSubmission,
  checkRepeatedInTables,
  repeatedInSubmissions,
  significantDigits,
} from './repeatedFigure';
import { countReads } from '../../../test/support/countReads';

/** The reference report's telecom table, copy errors in rows 1–2 included. */
const [telecom] = referenceTables();

describe('significantDigits', () => {
  it.each([
    [2907, 4],
    [24060, 4],
    [133638, 6],
    [1500, 2],
    [8000, 1],
    [20000, 1],
    [1250, 3],
    [730, 2],
    [1234.5, 5],
    [-2907, 4],
    [0, 0],
  ])('%p has %p', (value, digits) => {
    expect(significantDigits(value)).toBe(digits);
  });
});

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

  it('leaves round figures alone, and a 3-digit figure unless its copies sit in one row or the next', () => {
    const rows = telecom.rows.map((row) => ({ ...row, increase: 11, decrease: 12, current: 13 }));
    rows[0] = { ...rows[0], increase: 1500, current: 1500 }; // round: honest data repeat it
    rows[2] = { ...rows[2], increase: 36500 }; // 3 digits, far from its copy below
    rows[5] = { ...rows[5], current: 36500 };
    expect(checkRepeatedInTables([{ ...telecom, rows }])).toEqual([]);
    rows[3] = { ...rows[3], increase: 36500 }; // …and now one in the same column, a row below
    const issues = checkRepeatedInTables([{ ...telecom, rows }], 'en');
    expect(issues).toHaveLength(1);
    expect(issues[0].message).toContain(
      '36,500 appears in 2 cells — row 3 (Increase in the period), row 4 (Increase in the period)',
    );
  });

  it('does not repeat a slip a submission check already named at its cells', () => {
    expect(checkRepeatedInTables([telecom], 'vi', new Set([2907]))).toHaveLength(1);
    expect(checkRepeatedInTables([telecom], 'vi', new Set([2907, 24060]))).toEqual([]);
  });

  it('compares figures as shown, in whole numbers', () => {
    const table: StandardTable = {
      ...telecom,
      rows: [{ ...telecom.rows[0], increase: 1234.2, decrease: 1233.8, current: 5000 }],
    };
    expect(checkRepeatedInTables([table], 'en')[0].message).toContain('1,234');
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

  it('names the cells of a repeat on the issue', () => {
    const issues = checkRepeatedInSubmission(
      submission([fact('fixed-wired', 'decrease', 24060, 'E7'), fact('fixed-wireless', 'closing', 24060, 'F8')]),
    );
    expect(issues[0]).toMatchObject({ cell: 'E7', cells: ['E7', 'F8'] });
  });

  it('leaves round figures alone wherever they sit (1.500, 8.000, 20.000)', () => {
    const issues = checkRepeatedInSubmission(
      submission([
        fact('ftth', 'increase', 1500, 'D9'),
        fact('ftth', 'decrease', 1500, 'E9'),
        fact('mobile-prepaid', 'increase', 8000, 'D10'),
        fact('mobile-postpaid', 'increase', 8000, 'D11'),
        fact('telecom-revenue', 'flow', 20000, 'F12'),
        fact('broadband-xdsl', 'closing', 20000, 'F13'),
      ]),
    );
    expect(issues).toEqual([]);
  });

  it('flags a 3- or 4-digit figure only where a copy slip lands: the same row, or touching', () => {
    const far = submission([fact('ftth', 'increase', 1250, 'D9'), fact('mobile-prepaid', 'decrease', 1250, 'E14')]);
    expect(checkRepeatedInSubmission(far)).toEqual([]);
    const touching = submission([
      fact('ftth', 'increase', 1250, 'D9'),
      fact('mobile-prepaid', 'decrease', 1250, 'E10'),
    ]);
    expect(checkRepeatedInSubmission(touching)).toHaveLength(1);
    const sameRow = submission([fact('ftth', 'increase', 1250, 'D9'), fact('ftth', 'decrease', 1250, 'H9')]);
    expect(checkRepeatedInSubmission(sameRow)).toHaveLength(1);
    const sameColumnFar = submission([
      fact('ftth', 'increase', 1250, 'D9'),
      fact('mobile-prepaid', 'increase', 1250, 'D14'),
    ]);
    expect(checkRepeatedInSubmission(sameColumnFar)).toEqual([]);
    const otherSheet = submission([
      fact('ftth', 'increase', 1250, 'D9'),
      baseFact({
        indicator: 'ftth',
        measure: 'closing',
        value: 1250,
        period: '9T/2015',
        source: { file: 'vnpt.xlsx', sheet: 'Q3', cell: 'D10' },
      }),
    ]);
    expect(checkRepeatedInSubmission(otherSheet)).toEqual([]);
  });

  it('flags a figure of 5 or more significant digits wherever its copies sit, one of 3–4 only near', () => {
    const far = (value: number) =>
      checkRepeatedInSubmission(
        submission([fact('mobile-prepaid', 'increase', value, 'D10'), fact('money-orders', 'flow', value, 'K40')]),
      );
    expect(far(133638)).toHaveLength(1);
    expect(far(24061)).toHaveLength(1);
    expect(far(2907)).toEqual([]);
    expect(far(24060)).toEqual([]);
  });

  it("accepts a stock that did not move: its opening, closing or last year's closing alike", () => {
    const issues = checkRepeatedInSubmission(
      submission([
        fact('ftth', 'opening', 13450, 'D9'),
        fact('ftth', 'closing', 13450, 'G9', '9T/2014'),
        fact('broadband-xdsl', 'closing', 24817, 'G8'),
        fact('broadband-xdsl', 'closing', 24817, 'H8', '9T/2014'),
      ]),
    );
    expect(issues).toEqual([]);
    // …but a stock level equal to another indicator's is a repeat
    const copied = checkRepeatedInSubmission(
      submission([fact('ftth', 'closing', 13450, 'G9'), fact('broadband-xdsl', 'closing', 13450, 'G8')]),
    );
    expect(copied).toHaveLength(1);
  });

  it('tells the table check which figures it already flagged', () => {
    const vnpt = submission([
      fact('fixed-wired', 'increase', 2907, 'D7'),
      fact('fixed-wired', 'closing', 2907, 'F7'),
      fact('ftth', 'increase', 1500, 'D9'),
      fact('ftth', 'decrease', 1500, 'E9'),
    ]);
    expect([...repeatedInSubmissions([vnpt])]).toEqual([2907]);
  });

  it('draws the lines exactly: 100 and up, 3 significant digits, touching means one row and one column apart', () => {
    const pair = (value: number, a: string, b: string) =>
      checkRepeatedInSubmission(
        submission([fact('ftth', 'increase', value, a), fact('mobile-prepaid', 'decrease', value, b)]),
      ).length;
    expect(pair(123, 'D9', 'E10')).toBe(1);
    expect(pair(12.3, 'D9', 'E10')).toBe(0); // below 100
    expect(pair(120, 'D9', 'E10')).toBe(0); // 2 significant digits
    expect(pair(1234, 'D9', 'F10')).toBe(0); // a row apart but two columns
    expect(pair(1234, 'D9', 'D11')).toBe(0); // a column, two rows apart
    expect(pair(1234, 'D9', 'C8')).toBe(1);
    expect(pair(1234, '$D$9', 'E$10')).toBe(1);
    expect(pair(12345, 'D9', 'Z99')).toBe(1);
  });
});

describe('checkRepeatedInSubmission: which copies are named', () => {
  const at = (cell: string) => ({ file: 'vnpt.xlsx', sheet: 'VNPT', cell });
  const cells = (facts: Fact[]) =>
    checkRepeatedInSubmission(baseSubmission({ facts, rows: 20 })).flatMap((i) => i.cells ?? [i.cell]);

  it('names a figure of five digits or more wherever its copies are, far apart', () => {
    expect(
      cells([
        baseFact({ indicator: 'ftth', measure: 'increase', value: 123456, source: at('D7') }),
        baseFact({ indicator: 'mobile-prepaid', measure: 'decrease', value: 123456, source: at('E20') }),
      ]),
    ).toEqual(['D7', 'E20']);
  });

  it("names a stock's levels equal to each other once another indicator repeats them, and all three cells", () => {
    expect(
      cells([
        baseFact({ indicator: 'ftth', measure: 'opening', value: 123456, source: at('C9') }),
        baseFact({ indicator: 'ftth', measure: 'closing', value: 123456, source: at('F9') }),
        baseFact({ indicator: 'mobile-prepaid', measure: 'closing', value: 123456, source: at('F15') }),
      ]).sort(),
    ).toEqual(['C9', 'F15', 'F9']);
  });

  it('names both copies of a figure of three or four digits side by side in one row, and not copies far apart', () => {
    expect(
      cells([
        baseFact({ indicator: 'fixed-wired', measure: 'increase', value: 2907, source: at('D7') }),
        baseFact({ indicator: 'fixed-wired', measure: 'decrease', value: 2907, source: at('E7') }),
        baseFact({ indicator: 'ftth', measure: 'increase', value: 4321, source: at('D9') }),
        baseFact({ indicator: 'ftth', measure: 'decrease', value: 4321, source: at('E19') }),
      ]).sort(),
    ).toEqual(['D7', 'E7']);
  });
});

describe('checkRepeatedInSubmission: cost', () => {
  it('looks at each figure a bounded number of times when a thousand cells hold one figure (it compared each with every other)', () => {
    const measure = countReads<Fact>('measure');
    // One stock's level written down a column of districts: honest copies, none worth a look.
    const facts = Array.from({ length: 1000 }, (_, r) =>
      measure.wrap(
        baseFact({
          indicator: 'ftth',
          measure: 'closing',
          value: 123456,
          source: { file: 'a.xlsx', sheet: 'BC', cell: `F${r + 7}` },
        }),
      ),
    );
    expect(checkRepeatedInSubmission(baseSubmission({ facts, rows: 1000 }))).toEqual([]);
    expect(measure.reads()).toBeLessThanOrEqual(10 * facts.length);
  });
});
