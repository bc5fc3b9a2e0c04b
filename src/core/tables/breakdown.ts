import { INDICATORS } from '../catalogue';
import type { IndicatorTotals } from '../compute/aggregate';
import type { BreakdownRow } from '../model';
import { yoyOf } from './yoy';

const NO_CELL = { file: '', sheet: '', cell: '' };

/**
 * Each enterprise's part of each indicator (chi tiết theo doanh nghiệp), in the tables' order
 * (telecom rows, then postal rows; enterprises in the order they were read). A stock gives
 * increase, decrease and closing; a flow gives its period's flow as `current`. `source` is the
 * cell of the current figure, else of the first figure there is.
 *
 * @example
 * buildBreakdown(aggregate(facts, '9T/2015'))[0]
 * //=> { enterprise: 'VNPT', sector: 'telecom', indicator: 'fixed-wired', increase: 2000, …, source: { file: 'vnpt.xlsx', sheet: 'Biểu 1', cell: 'F8' } }
 */
export function buildBreakdown(totals: IndicatorTotals): BreakdownRow[] {
  const order = new Map(INDICATORS.map((indicator, index) => [indicator.id, index]));
  return [...totals.indicators]
    .sort((a, b) => (order.get(a.indicator) ?? Infinity) - (order.get(b.indicator) ?? Infinity))
    .flatMap((total) =>
      total.enterprises.map((e): BreakdownRow => {
        const s = e.sources;
        const source = (s.current ??
          s.increase ??
          s.decrease ??
          s.opening ??
          s.previous ??
          s.reportedChange ?? [NO_CELL])[0];
        return {
          enterprise: e.enterprise,
          sector: e.sector,
          indicator: e.indicator,
          increase: e.increase,
          decrease: e.decrease,
          current: e.current,
          previous: e.previous,
          yoy: yoyOf(e.current, e.previous),
          source,
        };
      }),
    );
}
