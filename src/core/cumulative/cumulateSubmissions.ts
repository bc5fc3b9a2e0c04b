import { dropResubmissions } from '../checks/resubmission';
import type { Issue, Locale, Period, Submission } from '../model';
import { readPeriodCode, samePeriodLastYear } from '../periods';
import { groupBy } from '../groupBy';
import { cumulate } from './cumulate';

/** True when `inner` is a shorter period inside `outer`'s months of the same year. */
function within(inner: Period, outer: Period): boolean {
  return (
    inner.code !== outer.code &&
    inner.year === outer.year &&
    inner.startMonth >= outer.startMonth &&
    inner.endMonth <= outer.endMonth
  );
}

/**
 * Puts together a submission for the build period (lũy kế) for each enterprise that sent only
 * shorter ones inside it — monthly, quarterly, "6 tháng" plus a quarter — so a 9T/2015 build can
 * use T1…T9/2015 sheets. This period's figures and last year's ("cùng kỳ" columns of the shorter
 * sheets) are both added up with {@link cumulate}; corrected re-submissions of a month are
 * settled first. An enterprise that sent a submission for the build period (or one that states
 * no period) is left alone, as are shorter sheets of other enterprises' or other years.
 *
 * Returns the submissions with the shorter ones replaced by the put-together ones (which point
 * at the last sheet used), and the issues: what was added up, what is missing, what overlaps.
 *
 * @example
 * cumulateSubmissions([vnptT1, …, vnptT9, viettel9T], '9T/2015', 'vi').submissions
 * //=> [viettel9T, { enterprise: 'VNPT', period: '9T/2015', facts: [...], … }]
 */
export function cumulateSubmissions(
  submissions: readonly Submission[],
  period: string,
  locale: Locale = 'vi',
): { submissions: Submission[]; issues: Issue[] } {
  const target = readPeriodCode(period);
  if (!target) return { submissions: [...submissions], issues: [] };
  const key = (s: Submission) => `${s.enterprise}\u0000${s.sector}`;
  const complete = new Set(submissions.filter((s) => s.period === null || s.period === target.code).map(key));
  const shorter = submissions.filter((s) => {
    const p = readPeriodCode(s.period);
    return p !== null && within(p, target) && !complete.has(key(s));
  });
  if (shorter.length === 0) return { submissions: [...submissions], issues: [] };

  const settled = dropResubmissions(shorter, locale);
  const previous = samePeriodLastYear(target);
  const groups = groupBy(settled.kept, key);

  const issues: Issue[] = [...settled.issues];
  const made: Submission[] = [];
  for (const group of groups.values()) {
    const facts = group.flatMap((s) => s.facts);
    const now = cumulate(facts, target, locale);
    const before = cumulate(facts, previous, locale);
    issues.push(...now.issues);
    // Last year's figures are a bonus: a month without a "cùng kỳ" column is no error.
    issues.push(
      ...before.issues.filter((i) => i.code === 'cumulative-used').map((i) => ({ ...i, severity: 'info' as const })),
    );
    if (now.facts.length === 0) continue;
    const ordered = [...group].sort(
      (a, b) => (readPeriodCode(a.period)?.endMonth ?? 0) - (readPeriodCode(b.period)?.endMonth ?? 0),
    );
    const last = ordered[ordered.length - 1];
    made.push({
      ...last,
      period: target.code,
      facts: [...now.facts, ...before.facts],
      rows: Math.max(...group.map((s) => s.rows)),
      unrecognised: Math.max(...group.map((s) => s.unrecognised)),
    });
  }
  const used = new Set(shorter);
  const untouched = submissions.filter((s) => !used.has(s));
  // An enterprise whose months could not be added up keeps its sheets, so the period check names them.
  const madeKeys = new Set(made.map(key));
  const failed = shorter.filter((s) => !madeKeys.has(key(s)));
  return { submissions: [...untouched, ...made, ...failed], issues };
}
