import type { Fact, Submission } from '../model';
import { cumulateSubmissions } from './cumulateSubmissions';
import { countReads } from '../../../test/support/countReads';

const submission = (
  enterprise: string,
  period: string | null,
  revenue: number,
  extra: Partial<Submission> = {},
): Submission => {
  const at = { file: `${enterprise}-${String(period).replace('/', '-')}.xlsx`, sheet: 'BC', cell: 'E9' };
  const facts: Fact[] = [];
  if (period) {
    facts.push({
      enterprise,
      sector: 'telecom',
      indicator: 'telecom-revenue',
      measure: 'flow',
      period,
      value: revenue,
      source: at,
    });
    facts.push({
      enterprise,
      sector: 'telecom',
      indicator: 'telecom-revenue',
      measure: 'flow',
      period: period.replace('2015', '2014'),
      value: revenue - 10,
      source: at,
    });
  }
  return {
    file: at.file,
    sheet: at.sheet,
    enterprise,
    sector: 'telecom',
    period,
    facts,
    rows: 5,
    unrecognised: 0,
    ...extra,
  };
};

describe('cumulateSubmissions', () => {
  const quarters = [1, 2, 3].map((q) => submission('Viettel', `Q${q}/2015`, 100 * q));

  it("puts one 9-month submission together from an enterprise's quarters, with last year's figures", () => {
    const vnpt = submission('VNPT', '9T/2015', 5000);
    const { submissions, issues } = cumulateSubmissions([vnpt, ...quarters], '9T/2015', 'vi');
    expect(submissions).toHaveLength(2);
    expect(submissions[0]).toBe(vnpt);
    const made = submissions[1];
    expect(made).toMatchObject({ enterprise: 'Viettel', period: '9T/2015', file: 'Viettel-Q3-2015.xlsx' });
    expect(made.facts.map((f) => [f.period, f.value])).toEqual([
      ['9T/2015', 600],
      ['9T/2014', 570],
    ]);
    expect(issues.map((i) => i.message)).toEqual([
      'Viettel: 9T/2015 được cộng dồn từ Q1/2015 + Q2/2015 + Q3/2015',
      'Viettel: 9T/2014 được cộng dồn từ Q1/2014 + Q2/2014 + Q3/2014',
    ]);
  });

  it('leaves an enterprise that sent the build period alone, and one whose sheets state no period', () => {
    const input = [
      submission('Viettel', '9T/2015', 1),
      ...quarters,
      submission('FPT', null, 0),
      submission('FPT', 'Q3/2015', 5),
    ];
    const { submissions, issues } = cumulateSubmissions(input, '9T/2015');
    expect(submissions).toEqual(input);
    expect(issues).toEqual([]);
  });

  it('uses a corrected re-submission of a quarter, not both', () => {
    const corrected = submission('Viettel', 'Q2/2015', 1000, {
      correction: true,
      file: 'Viettel-Q2-2015-dieu-chinh.xlsx',
    });
    const { submissions, issues } = cumulateSubmissions([...quarters, corrected], '9T/2015');
    expect(submissions[0].facts[0].value).toBe(100 + 1000 + 300);
    expect(issues.some((i) => i.code === 'resubmission')).toBe(true);
  });

  it("keeps an enterprise's sheets as they were when a quarter is missing, with an error naming it", () => {
    const { submissions, issues } = cumulateSubmissions([quarters[0], quarters[2]], '9T/2015', 'en');
    expect(submissions.map((s) => s.period)).toEqual(['Q1/2015', 'Q3/2015']);
    expect(issues.find((i) => i.severity === 'error')!.message).toBe('Viettel: no Q2/2015; 9T/2015 cannot be added up');
  });
});

describe('cumulateSubmissions: which sheets are put together', () => {
  const quarters = [1, 2, 3].map((q) => submission('Viettel', `Q${q}/2015`, 100 * q));

  it('leaves everything as it is for a build period it cannot read', () => {
    const { submissions, issues } = cumulateSubmissions(quarters, 'kỳ nào đó');
    expect(submissions).toEqual(quarters);
    expect(issues).toEqual([]);
  });

  it("leaves alone another year's sheets, sheets outside the span and sheets whose period it cannot read", () => {
    const lastYear = [1, 2, 3].map((q) => submission('FPT', `Q${q}/2014`, 10 * q));
    const outside = [submission('Viettel', 'Q4/2015', 7), submission('Viettel', '2015', 8)];
    const unreadable = submission('Viettel', 'quý ba', 9);
    const input = [...lastYear, ...outside, unreadable, ...quarters];
    const { submissions, issues } = cumulateSubmissions(input, '9T/2015', 'en');
    expect(submissions).toEqual([...lastYear, ...outside, unreadable, expect.objectContaining({ period: '9T/2015' })]);
    expect(issues.map((i) => i.message)).toEqual([
      'Viettel: 9T/2015 is added up from Q1/2015 + Q2/2015 + Q3/2015',
      'Viettel: 9T/2014 is added up from Q1/2014 + Q2/2014 + Q3/2014',
    ]);
  });

  it('does not take a sheet of the months before a quarter into that quarter', () => {
    const half = submission('Viettel', '6T/2015', 50);
    const months = [7, 8, 9].map((m) => submission('Viettel', `T${m}/2015`, m));
    const { submissions } = cumulateSubmissions([half, ...months], 'Q3/2015');
    expect(submissions.map((s) => s.period)).toEqual(['6T/2015', 'Q3/2015']);
    expect(submissions[1].facts.find((f) => f.period === 'Q3/2015')!.value).toBe(7 + 8 + 9);
  });

  it("keeps this year's sum when last year's columns lack a quarter, without a word about last year", () => {
    const q2 = submission('Viettel', 'Q2/2015', 200);
    q2.facts = q2.facts.filter((f) => f.period === 'Q2/2015');
    const { submissions, issues } = cumulateSubmissions([quarters[0], q2, quarters[2]], '9T/2015', 'en');
    expect(submissions[0].facts.map((f) => [f.period, f.value])).toEqual([['9T/2015', 600]]);
    expect(issues.map((i) => i.message)).toEqual(['Viettel: 9T/2015 is added up from Q1/2015 + Q2/2015 + Q3/2015']);
  });

  it('points at the last sheet in time, whatever order the sheets came in, with the most rows any of them has', () => {
    const sized = quarters.map((s, i) => ({ ...s, rows: [12, 30, 7][i], unrecognised: [1, 4, 0][i] }));
    for (const order of [
      [sized[2], sized[0], sized[1]],
      [sized[1], sized[2], sized[0]],
    ]) {
      const made = cumulateSubmissions(order, '9T/2015').submissions[0];
      expect(made).toMatchObject({ file: 'Viettel-Q3-2015.xlsx', period: '9T/2015', rows: 30, unrecognised: 4 });
    }
  });

  it("keeps the sheets of an enterprise it could not add up while putting another's together", () => {
    const fpt = submission('FPT', 'Q1/2015', 1);
    const { submissions } = cumulateSubmissions([fpt, ...quarters], '9T/2015');
    expect(submissions.map((s) => [s.enterprise, s.period])).toEqual([
      ['Viettel', '9T/2015'],
      ['FPT', 'Q1/2015'],
    ]);
  });
});

describe('cumulateSubmissions: cost', () => {
  it('looks at each sheet a bounded number of times however many enterprises sent their quarters (it compared each with every sum made)', () => {
    const enterprise = countReads<Submission>('enterprise');
    const sheets = Array.from({ length: 300 }, (_, e) =>
      [1, 2, 3].map((q) => enterprise.wrap(submission(`DN ${e}`, `Q${q}/2015`, 100 * q))),
    ).flat();
    const { submissions } = cumulateSubmissions(sheets, '9T/2015', 'vi');
    expect(submissions).toHaveLength(300);
    expect(submissions[299]).toMatchObject({ enterprise: 'DN 299', period: '9T/2015' });
    expect(enterprise.reads()).toBeLessThanOrEqual(10 * sheets.length);
  });
});
