import { fact } from '../../../test/support/fixtures';
import { TOTAL_ENTERPRISE } from './previousReport';
import { lastYearFromHistory } from './lastYear';

const history = { file: 'lich-su.csv', sheet: '', cell: '' };

describe('lastYearFromHistory', () => {
  const vnpt2016 = [
    fact({ indicator: 'ftth', period: '9T/2016', value: 30000 }),
    fact({ indicator: 'telecom-revenue', measure: 'flow', period: '9T/2016', value: 900 }),
    fact({ indicator: 'mobile-prepaid', period: '9T/2016', value: 500 }),
    fact({ indicator: 'mobile-prepaid', period: '9T/2015', value: 400 }), // the submission's own "cùng kỳ"
  ];
  const stored = [
    fact({ indicator: 'ftth', period: '9T/2015', value: 11362, source: { ...history, cell: 'F2' } }),
    fact({ indicator: 'mobile-prepaid', period: '9T/2015', value: 999, source: { ...history, cell: 'F3' } }),
    fact({ indicator: 'ftth', period: '9T/2014', value: 1, source: { ...history, cell: 'F4' } }),
    fact({
      enterprise: TOTAL_ENTERPRISE,
      indicator: 'telecom-revenue',
      measure: 'flow',
      period: '9T/2015',
      value: 2466410,
      source: { ...history, cell: 'G9' },
    }),
  ];

  it("takes an enterprise's stored figure only where its submission lacks last year's", () => {
    const { facts } = lastYearFromHistory(vnpt2016, stored, '9T/2016', 'vi');
    const lastYear = facts.filter((f) => f.period === '9T/2015');
    expect(lastYear.find((f) => f.indicator === 'ftth')).toMatchObject({ value: 11362, origin: 'history' });
    // The submission's own 400 wins over the stored 999.
    expect(lastYear.filter((f) => f.indicator === 'mobile-prepaid').map((f) => f.value)).toEqual([400]);
    expect(facts.some((f) => f.period === '9T/2014')).toBe(false);
  });

  it("uses last year's report total for an indicator no enterprise has, and says where each came from", () => {
    const { facts, issues } = lastYearFromHistory(vnpt2016, stored, '9T/2016', 'en');
    expect(facts.find((f) => f.indicator === 'telecom-revenue' && f.period === '9T/2015')).toMatchObject({
      enterprise: TOTAL_ENTERPRISE,
      value: 2466410,
    });
    expect(issues.map((i) => [i.code, i.cell])).toEqual([
      ['from-history', 'F2'],
      ['from-history-total', 'G9'],
    ]);
    expect(issues[1].message).toContain('2,466,410');
  });

  it('adds nothing when history is empty', () => {
    const { facts, issues } = lastYearFromHistory(vnpt2016, [], '9T/2016', 'vi');
    expect(facts).toEqual(vnpt2016);
    expect(issues).toEqual([]);
  });
});
