import type { Submission } from '../model';
import { dropOtherPeriods } from './periodMismatch';

const submission = (sheet: string, period: string | null): Submission => ({
  file: 'a.xlsx',
  sheet,
  enterprise: sheet,
  sector: 'postal',
  period,
  facts: [],
  rows: 1,
  unrecognised: 0,
});

describe('dropOtherPeriods', () => {
  it('leaves out a submission for another period and says so', () => {
    const q3 = submission('EMS', 'Q3/2015');
    const nine = submission('VNPost', '9T/2015');
    const none = submission('Kerry', null);
    const result = dropOtherPeriods([q3, nine, none], '9T/2015', 'vi');
    expect(result.kept).toEqual([nine, none]);
    expect(result.issues).toEqual([
      {
        severity: 'warning',
        code: 'period-mismatch',
        message: 'EMS: báo cáo kỳ Q3/2015, khác kỳ đang tổng hợp 9T/2015 — không đưa vào biểu',
        file: 'a.xlsx',
        sheet: 'EMS',
        cell: '',
        enterprise: 'EMS',
      },
    ]);
  });
});
