import { makeIssue, type Message } from '../issues';
import type { Issue, Locale, Submission } from '../model';

interface Params {
  enterprise: string;
  stated: string;
  period: string;
}

const message: Message<Params> = {
  vi: (p) => `${p.enterprise}: báo cáo kỳ ${p.stated}, khác kỳ đang tổng hợp ${p.period} — không đưa vào biểu`,
  en: (p) =>
    `${p.enterprise}: the submission is for ${p.stated}, not the period being built (${p.period}) — left out of the tables`,
};

/**
 * Leaves out submissions that state a period other than the build's (kỳ báo cáo khác), each with a
 * 'period-mismatch' warning. Submissions that state no period are kept: they take the build's.
 *
 * @example
 * dropOtherPeriods([q3, nineMonths], '9T/2015', 'vi').kept //=> [nineMonths]
 */
export function dropOtherPeriods(
  submissions: Submission[],
  period: string,
  locale: Locale = 'vi',
): { kept: Submission[]; issues: Issue[] } {
  const kept = submissions.filter((s) => s.period === null || s.period === period);
  const issues = submissions
    .filter((s) => s.period !== null && s.period !== period)
    .map((s) =>
      makeIssue(
        'warning',
        'period-mismatch',
        message,
        { enterprise: s.enterprise, stated: s.period!, period },
        locale,
        { file: s.file, sheet: s.sheet, cell: '' },
        { enterprise: s.enterprise },
      ),
    );
  return { kept, issues };
}
