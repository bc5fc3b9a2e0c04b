import type { Period } from '../model';

/**
 * Chooses, among the periods an enterprise sent, non-overlapping ones that cover as many months
 * of `target` as possible, and among those the fewest (a "6 tháng" sheet plus "Quý III" rather
 * than nine monthly sheets: a longer period's figures are the enterprise's own running total).
 * Only periods inside the target's span and year are considered.
 *
 * @example
 * const p = (code, startMonth, endMonth) => ({ kind: 'quarter', year: 2015, startMonth, endMonth, code });
 * coverPeriods([p('Q1/2015', 1, 3), p('Q3/2015', 7, 9), p('T7/2015', 7, 7)], p('9T/2015', 1, 9)).chosen.map((x) => x.code)
 * //=> ['Q1/2015', 'Q3/2015']   (and missingMonths [4, 5, 6])
 */
export function coverPeriods(
  available: readonly Period[],
  target: Period,
): { chosen: Period[]; missingMonths: number[] } {
  const inside = available.filter(
    (p) =>
      p.year === target.year &&
      p.startMonth >= target.startMonth &&
      p.endMonth <= target.endMonth &&
      p.startMonth <= p.endMonth,
  );
  const byStart = new Map<number, Period[]>();
  for (const p of inside) byStart.set(p.startMonth, [...(byStart.get(p.startMonth) ?? []), p]);

  // best(m): the best choice for months m..end — most months covered, then fewest periods.
  interface Plan {
    covered: number;
    count: number;
    periods: Period[];
  }
  const memo = new Map<number, Plan>();
  const best = (m: number): Plan => {
    if (m > target.endMonth) return { covered: 0, count: 0, periods: [] };
    const known = memo.get(m);
    if (known) return known;
    const skip = best(m + 1);
    let plan: Plan = skip;
    for (const p of byStart.get(m) ?? []) {
      const rest = best(p.endMonth + 1);
      const candidate = {
        covered: rest.covered + (p.endMonth - p.startMonth + 1),
        count: rest.count + 1,
        periods: [p, ...rest.periods],
      };
      if (candidate.covered > plan.covered || (candidate.covered === plan.covered && candidate.count < plan.count))
        plan = candidate;
    }
    memo.set(m, plan);
    return plan;
  };
  const chosen = best(target.startMonth).periods;
  const covered = new Set(chosen.flatMap((p) => months(p)));
  const missingMonths = months(target).filter((m) => !covered.has(m));
  return { chosen, missingMonths };
}

/** The months a period spans, e.g. Q3 → [7, 8, 9]. */
export function months(p: Pick<Period, 'startMonth' | 'endMonth'>): number[] {
  return Array.from({ length: Math.max(0, p.endMonth - p.startMonth + 1) }, (_, i) => p.startMonth + i);
}

/** True when two periods share a month. */
export function overlaps(a: Period, b: Period): boolean {
  return a.year === b.year && a.startMonth <= b.endMonth && b.startMonth <= a.endMonth;
}

/**
 * Names missing months the way the enterprise sent its sheets: month codes when it sends monthly
 * sheets ("T7/2015"), quarters where a whole quarter is missing otherwise ("Q3/2015").
 *
 * @example
 * describeMissing([7, 8, 9], 2015, false) //=> ['Q3/2015']
 * describeMissing([7, 8, 9], 2015, true)  //=> ['T7/2015', 'T8/2015', 'T9/2015']
 */
export function describeMissing(missing: readonly number[], year: number, monthly: boolean): string[] {
  const left = new Set(missing);
  const names: string[] = [];
  for (const m of [...missing].sort((a, b) => a - b)) {
    if (!left.has(m)) continue;
    const q = Math.ceil(m / 3);
    const quarter = [3 * q - 2, 3 * q - 1, 3 * q];
    if (!monthly && m === quarter[0] && quarter.every((x) => left.has(x))) {
      names.push(`Q${q}/${year}`);
      quarter.forEach((x) => left.delete(x));
    } else {
      names.push(`T${m}/${year}`);
      left.delete(m);
    }
  }
  return names;
}
