import type { Fact, Submission } from '../model';
import { cumulateSubmissions } from './cumulateSubmissions';

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
