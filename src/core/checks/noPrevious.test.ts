import { aggregate } from '../compute/aggregate';
import { lastYearFromHistory, TOTAL_ENTERPRISE } from '../history';
import type { Fact } from '../model';
import { fact as baseFact } from '../../../test/support/fixtures';
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

  it('does not warn when last year came whole from a previous report (a province total)', () => {
    const thisYear = [
      fact('VNPost', 'express', '9T/2016', 5),
      fact('EMS', 'express', '9T/2016', 7),
      fact('Viettel Post', 'express', '9T/2016', 9),
    ];
    const reportTotal = fact(TOTAL_ENTERPRISE, 'express', '9T/2015', 18);
    const { facts } = lastYearFromHistory(thisYear, [reportTotal], '9T/2016', 'vi');
    const totals = aggregate(facts, '9T/2016');
    expect(totals.indicators[0].previous).toBe(18);
    expect(checkNoPrevious(totals)).toEqual([]);
  });

  it("still warns when enterprises' own history lacks one of them (no total to fall back on)", () => {
    const thisYear = [fact('VNPost', 'express', '9T/2016', 5), fact('EMS', 'express', '9T/2016', 7)];
    const ownHistory = fact('VNPost', 'express', '9T/2015', 4);
    const { facts } = lastYearFromHistory(
      thisYear,
      [ownHistory, fact(TOTAL_ENTERPRISE, 'express', '9T/2015', 18)],
      '9T/2016',
      'vi',
    );
    const issues = checkNoPrevious(aggregate(facts, '9T/2016'));
    expect(issues.map((i) => [i.code, i.enterprise])).toEqual([['partial-previous', 'EMS']]);
  });

  it('does not warn about an enterprise that reports nothing (0) this year', () => {
    const issues = checkNoPrevious(
      aggregate(
        [
          fact('VNPost', 'express', '9T/2015', 5),
          fact('VNPost', 'express', '9T/2014', 4),
          fact('EMS', 'express', '9T/2015', 0),
        ],
        '9T/2015',
      ),
    );
    expect(issues).toEqual([]);
  });
});
