import { indicatorById } from '../catalogue';
import { writeFigure } from '../compute/formatComparison';
import { makeIssue, type Message } from '../issues';
import type { Fact, Issue, Locale } from '../model';
import { periodFromCode, samePeriodLastYear } from '../periods';
import { fillFromTotals, historyForBuild } from './fillFromTotals';

/** Measures that give an indicator's figure for the same period last year. */
const PREVIOUS_MEASURES: Record<'stock' | 'flow', Fact['measure'][]> = {
  stock: ['closing'],
  flow: ['flow', 'increase'],
};

const fromHistory: Message<{ enterprise: string; indicator: string; previousPeriod: string; value: string }> = {
  vi: (p) =>
    `${p.enterprise} – ${p.indicator}: báo cáo không có số cùng kỳ ${p.previousPeriod}; lấy ${p.value} từ số liệu đã lưu`,
  en: (p) =>
    `${p.enterprise} – ${p.indicator}: the submission has no figure for ${p.previousPeriod}; took ${p.value} from the stored history`,
};

/**
 * Adds history facts (số liệu đã lưu) for last year's figure where an enterprise's submissions
 * have this period's figure of an indicator but not last year's; each use is an info issue.
 *
 * @example
 * fillFromHistory(vnpt2016, history, '9T/2016', '9T/2015', 'vi').facts
 * // + { enterprise: 'VNPT Quảng Ninh', indicator: 'ftth', measure: 'closing', period: '9T/2015', origin: 'history', … }
 */
export function fillFromHistory(
  facts: readonly Fact[],
  history: readonly Fact[],
  period: string,
  previousPeriod: string,
  locale: Locale,
): { facts: Fact[]; issues: Issue[] } {
  const key = (f: Pick<Fact, 'enterprise' | 'indicator'>) => `${f.enterprise.trim().toLowerCase()}\u0000${f.indicator}`;
  // Each key's enterprise as the submissions spell it (the first fact's), this period's keys and last year's.
  const spelling = new Map<string, string>();
  const current = new Set<string>();
  const hasPrevious = new Set<string>();
  for (const f of facts) {
    const k = key(f);
    if (!spelling.has(k)) spelling.set(k, f.enterprise);
    if (f.measure === 'reportedChange') continue;
    if (f.period === period) current.add(k);
    else if (f.period === previousPeriod) hasPrevious.add(k);
  }
  const added: Fact[] = [];
  const issues: Issue[] = [];
  const done = new Set<string>();
  for (const fact of history) {
    const k = key(fact);
    if (
      fact.period !== previousPeriod ||
      !current.has(k) ||
      hasPrevious.has(k) ||
      done.has(`${k}\u0000${fact.measure}`)
    )
      continue;
    const indicator = indicatorById(fact.indicator);
    if (!indicator || !PREVIOUS_MEASURES[indicator.kind].includes(fact.measure) || !Number.isFinite(fact.value))
      continue;
    // The history's enterprise name may be spelled differently: use the submission's.
    const enterprise = spelling.get(k)!;
    added.push({ ...fact, enterprise, origin: 'history' });
    done.add(`${k}\u0000${fact.measure}`);
    const params = {
      enterprise,
      indicator: locale === 'vi' ? indicator.label : indicator.labelEn,
      previousPeriod,
      value: writeFigure(fact.value, locale),
    };
    issues.push(
      makeIssue('info', 'from-history', fromHistory, params, locale, fact.source, {
        enterprise,
        indicator: fact.indicator,
      }),
    );
  }
  return { facts: [...facts, ...added], issues };
}

/**
 * The facts a build of `period` computes with (this period's and the same period last year's),
 * with last year's figures completed from history: first each enterprise's own stored figures
 * (added up from shorter periods where needed), then last year's report totals for indicators no
 * enterprise has a figure for. Every figure taken from history is an info issue.
 *
 * @example
 * lastYearFromHistory(factsOf2016, history, '9T/2016', 'vi').facts // 9T/2016 and 9T/2015 facts
 */
export function lastYearFromHistory(
  facts: readonly Fact[],
  history: readonly Fact[],
  period: string,
  locale: Locale,
): { facts: Fact[]; issues: Issue[] } {
  const previousPeriod = samePeriodLastYear(periodFromCode(period)).code;
  const own = facts.filter((f) => f.period === period || f.period === previousPeriod);
  const fromEnterprises = fillFromHistory(own, historyForBuild(history, period), period, previousPeriod, locale);
  const fromTotals = fillFromTotals(fromEnterprises.facts, history, period, previousPeriod, locale);
  return { facts: fromTotals.facts, issues: [...fromEnterprises.issues, ...fromTotals.issues] };
}
