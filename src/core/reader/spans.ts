/**
 * Figures of one row for spans inside one another (tháng, quý, lũy kế): months beside their
 * cumulative are checked against it, a stock is the same figure for every period ending on its
 * date, and on a year's sheet last year's closing stock is this year's opening.
 */
import { makeIssue } from '../issues';
import type { Fact, Measure, Period } from '../model';
import { writeFigure } from '../compute/formatComparison';
import { periodFromMonths, readPeriodCode, samePeriodLastYear } from '../periods';
import { tidy } from './figures';
import { MESSAGES } from './messages';
import type { TableContext, TableReading } from './readTable';

/**
 * Months or quarters beside a cumulative column that covers them ("Quý I, II, III" and "Lũy kế 9
 * tháng"): each stays a figure of its own period, and the cumulative is checked against them —
 * their sum for a flow, an increase or a decrease, the last one's stock for a stock; a difference
 * is a warning naming every cell. Arithmetic picks the reading: a "Lũy kế" whose months (two or
 * more) do not reach back to its start but add up to it exactly covers those months ("Lũy kế"
 * beside T10…T12 that is their sum is the quarter, not the year to date).
 */
export function settleShortColumns(out: TableReading, ctx: TableContext): void {
  const span = readPeriodCode;
  const groups = new Map<string, Fact[]>();
  for (const fact of out.facts) {
    if (fact.measure === 'reportedChange') continue;
    const row = /\d+$/.exec(fact.source.cell)?.[0];
    const key = `${row}|${fact.indicator}|${fact.measure}|${span(fact.period)?.year}`;
    const list = groups.get(key);
    if (list) list.push(fact);
    else groups.set(key, [fact]);
  }
  for (const facts of groups.values()) {
    if (facts.length < 2) continue;
    for (const outerFact of facts) {
      const outer = span(outerFact.period);
      if (!outer) continue;
      const inner = facts.filter((f) => {
        const p = span(f.period);
        return (
          f !== outerFact &&
          p !== null &&
          p.code !== outer.code &&
          p.startMonth >= outer.startMonth &&
          p.endMonth <= outer.endMonth
        );
      });
      if (inner.length === 0) continue;
      const months = inner.map((fact) => span(fact.period)!).sort((x, y) => x.startMonth - y.startMonth);
      const contiguous = months.every((p, k) => k === 0 || p.startMonth === months[k - 1].endMonth + 1);
      const first = months[0].startMonth;
      const last = months[months.length - 1].endMonth;
      const tiles = contiguous && first === outer.startMonth && last === outer.endMonth;
      const flow = outerFact.measure !== 'closing' && outerFact.measure !== 'opening';
      const sum = tidy(inner.reduce((total, f) => total + f.value, 0));
      const same = (x: number, y: number) => Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x));
      // One month equal to the cumulative says nothing of its span (the months before it may be 0).
      if (flow && contiguous && !tiles && months.length >= 2 && last === outer.endMonth && same(sum, outerFact.value)) {
        const covered = periodFromMonths(outer.year, first, last);
        if (covered) outerFact.period = covered.code;
        continue;
      }
      let expected: number | null = null;
      if (outerFact.measure === 'closing')
        expected = inner.find((f) => span(f.period)!.endMonth === outer.endMonth)?.value ?? null;
      else if (outerFact.measure === 'opening')
        expected = inner.find((f) => span(f.period)!.startMonth === outer.startMonth)?.value ?? null;
      else if (tiles) expected = sum;
      if (expected === null || same(expected, outerFact.value)) continue;
      const issue = makeIssue(
        'warning',
        'cumulative-differs',
        MESSAGES.cumulativeDiffers,
        {
          cumulative: writeFigure(outerFact.value, ctx.locale),
          parts: writeFigure(expected, ctx.locale),
          at: outerFact.source.cell,
        },
        ctx.locale,
        outerFact.source,
        { enterprise: ctx.enterprise, indicator: outerFact.indicator },
      );
      out.issues.push({ ...issue, cells: [outerFact.source.cell, ...inner.map((f) => f.source.cell)] });
    }
  }
}

/**
 * The same stock under its other name on a whole year's sheet: last year's closing is this year's
 * opening, and the other way round. Null on any other sheet, where the two dates differ.
 */
export function yearEndTwin(
  measure: Measure,
  code: string,
  period: Period | null,
): { measure: Measure; period: string } | null {
  if (!period || period.kind !== 'year') return null;
  const last = samePeriodLastYear(period).code;
  if (measure === 'closing' && code === last) return { measure: 'opening', period: period.code };
  if (measure === 'opening' && code === period.code) return { measure: 'closing', period: last };
  return null;
}

/**
 * A stock counted at the end of the table's own period is the table's, whatever span its column
 * names: "Lũy kế hiện có" on a September sheet is the stock at 30/9, as is "Hiện có" (T9 = 9T).
 */
export function sameDate(code: string, period: Period | null): string {
  if (!period || code === period.code) return code;
  const own = readPeriodCode(code);
  return own && own.year === period.year && own.endMonth === period.endMonth ? period.code : code;
}
