import { indicatorById } from '../catalogue';
import { aggregate } from '../compute/aggregate';
import type { Fact, IndicatorId, Measure, Sector } from '../model';
import { periodFromCode } from '../periods';
import { buildStandardTables } from '../tables/buildStandardTables';
import { cumulate } from './cumulate';

/**
 * A province's month-by-month figures, 2014 and 2015, from which monthly, quarterly, "6 tháng"
 * and 9-month submissions are all cut, so each way of building 9T/2015 can be compared.
 */
interface Series {
  enterprise: string;
  sector: Sector;
  stocks: { indicator: IndicatorId; opening: number; increase: number[]; decrease: number[] }[];
  flows: { indicator: IndicatorId; values: number[] }[];
}

const month = (m: number, seed: number) => 100 + ((m * 37 + seed * 11) % 90);
const series = (year: number): Series[] => [
  {
    enterprise: 'VNPT',
    sector: 'telecom',
    stocks: [
      {
        indicator: 'ftth',
        opening: 2000 + year,
        increase: [...Array(12)].map((_, i) => month(i + 1, year) * 3),
        decrease: [...Array(12)].map((_, i) => month(i + 1, year + 1)),
      },
      {
        indicator: 'fixed-wired',
        opening: 30000,
        increase: [...Array(12)].map((_, i) => month(i + 1, 3)),
        decrease: [...Array(12)].map((_, i) => month(i + 1, 4) * 2),
      },
    ],
    flows: [{ indicator: 'telecom-revenue', values: [...Array(12)].map((_, i) => month(i + 1, year) * 1000 + 0.5) }],
  },
  {
    enterprise: 'Viettel',
    sector: 'telecom',
    stocks: [
      {
        indicator: 'ftth',
        opening: 500,
        increase: [...Array(12)].map((_, i) => month(i + 1, 7)),
        decrease: [...Array(12)].map((_, i) => month(i + 1, 8) / 2),
      },
    ],
    flows: [{ indicator: 'telecom-revenue', values: [...Array(12)].map((_, i) => month(i + 1, 9) * 700) }],
  },
  {
    enterprise: 'VNPost',
    sector: 'postal',
    stocks: [],
    flows: [
      { indicator: 'letter-post', values: [...Array(12)].map((_, i) => month(i + 1, year + 2) * 10) },
      { indicator: 'postal-revenue', values: [...Array(12)].map((_, i) => month(i + 1, 5) * 9) },
    ],
  },
];

const sum = (xs: number[], from: number, to: number) => xs.slice(from - 1, to).reduce((a, b) => a + b, 0);

/** The facts an enterprise's sheet for months from..to of `year` holds (with last year's closing/flow as "cùng kỳ"). */
function sheetFacts(s: Series, code: string, from: number, to: number, year: number, lastYear: Series): Fact[] {
  const at = { file: `${s.enterprise}-${code.replace('/', '-')}.xlsx`, sheet: 'BC', cell: 'D5' };
  const previousCode = code.replace(String(year), String(year - 1));
  const f = (indicator: IndicatorId, measure: Measure, period: string, value: number): Fact => ({
    enterprise: s.enterprise,
    sector: s.sector,
    indicator,
    measure,
    period,
    value,
    source: at,
  });
  const out: Fact[] = [];
  s.stocks.forEach((st, i) => {
    const prev = lastYear.stocks[i];
    const closing = (x: typeof st, m: number) => x.opening + sum(x.increase, 1, m) - sum(x.decrease, 1, m);
    out.push(f(st.indicator, 'increase', code, sum(st.increase, from, to)));
    out.push(f(st.indicator, 'decrease', code, sum(st.decrease, from, to)));
    out.push(f(st.indicator, 'closing', code, closing(st, to)));
    out.push(f(st.indicator, 'opening', code, closing(st, from - 1)));
    out.push(f(st.indicator, 'closing', previousCode, closing(prev, to)));
    out.push(f(st.indicator, 'reportedChange', code, 0.1));
  });
  s.flows.forEach((fl, i) => {
    out.push(f(fl.indicator, 'flow', code, sum(fl.values, from, to)));
    out.push(f(fl.indicator, 'flow', previousCode, sum(lastYear.flows[i].values, from, to)));
  });
  return out;
}

const y2015 = series(2015);
const y2014 = series(2014);
const sheets = (spans: [string, number, number][]) =>
  y2015.flatMap((s, i) => spans.flatMap(([code, from, to]) => sheetFacts(s, code, from, to, 2015, y2014[i])));

const monthly = sheets([...Array(9)].map((_, i) => [`T${i + 1}/2015`, i + 1, i + 1] as [string, number, number]));
const quarterly = sheets([
  ['Q1/2015', 1, 3],
  ['Q2/2015', 4, 6],
  ['Q3/2015', 7, 9],
]);
const halfAndQuarter = sheets([
  ['6T/2015', 1, 6],
  ['Q3/2015', 7, 9],
]);
const nineMonths = sheets([['9T/2015', 1, 9]]);

const nine = periodFromCode('9T/2015');
const nineLastYear = periodFromCode('9T/2014');

/** The standard tables from facts of 9T/2015 and 9T/2014, as build() makes them. */
const tablesOf = (facts: Fact[]) => buildStandardTables(aggregate(facts, '9T/2015'), '9T/2015', { locale: 'vi' });
/** Both this year's and last year's 9-month facts, added up from shorter sheets. */
const cumulated = (facts: Fact[]) => [...cumulate(facts, nine).facts, ...cumulate(facts, nineLastYear).facts];

describe('cumulate', () => {
  const direct = tablesOf(nineMonths);

  it('builds from monthly sheets the same 9-month tables as 9-month sheets give', () => {
    const tables = tablesOf(cumulated(monthly));
    expect(tables).toEqual(direct);
    // The tables are not empty: FTTH's stock, revenue and a comparison are all there.
    const ftth = direct[0].rows.find((r) => r.indicator === 'ftth')!;
    expect(ftth.current).toBeGreaterThan(0);
    expect(ftth.yoy).not.toBeNull();
  });

  it('builds the same tables from quarterly sheets', () => {
    expect(tablesOf(cumulated(quarterly))).toEqual(direct);
  });

  it('builds the same tables from "6 tháng" plus the third quarter', () => {
    expect(tablesOf(cumulated(halfAndQuarter))).toEqual(direct);
  });

  it('adds up flows, increases and decreases, and takes the stock at the end of the span', () => {
    const { facts } = cumulate(quarterly, nine);
    const vnptFtth = (m: Measure) =>
      facts.find((f) => f.enterprise === 'VNPT' && f.indicator === 'ftth' && f.measure === m)!.value;
    const st = y2015[0].stocks[0];
    expect(vnptFtth('increase')).toBe(sum(st.increase, 1, 9));
    expect(vnptFtth('decrease')).toBe(sum(st.decrease, 1, 9));
    expect(vnptFtth('closing')).toBe(st.opening + sum(st.increase, 1, 9) - sum(st.decrease, 1, 9));
    expect(vnptFtth('opening')).toBe(st.opening);
    expect(facts.every((f) => f.period === '9T/2015')).toBe(true);
    expect(facts.some((f) => f.measure === 'reportedChange')).toBe(false);
    // The closing figure points at the last quarter's sheet.
    expect(facts.find((f) => f.enterprise === 'VNPT' && f.measure === 'closing')!.source.file).toBe(
      'VNPT-Q3-2015.xlsx',
    );
  });

  it("says where each enterprise's 9 months came from", () => {
    const { issues } = cumulate(halfAndQuarter, nine, 'vi');
    expect(issues.filter((i) => i.code === 'cumulative-used').map((i) => i.message)).toEqual([
      'VNPT: 9T/2015 được cộng dồn từ 6T/2015 + Q3/2015',
      'Viettel: 9T/2015 được cộng dồn từ 6T/2015 + Q3/2015',
      'VNPost: 9T/2015 được cộng dồn từ 6T/2015 + Q3/2015',
    ]);
  });

  it('names the missing month and adds nothing up for that enterprise', () => {
    const withoutT7 = monthly.filter((f) => !(f.enterprise === 'Viettel' && f.period === 'T7/2015'));
    const vi = cumulate(withoutT7, nine, 'vi');
    const en = cumulate(withoutT7, nine, 'en');
    const missing = vi.issues.filter((i) => i.code === 'cumulative-missing');
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({ severity: 'error', enterprise: 'Viettel' });
    expect(missing[0].message).toBe('Viettel: không có T7/2015; chưa cộng dồn được 9T/2015');
    expect(en.issues.find((i) => i.code === 'cumulative-missing')!.message).toBe(
      'Viettel: no T7/2015; 9T/2015 cannot be added up',
    );
    expect(vi.facts.some((f) => f.enterprise === 'Viettel')).toBe(false);
    expect(vi.facts.some((f) => f.enterprise === 'VNPT')).toBe(true);
  });

  it('names a missing quarter as a quarter', () => {
    const withoutQ2 = quarterly.filter((f) => !(f.enterprise === 'VNPost' && f.period === 'Q2/2015'));
    expect(cumulate(withoutQ2, nine, 'en').issues.find((i) => i.code === 'cumulative-missing')!.message).toBe(
      'VNPost: no Q2/2015; 9T/2015 cannot be added up',
    );
  });

  it('reports periods that overlap the ones used (T7 and Q3 both sent), and counts nothing twice', () => {
    const both = [...halfAndQuarter, ...sheets([['T7/2015', 7, 7]]).filter((f) => f.enterprise === 'VNPT')];
    const { facts, issues } = cumulate(both, nine, 'vi');
    const overlaps = issues.filter((i) => i.code === 'cumulative-overlap');
    expect(overlaps.map((i) => [i.severity, i.message])).toEqual([
      ['warning', 'VNPT: T7/2015 trùng thời gian với Q3/2015; dùng Q3/2015'],
    ]);
    const revenue = facts.find((f) => f.enterprise === 'VNPT' && f.indicator === 'telecom-revenue')!.value;
    expect(revenue).toBe(sum(y2015[0].flows[0].values, 1, 9));
  });

  it("keeps an enterprise's own 9-month facts when it sent them, without a word", () => {
    const mixed = [...nineMonths.filter((f) => f.enterprise === 'VNPT'), ...monthly];
    const { facts, issues } = cumulate(mixed, nine, 'vi');
    expect(issues.some((i) => i.enterprise === 'VNPT')).toBe(false);
    expect(facts.filter((f) => f.enterprise === 'VNPT' && f.measure === 'reportedChange')).toHaveLength(2);
    expect(tablesOf([...facts, ...cumulate(mixed, nineLastYear).facts])).toEqual(tablesOf(nineMonths));
  });

  it('reports a summed figure some months lack, and adds up the rest', () => {
    const gap = monthly.filter(
      (f) => !(f.enterprise === 'VNPost' && f.indicator === 'letter-post' && f.period === 'T5/2015'),
    );
    const { issues } = cumulate(gap, nine, 'en');
    expect(issues.filter((i) => i.code === 'cumulative-gap').map((i) => i.message)).toEqual([
      'VNPost: indicator Ordinary letter-post items has no figure in T5/2015; the rest is added up',
    ]);
  });

  it('ignores facts of other periods and of unreadable codes', () => {
    const odd: Fact = { ...monthly[0], period: 'hôm qua' };
    expect(cumulate([odd, ...sheets([['T10/2015', 10, 10]])], nine)).toEqual({ facts: [], issues: [] });
  });
});

describe('cumulate: only what lies inside the span, in order, with its origin', () => {
  it('reports as overlapping only periods inside the span, listed in time order', () => {
    const vnpt = (spans: [string, number, number][]) => sheets(spans).filter((f) => f.enterprise === 'VNPT');
    const extra = [...vnpt([['T8/2015', 8, 8]]), ...vnpt([['T7/2015', 7, 7]]), ...vnpt([['Q4/2015', 10, 12]])];
    const lastYear = extra.map((f) => ({ ...f, period: f.period.replace('2015', '2014') }));
    const { issues } = cumulate([...halfAndQuarter, ...extra, ...lastYear], nine, 'en');
    expect(issues.filter((i) => i.code === 'cumulative-overlap').map((i) => i.message)).toEqual([
      'VNPT: T7/2015, T8/2015 overlaps Q3/2015; Q3/2015 is used',
    ]);
  });

  it('a sum keeps the origin its pieces share, and none when they differ', () => {
    const tagged = quarterly.map((f) => ({ ...f, origin: 'history' as const }));
    const same = cumulate(tagged, nine).facts;
    expect(same.length).toBeGreaterThan(0);
    expect(same.every((f) => f.origin === 'history')).toBe(true);
    const mixed = cumulate(
      tagged.map((f) => (f.period === 'Q1/2015' ? { ...f, origin: undefined } : f)),
      nine,
    ).facts;
    expect(mixed.find((f) => f.measure === 'flow')?.origin).toBeUndefined();
  });
});

describe('cumulate: what each issue names, and figures missing at an edge of the span', () => {
  const vnpt = (spans: [string, number, number][]) => sheets(spans).filter((f) => f.enterprise === 'VNPT');

  it('says in English what was added up, for which enterprise, about the last sheet as a whole', () => {
    const used = cumulate(quarterly, nine, 'en').issues.filter((i) => i.code === 'cumulative-used');
    expect(used[0]).toEqual({
      severity: 'info',
      code: 'cumulative-used',
      message: 'VNPT: 9T/2015 is added up from Q1/2015 + Q2/2015 + Q3/2015',
      file: 'VNPT-Q3-2015.xlsx',
      sheet: 'BC',
      cell: '',
      enterprise: 'VNPT',
    });
  });

  it('names the enterprise of an overlap, and lists periods starting together shortest first', () => {
    // A year built from 9T + Q4; T1, Q1 and 6T, all starting in January, overlap 9T.
    const facts = [...vnpt([['6T/2015', 1, 6]]), ...vnpt([['Q1/2015', 1, 3]]), ...vnpt([['T1/2015', 1, 1]])];
    const { issues } = cumulate(
      [...facts, ...vnpt([['9T/2015', 1, 9]]), ...vnpt([['Q4/2015', 10, 12]])],
      periodFromCode('2015'),
      'en',
    );
    const overlap = issues.filter((i) => i.code === 'cumulative-overlap');
    expect(overlap.map((i) => [i.message, i.enterprise])).toEqual([
      ['VNPT: T1/2015, Q1/2015, 6T/2015 overlaps 9T/2015; 9T/2015 is used', 'VNPT'],
    ]);
  });

  it('reports as overlapping a period that starts or ends with the span, and none that reaches beyond it', () => {
    const starts = cumulate([...quarterly, ...vnpt([['T1/2015', 1, 1]])], nine, 'en').issues;
    expect(starts.filter((i) => i.code === 'cumulative-overlap').map((i) => i.message)).toEqual([
      'VNPT: T1/2015 overlaps Q1/2015; Q1/2015 is used',
    ]);
    const ends = cumulate([...quarterly, ...vnpt([['T9/2015', 9, 9]])], nine, 'en').issues;
    expect(ends.filter((i) => i.code === 'cumulative-overlap').map((i) => i.message)).toEqual([
      'VNPT: T9/2015 overlaps Q3/2015; Q3/2015 is used',
    ]);
    // Q3 built from its months: the 9-month and the whole-year sheets hold July but are not inside Q3.
    const wider = [...vnpt([['T7/2015', 7, 7]]), ...vnpt([['T8/2015', 8, 8]]), ...vnpt([['T9/2015', 9, 9]])];
    const q3 = cumulate(
      [...wider, ...vnpt([['9T/2015', 1, 9]]), ...vnpt([['2015', 1, 12]])],
      periodFromCode('Q3/2015'),
    );
    expect(q3.issues.map((i) => i.code)).toEqual(['cumulative-used']);
  });

  it("names missing months as months when this year's sheets are monthly, whatever last year's are", () => {
    // Q1 as a quarter, July to September as months: April to June are named month by month.
    const mixed = [...vnpt([['Q1/2015', 1, 3]]), ...vnpt([['T7/2015', 7, 7]]), ...vnpt([['T8/2015', 8, 8]])];
    const withT9 = [...mixed, ...vnpt([['T9/2015', 9, 9]])];
    const missing = (facts: Fact[]) =>
      cumulate(facts, nine, 'en').issues.find((i) => i.code === 'cumulative-missing')!.message;
    expect(missing(withT9)).toBe('VNPT: no T4/2015, T5/2015, T6/2015; 9T/2015 cannot be added up');
    // Quarterly sheets this year, monthly ones last year: the missing quarter is named as a quarter.
    const lastYearMonthly = vnpt([['T5/2014', 5, 5]]).map((f) => ({ ...f, period: 'T5/2014' }));
    const quarters = vnpt([
      ['Q1/2015', 1, 3],
      ['Q3/2015', 7, 9],
    ]);
    expect(missing([...quarters, ...lastYearMonthly])).toBe('VNPT: no Q2/2015; 9T/2015 cannot be added up');
  });

  it("names a gap's enterprise and indicator, in Vietnamese too, and a gap in the first month", () => {
    const noJanuary = monthly.filter(
      (f) => !(f.enterprise === 'VNPost' && f.indicator === 'letter-post' && f.period === 'T1/2015'),
    );
    const gaps = cumulate(noJanuary, nine, 'vi').issues.filter((i) => i.code === 'cumulative-gap');
    expect(gaps).toHaveLength(1);
    expect(gaps[0]).toMatchObject({ enterprise: 'VNPost', indicator: 'letter-post', severity: 'info' });
    expect(gaps[0].message).toBe(
      `VNPost: chỉ tiêu ${indicatorById('letter-post').label} không có số liệu trong T1/2015; cộng dồn phần còn lại`,
    );
    expect(indicatorById('letter-post').label).not.toBe(indicatorById('letter-post').labelEn);
  });

  it('takes a closing figure from the last month only: none when that month lacks it, and no gap for a middle month', () => {
    const isVnptClosing = (f: Fact, period: string) =>
      f.enterprise === 'VNPT' && f.indicator === 'ftth' && f.measure === 'closing' && f.period === period;
    const noMay = cumulate(
      monthly.filter((f) => !isVnptClosing(f, 'T5/2015')),
      nine,
    );
    expect(noMay.issues.some((i) => i.code === 'cumulative-gap')).toBe(false);
    const ftthClosing = (facts: Fact[]) =>
      facts.find((f) => f.enterprise === 'VNPT' && f.indicator === 'ftth' && f.measure === 'closing');
    const st = y2015[0].stocks[0];
    expect(ftthClosing(noMay.facts)!.value).toBe(st.opening + sum(st.increase, 1, 9) - sum(st.decrease, 1, 9));
    const noSeptember = cumulate(
      monthly.filter((f) => !isVnptClosing(f, 'T9/2015')),
      nine,
    );
    expect(ftthClosing(noSeptember.facts)).toBeUndefined();
    expect(
      noSeptember.facts.some((f) => f.enterprise === 'VNPT' && f.indicator === 'ftth' && f.measure === 'increase'),
    ).toBe(true);
  });

  it('gives a sum no origin when a later piece has none', () => {
    const tagged = quarterly.map((f) => (f.period === 'Q3/2015' ? f : { ...f, origin: 'history' as const }));
    const flow = cumulate(tagged, nine).facts.find((f) => f.enterprise === 'VNPT' && f.measure === 'flow')!;
    expect(flow.origin).toBeUndefined();
  });
});
