import { makeIssue, type Message } from '../issues';
import type { Fact, Issue, Locale } from '../model';
import { figure, indicatorName } from './words';

interface Params {
  enterprise: string;
  indicator: string;
  value: string;
}

const message: Message<Params> = {
  vi: (p) => `${p.enterprise} – ${p.indicator}: số âm ${p.value} (số thuê bao, sản lượng và tiền không thể âm)`,
  en: (p) =>
    `${p.enterprise} – ${p.indicator}: negative figure ${p.value} (subscriptions, volumes and money cannot be negative)`,
};

/**
 * 'negative-value' (warning): a count or an amount of money below zero. Every standard indicator
 * is one; only an enterprise's own percentage may be negative.
 *
 * @example
 * checkNegativeValues([{ ...fact, value: -5 }], 'vi') //=> [{ code: 'negative-value', … }]
 */
export function checkNegativeValues(facts: Fact[], locale: Locale = 'vi'): Issue[] {
  return facts
    .filter((f) => f.measure !== 'reportedChange' && f.value < 0)
    .map((f) =>
      makeIssue(
        'warning',
        'negative-value',
        message,
        { enterprise: f.enterprise, indicator: indicatorName(f.indicator, locale), value: figure(f.value, locale) },
        locale,
        f.source,
        { enterprise: f.enterprise, indicator: f.indicator },
      ),
    );
}
