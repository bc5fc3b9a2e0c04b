import { indicatorById } from '../catalogue';
import { CoreError } from '../errors';
import { makeIssue, type Message } from '../issues';
import type { CellRef, Fact, Issue, Locale, Measure, Period } from '../model';
import { periodFromCode } from '../periods';
import { groupBy } from '../groupBy';
import { coverPeriods, describeMissing, overlaps } from './cover';

/**
 * How each measure is carried over a longer span: flows and a stock's increase and decrease add
 * up, a stock's closing figure is the one at the end of the span and its opening the one at the
 * start. An enterprise's own percentage is about its own period and is not carried.
 */
const CARRY: Record<Measure, 'sum' | 'last' | 'first' | 'drop'> = {
  flow: 'sum',
  increase: 'sum',
  decrease: 'sum',
  closing: 'last',
  opening: 'first',
  reportedChange: 'drop',
};

const missingMessage: Message<{ enterprise: string; missing: string; target: string }> = {
  vi: (p) => `${p.enterprise}: không có ${p.missing}; chưa cộng dồn được ${p.target}`,
  en: (p) => `${p.enterprise}: no ${p.missing}; ${p.target} cannot be added up`,
};

const overlapMessage: Message<{ enterprise: string; unused: string; used: string }> = {
  vi: (p) => `${p.enterprise}: ${p.unused} trùng thời gian với ${p.used}; dùng ${p.used}`,
  en: (p) => `${p.enterprise}: ${p.unused} overlaps ${p.used}; ${p.used} is used`,
};

const usedMessage: Message<{ enterprise: string; target: string; parts: string }> = {
  vi: (p) => `${p.enterprise}: ${p.target} được cộng dồn từ ${p.parts}`,
  en: (p) => `${p.enterprise}: ${p.target} is added up from ${p.parts}`,
};

const gapMessage: Message<{ enterprise: string; indicator: string; missing: string }> = {
  vi: (p) => `${p.enterprise}: chỉ tiêu ${p.indicator} không có số liệu trong ${p.missing}; cộng dồn phần còn lại`,
  en: (p) => `${p.enterprise}: indicator ${p.indicator} has no figure in ${p.missing}; the rest is added up`,
};

/** An indicator's label in the message's language. */
function indicatorName(id: Fact['indicator'], locale: Locale): string {
  const indicator = indicatorById(id);
  return locale === 'vi' ? indicator.label : indicator.labelEn;
}

/** A period from a code, or null when the code is not one. */
function tryPeriod(code: string, cache: Map<string, Period | null>): Period | null {
  if (cache.has(code)) return cache.get(code) ?? null;
  let period: Period | null = null;
  try {
    period = periodFromCode(code);
  } catch (error) {
    if (!(error instanceof CoreError)) throw error;
  }
  cache.set(code, period);
  return period;
}

/**
 * Builds a cumulative period's facts (lũy kế, e.g. 9T/2015) from shorter periods' facts, one
 * enterprise and sector at a time: from monthly sheets (T1…T9), quarterly ones (Q1…Q3), or
 * "6 tháng" plus Q3. Flows, increases and decreases add up; a stock's closing figure is the one
 * at the end of the span. An enterprise that sent the target period itself keeps those facts.
 *
 * Issues: an enterprise with a month missing gets an error naming it ("Viettel: không có
 * T7/2015") and no facts — a partial sum would be a wrong figure in the table; a period that
 * overlaps one used (T7 and Q3 both sent) a warning; each enterprise added up an info line.
 * Facts of other periods are not returned. Call it again with the same period last year to add
 * up the "cùng kỳ" figures the shorter sheets brought.
 *
 * @example
 * cumulate(monthlyFacts, periodFromCode('9T/2015'), 'vi').facts
 * // one fact per enterprise, indicator and measure, all with period '9T/2015'
 */
export function cumulate(
  facts: readonly Fact[],
  target: Period,
  locale: Locale = 'vi',
): { facts: Fact[]; issues: Issue[] } {
  const cache = new Map<string, Period | null>();
  const groups = groupBy(facts, (fact) => `${fact.enterprise}\u0000${fact.sector}`);
  const out: Fact[] = [];
  const issues: Issue[] = [];
  for (const group of groups.values()) {
    const result = cumulateEnterprise(group, target, locale, cache);
    out.push(...result.facts);
    issues.push(...result.issues);
  }
  return { facts: out, issues };
}

/** {@link cumulate} for one enterprise in one sector. */
function cumulateEnterprise(
  facts: readonly Fact[],
  target: Period,
  locale: Locale,
  cache: Map<string, Period | null>,
): { facts: Fact[]; issues: Issue[] } {
  const enterprise = facts[0].enterprise;
  const byPeriod = new Map<string, { period: Period; facts: Fact[] }>();
  for (const fact of facts) {
    const period = tryPeriod(fact.period, cache);
    if (!period) continue;
    const entry = byPeriod.get(period.code) ?? { period, facts: [] };
    entry.facts.push(fact);
    byPeriod.set(period.code, entry);
  }
  const own = byPeriod.get(target.code);
  if (own) return { facts: own.facts, issues: [] };

  const available = [...byPeriod.values()].map((e) => e.period);
  const { chosen, missingMonths } = coverPeriods(available, target);
  if (chosen.length === 0) return { facts: [], issues: [] };

  const last = byPeriod.get(chosen[chosen.length - 1].code)!.facts[0].source;
  const where: CellRef = { file: last.file, sheet: last.sheet, cell: '' };
  const issues: Issue[] = [];
  const inside = available.filter(
    (p) => p.year === target.year && p.startMonth >= target.startMonth && p.endMonth <= target.endMonth,
  );
  for (const used of chosen) {
    const unused = inside
      .filter((p) => !chosen.includes(p) && overlaps(p, used))
      .sort((a, b) => a.startMonth - b.startMonth || a.endMonth - b.endMonth);
    if (unused.length > 0) {
      issues.push(
        makeIssue(
          'warning',
          'cumulative-overlap',
          overlapMessage,
          { enterprise, unused: unused.map((p) => p.code).join(', '), used: used.code },
          locale,
          where,
          { enterprise },
        ),
      );
    }
  }
  if (missingMonths.length > 0) {
    const monthly = inside.some((p) => p.kind === 'month');
    const missing = describeMissing(missingMonths, target.year, monthly).join(', ');
    issues.push(
      makeIssue(
        'error',
        'cumulative-missing',
        missingMessage,
        { enterprise, missing, target: target.code },
        locale,
        where,
        { enterprise },
      ),
    );
    return { facts: [], issues };
  }
  issues.push(
    makeIssue(
      'info',
      'cumulative-used',
      usedMessage,
      { enterprise, target: target.code, parts: chosen.map((p) => p.code).join(' + ') },
      locale,
      where,
      { enterprise },
    ),
  );

  const pieces = chosen.map((p) => byPeriod.get(p.code)!.facts);
  const combined = combine(pieces, target.code);
  for (const gap of combined.gaps) {
    issues.push(
      makeIssue(
        'info',
        'cumulative-gap',
        gapMessage,
        {
          enterprise,
          indicator: indicatorName(gap.fact.indicator, locale),
          missing: gap.pieces.map((i) => chosen[i].code).join(', '),
        },
        locale,
        gap.fact.source,
        { enterprise, indicator: gap.fact.indicator },
      ),
    );
  }
  return { facts: combined.facts, issues };
}

/**
 * Combines the facts of consecutive pieces (in time order) into facts of `code`, per indicator
 * and measure, following {@link CARRY}. Reports summed measures some pieces lack.
 */
function combine(pieces: readonly Fact[][], code: string): { facts: Fact[]; gaps: { fact: Fact; pieces: number[] }[] } {
  const keys = new Map<string, Fact>();
  for (const piece of pieces)
    for (const f of piece)
      keys.set(`${f.indicator}\u0000${f.measure}`, keys.get(`${f.indicator}\u0000${f.measure}`) ?? f);
  const facts: Fact[] = [];
  const gaps: { fact: Fact; pieces: number[] }[] = [];
  for (const sample of keys.values()) {
    const carry = CARRY[sample.measure];
    if (carry === 'drop') continue;
    const per = pieces.map((piece) =>
      piece.filter((f) => f.indicator === sample.indicator && f.measure === sample.measure),
    );
    const used = carry === 'sum' ? per.flat() : carry === 'last' ? per[per.length - 1] : per[0];
    if (carry === 'sum') {
      const lacking = per.map((list, i) => (list.length === 0 ? i : -1)).filter((i) => i >= 0);
      if (lacking.length > 0) gaps.push({ fact: sample, pieces: lacking });
    }
    // A closing figure missing at the end of the span (or an opening at its start) cannot be
    // taken from another month: it is left out rather than made up.
    if (used.length === 0) continue;
    const origins = new Set(used.map((f) => f.origin));
    const fact: Fact = {
      enterprise: sample.enterprise,
      sector: sample.sector,
      indicator: sample.indicator,
      measure: sample.measure,
      period: code,
      value: used.reduce((sum, f) => sum + f.value, 0),
      source: used[used.length - 1].source,
    };
    const origin = [...origins][0];
    if (origins.size === 1 && origin !== undefined) fact.origin = origin;
    facts.push(fact);
  }
  return { facts, gaps };
}
