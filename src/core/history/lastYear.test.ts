import { fact } from '../../../test/support/fixtures';
import { TOTAL_ENTERPRISE } from './previousReport';
import { fillFromHistory, lastYearFromHistory } from './lastYear';
import { countReads } from '../../../test/support/countReads';

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

describe('lastYearFromHistory: which stored figures are used, and what it says', () => {
  const stored = (fields: Parameters<typeof fact>[0]) =>
    fact({ period: '9T/2015', source: { ...history, cell: 'F2' }, ...fields });

  it('says which enterprise and indicator a stored figure is for, in both languages', () => {
    const submission = [fact({ indicator: 'ftth', period: '9T/2016', value: 30000 })];
    const kept = [stored({ indicator: 'ftth', value: 11362 })];
    const vi = lastYearFromHistory(submission, kept, '9T/2016', 'vi').issues;
    expect(vi).toEqual([
      {
        severity: 'info',
        code: 'from-history',
        message: 'VNPT – Thuê bao FTTH: báo cáo không có số cùng kỳ 9T/2015; lấy 11.362 từ số liệu đã lưu',
        file: 'lich-su.csv',
        sheet: '',
        cell: 'F2',
        enterprise: 'VNPT',
        indicator: 'ftth',
      },
    ]);
    expect(lastYearFromHistory(submission, kept, '9T/2016', 'en').issues[0].message).toBe(
      'VNPT – FTTH subscriptions: the submission has no figure for 9T/2015; took 11,362 from the stored history',
    );
  });

  it("matches the enterprise's name whatever its case and spaces, and writes the submission's spelling", () => {
    const submission = [
      fact({ enterprise: 'Viettel', indicator: 'ftth', period: '9T/2016', value: 1 }),
      fact({ enterprise: 'VNPT Quảng Ninh', indicator: 'ftth', period: '9T/2016', value: 2 }),
    ];
    const kept = [stored({ enterprise: ' vnpt quảng ninh ', indicator: 'ftth', value: 11362 })];
    const { facts } = lastYearFromHistory(submission, kept, '9T/2016', 'vi');
    expect(facts.filter((f) => f.period === '9T/2015').map((f) => [f.enterprise, f.value])).toEqual([
      ['VNPT Quảng Ninh', 11362],
    ]);
  });

  it("needs this period's own figure, not a percentage or another period, and not last year's percentage", () => {
    const kept = [stored({ indicator: 'ftth', value: 11362 })];
    const others = [
      fact({ indicator: 'ftth', measure: 'reportedChange', period: '9T/2016', value: 0.2 }),
      fact({ indicator: 'ftth', period: '6T/2016', value: 5 }),
    ];
    expect(lastYearFromHistory(others, kept, '9T/2016', 'vi').issues).toEqual([]);
    const percentOnly = [
      fact({ indicator: 'ftth', period: '9T/2016', value: 30000 }),
      fact({ indicator: 'ftth', measure: 'reportedChange', period: '9T/2015', value: 0.3 }),
    ];
    expect(lastYearFromHistory(percentOnly, kept, '9T/2016', 'vi').issues.map((i) => i.code)).toEqual(['from-history']);
  });

  it("takes one figure per measure, of last year only, a stock's closing and no other measure, and a finite one", () => {
    const submission = [fact({ indicator: 'ftth', period: '9T/2016', value: 30000 })];
    const kept = [
      stored({ indicator: 'ftth', period: '9T/2014', value: 1 }),
      stored({ indicator: 'ftth', measure: 'increase', value: 500 }),
      stored({ indicator: 'ftth', value: Number.NaN }),
      stored({ indicator: 'ftth', value: 11362 }),
      stored({ indicator: 'ftth', value: 11363 }),
    ];
    const { facts } = lastYearFromHistory(submission, kept, '9T/2016', 'vi');
    expect(facts.filter((f) => f.period !== '9T/2016').map((f) => [f.period, f.measure, f.value])).toEqual([
      ['9T/2015', 'closing', 11362],
    ]);
  });

  it('keeps only the facts of this period and last year', () => {
    const submission = [
      fact({ indicator: 'ftth', period: '9T/2016', value: 30000 }),
      fact({ indicator: 'ftth', period: 'T9/2016', value: 29000 }),
    ];
    expect(lastYearFromHistory(submission, [], '9T/2016', 'vi').facts).toEqual([submission[0]]);
  });
});

describe('fillFromHistory on its own', () => {
  it("counts only this period's figures as this year's, whatever other periods the facts hold", () => {
    const facts = [fact({ indicator: 'ftth', period: '6T/2016', value: 5 })];
    const kept = [fact({ indicator: 'ftth', period: '9T/2015', value: 11362, source: { ...history, cell: 'F2' } })];
    expect(fillFromHistory(facts, kept, '9T/2016', '9T/2015', 'vi')).toEqual({ facts, issues: [] });
  });

  it("counts only last year's same period as last year's: a month of last year does not stop history filling it", () => {
    const facts = [
      fact({ indicator: 'ftth', period: '9T/2016', value: 5 }),
      fact({ indicator: 'ftth', period: 'T9/2015', value: 4 }),
    ];
    const kept = [fact({ indicator: 'ftth', period: '9T/2015', value: 11362, source: { ...history, cell: 'F2' } })];
    const filled = fillFromHistory(facts, kept, '9T/2016', '9T/2015', 'vi').facts;
    expect(filled.filter((f) => f.origin === 'history').map((f) => [f.period, f.value])).toEqual([['9T/2015', 11362]]);
  });

  it('writes the enterprise as its first figure spells it, when the submissions spell it two ways', () => {
    const facts = [
      fact({ enterprise: 'VNPT Quảng Ninh', indicator: 'ftth', period: '9T/2016', value: 5 }),
      fact({ enterprise: 'vnpt quảng ninh', indicator: 'ftth', measure: 'opening', period: '9T/2016', value: 4 }),
    ];
    const kept = [
      fact({
        enterprise: 'VNPT QUẢNG NINH',
        indicator: 'ftth',
        period: '9T/2015',
        value: 11362,
        source: { ...history, cell: 'F2' },
      }),
    ];
    const filled = fillFromHistory(facts, kept, '9T/2016', '9T/2015', 'vi').facts;
    expect(filled.filter((f) => f.origin === 'history').map((f) => f.enterprise)).toEqual(['VNPT Quảng Ninh']);
  });
});

describe('fillFromHistory: cost', () => {
  it('looks at each submitted figure a bounded number of times however many enterprises history fills (it searched every figure for each one)', () => {
    // 400 enterprises, none with last year's figure in its submission, all of them in history.
    const indicators = ['ftth', 'fixed-wired', 'mobile-prepaid', 'mobile-postpaid', 'broadband-xdsl'] as const;
    const enterprise = countReads<ReturnType<typeof fact>>('enterprise');
    const submitted = [];
    const stored = [];
    for (let e = 0; e < 400; e++) {
      for (const indicator of indicators) {
        submitted.push(enterprise.wrap(fact({ enterprise: `DN ${e}`, indicator, period: '9T/2016', value: 100 + e })));
        stored.push(fact({ enterprise: `DN ${e}`, indicator, period: '9T/2015', value: e }));
      }
    }
    const { facts } = fillFromHistory(submitted, stored, '9T/2016', '9T/2015', 'vi');
    expect(facts.filter((f) => f.origin === 'history')).toHaveLength(2000);
    expect(
      facts.find((f) => f.origin === 'history' && f.indicator === 'broadband-xdsl' && f.value === 399)?.enterprise,
    ).toBe('DN 399');
    expect(enterprise.reads()).toBeLessThanOrEqual(3 * submitted.length);
  });
});
