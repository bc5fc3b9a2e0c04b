import { indicatorById } from '../catalogue';
import type { CellRef, Fact, IndicatorId, IndicatorKind, Sector } from '../model';
import { periodFromCode, samePeriodLastYear } from '../periods';
import { groupBy } from '../groupBy';
import { closingStock, roundSum } from './closingStock';

/** The figures a table or a breakdown row is made of. */
export type FigureKey = 'opening' | 'increase' | 'decrease' | 'current' | 'previous' | 'reportedChange';

/** Source cells of each figure (several when figures were summed). */
export type FigureSources = Partial<Record<FigureKey, CellRef[]>>;

/** The figures of one indicator, for one enterprise or summed over all of them; null = not known. */
export interface Figures {
  /** Stock at the start of the period (đầu kỳ). Stocks only. */
  opening: number | null;
  /** New subscriptions in the period (số tăng, phát triển mới). Stocks only. */
  increase: number | null;
  /** Subscriptions that left in the period (số giảm, rời mạng). Stocks only. */
  decrease: number | null;
  /** Stock: closing stock (hiện có); flow: the period's flow (thực hiện trong kỳ). */
  current: number | null;
  /** The same figure for the same period last year (cùng kỳ năm trước): closing stock or flow. */
  previous: number | null;
  sources: FigureSources;
}

/** One enterprise's figures for one indicator. */
export interface EnterpriseFigures extends Figures {
  enterprise: string;
  sector: Sector;
  indicator: IndicatorId;
  kind: IndicatorKind;
  /** The enterprise's own percentage against the same period (a fraction), kept only to be checked. */
  reportedChange: number | null;
  /** True when `current` was worked out as opening + increase − decrease because no closing was given. */
  currentDerived?: boolean;
}

/** Totals of one indicator over all enterprises (tổng hợp), with each enterprise's part. */
export interface IndicatorTotal extends Figures {
  indicator: IndicatorId;
  sector: Sector;
  kind: IndicatorKind;
  /** Enterprises in the order their first fact arrived. */
  enterprises: EnterpriseFigures[];
}

/** What {@link aggregate} returns: the build period, last year's, and a total per indicator seen. */
export interface IndicatorTotals {
  period: string;
  /** Code of the same period last year ("9T/2014"). */
  previousPeriod: string;
  /** Indicators that have at least one fact, in the order facts arrived. */
  indicators: IndicatorTotal[];
}

/** Which measure of which period feeds which figure, per kind of indicator. */
const FEEDS: Record<IndicatorKind, [FigureKey, Fact['measure'], 'current' | 'previous'][]> = {
  stock: [
    ['opening', 'opening', 'current'],
    ['increase', 'increase', 'current'],
    ['decrease', 'decrease', 'current'],
    ['current', 'closing', 'current'],
    ['previous', 'closing', 'previous'],
    ['reportedChange', 'reportedChange', 'current'],
  ],
  flow: [
    ['current', 'flow', 'current'],
    ['previous', 'flow', 'previous'],
    ['reportedChange', 'reportedChange', 'current'],
  ],
};

/** A flow stated in an increase column ("Số tăng trong kỳ" on a postal sheet) is still the flow. */
const FLOW_FALLBACK: [FigureKey, Fact['measure'], 'current' | 'previous'][] = [
  ['current', 'increase', 'current'],
  ['previous', 'increase', 'previous'],
];

const SUMMED = ['opening', 'increase', 'decrease', 'current', 'previous'] as const;

function emptyFigures(): Figures {
  return { opening: null, increase: null, decrease: null, current: null, previous: null, sources: {} };
}

type Sums = Record<FigureKey, number | null> & { sources: FigureSources };

/**
 * Adds a figure into a sum and its cells into the sum's sources, in place (no copies: a table of
 * 50,000 rows is added up in linear time). A sum that would leave the finite numbers keeps its
 * value: `build` never yields Infinity (the reader already refuses implausible figures).
 */
function add(target: Sums, key: FigureKey, value: number, source: CellRef | readonly CellRef[]): void {
  const raw = (target[key] ?? 0) + value;
  if (!Number.isFinite(raw)) return;
  // Rounding scales by 1e6, which overflows past 1.8e302: such a sum is kept unrounded.
  const sum = roundSum(raw);
  target[key] = Number.isFinite(sum) ? sum : raw;
  const sources = (target.sources[key] ??= []);
  if ('cell' in source) sources.push(source);
  else for (const cell of source) sources.push(cell);
}

/**
 * Adds facts up per indicator and per enterprise (tổng hợp theo chỉ tiêu, theo doanh nghiệp).
 *
 * Facts of `period` give the period's figures; facts of the same period last year give `previous`
 * (a stock's closing, a flow's flow). Facts of any other period are ignored. Several facts of the
 * same enterprise, indicator and measure are added (their cells are all kept); sums are rounded to
 * 6 decimals. A stock with opening, increase and decrease but no closing gets its closing from the
 * identity (`currentDerived`).
 *
 * @example
 * const at = { file: 'a.xlsx', sheet: 'VNPT', cell: 'D5' };
 * const totals = aggregate([
 *   { enterprise: 'VNPT', sector: 'telecom', indicator: 'ftth', measure: 'closing', period: '9T/2015', value: 20000, source: at },
 *   { enterprise: 'Viettel', sector: 'telecom', indicator: 'ftth', measure: 'closing', period: '9T/2015', value: 5126, source: at },
 *   { enterprise: 'VNPT', sector: 'telecom', indicator: 'ftth', measure: 'closing', period: '9T/2014', value: 6297, source: at },
 * ], '9T/2015');
 * totals.indicators[0].current //=> 25126
 * totals.indicators[0].previous //=> 6297
 */
export function aggregate(facts: Fact[], period: string): IndicatorTotals {
  const previousPeriod = samePeriodLastYear(periodFromCode(period)).code;
  const used = facts.filter(
    (fact) => (fact.period === period || fact.period === previousPeriod) && Number.isFinite(fact.value),
  );
  const groups = groupBy(used, (fact) => `${fact.indicator}\u0000${fact.enterprise}`);
  const enterprises = [...groups.values()].map((group) => enterpriseFigures(group, period));
  const byIndicator = groupBy(enterprises, (e) => e.indicator);
  const indicators = [...byIndicator].map(([indicator, parts]): IndicatorTotal => {
    const { sector, kind } = indicatorById(indicator);
    const total = { ...emptyFigures(), indicator, sector, kind, enterprises: parts };
    for (const part of parts) {
      for (const figure of SUMMED) {
        const value = part[figure];
        if (value !== null) add(total as unknown as Sums, figure, value, part.sources[figure] ?? []);
      }
    }
    return total;
  });
  return { period, previousPeriod, indicators };
}

/** One enterprise's figures for one indicator from its facts (all of the same enterprise and indicator). */
function enterpriseFigures(facts: Fact[], period: string): EnterpriseFigures {
  const { enterprise, sector, indicator } = facts[0];
  const kind = indicatorById(indicator).kind;
  // Written out (not spread from emptyFigures): one shape for every enterprise's figures.
  const figures: EnterpriseFigures = {
    opening: null,
    increase: null,
    decrease: null,
    current: null,
    previous: null,
    sources: {},
    enterprise,
    sector,
    indicator,
    kind,
    reportedChange: null,
  };
  const sums = figures as unknown as Sums;
  const feed = (rules: typeof FLOW_FALLBACK, only?: (figure: FigureKey) => boolean) => {
    for (const [figure, measure, when] of rules) {
      if (only && !only(figure)) continue;
      for (const fact of facts) {
        if (fact.measure === measure && (fact.period === period) === (when === 'current'))
          add(sums, figure, fact.value, fact.source);
      }
    }
  };
  feed(FEEDS[kind]);
  if (kind === 'flow') {
    const missing = new Set(FLOW_FALLBACK.map(([figure]) => figure).filter((figure) => sums[figure] === null));
    feed(FLOW_FALLBACK, (figure) => missing.has(figure));
  } else if (
    figures.current === null &&
    figures.opening !== null &&
    figures.increase !== null &&
    figures.decrease !== null
  ) {
    const closing = closingStock(figures.opening, figures.increase, figures.decrease);
    if (!Number.isFinite(closing)) return figures;
    figures.current = closing;
    figures.sources.current = [
      ...(figures.sources.opening ?? []),
      ...(figures.sources.increase ?? []),
      ...(figures.sources.decrease ?? []),
    ];
    figures.currentDerived = true;
  }
  return figures;
}
