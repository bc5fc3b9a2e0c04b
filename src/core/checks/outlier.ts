import type { IndicatorTotals } from '../compute/aggregate';
import type { Message } from '../issues';
import type { Issue, Locale } from '../model';
import { enterpriseWarning, figure, indicatorName, percent } from './words';

/** Bounds of a believable change against the same period, as fractions. */
export interface OutlierThreshold {
  /** Above this is suspicious (default 2: more than +200%). */
  above: number;
  /** Below this is suspicious (default −0.5: a fall of more than half). */
  below: number;
}

export const DEFAULT_OUTLIER_THRESHOLD: OutlierThreshold = { above: 2, below: -0.5 };

interface Params {
  enterprise: string;
  indicator: string;
  change: string;
  current: string;
  previous: string;
}

const message: Message<Params> = {
  vi: (p) =>
    `${p.enterprise} – ${p.indicator}: thay đổi ${p.change} so với cùng kỳ (${p.current} so với ${p.previous}) — kiểm tra lại số liệu`,
  en: (p) =>
    `${p.enterprise} – ${p.indicator}: ${p.change} against the same period last year (${p.current} against ${p.previous}) — please check the figures`,
};

/**
 * 'outlier' (warning): an enterprise's figure that changed beyond the threshold against the same
 * period last year (by default more than +200% or a fall of more than 50%).
 *
 * @example
 * checkOutliers(totals, 'vi', { above: 1, below: -0.3 })
 */
export function checkOutliers(
  totals: IndicatorTotals,
  locale: Locale = 'vi',
  threshold: OutlierThreshold = DEFAULT_OUTLIER_THRESHOLD,
): Issue[] {
  const issues: Issue[] = [];
  for (const total of totals.indicators) {
    for (const e of total.enterprises) {
      if (e.current === null || e.previous === null || e.previous <= 0) continue;
      const change = e.current / e.previous - 1;
      if (change <= threshold.above && change >= threshold.below) continue;
      const params: Params = {
        enterprise: e.enterprise,
        indicator: indicatorName(e.indicator, locale),
        change: percent(change, locale),
        current: figure(e.current, locale),
        previous: figure(e.previous, locale),
      };
      issues.push(enterpriseWarning('outlier', message, params, locale, e));
    }
  }
  return issues;
}
