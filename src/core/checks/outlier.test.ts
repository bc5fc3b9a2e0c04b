import { aggregate } from '../compute/aggregate';
import type { Fact } from '../model';
import { fact as baseFact } from '../testing/fixtures';
import { checkOutliers } from './outlier';

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
