import { indicatorById } from '../catalogue';
import { cumulate } from '../cumulative/cumulate';
import { makeIssue, type Message } from '../issues';
import type { Fact, Issue, Locale, Measure } from '../model';
import { writeFigure } from '../compute/formatComparison';
import { samePeriodLastYear } from '../periods';
import { CoreError } from '../errors';
import { isTotalEnterprise } from './previousReport';

/** The measure that gives last year's figure of a stock (its closing) and of a flow. */
const PREVIOUS_MEASURE: Record<'stock' | 'flow', Measure> = { stock: 'closing', flow: 'flow' };

const fromTotals: Message<{ indicator: string; period: string; value: string }> = {
  vi: (p) =>
    `${p.indicator}: không doanh nghiệp nào có số cùng kỳ ${p.period}; lấy tổng ${p.value} từ báo cáo ${p.period} đã lưu`,
  en: (p) =>
    `${p.indicator}: no enterprise has a figure for ${p.period}; took the total ${p.value} from the stored ${p.period} report`,
};

/**
 * Adds last year's province totals (from a previous report read with readPreviousReport and kept
 * in history) for each indicator that has this period's figures but no enterprise with last
 * year's — submissions and per-enterprise history both lacking it. A total is never mixed with
 * enterprises' own figures for last year: that would count some of them twice. Each total used
 * is an info issue pointing at the cell it was read from.
 *
 * @example
 * fillFromTotals(factsOf2015, history, '9T/2015', '9T/2014', 'vi').facts
 * // + { enterprise: '(tổng)', indicator: 'ftth', measure: 'closing', period: '9T/2014', value: 6297, origin: 'history' }
 */
export function fillFromTotals(
  facts: readonly Fact[],
  history: readonly Fact[],
  period: string,
  previousPeriod: string,
  locale: Locale = 'vi',
): { facts: Fact[]; issues: Issue[] } {
  const current = new Set(
    facts.filter((f) => f.period === period && f.measure !== 'reportedChange').map((f) => f.indicator),
  );
  const hasPrevious = new Set(
    facts.filter((f) => f.period === previousPeriod && f.measure !== 'reportedChange').map((f) => f.indicator),
  );
  const added: Fact[] = [];
  const issues: Issue[] = [];
  for (const fact of history) {
    if (fact.period !== previousPeriod || !isTotalEnterprise(fact.enterprise)) continue;
    if (!current.has(fact.indicator) || hasPrevious.has(fact.indicator)) continue;
    const indicator = indicatorById(fact.indicator);
    if (
      !indicator ||
      fact.measure !== PREVIOUS_MEASURE[indicator.kind] ||
      added.some((a) => a.indicator === fact.indicator)
    )
      continue;
    added.push({ ...fact, origin: 'history' });
    const params = {
      indicator: locale === 'vi' ? indicator.label : indicator.labelEn,
      period: previousPeriod,
      value: writeFigure(fact.value, locale),
    };
    issues.push(
      makeIssue('info', 'from-history-total', fromTotals, params, locale, fact.source, { indicator: fact.indicator }),
    );
  }
  return { facts: [...facts, ...added], issues };
}

/**
 * History as a build of `period` wants it: the stored facts, plus last year's cumulative figures
 * added up from shorter periods (T1…T9/2014 builds) for enterprises whose history lacks them.
 *
 * @example
 * historyForBuild(monthlyBuildsOf2014, '9T/2015') // + 9T/2014 facts added up from T1…T9/2014
 */
export function historyForBuild(history: readonly Fact[], period: string): Fact[] {
  let lastYear;
  try {
    lastYear = samePeriodLastYear(period);
  } catch (error) {
    if (error instanceof CoreError) return [...history];
    throw error;
  }
  const key = (f: Fact) => `${f.enterprise}\u0000${f.sector}`;
  const known = new Set(history.filter((f) => f.period === lastYear.code).map(key));
  const added = cumulate(history, lastYear).facts.filter((f) => !known.has(key(f)));
  return [...history, ...added];
}
