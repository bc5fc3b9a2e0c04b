import type { Fact, IndicatorId, Measure } from '../model';
import { fact as baseFact } from '../../../test/support/fixtures';
import { fillFromTotals, historyForBuild } from './fillFromTotals';
import { TOTAL_ENTERPRISE } from './previousReport';

const fact = (enterprise: string, indicator: IndicatorId, measure: Measure, period: string, value: number): Fact =>
  baseFact({
    enterprise,
    indicator,
    measure,
    period,
    value,
    source: { file: `${enterprise}.xlsx`, sheet: 'Biểu', cell: 'H9' },
  });

describe('fillFromTotals', () => {
  const thisYear = [
    fact('VNPT', 'ftth', 'closing', '9T/2015', 20000),
    fact('Viettel', 'ftth', 'closing', '9T/2015', 5126),
    fact('VNPT', 'telecom-revenue', 'flow', '9T/2015', 2000000),
    fact('VNPT', 'telecom-revenue', 'flow', '9T/2014', 1400000),
  ];
  const history = [
    fact(TOTAL_ENTERPRISE, 'ftth', 'increase', '9T/2014', 5000),
    fact(TOTAL_ENTERPRISE, 'ftth', 'closing', '9T/2014', 6297),
    fact(TOTAL_ENTERPRISE, 'telecom-revenue', 'flow', '9T/2014', 1485790),
    fact(TOTAL_ENTERPRISE, 'postal-revenue', 'flow', '9T/2014', 64427),
    fact(TOTAL_ENTERPRISE, 'ftth', 'closing', '9T/2013', 100),
  ];

  it("takes last year's total for an indicator no enterprise has a figure for, and says so", () => {
    const { facts, issues } = fillFromTotals(thisYear, history, '9T/2015', '9T/2014', 'vi');
    expect(facts.slice(thisYear.length)).toEqual([{ ...history[1], origin: 'history' }]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: 'info', code: 'from-history-total', indicator: 'ftth', cell: 'H9' });
    expect(issues[0].message).toBe(
      'Thuê bao FTTH: không doanh nghiệp nào có số cùng kỳ 9T/2014; lấy tổng 6.297 từ báo cáo 9T/2014 đã lưu',
    );
    expect(fillFromTotals(thisYear, history, '9T/2015', '9T/2014', 'en').issues[0].message).toBe(
      'FTTH subscriptions: no enterprise has a figure for 9T/2014; took the total 6,297 from the stored 9T/2014 report',
    );
  });

  it("never mixes a total with enterprises' own figures for last year, nor adds indicators with nothing this year", () => {
    const { facts } = fillFromTotals(thisYear, history, '9T/2015', '9T/2014', 'vi');
    expect(
      facts.filter((f) => f.indicator === 'telecom-revenue' && f.period === '9T/2014').map((f) => f.enterprise),
    ).toEqual(['VNPT']);
    expect(facts.some((f) => f.indicator === 'postal-revenue')).toBe(false);
  });

  it("ignores per-enterprise history (that is the build's own fallback)", () => {
    const { facts } = fillFromTotals(
      thisYear,
      [fact('VNPT', 'ftth', 'closing', '9T/2014', 6000)],
      '9T/2015',
      '9T/2014',
      'vi',
    );
    expect(facts).toEqual(thisYear);
  });
});

describe('historyForBuild', () => {
  it("adds last year's 9 months up from monthly builds kept in history", () => {
    const months = [...Array(9)].map((_, i) =>
      fact('VNPT', 'telecom-revenue', 'flow', `T${i + 1}/2014`, 100 * (i + 1)),
    );
    const added = historyForBuild(months, '9T/2015').slice(months.length);
    expect(added.map((f) => [f.enterprise, f.period, f.value])).toEqual([['VNPT', '9T/2014', 4500]]);
  });

  it("adds nothing for an enterprise whose history already holds last year's period", () => {
    const kept = [
      fact('VNPT', 'telecom-revenue', 'flow', '9T/2014', 1),
      ...[1, 2, 3].map((q) => fact('VNPT', 'telecom-revenue', 'flow', `Q${q}/2014`, 10)),
    ];
    expect(historyForBuild(kept, '9T/2015')).toEqual(kept);
    expect(historyForBuild(kept, 'not a period')).toEqual(kept);
  });
});

describe('fillFromTotals: which figures count as this year and last year', () => {
  const total = (indicator: IndicatorId, measure: Measure, period: string, value: number) =>
    fact(TOTAL_ENTERPRISE, indicator, measure, period, value);

  it('needs a figure of this very period, not a percentage or another period', () => {
    const history = [total('ftth', 'closing', '9T/2014', 6297), total('telecom-revenue', 'flow', '9T/2014', 1485790)];
    const onlyOthers = [
      fact('VNPT', 'ftth', 'reportedChange', '9T/2015', 0.2),
      fact('VNPT', 'telecom-revenue', 'flow', '6T/2015', 900),
    ];
    expect(fillFromTotals(onlyOthers, history, '9T/2015', '9T/2014', 'vi')).toEqual({ facts: onlyOthers, issues: [] });
  });

  it("takes the total when last year's only figure is a percentage", () => {
    const facts = [
      fact('VNPT', 'ftth', 'closing', '9T/2015', 20000),
      fact('VNPT', 'ftth', 'reportedChange', '9T/2014', 0.3),
    ];
    const { facts: out } = fillFromTotals(
      facts,
      [total('ftth', 'closing', '9T/2014', 6297)],
      '9T/2015',
      '9T/2014',
      'vi',
    );
    expect(out.slice(facts.length).map((f) => [f.enterprise, f.value])).toEqual([[TOTAL_ENTERPRISE, 6297]]);
  });

  it('takes a total of last year only, and one total per indicator', () => {
    const facts = [fact('VNPT', 'ftth', 'closing', '9T/2015', 20000)];
    const history = [
      total('ftth', 'closing', '9T/2013', 100),
      total('ftth', 'closing', '9T/2014', 6297),
      total('ftth', 'closing', '9T/2014', 6300),
    ];
    const { facts: out, issues } = fillFromTotals(facts, history, '9T/2015', '9T/2014', 'en');
    expect(out.slice(facts.length).map((f) => [f.period, f.value])).toEqual([['9T/2014', 6297]]);
    expect(issues).toHaveLength(1);
  });
});

describe('historyForBuild: per enterprise', () => {
  it("adds up one enterprise's months while another's history already holds last year's period", () => {
    const viettel = [1, 2, 3].map((q) => fact('Viettel', 'telecom-revenue', 'flow', `Q${q}/2014`, 10 * q));
    const vnpt = [fact('VNPT', 'telecom-revenue', 'flow', '9T/2014', 1)];
    const added = historyForBuild([...vnpt, ...viettel], '9T/2015').slice(4);
    expect(added.map((f) => [f.enterprise, f.period, f.value])).toEqual([['Viettel', '9T/2014', 60]]);
  });
});

describe('fillFromTotals: several indicators', () => {
  it('takes a total for each indicator that lacks one', () => {
    const facts = [
      fact('VNPT', 'ftth', 'closing', '9T/2015', 20000),
      fact('VNPT', 'telecom-revenue', 'flow', '9T/2015', 2000000),
    ];
    const history = [
      fact(TOTAL_ENTERPRISE, 'ftth', 'closing', '9T/2014', 6297),
      fact(TOTAL_ENTERPRISE, 'telecom-revenue', 'flow', '9T/2014', 1485790),
    ];
    const { facts: out } = fillFromTotals(facts, history, '9T/2015', '9T/2014', 'vi');
    expect(out.slice(facts.length).map((f) => [f.indicator, f.value])).toEqual([
      ['ftth', 6297],
      ['telecom-revenue', 1485790],
    ]);
  });
});
