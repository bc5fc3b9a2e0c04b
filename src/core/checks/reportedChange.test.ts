import { aggregate } from '../compute/aggregate';
import type { Fact } from '../model';
import { checkReportedChanges } from './reportedChange';

function facts(current: number, previous: number, reported: number, enterprise = 'Viettel'): Fact[] {
  const base = { enterprise, sector: 'telecom' as const, indicator: 'mobile-prepaid' as const };
  const at = (cell: string) => ({ file: 'v.xlsx', sheet: enterprise, cell });
  return [
    { ...base, measure: 'closing', period: '9T/2015', value: current, source: at('F9') },
    { ...base, measure: 'closing', period: '9T/2014', value: previous, source: at('G9') },
    { ...base, measure: 'reportedChange', period: '9T/2015', value: reported, source: at('H9') },
  ];
}

const check = (f: Fact[]) => checkReportedChanges(aggregate(f, '9T/2015'), 'vi');

describe('checkReportedChanges', () => {
  it.each([
    ['a change', -0.28],
    ['a change rounded to a whole percent', -0.284],
    ['a ratio (bằng 72%)', 0.72],
    ['an index (năm trước = 100)', 72],
    ['an index within a point', 72.9],
  ])('accepts %s', (_, reported) => expect(check(facts(720, 1000, reported))).toEqual([]));

  it('warns when no reading matches, at the enterprise’s percentage cell', () => {
    const issues = check(facts(720, 1000, 0.25));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      code: 'reported-change-differs',
      severity: 'warning',
      cell: 'H9',
      enterprise: 'Viettel',
    });
    expect(issues[0].message).toContain('-28%');
  });

  it('warns when off by more than one point', () => {
    expect(check(facts(720, 1000, -0.295))).toHaveLength(1);
    expect(check(facts(720, 1000, -0.29))).toHaveLength(0);
  });

  it('cannot check without last year', () => {
    expect(check(facts(720, 1000, 5).filter((f) => f.period !== '9T/2014'))).toEqual([]);
  });
});
