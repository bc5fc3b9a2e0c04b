import type { IndicatorTotals } from '../compute/aggregate';
import { checkStock } from '../compute/checkStock';
import type { Message } from '../issues';
import type { Issue, Locale } from '../model';
import { enterpriseWarning, figure, indicatorName } from './words';

interface Params {
  enterprise: string;
  indicator: string;
  opening: string;
  increase: string;
  decrease: string;
  expected: string;
  closing: string;
  difference: string;
}

const message: Message<Params> = {
  vi: (p) =>
    `${p.enterprise} – ${p.indicator}: đầu kỳ ${p.opening} + tăng ${p.increase} − giảm ${p.decrease} = ${p.expected}, nhưng hiện có ghi ${p.closing} (lệch ${p.difference})`,
  en: (p) =>
    `${p.enterprise} – ${p.indicator}: opening ${p.opening} + increase ${p.increase} − decrease ${p.decrease} = ${p.expected}, but the closing stock reads ${p.closing} (off by ${p.difference})`,
};

/**
 * 'stock-identity' (warning): an enterprise's stock where đầu kỳ + tăng − giảm ≠ hiện có,
 * checked only where the sheet states all four figures; the issue points at the closing cell.
 *
 * @example
 * checkStockIdentity(aggregate(facts, '9T/2015'), 'vi') //=> [] when every stock adds up
 */
export function checkStockIdentity(totals: IndicatorTotals, locale: Locale = 'vi'): Issue[] {
  const issues: Issue[] = [];
  for (const total of totals.indicators) {
    for (const e of total.enterprises) {
      if (e.kind !== 'stock' || e.currentDerived) continue;
      if (e.opening === null || e.increase === null || e.decrease === null || e.current === null) continue;
      const check = checkStock(e.opening, e.increase, e.decrease, e.current);
      if (check.ok) continue;
      const params: Params = {
        enterprise: e.enterprise,
        indicator: indicatorName(e.indicator, locale),
        opening: figure(e.opening, locale),
        increase: figure(e.increase, locale),
        decrease: figure(e.decrease, locale),
        expected: figure(check.expected, locale),
        closing: figure(e.current, locale),
        difference: figure(check.difference, locale),
      };
      issues.push(enterpriseWarning('stock-identity', message, params, locale, e));
    }
  }
  return issues;
}
