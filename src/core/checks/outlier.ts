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

/** One bound as a person writes it: "200%", "+200", "-50%", "−50 %", "37,5%" (always percent). */
function percentBound(text: string): number | null {
  const match = /^([+\-\u2212]?)\s*(\d+(?:[.,]\d+)?)\s*%?$/.exec(text.trim());
  if (!match) return null;
  const size = Number(match[2].replace(',', '.')) / 100;
  return match[1] === '' || match[1] === '+' ? size : -size;
}

/**
 * Whether a threshold makes sense: a rise above 0% and a fall between 0% and −100%.
 *
 * @example
 * isOutlierThreshold({ above: 2, below: -0.5 }) //=> true
 * isOutlierThreshold({ above: 2, below: -1.5 }) //=> false
 */
export function isOutlierThreshold(value: unknown): value is OutlierThreshold {
  if (!value || typeof value !== 'object') return false;
  const { above, below } = value as Record<string, unknown>;
  return (
    typeof above === 'number' &&
    typeof below === 'number' &&
    Number.isFinite(above) &&
    above > 0 &&
    Number.isFinite(below) &&
    below < 0 &&
    below > -1
  );
}

/**
 * Reads an outlier threshold as a person types it — the rise, then the fall, in percent, apart by
 * a comma, a semicolon or a slash (ngưỡng bất thường): "200%,-50%", "150; -30", "300% / −60%".
 * Returns null when it is not two such bounds, the rise above 0% and the fall between 0% and −100%.
 *
 * @example
 * parseOutlierThreshold('200%,-50%') //=> { above: 2, below: -0.5 }
 * parseOutlierThreshold('100; -30') //=> { above: 1, below: -0.3 }
 * parseOutlierThreshold('-50%,200%') //=> null
 */
export function parseOutlierThreshold(text: string): OutlierThreshold | null {
  // ";" and "/" always separate; a comma does unless it is a decimal comma ("37,5%").
  const bounds = /[;/]/.test(text) ? text.split(/[;/]/) : splitOnComma(text);
  if (bounds.length !== 2) return null;
  const [above, below] = bounds.map(percentBound);
  const threshold = { above, below };
  return isOutlierThreshold(threshold) ? threshold : null;
}

/** "200%,-50%" → ["200%", "-50%"]; "37,5%,-20%" → ["37,5%", "-20%"]: the comma after a % or before a sign splits. */
function splitOnComma(text: string): string[] {
  const commas = [...text.matchAll(/,/g)].map((m) => m.index!);
  if (commas.length === 1) return [text.slice(0, commas[0]), text.slice(commas[0] + 1)];
  const splitting = commas.filter((i) => /%\s*$/.test(text.slice(0, i)) || /^\s*[+\-\u2212]/.test(text.slice(i + 1)));
  if (splitting.length !== 1) return [text];
  return [text.slice(0, splitting[0]), text.slice(splitting[0] + 1)];
}

/**
 * An outlier threshold as a person reads it, in the form {@link parseOutlierThreshold} takes.
 *
 * @example
 * formatOutlierThreshold({ above: 2, below: -0.5 }) //=> '200%,-50%'
 */
export function formatOutlierThreshold(threshold: OutlierThreshold): string {
  const percent = (fraction: number) => `${Number((fraction * 100).toFixed(6))}%`;
  return `${percent(threshold.above)},${percent(threshold.below)}`;
}

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
