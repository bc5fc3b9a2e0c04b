import type { Fact } from '../model';
import { fact as baseFact } from '../../../test/support/fixtures';
import { aggregate } from './aggregate';

const cell = (c: string, sheet = 'VNPT') => ({ file: 'a.xlsx', sheet, cell: c });
let row = 0;
function fact(
  enterprise: string,
  indicator: Fact['indicator'],
  measure: Fact['measure'],
  period: string,
  value: number,
): Fact {
  return baseFact({ enterprise, indicator, measure, period, value, source: cell(`D${++row}`, enterprise) });
}

describe('aggregate', () => {
  const facts: Fact[] = [
    fact('VNPT', 'ftth', 'opening', '9T/2015', 5000),
    fact('VNPT', 'ftth', 'increase', '9T/2015', 20000),
    fact('VNPT', 'ftth', 'decrease', '9T/2015', 5000),
    fact('VNPT', 'ftth', 'closing', '9T/2015', 20000),
    fact('VNPT', 'ftth', 'closing', '9T/2014', 5000),
    fact('VNPT', 'ftth', 'reportedChange', '9T/2015', 3),
    fact('Viettel', 'ftth', 'increase', '9T/2015', 3346),
    fact('Viettel', 'ftth', 'decrease', '9T/2015', 1552),
    fact('Viettel', 'ftth', 'closing', '9T/2015', 5126),
    fact('Viettel', 'ftth', 'closing', '9T/2014', 1297),
    fact('Viettel', 'ftth', 'closing', '6T/2015', 999999), // another period: ignored
    fact('VNPT', 'telecom-revenue', 'flow', '9T/2015', 1000.1),
    fact('Viettel', 'telecom-revenue', 'flow', '9T/2015', 0.2),
    fact('VNPT', 'telecom-revenue', 'flow', '9T/2014', 600),
    fact('VNPost', 'letter-post', 'increase', '9T/2015', 1234), // a flow stated as an increase
    fact('VNPost', 'letter-post', 'flow', '9T/2014', 1000),
  ];
  const totals = aggregate(facts, '9T/2015');
  const ftth = totals.indicators.find((t) => t.indicator === 'ftth')!;

  it('knows the period and the same period last year', () => {
    expect(totals.period).toBe('9T/2015');
    expect(totals.previousPeriod).toBe('9T/2014');
    expect(totals.indicators.map((t) => t.indicator)).toEqual(['ftth', 'telecom-revenue', 'letter-post']);
  });

  it('sums a stock over enterprises: increase, decrease, closing and last year’s closing', () => {
    expect(ftth).toMatchObject({
      sector: 'telecom',
      kind: 'stock',
      increase: 23346,
      decrease: 6552,
      current: 25126,
      previous: 6297,
    });
    // only VNPT states an opening
    expect(ftth.opening).toBe(5000);
    expect(ftth.sources.current).toEqual([facts[3].source, facts[8].source]);
    expect(ftth.sources.previous).toEqual([facts[4].source, facts[9].source]);
  });

  it('keeps each enterprise’s part with its own cells and reported percentage', () => {
    expect(ftth.enterprises.map((e) => e.enterprise)).toEqual(['VNPT', 'Viettel']);
    const vnpt = ftth.enterprises[0];
    expect(vnpt).toMatchObject({
      opening: 5000,
      increase: 20000,
      decrease: 5000,
      current: 20000,
      previous: 5000,
      reportedChange: 3,
    });
    expect(vnpt.sources.reportedChange).toEqual([facts[5].source]);
    expect(ftth.enterprises[1].current).toBe(5126);
    expect(ftth.enterprises[1].opening).toBeNull();
  });

  it('sums flows without float noise and leaves increase/decrease empty', () => {
    const revenue = totals.indicators.find((t) => t.indicator === 'telecom-revenue')!;
    expect(revenue).toMatchObject({
      kind: 'flow',
      current: 1000.3,
      previous: 600,
      increase: null,
      decrease: null,
      opening: null,
    });
  });

  it('reads a flow stated in an increase column as the flow', () => {
    const letters = totals.indicators.find((t) => t.indicator === 'letter-post')!;
    expect(letters).toMatchObject({ current: 1234, previous: 1000, increase: null });
    expect(letters.sources.current).toEqual([facts[14].source]);
  });

  it('adds two facts of the same enterprise and measure', () => {
    const t = aggregate(
      [fact('A', 'mobile-prepaid', 'closing', 'Q3/2015', 10), fact('A', 'mobile-prepaid', 'closing', 'Q3/2015', 5)],
      'Q3/2015',
    );
    expect(t.previousPeriod).toBe('Q3/2014');
    expect(t.indicators[0].enterprises[0].current).toBe(15);
    expect(t.indicators[0].enterprises[0].sources.current).toHaveLength(2);
  });

  it('works out a missing closing from the identity', () => {
    const t = aggregate(
      [
        fact('A', 'fixed-wired', 'opening', '9T/2015', 100),
        fact('A', 'fixed-wired', 'increase', '9T/2015', 30),
        fact('A', 'fixed-wired', 'decrease', '9T/2015', 10),
      ],
      '9T/2015',
    );
    expect(t.indicators[0].current).toBe(120);
    expect(t.indicators[0].enterprises[0].currentDerived).toBe(true);
    expect(t.indicators[0].enterprises[0].sources.current).toHaveLength(3);
  });

  it('gives no indicators for no facts', () => {
    expect(aggregate([], '2015').indicators).toEqual([]);
  });
});

describe('aggregate cost and bounds', () => {
  const at = (row: number) => ({ file: 'big.xlsx', sheet: 'BC', cell: `F${row}` });
  it('adds up a 50,000-row table in linear time, keeping every source cell', () => {
    const facts = Array.from({ length: 50_000 }, (_, i) => ({
      enterprise: i % 2 ? 'VNPT' : 'Viettel',
      sector: 'telecom' as const,
      indicator: 'ftth' as const,
      measure: 'closing' as const,
      period: '9T/2015',
      value: 1,
      source: at(i + 1),
    }));
    const start = Date.now();
    const totals = aggregate(facts, '9T/2015');
    expect(Date.now() - start).toBeLessThan(1000);
    expect(totals.indicators[0].current).toBe(50_000);
    expect(totals.indicators[0].sources.current).toHaveLength(50_000);
    expect(totals.indicators[0].enterprises.map((e) => e.current)).toEqual([25_000, 25_000]);
  });
  it('never sums into Infinity', () => {
    const huge = (enterprise: string) => ({
      enterprise,
      sector: 'telecom' as const,
      indicator: 'telecom-revenue' as const,
      measure: 'flow' as const,
      period: '9T/2015',
      value: 1.7e308,
      source: at(1),
    });
    const totals = aggregate([huge('A'), huge('B'), { ...huge('C'), value: 1.8e303 }], '9T/2015');
    expect(Number.isFinite(totals.indicators[0].current)).toBe(true);
    expect(totals.indicators[0].enterprises[2].current).toBe(1.8e303);
  });
});

describe('aggregate: what it leaves out and what it falls back on', () => {
  const total = (facts: Fact[], indicator: string) =>
    aggregate(facts, '9T/2015').indicators.find((i) => i.indicator === indicator);

  it('a figure that is not finite is left out, not added', () => {
    const t = total(
      [fact('VNPT', 'ftth', 'closing', '9T/2015', NaN), fact('Viettel', 'ftth', 'closing', '9T/2015', 7)],
      'ftth',
    );
    expect(t?.current).toBe(7);
  });

  it('a flow given as an increase stands for the flow, this year and last, only where no flow is given', () => {
    const t = total(
      [
        fact('EMS', 'express', 'increase', '9T/2015', 300),
        fact('EMS', 'express', 'increase', '9T/2014', 250),
        fact('VNPost', 'express', 'flow', '9T/2015', 1000),
        fact('VNPost', 'express', 'increase', '9T/2015', 999),
      ],
      'express',
    );
    expect(t?.enterprises.map((e) => [e.enterprise, e.current, e.previous])).toEqual([
      ['EMS', 300, 250],
      ['VNPost', 1000, null],
    ]);
  });

  it('a stock given as its closing keeps it; one without a closing is derived, unless that overflows', () => {
    const given = total(
      [
        fact('VNPT', 'ftth', 'opening', '9T/2015', 10),
        fact('VNPT', 'ftth', 'increase', '9T/2015', 5),
        fact('VNPT', 'ftth', 'decrease', '9T/2015', 1),
        fact('VNPT', 'ftth', 'closing', '9T/2015', 99),
      ],
      'ftth',
    );
    expect(given?.enterprises[0]).toMatchObject({ current: 99 });
    expect(given?.enterprises[0].currentDerived).toBeFalsy();
    const derived = total(
      [
        fact('VNPT', 'ftth', 'opening', '9T/2015', 10),
        fact('VNPT', 'ftth', 'increase', '9T/2015', 5),
        fact('VNPT', 'ftth', 'decrease', '9T/2015', 1),
      ],
      'ftth',
    );
    expect(derived?.enterprises[0]).toMatchObject({ current: 14, currentDerived: true });
    const overflow = total(
      [
        fact('VNPT', 'ftth', 'opening', '9T/2015', 1.5e308),
        fact('VNPT', 'ftth', 'increase', '9T/2015', 1.5e308),
        fact('VNPT', 'ftth', 'decrease', '9T/2015', 0),
      ],
      'ftth',
    );
    expect(overflow?.enterprises[0].current).toBeNull();
  });
});
