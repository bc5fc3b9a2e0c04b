import type { IndicatorTotals } from '../compute/aggregate';
import { makeIssue, type Message } from '../issues';
import { isTotalEnterprise } from '../history/previousReport';
import type { Issue, Locale } from '../model';
import { NOWHERE, enterpriseWarning, indicatorName } from './words';

const noPrevious: Message<{ indicator: string; previousPeriod: string }> = {
  vi: (p) => `${p.indicator}: không có số liệu cùng kỳ ${p.previousPeriod} — để trống cột so với cùng kỳ`,
  en: (p) =>
    `${p.indicator}: no figure for the same period last year (${p.previousPeriod}) — the comparison is left blank`,
};

const partialPrevious: Message<{ enterprise: string; indicator: string; previousPeriod: string }> = {
  vi: (p) =>
    `${p.enterprise} – ${p.indicator}: không có số liệu cùng kỳ ${p.previousPeriod}; tổng cùng kỳ thiếu phần của doanh nghiệp này nên so với cùng kỳ có thể cao hơn thực tế`,
  en: (p) =>
    `${p.enterprise} – ${p.indicator}: no figure for ${p.previousPeriod}; last year's total lacks this enterprise, so the comparison may read high`,
};

/**
 * 'no-previous' (info): an indicator with figures this period but none for the same period last
 * year, so its comparison is blank. 'partial-previous' (warning): an enterprise that counts in this
 * period's total (with a figure other than 0) but not in last year's, while others do — the
 * comparison mixes the two. Never when last year's figure is a whole province total (a previous
 * report's table, kept in history as {@link isTotalEnterprise}'s "(tổng)"): that total already
 * holds every enterprise's part, whoever sent figures this year.
 *
 * @example
 * checkNoPrevious(aggregate(factsWithoutLastYear, '9T/2015'), 'vi')[0].code //=> 'no-previous'
 */
export function checkNoPrevious(totals: IndicatorTotals, locale: Locale = 'vi'): Issue[] {
  const issues: Issue[] = [];
  const previousPeriod = totals.previousPeriod;
  for (const total of totals.indicators) {
    if (total.current === null && total.increase === null) continue;
    const about = { indicator: total.indicator };
    if (total.previous === null || total.previous <= 0) {
      issues.push(
        makeIssue(
          'info',
          'no-previous',
          noPrevious,
          { indicator: indicatorName(total.indicator, locale), previousPeriod },
          locale,
          NOWHERE,
          about,
        ),
      );
      continue;
    }
    // Last year's figure came whole from a previous report: no enterprise's part is missing from it.
    if (total.enterprises.some((e) => isTotalEnterprise(e.enterprise) && e.previous !== null)) continue;
    for (const e of total.enterprises) {
      if (e.current === null || e.current === 0 || e.previous !== null) continue;
      const params = { enterprise: e.enterprise, indicator: indicatorName(e.indicator, locale), previousPeriod };
      issues.push(enterpriseWarning('partial-previous', partialPrevious, params, locale, e));
    }
  }
  return issues;
}
