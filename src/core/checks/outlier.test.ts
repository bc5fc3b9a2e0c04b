import { aggregate } from '../compute/aggregate';
import type { Fact } from '../model';
import { fact as baseFact } from '../../../test/support/fixtures';
import { checkOutliers, DEFAULT_OUTLIER_THRESHOLD, formatOutlierThreshold, parseOutlierThreshold } from './outlier';

const fact = (enterprise: string, period: string, value: number, cell: string): Fact =>
  baseFact({
    enterprise,
    indicator: 'express',
    measure: 'flow',
    period,
    value,
    source: { file: 'b.xlsx', sheet: enterprise, cell },
  });

describe('checkOutliers', () => {
  const facts = [
    fact('EMS', '9T/2015', 3100, 'D7'),
    fact('EMS', '9T/2014', 1000, 'E7'), // +210%: beyond +200%
    fact('VNPost', '9T/2015', 3000, 'D7'),
    fact('VNPost', '9T/2014', 1000, 'E7'), // +200%: not beyond
    fact('Viettel Post', '9T/2015', 499, 'D7'),
    fact('Viettel Post', '9T/2014', 1000, 'E7'), // -50.1%
    fact('Kerry', '9T/2015', 500, 'D7'),
    fact('Kerry', '9T/2014', 1000, 'E7'), // -50%: not beyond
    fact('Nhất Tín', '9T/2015', 500, 'D7'), // no last year: nothing to say
  ];

  it('flags changes beyond +200% or below −50% per enterprise, at the current cell', () => {
    const issues = checkOutliers(aggregate(facts, '9T/2015'), 'vi');
    expect(issues.map((i) => i.enterprise)).toEqual(['EMS', 'Viettel Post']);
    expect(issues[0]).toMatchObject({
      code: 'outlier',
      severity: 'warning',
      sheet: 'EMS',
      cell: 'D7',
      indicator: 'express',
    });
    expect(issues[0].message).toContain('210%');
  });

  it('takes another threshold', () => {
    const issues = checkOutliers(aggregate(facts, '9T/2015'), 'en', { above: 1, below: -0.2 });
    expect(issues.map((i) => i.enterprise)).toEqual(['EMS', 'VNPost', 'Viettel Post', 'Kerry']);
    expect(issues[0].message).toMatch(/same period/);
  });
});

describe('parseOutlierThreshold', () => {
  it.each([
    ['200%,-50%', { above: 2, below: -0.5 }],
    ['200,-50', { above: 2, below: -0.5 }],
    ['+150% ; −30%', { above: 1.5, below: -0.3 }],
    ['300% / -60%', { above: 3, below: -0.6 }],
    ['37,5%,-20%', { above: 0.375, below: -0.2 }],
    ['100%, -37,5%', { above: 1, below: -0.375 }],
  ])('%p → %p', (text, threshold) => {
    expect(parseOutlierThreshold(text)).toEqual(threshold);
  });

  it.each(['', '200%', '-50%,200%', '200%,-150%', '0%,-50%', 'abc,-50%', '200%,-50%,10%', '200%,50%'])(
    'refuses %p',
    (text) => {
      expect(parseOutlierThreshold(text)).toBeNull();
    },
  );

  it('reads back what formatOutlierThreshold writes', () => {
    for (const threshold of [DEFAULT_OUTLIER_THRESHOLD, { above: 0.375, below: -0.125 }]) {
      expect(parseOutlierThreshold(formatOutlierThreshold(threshold))).toEqual(threshold);
    }
    expect(formatOutlierThreshold(DEFAULT_OUTLIER_THRESHOLD)).toBe('200%,-50%');
  });
});
