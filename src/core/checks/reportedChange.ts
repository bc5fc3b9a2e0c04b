import type { IndicatorTotals } from '../compute/aggregate';
import type { Message } from '../issues';
import type { Issue, Locale } from '../model';
import { enterpriseWarning, indicatorName, percent } from './words';

interface Params {
  enterprise: string;
  indicator: string;
  reported: string;
  computed: string;
}

const message: Message<Params> = {
  vi: (p) =>
    `${p.enterprise} – ${p.indicator}: doanh nghiệp ghi ${p.reported} so với cùng kỳ, tính lại được ${p.computed}`,
  en: (p) =>
    `${p.enterprise} – ${p.indicator}: the enterprise states ${p.reported} against the same period, recomputed ${p.computed}`,
};

/** The ways an enterprise's own percentage may be meant, as functions of the recomputed ratio. */
const READINGS: ((ratio: number, reported: number) => number)[] = [
  (ratio, reported) => reported - (ratio - 1), // change: -28%
  (ratio, reported) => reported - ratio, // ratio: bằng 72%
  (ratio, reported) => reported / 100 - ratio, // index: 72,0 (năm trước = 100)
];

/**
 * 'reported-change-differs' (warning): the enterprise's own percentage column disagrees with the
 * recomputed comparison by more than `tolerance` (1 percentage point) under every convention —
 * read as a change, as a ratio and as an index — so a sheet is never blamed for its convention.
 *
 * @example
 * checkReportedChanges(totals, 'vi') //=> [] when every stated percentage matches one reading
 */
export function checkReportedChanges(totals: IndicatorTotals, locale: Locale = 'vi', tolerance = 0.01): Issue[] {
  const issues: Issue[] = [];
  for (const total of totals.indicators) {
    for (const e of total.enterprises) {
      if (e.reportedChange === null || e.current === null || e.previous === null || e.previous <= 0) continue;
      const ratio = e.current / e.previous;
      const reported = e.reportedChange;
      // A hair over the tolerance for float noise: 1 point means 1 point.
      if (READINGS.some((gap) => Math.abs(gap(ratio, reported)) <= tolerance + 1e-9)) continue;
      const params: Params = {
        enterprise: e.enterprise,
        indicator: indicatorName(e.indicator, locale),
        reported: percent(reported, locale),
        computed: percent(ratio - 1, locale),
      };
      issues.push(enterpriseWarning('reported-change-differs', message, params, locale, e, 'reportedChange'));
    }
  }
  return issues;
}
