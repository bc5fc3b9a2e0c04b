import type { Period } from '../model';
import { coverPeriods, describeMissing, months, overlaps } from './cover';

const period = (code: string): Period => {
  const [span, y] = code.split('/');
  const year = Number(y);
  if (span.startsWith('Q')) {
    const q = Number(span.slice(1));
    return { kind: 'quarter', year, startMonth: 3 * q - 2, endMonth: 3 * q, code };
  }
  if (span.endsWith('T')) return { kind: 'months', year, startMonth: 1, endMonth: Number(span.slice(0, -1)), code };
  const m = Number(span.slice(1));
  return { kind: 'month', year, startMonth: m, endMonth: m, code };
};
const codes = (ps: Period[]) => ps.map((p) => p.code);

describe('coverPeriods', () => {
  const nine = period('9T/2015');

  it('covers nine months with nine monthly periods', () => {
    const monthly = months(nine).map((m) => period(`T${m}/2015`));
    const { chosen, missingMonths } = coverPeriods(monthly, nine);
    expect(codes(chosen)).toEqual([
      'T1/2015',
      'T2/2015',
      'T3/2015',
      'T4/2015',
      'T5/2015',
      'T6/2015',
      'T7/2015',
      'T8/2015',
      'T9/2015',
    ]);
    expect(missingMonths).toEqual([]);
  });

  it('prefers fewer, longer periods: 6T plus Q3 over months', () => {
    const available = ['T7/2015', 'T8/2015', 'T9/2015', '6T/2015', 'Q3/2015', 'Q1/2015', 'Q2/2015'].map(period);
    expect(codes(coverPeriods(available, nine).chosen)).toEqual(['6T/2015', 'Q3/2015']);
  });

  it('does not take a long period that leaves a gap when shorter ones cover everything', () => {
    // 6T/2015 followed by nothing for T7 would leave a gap; Q1 + 4..9 months cover all.
    const available = ['6T/2015', 'Q1/2015', 'T4/2015', 'T5/2015', 'T6/2015', 'Q3/2015'].map(period);
    const { chosen, missingMonths } = coverPeriods(available, nine);
    expect(missingMonths).toEqual([]);
    expect(codes(chosen)).toEqual(['6T/2015', 'Q3/2015']);
    const tricky = [
      period('6T/2015'),
      period('Q1/2015'),
      { kind: 'months', year: 2015, startMonth: 4, endMonth: 9, code: 'X' } as Period,
    ];
    expect(codes(coverPeriods(tricky, nine).chosen)).toEqual(['Q1/2015', 'X']);
  });

  it('names the months nothing covers, and ignores periods of other years or beyond the span', () => {
    const available = ['Q1/2015', 'Q2/2015', 'T7/2015', 'T9/2015', 'T8/2014', 'T10/2015'].map(period);
    const { chosen, missingMonths } = coverPeriods(available, nine);
    expect(codes(chosen)).toEqual(['Q1/2015', 'Q2/2015', 'T7/2015', 'T9/2015']);
    expect(missingMonths).toEqual([8]);
  });
});

describe('describeMissing', () => {
  it.each([
    [[7], 2015, true, ['T7/2015']],
    [[7, 8, 9], 2015, true, ['T7/2015', 'T8/2015', 'T9/2015']],
    [[7, 8, 9], 2015, false, ['Q3/2015']],
    [[3, 4, 5, 6], 2016, false, ['T3/2016', 'Q2/2016']],
  ])('%j of %i (monthly %s) → %j', (missing, year, monthly, expected) => {
    expect(describeMissing(missing, year, monthly)).toEqual(expected);
  });
});

describe('overlaps', () => {
  it('sees T7 inside Q3 and not T6', () => {
    expect(overlaps(period('T7/2015'), period('Q3/2015'))).toBe(true);
    expect(overlaps(period('T6/2015'), period('Q3/2015'))).toBe(false);
    expect(overlaps(period('T7/2014'), period('Q3/2015'))).toBe(false);
  });
});

describe('coverPeriods: only periods inside the span, most months first', () => {
  const nine = period('9T/2015');
  const span = (code: string, startMonth: number, endMonth: number): Period => ({
    kind: 'months',
    year: 2015,
    startMonth,
    endMonth,
    code,
  });

  it('does not take a whole year to cover nine months', () => {
    const year = { kind: 'year', year: 2015, startMonth: 1, endMonth: 12, code: '2015' } as Period;
    const { chosen, missingMonths } = coverPeriods([year, ...['Q1/2015', 'Q2/2015', 'Q3/2015'].map(period)], nine);
    expect(codes(chosen)).toEqual(['Q1/2015', 'Q2/2015', 'Q3/2015']);
    expect(missingMonths).toEqual([]);
  });

  it('ignores a period whose start is after its end', () => {
    const backwards = span('5..3', 5, 3);
    const { chosen } = coverPeriods([backwards, ...['T1/2015', 'T2/2015', 'T4/2015', 'T5/2015'].map(period)], nine);
    expect(codes(chosen)).toEqual(['T1/2015', 'T2/2015', 'T4/2015', 'T5/2015']);
  });

  it('covers more months before it uses fewer periods', () => {
    // Q1 alone (3 months) against T2 plus March to September (8 months).
    const { chosen, missingMonths } = coverPeriods([period('Q1/2015'), period('T2/2015'), span('3..9', 3, 9)], nine);
    expect(codes(chosen)).toEqual(['T2/2015', '3..9']);
    expect(missingMonths).toEqual([1]);
  });
});

describe('describeMissing and overlaps at the edges', () => {
  it('sorts the months first, and names a quarter only when all three of its months are missing', () => {
    expect(describeMissing([9, 7, 8], 2015, false)).toEqual(['Q3/2015']);
    expect(describeMissing([9, 7], 2015, true)).toEqual(['T7/2015', 'T9/2015']);
    expect(describeMissing([4, 5], 2015, false)).toEqual(['T4/2015', 'T5/2015']);
  });

  it('sees a month that ends a quarter inside it', () => {
    expect(overlaps(period('T9/2015'), period('Q3/2015'))).toBe(true);
    expect(overlaps(period('Q3/2015'), period('T7/2015'))).toBe(true);
  });
});
