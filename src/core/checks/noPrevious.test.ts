import { aggregate } from '../compute/aggregate';
import type { Fact } from '../model';
import { fact as baseFact } from '../testing/fixtures';
import { checkNoPrevious } from './noPrevious';

const fact = (enterprise: string, indicator: Fact['indicator'], period: string, value: number): Fact =>
  baseFact({
    enterprise,
    indicator,
    measure: 'flow',
    period,
    value,
    source: { file: 'p.xlsx', sheet: enterprise, cell: 'D4' },
  });

describe('checkNoPrevious', () => {
  it('says which indicator has no same-period figure', () => {
    const issues = checkNoPrevious(
      aggregate(
        [
          fact('VNPost', 'parcels', '9T/2015', 100),
          fact('VNPost', 'express', '9T/2015', 5),
          fact('VNPost', 'express', '9T/2014', 4),
        ],
        '9T/2015',
      ),
      'vi',
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: 'info', code: 'no-previous', indicator: 'parcels', cell: '' });
    expect(issues[0].message).toContain('9T/2014');
  });

  it('warns when one enterprise counts this year but not last year', () => {
    const issues = checkNoPrevious(
      aggregate(
        [
          fact('VNPost', 'express', '9T/2015', 5),
          fact('VNPost', 'express', '9T/2014', 4),
          fact('EMS', 'express', '9T/2015', 7),
        ],
        '9T/2015',
      ),
      'en',
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      severity: 'warning',
      code: 'partial-previous',
      enterprise: 'EMS',
      sheet: 'EMS',
      cell: 'D4',
    });
  });

  it('treats a zero last year as no comparison', () => {
    const issues = checkNoPrevious(
      aggregate([fact('A', 'parcels', '9T/2015', 10), fact('A', 'parcels', '9T/2014', 0)], '9T/2015'),
    );
    expect(issues.map((i) => i.code)).toEqual(['no-previous']);
  });
});
