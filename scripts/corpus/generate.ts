/**
 * The layout corpus: deterministic submission workbooks drawn from known figures, each with its
 * truth (which cell holds which figure, in the indicator's canonical unit).
 *
 * `generateWorkbook(seed, index)` draws one workbook: an enterprise of some province, a period,
 * and a combination of habits (wording, header shape, orientation, units and multipliers, number
 * styles, letterheads, notes, parts and totals, monthly or quarterly columns, hidden rows and
 * columns, scaled number formats, legacy encodings, …). The same seed and index always give the
 * same workbook and the same bytes.
 *
 * Truth conventions (see docs/layouts.md):
 * - a stock's increase, decrease, closing and opening are figures of the sheet's period; the
 *   opening is the stock at the start of that period, kept under the period's code;
 * - a flow (revenue, postal volumes) is 'flow'; revenue on a telecom sheet sits in the stock
 *   sheet's "hiện có" column and is a flow;
 * - a "cùng kỳ năm trước" column holds last year's closing (stocks) or flow (flows), under last
 *   year's period code;
 * - a monthly or quarterly column is a figure of its own month or quarter, the cumulative column
 *   one of the whole period;
 * - not figures: "Trong đó" parts of a standard indicator, district rows under a total,
 *   percentages, plan columns, net additions, other indicators (BTS, IPTV, 3G), STT, hidden rows
 *   and columns; but when a total is not itself a standard indicator ("Điện thoại di động")
 *   its standard parts (trả trước, trả sau) are the figures;
 * - a cell with a scaling number format (#,##0,) is what a person sees times the stated unit.
 */
import type { IndicatorId, Measure } from '../../src/core/model';
import { Rng } from './random';
import { a1, type Broken, type CellSpec, SheetSpec, type Encoding } from './sheet';
import {
  CANONICAL,
  ENTERPRISES,
  HEADINGS,
  LABELS,
  MONTH_NAMES_EN,
  PROVINCES,
  ROMAN,
  SIGNERS,
  STOCKS,
  UNITS,
  VIETTEL_BOTH,
  plain,
  type Enterprise,
  type Sector,
  type UnitWord,
} from './words';

/** One figure of the truth: the cell that holds it and what it is. */
export interface TruthFigure {
  file: string;
  sheet: string;
  cell: string;
  indicator: IndicatorId;
  measure: Measure;
  period: string;
  /** In the indicator's canonical unit (thuê bao, triệu đồng, kg, cái, tờ/cuốn). */
  value: number;
  /** Equivalent readings: an opening stock is also the closing stock of the period before. */
  also?: { measure: Measure; period: string }[];
}

/** A generated workbook: its sheets, and what a perfect reader would read from them. */
export interface CorpusWorkbook {
  file: string;
  /** The period the workbook is about (the build's period). */
  period: string;
  /** True when the sheets state the period in words (a title line or a heading). */
  stated: boolean;
  habits: string[];
  enterprise: string;
  province: string;
  sheets: SheetSpec[];
  truth: TruthFigure[];
}

// ---------------------------------------------------------------------------------------------
// Periods

/** A sheet named for its period the English way: "9M-2015", "Sep-2015", "Q3-2015", "2015". */
function englishSheetName(span: Span): string {
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  if (span.kind === 'month') return `${months[span.end - 1]}-${span.year}`;
  if (span.kind === 'quarter') return `Q${span.end / 3}-${span.year}`;
  if (span.kind === 'year') return `${span.year}`;
  return `${span.end}M-${span.year}`;
}

interface Span {
  kind: 'month' | 'quarter' | 'months' | 'year';
  year: number;
  start: number;
  end: number;
}

const LAST_DAY = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function spanCode(s: Span): string {
  switch (s.kind) {
    case 'month':
      return `T${s.start}/${s.year}`;
    case 'quarter':
      return `Q${(s.start + 2) / 3}/${s.year}`;
    case 'months':
      return `${s.end}T/${s.year}`;
    default:
      return `${s.year}`;
  }
}

const lastYear = (s: Span): Span => ({ ...s, year: s.year - 1 });

/** The period that ends when `s` starts: last year, the quarter or the month before. */
function before(s: Span): string {
  if (s.kind === 'quarter') return s.start === 1 ? `Q4/${s.year - 1}` : `Q${(s.start - 1) / 3}/${s.year}`;
  if (s.kind === 'month') return s.start === 1 ? `T12/${s.year - 1}` : `T${s.start - 1}/${s.year}`;
  return `${s.year - 1}`;
}

/** Other readings of the same stock figure (see TruthFigure.also). */
function alsoFor(span: Span, measure: Measure, period: string): { measure: Measure; period: string }[] | undefined {
  if (measure === 'opening') return [{ measure: 'closing', period: before(span) }];
  // Last year's closing in a year's report is the stock at 31/12: this year's opening too.
  if (measure === 'closing' && span.kind === 'year' && period === spanCode(lastYear(span)))
    return [{ measure: 'opening', period: spanCode(span) }];
  return undefined;
}
const endDate = (s: Span) => `${LAST_DAY[s.end - 1]}/${s.end}/${s.year}`;
const openDate = (s: Span) =>
  s.start === 1 ? `31/12/${s.year - 1}` : `${LAST_DAY[s.start - 2]}/${s.start - 1}/${s.year}`;

/** The period in words, for a title line. */
function spanTitle(rng: Rng, s: Span, en: boolean): string {
  const y = s.year;
  const q = (s.start + 2) / 3;
  if (en)
    switch (s.kind) {
      case 'month':
        return rng.pick([`${MONTH_NAMES_EN[s.start - 1]} ${y}`, `Month ${s.start}/${y}`]);
      case 'quarter':
        return rng.pick([`Q${q} ${y}`, `Quarter ${q}, ${y}`]);
      case 'months':
        return rng.pick([
          `first ${s.end} months of ${y}`,
          `January - ${MONTH_NAMES_EN[s.end - 1]} ${y}`,
          `${s.end} months of ${y}`,
        ]);
      default:
        return rng.pick([`year ${y}`, `full year ${y}`]);
    }
  switch (s.kind) {
    case 'month':
      return rng.pick([
        `tháng ${s.start}/${y}`,
        `tháng ${s.start} năm ${y}`,
        `tháng ${String(s.start).padStart(2, '0')} năm ${y}`,
      ]);
    case 'quarter':
      return rng.pick([`quý ${ROMAN[q - 1]}/${y}`, `quý ${ROMAN[q - 1]} năm ${y}`, `quý ${q} năm ${y}`, `Q${q}/${y}`]);
    case 'months':
      return rng.pick([
        `${s.end} tháng đầu năm ${y}`,
        `lũy kế ${s.end} tháng năm ${y}`,
        `${s.end} tháng năm ${y}`,
        `từ 01/01/${y} đến ${endDate(s)}`,
        `${s.end} tháng/${y}`,
        `lũy kế đến ${endDate(s)}`,
      ]);
    default:
      return rng.pick([`năm ${y}`, `cả năm ${y}`]);
  }
}

/** The period in a heading's few words. */
function spanShort(s: Span, en: boolean): string {
  const q = (s.start + 2) / 3;
  if (en)
    return s.kind === 'month'
      ? `${MONTH_NAMES_EN[s.start - 1]} ${s.year}`
      : s.kind === 'quarter'
        ? `Q${q} ${s.year}`
        : s.kind === 'months'
          ? `${s.end}M ${s.year}`
          : `${s.year}`;
  return s.kind === 'month'
    ? `tháng ${s.start}/${s.year}`
    : s.kind === 'quarter'
      ? `quý ${ROMAN[q - 1]}/${s.year}`
      : s.kind === 'months'
        ? `${s.end} tháng ${s.year}`
        : `năm ${s.year}`;
}

// ---------------------------------------------------------------------------------------------
// Numbers as written

type NumberStyle = 'number' | 'text-vi' | 'text-en' | 'mixed';

function grouped(x: number, decimals: number, thousands: string, point: string): string {
  const neg = x < 0;
  const [int, frac] = Math.abs(x).toFixed(decimals).split('.');
  const body = int.replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
  return (neg ? '-' : '') + body + (frac ? point + frac : '');
}

/** "1.234.567" / "1.234,5" as Vietnamese sheets type it. */
export const viText = (x: number, d = 0) => grouped(x, d, '.', ',');
/** "1,234,567" / "1,234.5" in English convention. */
export const enText = (x: number, d = 0) => grouped(x, d, ',', '.');

// ---------------------------------------------------------------------------------------------
// Figures

/** A figure in the unit it is shown in: `k / 10^d` shown, `factor` to the canonical unit. */
interface Shown {
  k: number;
  d: number;
  factor: number;
  /** A scaling number format on the cell: it holds `k * times` and shows `k`. */
  scale?: { fmt: string; times: number };
}

const shownValue = (s: Shown) => s.k / 10 ** s.d;
const canonical = (s: Shown) => Number(((s.k * s.factor) / 10 ** s.d).toPrecision(12));

/** Typical sizes in canonical units, for one enterprise in one province over nine months. */
const SIZE: Record<IndicatorId, [number, number]> = {
  'fixed-wired': [1500, 60000],
  'fixed-wireless': [400, 25000],
  'mobile-postpaid': [2000, 150000],
  'mobile-prepaid': [40000, 1900000],
  'broadband-xdsl': [1500, 110000],
  ftth: [800, 60000],
  'telecom-revenue': [4000, 2500000],
  'press-distribution': [80000, 7500000],
  'letter-post': [3000, 1000000],
  parcels: [800, 70000],
  express: [1500, 90000],
  'money-orders': [900, 60000],
  'money-transferred': [8000, 250000],
  'postal-revenue': [1500, 75000],
};

/** A period's share of nine months, so a month's figures are a month's size. */
const scaleOf = (s: Span) => (s.end - s.start + 1) / 9;

function sizeFor(rng: Rng, ind: IndicatorId): number {
  const [lo, hi] = SIZE[ind];
  const base = Math.exp(Math.log(lo) + rng.next() * (Math.log(hi) - Math.log(lo)));
  return Math.max(50, Math.round(base));
}

/** Shown figure near `c` canonical units, in a unit of `factor`, with up to `d` decimals. */
function show(rng: Rng, c: number, unit: UnitWord, decimals: number): Shown {
  const f = unit.factor;
  if (f < 1) {
    // đồng or nghìn đồng: more digits, a few of them not zero.
    const per = Math.round(1 / f);
    return { k: Math.round(c) * per + rng.int(0, per - 1), d: 0, factor: f };
  }
  const d = decimals;
  return { k: Math.max(1, Math.round((c / f) * 10 ** d)), d, factor: f };
}

/** Splits a shown total into `n` positive parts (same unit and decimals). */
function split(rng: Rng, total: Shown, n: number): Shown[] {
  const weights = Array.from({ length: n }, () => 0.6 + rng.next());
  const sum = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((w) => Math.max(1, Math.floor((total.k * w) / sum)));
  const diff = total.k - parts.reduce((a, b) => a + b, 0);
  parts[parts.length - 1] += diff;
  if (parts[parts.length - 1] < 1) {
    parts[parts.length - 1] = 1;
  }
  return parts.map((k) => ({ ...total, k }));
}

const sumShown = (xs: Shown[]): Shown => ({ ...xs[0], k: xs.reduce((a, x) => a + x.k, 0) });

// ---------------------------------------------------------------------------------------------
// The drawing context of one workbook

interface Ctx {
  rng: Rng;
  file: string;
  span: Span;
  en: boolean;
  style: NumberStyle;
  /** Where nothing is written: '-', 'x' or a blank. */
  nothing: () => string | null;
  habits: Set<string>;
  truth: TruthFigure[];
  /** Unit chosen per canonical unit for the sheet being drawn. */
  units: Map<string, UnitWord>;
  decimals: Map<string, number>;
  /** Scaling number formats ("#,##0," or "#,##0,,") per canonical unit, when the sheet uses them. */
  scaled: Map<string, { fmt: string; times: number }>;
  footnote: boolean;
  stripLabels: 'full' | 'plain' | 'abbr' | 'en';
  /** The period is stated in a heading (and nowhere else). */
  periodInHeader: boolean;
  /** Decreases written negative: "-1.234" or "(1.234)" (giam-so-am); '' for none. */
  minusDecreases: '' | '-' | '()';
  /** Of two tables side by side, the one left without figures (mot-bang-trong): 0 left, 1 right, null neither. */
  emptySide: 0 | 1 | null;
  /** Where figures break (loi-cong-thuc): the random stream that picks them, or null on a sound workbook. */
  broken: Rng | null;
}

/** A heading that states the period: the closing stock at the period's end, or the period's flow. */
function periodHeading(ctx: Ctx, kind: 'closing' | 'flow'): string {
  const f = periodFill(ctx);
  if (kind === 'closing')
    return ctx.en
      ? `In service at ${f.d}`
      : ctx.rng.pick([`Hiện có đến ${f.d}`, `Số TB đến ${f.d}`, `Thuê bao hiện có đến ${f.d}`]);
  return ctx.en ? `Actual ${f.p}` : ctx.rng.pick([`Thực hiện ${f.p}`, `Số liệu ${f.p}`, `Kết quả ${f.p}`]);
}

function heading(ctx: Ctx, key: keyof typeof HEADINGS, fill: Record<string, string> = {}, allowPeriod = true): string {
  let pool = ctx.en ? HEADINGS[key].en : HEADINGS[key].vi;
  // In a month's or a quarter's report "lũy kế" reads as year to date: revenue beside it would be ambiguous.
  if (key === 'closing' && (ctx.span.kind === 'month' || ctx.span.kind === 'quarter'))
    pool = pool.filter((h) => !/lũy kế/i.test(h));
  const usable = allowPeriod ? pool : pool.filter((h) => !/\{(p|d|o|pl|ld)\}/.test(h));
  const chosen = ctx.rng.pick(usable.length > 0 ? usable : pool);
  return chosen.replace(/\{(\w+)\}/g, (_, k: string) => fill[k] ?? '');
}

function periodFill(ctx: Ctx): Record<string, string> {
  const s = ctx.span;
  return {
    y: String(s.year),
    ly: String(s.year - 1),
    p: spanShort(s, ctx.en),
    pl: spanShort(lastYear(s), ctx.en),
    d: endDate(s),
    o: openDate(s),
    ld: endDate(lastYear(s)),
  };
}

function labelOf(ctx: Ctx, ind: IndicatorId): string {
  const names = LABELS[ind];
  switch (ctx.stripLabels) {
    case 'plain':
      return plain(ctx.rng.pick(names.vi));
    case 'abbr':
      return ctx.rng.pick(names.abbr);
    case 'en':
      return ctx.rng.pick(names.en);
    default:
      return ctx.rng.pick(names.vi);
  }
}

function unitFor(ctx: Ctx, ind: IndicatorId): UnitWord {
  return ctx.units.get(CANONICAL[ind])!;
}

/** The shown figure for a canonical size in this sheet's unit for the indicator. */
function shownFor(ctx: Ctx, ind: IndicatorId, c: number): Shown {
  const unit = unitFor(ctx, ind);
  const s = show(ctx.rng, c, unit, ctx.decimals.get(CANONICAL[ind]) ?? 0);
  const scale = ctx.scaled.get(CANONICAL[ind]);
  return scale && s.d === 0 && s.factor >= 1 ? { ...s, scale } : s;
}

/** Writes a figure's cell as the sheet writes numbers; returns nothing. */
function putNumber(ctx: Ctx, sheet: SheetSpec, row: number, col: number, s: Shown, border = true): void {
  const x = shownValue(s);
  let style = ctx.style;
  if (style === 'mixed') style = ctx.rng.chance(0.5) ? 'number' : 'text-vi';
  if (s.scale && s.d === 0 && style === 'number') {
    sheet.set(row, col, s.k * s.scale.times, { fmt: s.scale.fmt, border });
    return;
  }
  if (style === 'number') {
    sheet.set(row, col, x, { fmt: s.d > 0 ? `#,##0.${'0'.repeat(s.d)}` : '#,##0', border });
    return;
  }
  let text = style === 'text-en' ? enText(x, s.d) : viText(x, s.d);
  if (ctx.footnote && ctx.rng.chance(0.15)) {
    text += ' (*)';
    ctx.habits.add('so-kem-chu-thich');
  }
  sheet.set(row, col, text, { border });
}

/** Writes a truth figure. */
function putFigure(
  ctx: Ctx,
  sheet: SheetSpec,
  row: number,
  col: number,
  s: Shown,
  ind: IndicatorId,
  measure: Measure,
  period: string,
): void {
  putNumber(ctx, sheet, row, col, s);
  const shown = sheet.get(row, col);
  if (measure === 'decrease' && ctx.minusDecreases && shown && shownValue(s) > 0) {
    const v = shown.v;
    if (typeof v === 'number') shown.v = -v;
    else if (typeof v === 'string') shown.v = ctx.minusDecreases === '()' && !v.includes('(') ? `(${v})` : `-${v}`;
    ctx.habits.add('giam-so-am');
  }
  // A figure the enterprise meant to give, broken (loi-cong-thuc): a formula's error, or a formula
  // saved by a program that does not work it out. It stays in the truth: the best reading names it.
  if (shown && ctx.broken?.chance(0.15)) {
    shown.v = ctx.broken.pick<Broken>([
      { error: '#REF!' },
      { error: '#N/A' },
      { error: '#VALUE!' },
      { formula: `SUM(${a1(row + 1, col)}:${a1(row + 3, col)})` },
    ]);
    delete shown.fmt;
    ctx.habits.add('loi-cong-thuc');
  }
  const also = alsoFor(ctx.span, measure, period);
  ctx.truth.push({
    file: ctx.file,
    sheet: sheet.name,
    cell: a1(row, col),
    indicator: ind,
    measure,
    period,
    value: canonical(s),
    ...(also ? { also } : {}),
  });
}

/** A percentage as the enterprise writes it: a fraction formatted %, a number like 102,5, or text. */
function putPercent(ctx: Ctx, sheet: SheetSpec, row: number, col: number, ratio: number): void {
  const r = ctx.rng.int(0, 2);
  if (!Number.isFinite(ratio)) {
    sheet.set(row, col, ctx.nothing(), { border: true });
  } else if (r === 0) sheet.set(row, col, Math.round(ratio * 1000) / 1000, { fmt: '0.0%', border: true });
  else if (r === 1 || ctx.style === 'number')
    sheet.set(row, col, Math.round(ratio * 1000) / 10, { fmt: '0.0', border: true });
  else sheet.set(row, col, `${ctx.en ? enText(ratio * 100, 1) : viText(ratio * 100, 1)}%`, { border: true });
}

// ---------------------------------------------------------------------------------------------
// Figures of one enterprise

interface StockFig {
  inc: Shown;
  dec: Shown;
  close: Shown;
  open: Shown;
  last: Shown;
}

function stockFig(ctx: Ctx, ind: IndicatorId): StockFig {
  const c = sizeFor(ctx.rng, ind);
  const close = shownFor(ctx, ind, c);
  const rate = scaleOf(ctx.span) * (0.03 + ctx.rng.next() * 0.35);
  const inc = shownFor(ctx, ind, Math.max(10, c * rate));
  const dec = shownFor(ctx, ind, Math.max(5, c * rate * (0.2 + ctx.rng.next())));
  inc.d = dec.d = close.d;
  inc.factor = dec.factor = close.factor;
  // open = close - inc + dec stays positive: inc is a share of close.
  if (inc.k >= close.k) inc.k = Math.max(1, Math.floor(close.k / 3));
  // Every figure of the row is shown the same way (decimals, unit, scaling format).
  const open: Shown = { ...close, k: close.k - inc.k + dec.k };
  const last: Shown = { ...close, k: Math.max(1, Math.round(close.k * (0.55 + ctx.rng.next() * 0.9))) };
  return { inc, dec, close, open, last };
}

interface FlowFig {
  flow: Shown;
  last: Shown;
}

function flowFig(ctx: Ctx, ind: IndicatorId): FlowFig {
  const c = sizeFor(ctx.rng, ind) * scaleOf(ctx.span);
  const flow = shownFor(ctx, ind, Math.max(20, c));
  const lastC = Math.max(20, c * (0.5 + ctx.rng.next()));
  shownFor(ctx, ind, lastC); // (a draw kept so that seeds give the same workbooks as before)
  const last: Shown = { ...flow, k: Math.max(1, Math.round(flow.k * (lastC / Math.max(c, 1)))) };
  return { flow, last };
}

// ---------------------------------------------------------------------------------------------
// Headers

interface Column {
  key:
    | 'stt'
    | 'label'
    | 'unit'
    | 'opening'
    | 'increase'
    | 'decrease'
    | 'net'
    | 'closing'
    | 'lastClosing'
    | 'flow'
    | 'lastFlow'
    | 'percent'
    | 'plan'
    | 'planPercent'
    | 'note'
    | 'month'
    | 'cumulative'
    | 'monthFlow';
  /** Heading from the top level down. */
  path: string[];
  hidden?: boolean;
  /** For a month or quarter column: its span. */
  span?: Span;
}

/** Writes a header of `depth` rows at `top`, merging shared group cells and short paths down. */
function writeHeader(sheet: SheetSpec, top: number, left: number, cols: Column[], depth: number): void {
  cols.forEach((col, i) => {
    const c = left + i;
    const L = col.path.length;
    // Group levels: merge with the neighbours that share the prefix.
    for (let l = 0; l < L - 1; l++) {
      const prefix = JSON.stringify(col.path.slice(0, l + 1));
      const prev = i > 0 ? JSON.stringify(cols[i - 1].path.slice(0, l + 1)) : '';
      if (prev === prefix && cols[i - 1].path.length > l + 1) continue;
      let j = i;
      while (
        j + 1 < cols.length &&
        cols[j + 1].path.length > l + 1 &&
        JSON.stringify(cols[j + 1].path.slice(0, l + 1)) === prefix
      )
        j++;
      sheet.set(top + l, c, col.path[l], { bold: true, center: true, border: true });
      sheet.merge(top + l, c, top + l, left + j);
    }
    sheet.set(top + L - 1, c, col.path[L - 1], { bold: true, center: true, border: true });
    sheet.merge(top + L - 1, c, top + depth - 1, c);
    if (col.hidden) sheet.hiddenColumns.add(c);
  });
}

// ---------------------------------------------------------------------------------------------
// Letterheads and footers

interface Who {
  ent: Enterprise;
  province: (typeof PROVINCES)[number];
  name: string;
}

const docDate = (ctx: Ctx) => {
  const s = ctx.span;
  const m = s.end === 12 ? 1 : s.end + 1;
  const y = s.end === 12 ? s.year + 1 : s.year;
  return { day: ctx.rng.int(2, 12), month: m, year: y };
};

/** Title lines above the table; returns the next free row. */
function letterhead(
  ctx: Ctx,
  sheet: SheetSpec,
  who: Who,
  sector: Sector | 'both',
  width: number,
  showPeriod: boolean,
): number {
  const rng = ctx.rng;
  const style = rng.weighted([
    ['none', 1],
    ['short', 3],
    ['official', 3],
    ['form', 1],
  ] as const);
  const right = Math.max(3, Math.floor(width / 2));
  const what = ctx.en
    ? sector === 'postal'
      ? 'POSTAL AND COURIER STATISTICS'
      : sector === 'telecom'
        ? 'TELECOMMUNICATIONS AND INTERNET STATISTICS'
        : 'TELECOM AND POSTAL STATISTICS'
    : sector === 'postal'
      ? rng.pick([
          'SỐ LIỆU BƯU CHÍNH, CHUYỂN PHÁT',
          'BÁO CÁO KẾT QUẢ HOẠT ĐỘNG BƯU CHÍNH',
          'SỐ LIỆU SẢN LƯỢNG, DOANH THU BƯU CHÍNH',
        ])
      : sector === 'telecom'
        ? rng.pick([
            'SỐ LIỆU VIỄN THÔNG, INTERNET',
            'BÁO CÁO SỐ LIỆU PHÁT TRIỂN THUÊ BAO VÀ DOANH THU',
            'KẾT QUẢ HOẠT ĐỘNG VIỄN THÔNG',
          ])
        : 'SỐ LIỆU VIỄN THÔNG VÀ BƯU CHÍNH';
  const periodLine = showPeriod ? spanTitle(rng, ctx.span, ctx.en) : '';
  const d = docDate(ctx);
  let r = 0;
  const line = (
    text: string,
    opts: { bold?: boolean; italic?: boolean; center?: boolean; col?: number; span?: number } = {},
  ) => {
    const col = opts.col ?? 0;
    sheet.set(r, col, text, { bold: opts.bold, italic: opts.italic, center: opts.center });
    if (opts.span && opts.span > 1) sheet.merge(r, col, r, col + opts.span - 1);
  };
  if (style === 'none') {
    ctx.habits.add('khong-tieu-de');
    line(`${what}${periodLine ? (ctx.en ? ' - ' : ' ') + periodLine.toUpperCase() : ''}`, { bold: true });
    r++;
  } else if (style === 'short') {
    ctx.habits.add('tieu-de-ngan');
    line(who.name, { bold: true });
    r++;
    line(what, { bold: true, center: true, span: width });
    r++;
    if (periodLine) {
      line(
        ctx.en
          ? `Period: ${periodLine}`
          : rng.pick([
              `Kỳ báo cáo: ${periodLine}`,
              periodLine.charAt(0).toUpperCase() + periodLine.slice(1),
              `(${periodLine})`,
            ]),
        {
          italic: true,
          center: true,
          span: width,
        },
      );
      r++;
    }
  } else if (style === 'form') {
    ctx.habits.add('mau-bieu');
    line(ctx.en ? 'Form 01/BC-VT' : rng.pick(['Biểu số 01/VT', 'Biểu mẫu số 02-BCVT', 'Mẫu số 01/BC-STTTT']), {
      bold: true,
    });
    line(ctx.en ? 'Issued with Circular 03/2022/TT-BTTTT' : 'Ban hành kèm theo Thông tư số 03/2022/TT-BTTTT', {
      italic: true,
      col: right,
    });
    r++;
    line(ctx.en ? `Reporting unit: ${who.name}` : `Đơn vị báo cáo: ${who.name}`);
    line(
      ctx.en
        ? `Receiving unit: Department of ICT, ${who.province.name}`
        : `Đơn vị nhận báo cáo: Sở TTTT tỉnh ${who.province.name}`,
      { col: right },
    );
    r++;
    line(what, { bold: true, center: true, span: width });
    r++;
    if (periodLine) {
      line(periodLine.charAt(0).toUpperCase() + periodLine.slice(1), { italic: true, center: true, span: width });
      r++;
    }
  } else {
    ctx.habits.add('cong-van-quoc-hieu');
    line(who.ent.group, { center: true, span: right });
    line(ctx.en ? 'SOCIALIST REPUBLIC OF VIETNAM' : 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', {
      bold: true,
      center: true,
      col: right,
      span: width - right,
    });
    r++;
    line(who.name, { bold: true, center: true, span: right });
    line(ctx.en ? 'Independence - Freedom - Happiness' : 'Độc lập - Tự do - Hạnh phúc', {
      bold: true,
      center: true,
      col: right,
      span: width - right,
    });
    r++;
    const no = rng.int(12, 980);
    line(`Số: ${no}/BC-${who.ent.short}${rng.chance(0.5) ? '-KHKD' : ''}`, { center: true, span: right });
    line(`${who.province.town}, ngày ${String(d.day).padStart(2, '0')} tháng ${d.month} năm ${d.year}`, {
      italic: true,
      center: true,
      col: right,
      span: width - right,
    });
    r += 2;
    line(ctx.en ? 'REPORT' : 'BÁO CÁO', { bold: true, center: true, span: width });
    r++;
    line(
      ctx.en
        ? `Telecommunications and postal figures${periodLine ? ', ' + periodLine : ''}`
        : `${rng.pick(['Số liệu', 'Kết quả hoạt động', 'Tình hình phát triển'])} ${sector === 'postal' ? 'bưu chính, chuyển phát' : 'viễn thông, Internet'}${periodLine ? ' ' + periodLine : ''}`,
      { bold: true, center: true, span: width },
    );
    r++;
    line(
      ctx.en
        ? `To: Department of Information and Communications, ${who.province.name}`
        : `Kính gửi: ${rng.pick(['Sở Thông tin và Truyền thông', 'Sở Khoa học và Công nghệ'])} tỉnh ${who.province.name}`,
      { center: true, span: width },
    );
    r++;
    if (rng.chance(0.6)) {
      const m = rng.int(1, Math.max(1, ctx.span.end));
      line(
        ctx.en
          ? `Following the Department's letter No. ${rng.int(100, 999)}/STTTT-BCVT, ${who.name} reports as follows:`
          : `Thực hiện Công văn số ${rng.int(100, 999)}/STTTT-BCVT ngày ${rng.int(1, 28)}/${m}/${ctx.span.year} của Sở về việc báo cáo số liệu, ${who.name} báo cáo như sau:`,
        { italic: true },
      );
      r++;
    }
  }
  return r;
}

/** Lines under the table; returns the next free row. */
function footer(ctx: Ctx, sheet: SheetSpec, row: number, width: number, who: Who): number {
  const rng = ctx.rng;
  let r = row + 1;
  if (ctx.habits.has('cong-van-quoc-hieu') || rng.chance(0.4)) {
    const right = Math.max(3, Math.floor(width / 2));
    const signer = rng.pick(SIGNERS);
    if (rng.chance(0.5)) {
      sheet.set(r, 0, ctx.en ? 'Prepared by' : 'Người lập biểu', { bold: true });
      sheet.set(r + 3, 0, rng.pick(SIGNERS));
      sheet.set(r + 4, 0, `ĐT: 0${rng.int(203, 299)}.${rng.int(3500000, 3899999)}`, { italic: true });
    } else {
      sheet.set(r, 0, ctx.en ? 'Recipients:' : 'Nơi nhận:', { bold: true, italic: true });
      sheet.set(r + 1, 0, ctx.en ? '- As above;' : '- Như trên;');
      sheet.set(r + 2, 0, ctx.en ? '- Filed.' : '- Lưu: VT, KHKD.');
    }
    sheet.set(
      r,
      right,
      ctx.en ? 'DIRECTOR' : rng.pick(['GIÁM ĐỐC', 'KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'THỦ TRƯỞNG ĐƠN VỊ']),
      { bold: true, center: true },
    );
    sheet.set(r + 1, right, ctx.en ? '(Signed)' : '(Đã ký)', { italic: true, center: true });
    sheet.set(r + 4, right, signer, { bold: true, center: true });
    ctx.habits.add('chu-ky');
    r += 6;
  }
  void who;
  return r;
}

// ---------------------------------------------------------------------------------------------
// Units

/** Chooses the sheet's unit per canonical unit; `plainOnly` keeps factor-1 units. */
function chooseUnits(ctx: Ctx, plainOnly: boolean): void {
  const rng = ctx.rng;
  const pickUnit = (base: string, scaled: string | null, pScaled: number): UnitWord => {
    const useScaled = !plainOnly && scaled !== null && rng.chance(pScaled);
    const pool = UNITS[useScaled ? scaled! : base].filter((u) => (ctx.en ? u.en || /^[A-Za-z']/.test(u.text) : !u.en));
    const unit = rng.pick(pool.length > 0 ? pool : UNITS[useScaled ? scaled! : base]);
    return unit;
  };
  ctx.units.set('thue-bao', pickUnit('thue-bao', 'thue-bao-k', 0.15));
  ctx.units.set('trieu-dong', pickUnit('trieu-dong', 'trieu-dong-x', 0.3));
  ctx.units.set('kg', pickUnit('kg', 'kg-x', 0.15));
  ctx.units.set('cai', pickUnit('cai', 'cai-k', 0.15));
  ctx.units.set('to-cuon', pickUnit('to-cuon', 'to-cuon-k', 0.2));
  for (const [code, u] of ctx.units) {
    if (u.factor !== 1) ctx.habits.add('dvt-boi-so');
    let d = 0;
    // Text with three decimals ("8.896" nghìn TB) reads either way; only real numbers carry three.
    if (u.factor >= 1000) d = rng.int(1, ctx.style === 'number' ? 3 : 2);
    else if (u.factor === 1 && code === 'trieu-dong' && rng.chance(0.25)) d = rng.int(1, 2);
    ctx.decimals.set(code, d);
  }
}

// ---------------------------------------------------------------------------------------------
// Row-oriented tables (indicators down, measures across)

type UnitPlace = 'column' | 'label' | 'title' | 'header' | 'none';

interface RowItem {
  kind: 'indicator' | 'section' | 'part' | 'other' | 'note' | 'blank' | 'hidden' | 'group';
  label: string;
  ind?: IndicatorId;
  stock?: StockFig;
  flow?: FlowFig;
  /** For parts and other rows: shown values per measure column key. */
  values?: Partial<Record<Column['key'], Shown>>;
  unitText?: string;
  /** A standard indicator that is a part of a non-standard total. */
  truthPart?: boolean;
}

const SECTION_TELECOM = ['VIỄN THÔNG', 'DỊCH VỤ VIỄN THÔNG', 'A. VIỄN THÔNG, INTERNET'];
const SECTION_POSTAL = ['BƯU CHÍNH', 'DỊCH VỤ BƯU CHÍNH, CHUYỂN PHÁT', 'B. BƯU CHÍNH'];

/** Labels of totals that are not themselves standard indicators, with their standard parts. */
const GROUP_TOTALS: { label: string; en: string; parts: [IndicatorId, string[]][] }[] = [
  {
    label: 'Điện thoại di động',
    en: 'Mobile subscriptions',
    parts: [
      ['mobile-prepaid', ['- Trả trước', '+ Trả trước', 'a) Trả trước', 'Trong đó: trả trước']],
      ['mobile-postpaid', ['- Trả sau', '+ Trả sau', 'b) Trả sau', 'trả sau']],
    ],
  },
  {
    label: 'Điện thoại cố định',
    en: 'Fixed telephone',
    parts: [
      ['fixed-wired', ['- Có dây', '+ Cố định có dây', 'a) Có dây']],
      ['fixed-wireless', ['- Không dây', '+ Cố định không dây', 'b) Không dây']],
    ],
  },
  {
    label: 'Thuê bao Internet băng rộng cố định',
    en: 'Fixed broadband subscriptions',
    parts: [
      ['broadband-xdsl', ['- xDSL', '+ ADSL', 'a) xDSL']],
      ['ftth', ['- FTTH', '+ Cáp quang FTTH', 'b) FTTH']],
    ],
  },
];

/** "Trong đó" parts a standard indicator is broken into (labels; the parts add up unless `share`). */
const PARTS: Partial<Record<IndicatorId, { labels: string[]; share?: boolean }>> = {
  'telecom-revenue': { labels: ['- Doanh thu dịch vụ di động', '- Doanh thu dịch vụ cố định', '- Doanh thu Internet'] },
  'mobile-prepaid': { labels: ['Trong đó: thuê bao 3G/4G'], share: true },
  express: { labels: ['- Trong nước', '- Quốc tế'] },
  'postal-revenue': { labels: ['- Doanh thu dịch vụ bưu chính công ích', '- Doanh thu dịch vụ chuyển phát'] },
  'press-distribution': { labels: ['- Báo Trung ương', '- Báo địa phương'] },
};

const OTHERS: Record<Sector, [string, string][]> = {
  telecom: [
    ['Số trạm BTS', 'Trạm'],
    ['Thuê bao truyền hình IPTV (MyTV)', 'Thuê bao'],
    ['Thuê bao 3G', 'Thuê bao'],
    ['Điểm cung cấp dịch vụ viễn thông công cộng', 'Điểm'],
  ],
  postal: [
    ['Số bưu cục', 'Bưu cục'],
    ['Điểm Bưu điện - Văn hóa xã', 'Điểm'],
    ['Thùng thư công cộng', 'Cái'],
  ],
};

/** The measure columns a row table carries, with their headings, for a sector. */
function measureColumns(ctx: Ctx, sector: Sector, depth: number, stated: boolean, unitHeader: string | null): Column[] {
  const rng = ctx.rng;
  const fill = periodFill(ctx);
  const h = (key: keyof typeof HEADINGS) => heading(ctx, key, fill, stated);
  const withUnit = (text: string) => (unitHeader ? `${text} (${unitHeader})` : text);
  const cols: Column[] = [];
  if (sector === 'telecom') {
    const hasOpening = rng.chance(0.2);
    const hasDecrease = rng.chance(0.85);
    const hasIncrease = rng.chance(0.95);
    const group =
      depth >= 2
        ? rng.pick(ctx.en ? ['In the period', 'Subscriptions'] : ['Trong kỳ', 'Số thuê bao', 'Phát sinh trong kỳ'])
        : null;
    const top =
      depth >= 3 ? (stated ? `${ctx.en ? '' : 'Thực hiện '}${fill.p}` : ctx.en ? 'This year' : 'Năm nay') : null;
    const pre = (p: string[]) => (top ? [top, ...p] : p);
    if (hasOpening) {
      cols.push({ key: 'opening', path: pre([withUnit(h('opening'))]) });
      ctx.habits.add('cot-dau-ky');
    }
    if (hasIncrease)
      cols.push({ key: 'increase', path: pre(group ? [group, withUnit(h('increase'))] : [withUnit(h('increase'))]) });
    if (hasDecrease)
      cols.push({ key: 'decrease', path: pre(group ? [group, withUnit(h('decrease'))] : [withUnit(h('decrease'))]) });
    if (rng.chance(0.15) && hasIncrease && hasDecrease) {
      cols.push({ key: 'net', path: pre(group ? [group, h('net')] : [h('net')]) });
      ctx.habits.add('cot-thuc-tang');
    }
    cols.push({
      key: 'closing',
      path: pre([withUnit(ctx.periodInHeader ? periodHeading(ctx, 'closing') : h('closing'))]),
    });
    if (rng.chance(0.2)) {
      // Columns in an unusual order: closing first.
      const closing = cols.pop()!;
      cols.unshift(closing);
      ctx.habits.add('thu-tu-cot-khac');
    }
  } else {
    const top = depth >= 3 ? (ctx.en ? 'Figures' : 'Số liệu') : null;
    const group = depth >= 2 ? (ctx.en ? 'Actual' : rng.pick(['Thực hiện', 'Sản lượng, doanh thu'])) : null;
    const s = ctx.span;
    if (s.kind === 'months' && s.end > 1 && stated && rng.chance(0.2)) {
      // "Thực hiện tháng 9" beside "Lũy kế 9 tháng": the month is T9, the cumulative the period.
      ctx.habits.add('cot-thang-va-luy-ke');
      const month = ctx.en
        ? `${MONTH_NAMES_EN[s.end - 1]} ${s.year}`
        : rng.pick([`Thực hiện tháng ${s.end}`, `Tháng ${s.end}/${s.year}`, `Thực hiện T${s.end}`]);
      const cumulative = ctx.en
        ? `Year to date`
        : rng.pick([`Lũy kế ${s.end} tháng`, `Lũy kế ${s.end} tháng năm ${s.year}`, 'Lũy kế từ đầu năm']);
      cols.push({ key: 'monthFlow', path: [...(top ? [top] : []), month] });
      cols.push({ key: 'flow', path: [...(top ? [top] : []), cumulative] });
      return cols;
    }
    const flowHead = ctx.periodInHeader ? periodHeading(ctx, 'flow') : h('flow');
    cols.push({ key: 'flow', path: [...(top ? [top] : []), ...(group ? [group, flowHead] : [flowHead])] });
  }
  return cols;
}

function rowTable(
  ctx: Ctx,
  sheet: SheetSpec,
  top: number,
  sectors: { sector: Sector; inds: IndicatorId[] }[],
  stated: boolean,
  unitPlace: UnitPlace,
): { next: number; width: number } {
  const rng = ctx.rng;
  const fill = periodFill(ctx);
  const depth = rng.weighted([
    [1, 4],
    [2, 4],
    [3, 2],
  ] as const);
  ctx.habits.add(`tieu-de-${depth}-dong`);
  const mainSector = sectors[0].sector;
  const hasStt = rng.chance(0.8);
  const unitCol = unitPlace === 'column';
  const unitHeader = unitPlace === 'header' && mainSector === 'telecom' ? ctx.units.get('thue-bao')!.text : null;
  if (unitHeader) ctx.habits.add('dvt-tieu-de-cot');
  // Measure columns: telecom stock columns, or postal flow columns; a two-sector sheet takes the telecom set and puts flows in "closing".
  const measures = measureColumns(ctx, mainSector, depth, stated, unitHeader);
  if (sectors.length > 1) {
    // Stocks and flows share the last column on a two-sector sheet.
    const closing = measures.find((c) => c.key === 'closing')!;
    closing.path[closing.path.length - 1] = ctx.periodInHeader
      ? periodHeading(ctx, 'flow')
      : ctx.rng.pick(ctx.en ? ['Actual', 'Total'] : ['Thực hiện', 'Số lượng', 'Kỳ báo cáo', 'Hiện có / Thực hiện']);
  }
  const cols: Column[] = [];
  if (hasStt) cols.push({ key: 'stt', path: [heading(ctx, 'stt')] });
  cols.push({ key: 'label', path: [heading(ctx, 'label')] });
  if (unitCol) cols.push({ key: 'unit', path: [heading(ctx, 'unit')] });
  cols.push(...measures);
  const lastKey = mainSector === 'telecom' ? 'lastClosing' : 'lastFlow';
  const lastCol = rng.chance(0.6);
  if (lastCol) {
    const hidden = rng.chance(0.12);
    const lastHead = heading(ctx, lastKey, fill, stated);
    cols.push({ key: lastKey, path: [unitHeader ? `${lastHead} (${unitHeader})` : lastHead], hidden });
    ctx.habits.add(hidden ? 'cot-an' : 'cot-cung-ky');
  }
  if (rng.chance(0.3) && lastCol) {
    cols.push({ key: 'percent', path: [heading(ctx, 'percent', fill, stated)] });
    ctx.habits.add('cot-phan-tram');
  }
  if (rng.chance(0.15)) {
    cols.push({ key: 'plan', path: [heading(ctx, 'plan', fill, stated)] });
    ctx.habits.add('cot-ke-hoach');
    if (rng.chance(0.5)) cols.push({ key: 'planPercent', path: [heading(ctx, 'planPercent', fill, stated)] });
  }
  if (rng.chance(0.15)) {
    cols.push({ key: 'note', path: [heading(ctx, 'note')] });
    ctx.habits.add('cot-ghi-chu');
  }
  const depthUsed = Math.max(...cols.map((c) => c.path.length));
  writeHeader(sheet, top, 0, cols, depthUsed);
  let r = top + depthUsed;
  // A row of column numbers under the header: (1) (2) (3)…
  if (rng.chance(0.2)) {
    cols.forEach((_, i) =>
      sheet.set(r, i, ctx.rng.chance(0.5) ? `(${i + 1})` : String.fromCharCode(65 + i), {
        center: true,
        italic: true,
        border: true,
      }),
    );
    ctx.habits.add('dong-so-cot');
    r++;
  }
  const colOf = (key: Column['key']) => cols.findIndex((c) => c.key === key);

  // Rows.
  let stt = 0;
  let sectionNo = 0;
  for (const { sector, inds } of sectors) {
    if (sectors.length > 1 || rng.chance(0.2)) {
      const title = rng.pick(sector === 'telecom' ? SECTION_TELECOM : SECTION_POSTAL);
      if (hasStt) sheet.set(r, colOf('stt'), ROMAN[sectionNo], { bold: true, border: true });
      sheet.set(r, colOf('label'), ctx.en ? (sector === 'telecom' ? 'TELECOMMUNICATIONS' : 'POSTAL SERVICES') : title, {
        bold: true,
        border: true,
      });
      sectionNo++;
      stt = 0;
      r++;
      ctx.habits.add('muc-la-ma');
    }
    const items = planRows(ctx, sector, inds);
    for (const item of items) {
      r = writeRowItem(ctx, sheet, r, cols, item, () => (hasStt ? ++stt : 0), unitPlace, sector);
    }
  }
  const end = r;
  // Note rows under the table.
  if (rng.chance(0.4)) {
    sheet.set(
      r,
      0,
      ctx.en
        ? 'Note: figures for the last month are estimates.'
        : rng.pick([
            'Ghi chú: số liệu tháng cuối kỳ là số ước thực hiện.',
            '(*) Số liệu ước tính.',
            'Ghi chú: doanh thu chưa bao gồm thuế GTGT.',
          ]),
      { italic: true },
    );
    ctx.habits.add('dong-ghi-chu');
    r++;
  }
  void end;
  return { next: r, width: cols.length };
}

/** Decides the rows of one sector's part of a table. */
function planRows(ctx: Ctx, sector: Sector, inds: IndicatorId[]): RowItem[] {
  const rng = ctx.rng;
  const items: RowItem[] = [];
  const used = new Set<IndicatorId>();
  const group = sector === 'telecom' && rng.chance(0.2) ? rng.pick(GROUP_TOTALS) : null;
  for (const ind of inds) {
    if (used.has(ind)) continue;
    if (group && group.parts.some(([p]) => p === ind) && group.parts.every(([p]) => inds.includes(p))) {
      ctx.habits.add('tong-khong-chuan');
      const parts = group.parts.map(([p, labels]) => ({
        ind: p,
        label: ctx.en ? LABELS[p].en[0] : rng.pick(labels),
        stock: stockFig(ctx, p),
      }));
      items.push({
        kind: 'group',
        label: ctx.en ? group.en : group.label,
        values: sumStocks(parts.map((p) => p.stock)),
      });
      for (const p of parts) {
        items.push({ kind: 'indicator', ind: p.ind, label: p.label, stock: p.stock, truthPart: true });
        used.add(p.ind);
      }
      continue;
    }
    used.add(ind);
    const isStock = STOCKS.includes(ind);
    const item: RowItem = isStock
      ? { kind: 'indicator', ind, label: labelOf(ctx, ind), stock: stockFig(ctx, ind) }
      : { kind: 'indicator', ind, label: labelOf(ctx, ind), flow: flowFig(ctx, ind) };
    items.push(item);
    if (rng.chance(0.05)) {
      items.push({ kind: 'blank', label: '' });
      ctx.habits.add('dong-trong');
    }
    const parts = PARTS[ind];
    if (parts && rng.chance(0.25)) {
      ctx.habits.add('trong-do');
      const total = isStock ? item.stock!.close : item.flow!.flow;
      const pieces = parts.share
        ? [{ ...total, k: Math.max(1, Math.round(total.k * (0.2 + rng.next() * 0.5))) }]
        : split(rng, total, parts.labels.length);
      const standalone = rng.chance(0.4) && !parts.share;
      if (standalone) items.push({ kind: 'part', label: 'Trong đó:', values: {} });
      parts.labels.forEach((label, i) => {
        const key: Column['key'] = isStock ? 'closing' : 'flow';
        items.push({
          kind: 'part',
          label: standalone
            ? label
            : i === 0 && !label.startsWith('Trong')
              ? `Trong đó: ${label.replace(/^- /, '')}`
              : label,
          values: { [key]: pieces[i] },
        });
      });
    }
  }
  if (rng.chance(0.2)) {
    const [label, unit] = rng.pick(OTHERS[sector]);
    items.push({ kind: 'other', label, unitText: unit, values: {} });
    ctx.habits.add('chi-tieu-khac');
  }
  if (rng.chance(0.1)) {
    // A hidden row: an old copy of a row the enterprise replaced.
    const ind = rng.pick(inds);
    items.splice(rng.int(0, items.length), 0, {
      kind: 'hidden',
      ind,
      label: labelOf(ctx, ind),
      stock: STOCKS.includes(ind) ? stockFig(ctx, ind) : undefined,
      flow: STOCKS.includes(ind) ? undefined : flowFig(ctx, ind),
    });
    ctx.habits.add('hang-an');
  }
  return items;
}

function sumStocks(figs: StockFig[]): Partial<Record<Column['key'], Shown>> {
  return {
    increase: sumShown(figs.map((f) => f.inc)),
    decrease: sumShown(figs.map((f) => f.dec)),
    closing: sumShown(figs.map((f) => f.close)),
    opening: sumShown(figs.map((f) => f.open)),
    lastClosing: sumShown(figs.map((f) => f.last)),
  };
}

function writeRowItem(
  ctx: Ctx,
  sheet: SheetSpec,
  r: number,
  cols: Column[],
  item: RowItem,
  nextStt: () => number,
  unitPlace: UnitPlace,
  sector: Sector,
): number {
  const rng = ctx.rng;
  const colOf = (key: Column['key']) => cols.findIndex((c) => c.key === key);
  const period = spanCode(ctx.span);
  const lastPeriod = spanCode(lastYear(ctx.span));
  if (item.kind === 'blank') return r + 1;
  const labelCol = colOf('label');
  const unitText = item.ind ? unitFor(ctx, item.ind).text : (item.unitText ?? '');
  let label = item.label;
  const unitIn =
    unitPlace === 'label' ||
    ((unitPlace === 'title' || unitPlace === 'header') && item.ind !== undefined && CANONICAL[item.ind] !== 'thue-bao');
  if (unitIn && unitText && item.kind !== 'part' && item.kind !== 'group') {
    label = `${label} (${unitText})`;
    ctx.habits.add('dvt-trong-nhan');
  }
  if (item.kind === 'part' || item.truthPart) sheet.set(r, labelCol, label, { italic: true, border: true });
  else sheet.set(r, labelCol, label, { border: true, bold: item.kind === 'group' });
  if (colOf('stt') >= 0) {
    if (item.kind === 'indicator' && !item.truthPart)
      sheet.set(r, colOf('stt'), nextStt(), { center: true, border: true });
    else if (item.kind === 'group' || item.kind === 'other')
      sheet.set(r, colOf('stt'), nextStt(), { center: true, border: true });
  }
  if (colOf('unit') >= 0 && item.kind !== 'section') {
    const unitCell =
      item.kind === 'part' && !item.values?.closing && !item.values?.flow
        ? null
        : unitText || (item.kind === 'group' ? ctx.units.get('thue-bao')!.text : null);
    if (unitCell) sheet.set(r, colOf('unit'), unitCell, { center: true, border: true });
    ctx.habits.add('dvt-cot');
  }
  const dash = (key: Column['key']) => {
    const c = colOf(key);
    if (c >= 0) {
      const v = ctx.nothing();
      if (v !== null) {
        sheet.set(r, c, v, { center: true, border: true });
        ctx.habits.add('gach-ngang');
      }
    }
  };

  if (item.kind === 'hidden') sheet.hiddenRows.add(r);

  const truth = item.kind === 'indicator';
  const ind = item.ind;
  const stockCols: [Column['key'], keyof StockFig, Measure][] = [
    ['opening', 'open', 'opening'],
    ['increase', 'inc', 'increase'],
    ['decrease', 'dec', 'decrease'],
    ['closing', 'close', 'closing'],
  ];
  for (const col of cols) {
    const c = colOf(col.key);
    const hiddenCol = col.hidden === true;
    const put = (s: Shown, measure: Measure, p: string) => {
      if (truth && !hiddenCol && ind) putFigure(ctx, sheet, r, c, s, ind, measure, p);
      else putNumber(ctx, sheet, r, c, s);
    };
    if (item.stock) {
      const f = item.stock;
      const sc = stockCols.find(([k]) => k === col.key);
      if (sc) put(f[sc[1]], sc[2], period);
      else if (col.key === 'lastClosing') put(f.last, 'closing', lastPeriod);
      else if (col.key === 'net') putNumber(ctx, sheet, r, c, { ...f.inc, k: f.inc.k - f.dec.k });
      else if (col.key === 'percent')
        putPercent(ctx, sheet, r, c, shownValue(f.close) / shownValue(f.last) - 1 + (rng.chance(0.5) ? 1 : 0));
      else if (col.key === 'plan')
        putNumber(ctx, sheet, r, c, { ...f.close, k: Math.round(f.close.k * (1 + rng.next() * 0.3)) });
      else if (col.key === 'planPercent') putPercent(ctx, sheet, r, c, 0.7 + rng.next() * 0.3);
      else if (col.key === 'note' && rng.chance(0.2))
        sheet.set(r, c, ctx.en ? 'estimate' : 'Ước tính', { border: true });
      else if (col.key === 'flow') put(f.close, 'closing', period);
    } else if (item.flow) {
      const f = item.flow;
      // A flow on a stock sheet sits in the "hiện có" column; increase and decrease stay empty.
      if (col.key === 'closing' || col.key === 'flow') put(f.flow, 'flow', period);
      else if (col.key === 'monthFlow') {
        const month: Shown = {
          ...f.flow,
          k: Math.max(1, Math.round((f.flow.k / ctx.span.end) * (0.8 + rng.next() * 0.4))),
        };
        put(month, 'flow', `T${ctx.span.end}/${ctx.span.year}`);
      } else if (col.key === 'lastClosing' || col.key === 'lastFlow') put(f.last, 'flow', lastPeriod);
      else if (col.key === 'increase' || col.key === 'decrease' || col.key === 'opening' || col.key === 'net')
        dash(col.key);
      else if (col.key === 'percent')
        putPercent(ctx, sheet, r, c, shownValue(f.flow) / shownValue(f.last) - 1 + (rng.chance(0.5) ? 1 : 0));
      else if (col.key === 'plan')
        putNumber(ctx, sheet, r, c, { ...f.flow, k: Math.round(f.flow.k * (1.2 + rng.next() * 0.3)) });
      else if (col.key === 'planPercent') putPercent(ctx, sheet, r, c, 0.6 + rng.next() * 0.3);
    } else if (item.values) {
      const v = item.values;
      const key = col.key === 'flow' && v.closing ? 'closing' : col.key;
      const s = v[key] ?? (col.key === 'closing' ? v.flow : undefined);
      if (s) putNumber(ctx, sheet, r, c, s);
      else if (item.kind === 'other' && ['increase', 'closing', 'flow', 'lastClosing', 'lastFlow'].includes(col.key)) {
        putNumber(ctx, sheet, r, c, { k: rng.int(5, 900), d: 0, factor: 1 });
      }
    }
  }
  void sector;
  return r + 1;
}

// ---------------------------------------------------------------------------------------------
// Transposed tables (indicators across, measures down)

function transposedTable(
  ctx: Ctx,
  sheet: SheetSpec,
  top: number,
  sector: Sector,
  inds: IndicatorId[],
  stated: boolean,
  unitPlace: UnitPlace,
): { next: number; width: number } {
  const rng = ctx.rng;
  const fill = periodFill(ctx);
  ctx.habits.add('bang-ngang');
  const period = spanCode(ctx.span);
  const lastPeriod = spanCode(lastYear(ctx.span));
  const figs = inds.map((ind) => ({
    ind,
    stock: STOCKS.includes(ind) ? stockFig(ctx, ind) : undefined,
    flow: STOCKS.includes(ind) ? undefined : flowFig(ctx, ind),
  }));
  const unitRow = unitPlace === 'column' || (unitPlace === 'header' && rng.chance(0.5));
  const head: string[] = figs.map(({ ind }) => {
    const label = labelOf(ctx, ind);
    return unitPlace === 'label' || (unitPlace === 'header' && !unitRow)
      ? `${label} (${unitFor(ctx, ind).text})`
      : label;
  });
  const corner = ctx.en ? 'Item' : rng.pick(['Chỉ tiêu', 'Nội dung', 'Số liệu']);
  let r = top;
  sheet.set(r, 0, corner, { bold: true, center: true, border: true });
  head.forEach((h, i) => sheet.set(r, i + 1, h, { bold: true, center: true, border: true }));
  if (unitRow) {
    r++;
    sheet.merge(r - 1, 0, r, 0);
    figs.forEach(({ ind }, i) =>
      sheet.set(r, i + 1, unitFor(ctx, ind).text, { italic: true, center: true, border: true }),
    );
    ctx.habits.add('dvt-dong-duoi-tieu-de');
  } else if (unitPlace === 'label' || unitPlace === 'header') ctx.habits.add('dvt-trong-nhan');
  r++;
  type Line = { key: 'increase' | 'decrease' | 'closing' | 'last' | 'net' | 'percent'; text: string };
  const lines: Line[] = [];
  if (sector === 'telecom') {
    if (rng.chance(0.9)) lines.push({ key: 'increase', text: heading(ctx, 'increase', fill, stated) });
    if (rng.chance(0.8)) lines.push({ key: 'decrease', text: heading(ctx, 'decrease', fill, stated) });
    if (rng.chance(0.15) && lines.length === 2) {
      lines.push({ key: 'net', text: heading(ctx, 'net', fill, stated) });
      ctx.habits.add('cot-thuc-tang');
    }
    lines.push({
      key: 'closing',
      text: ctx.periodInHeader ? periodHeading(ctx, 'closing') : heading(ctx, 'closing', fill, stated),
    });
    if (rng.chance(0.5)) lines.push({ key: 'last', text: heading(ctx, 'lastClosing', fill, stated) });
  } else {
    lines.push({
      key: 'closing',
      text: ctx.periodInHeader ? periodHeading(ctx, 'flow') : heading(ctx, 'flow', fill, stated),
    });
    if (rng.chance(0.6)) lines.push({ key: 'last', text: heading(ctx, 'lastFlow', fill, stated) });
  }
  if (lines.some((l) => l.key === 'last') && rng.chance(0.3)) {
    lines.push({ key: 'percent', text: heading(ctx, 'percent', fill, stated) });
    ctx.habits.add('cot-phan-tram');
  }
  for (const line of lines) {
    sheet.set(r, 0, line.text, { border: true });
    figs.forEach((f, i) => {
      const c = i + 1;
      if (f.stock) {
        const s = f.stock;
        if (line.key === 'increase') putFigure(ctx, sheet, r, c, s.inc, f.ind, 'increase', period);
        else if (line.key === 'decrease') putFigure(ctx, sheet, r, c, s.dec, f.ind, 'decrease', period);
        else if (line.key === 'closing') putFigure(ctx, sheet, r, c, s.close, f.ind, 'closing', period);
        else if (line.key === 'last') putFigure(ctx, sheet, r, c, s.last, f.ind, 'closing', lastPeriod);
        else if (line.key === 'net') putNumber(ctx, sheet, r, c, { ...s.inc, k: s.inc.k - s.dec.k });
        else putPercent(ctx, sheet, r, c, shownValue(s.close) / shownValue(s.last));
      } else if (f.flow) {
        const s = f.flow;
        if (line.key === 'closing') putFigure(ctx, sheet, r, c, s.flow, f.ind, 'flow', period);
        else if (line.key === 'last') putFigure(ctx, sheet, r, c, s.last, f.ind, 'flow', lastPeriod);
        else if (line.key === 'percent') putPercent(ctx, sheet, r, c, shownValue(s.flow) / shownValue(s.last));
        else {
          const v = ctx.nothing();
          if (v !== null) sheet.set(r, c, v, { center: true, border: true });
        }
      }
    });
    r++;
  }
  return { next: r, width: figs.length + 1 };
}

// ---------------------------------------------------------------------------------------------
// Monthly or quarterly columns

function periodColumnsTable(
  ctx: Ctx,
  sheet: SheetSpec,
  top: number,
  sector: Sector,
  inds: IndicatorId[],
  unitPlace: UnitPlace,
  quarterly: boolean,
  stated: boolean,
): { next: number; width: number } {
  const rng = ctx.rng;
  const s = ctx.span;
  const fill = periodFill(ctx);
  ctx.habits.add(quarterly ? 'cot-quy' : 'cot-thang');
  const subs: Span[] = [];
  if (quarterly)
    for (let q = (s.start + 2) / 3; q * 3 <= s.end; q++)
      subs.push({ kind: 'quarter', year: s.year, start: 3 * q - 2, end: 3 * q });
  else for (let m = s.start; m <= s.end; m++) subs.push({ kind: 'month', year: s.year, start: m, end: m });
  // Without a stated period no heading names the year.
  const monthStyle = stated ? rng.int(0, 3) : rng.int(0, 1);
  const subHead = (p: Span): string => {
    if (quarterly) {
      const q = (p.start + 2) / 3;
      return ctx.en
        ? rng.pick([`Q${q}`, `Quarter ${q}`])
        : [`Quý ${ROMAN[q - 1]}`, `Q${q}`, `Quý ${q}`, `Quý ${ROMAN[q - 1]}/${p.year}`][monthStyle];
    }
    return ctx.en
      ? [
          `${MONTH_NAMES_EN[p.start - 1]}`,
          `${MONTH_NAMES_EN[p.start - 1]}-${String(p.year).slice(2)}`,
          `M${p.start}`,
          `Month ${p.start}`,
        ][monthStyle]
      : [
          `Tháng ${p.start}`,
          `T${p.start}`,
          `Tháng ${String(p.start).padStart(2, '0')}/${p.year}`,
          `T${p.start}/${p.year}`,
        ][monthStyle];
  };
  const cumulative = rng.chance(0.6);
  const last = rng.chance(0.35);
  const depth = rng.chance(0.5) ? 2 : 1;
  const yearWords = stated ? (ctx.en ? `, ${s.year}` : ` năm ${s.year}`) : '';
  const group = ctx.en
    ? `By ${quarterly ? 'quarter' : 'month'}${yearWords}`
    : `Thực hiện theo ${quarterly ? 'quý' : 'tháng'}${yearWords}`;
  const cols: Column[] = [];
  const hasStt = rng.chance(0.7);
  if (hasStt) cols.push({ key: 'stt', path: [heading(ctx, 'stt')] });
  cols.push({ key: 'label', path: [heading(ctx, 'label')] });
  if (unitPlace === 'column') cols.push({ key: 'unit', path: [heading(ctx, 'unit')] });
  for (const p of subs) cols.push({ key: 'month', path: depth === 2 ? [group, subHead(p)] : [subHead(p)], span: p });
  if (cumulative) {
    // In a quarter's report the months add up to the quarter: "lũy kế" would read as year to date.
    const q = ROMAN[(s.start + 2) / 3 - 1];
    const cumulativeHead =
      s.kind === 'quarter'
        ? ctx.en
          ? 'Quarter total'
          : rng.pick(['Cộng quý', `Quý ${q}`, `Tổng quý ${q}`, 'Cộng'])
        : heading(ctx, 'cumulative', fill, stated);
    cols.push({ key: 'cumulative', path: [cumulativeHead] });
    ctx.habits.add('cot-luy-ke');
  }
  if (last) {
    cols.push({ key: 'lastFlow', path: [heading(ctx, 'lastFlow', fill, stated)] });
    ctx.habits.add('cot-cung-ky');
  }
  const closing = sector === 'telecom' && rng.chance(0.5);
  if (closing) cols.push({ key: 'closing', path: [heading(ctx, 'closing', fill, stated)] });
  const d = Math.max(...cols.map((c) => c.path.length));
  writeHeader(sheet, top, 0, cols, d);
  let r = top + d;
  let stt = 0;
  const period = spanCode(s);
  const lastPeriod = spanCode(lastYear(s));
  for (const ind of inds) {
    const isStock = STOCKS.includes(ind);
    // A stock row in monthly columns counts new subscriptions per month.
    const stock = isStock ? stockFig(ctx, ind) : undefined;
    const flow = isStock ? undefined : flowFig(ctx, ind);
    const total = stock ? stock.inc : flow!.flow;
    const pieces = split(rng, total, subs.length);
    let label = labelOf(ctx, ind);
    if (isStock)
      label = `${label} ${ctx.en ? '- new' : rng.pick(['phát triển mới', '(PTM)', '- phát triển mới', 'tăng mới'])}`;
    if (unitPlace === 'label' || unitPlace === 'title' || unitPlace === 'header')
      label = `${label} (${unitFor(ctx, ind).text})`;
    const measure: Measure = isStock ? 'increase' : 'flow';
    if (hasStt) sheet.set(r, 0, ++stt, { center: true, border: true });
    cols.forEach((col, c) => {
      if (col.key === 'label') sheet.set(r, c, label, { border: true });
      else if (col.key === 'unit') sheet.set(r, c, unitFor(ctx, ind).text, { center: true, border: true });
      else if (col.key === 'month') {
        const i = subs.indexOf(col.span!);
        putFigure(ctx, sheet, r, c, pieces[i], ind, measure, spanCode(col.span!));
      } else if (col.key === 'cumulative') putFigure(ctx, sheet, r, c, total, ind, measure, period);
      else if (col.key === 'lastFlow') {
        if (stock) {
          const v = ctx.nothing();
          if (v !== null) sheet.set(r, c, v, { center: true, border: true });
        } else putFigure(ctx, sheet, r, c, flow!.last, ind, 'flow', lastPeriod);
      } else if (col.key === 'closing') {
        if (stock) putFigure(ctx, sheet, r, c, stock.close, ind, 'closing', period);
        else {
          const v = ctx.nothing();
          if (v !== null) sheet.set(r, c, v, { center: true, border: true });
        }
      }
    });
    r++;
  }
  return { next: r, width: cols.length };
}

// ---------------------------------------------------------------------------------------------
// Branch rows under a total

function branchTable(
  ctx: Ctx,
  sheet: SheetSpec,
  top: number,
  sector: Sector,
  inds: IndicatorId[],
  districts: string[],
  stated: boolean,
  unitPlace: UnitPlace,
): { next: number; width: number } {
  const rng = ctx.rng;
  const fill = periodFill(ctx);
  ctx.habits.add('chi-nhanh');
  const period = spanCode(ctx.span);
  const chosen = rng.subset(inds, rng.int(2, Math.min(4, inds.length)));
  // For a stock: its closing (and maybe increase); for a flow: the period's flow.
  const withInc = sector === 'telecom' && rng.chance(0.5);
  type Col = { ind: IndicatorId; measure: Measure; head: string[] };
  const cols: Col[] = [];
  for (const ind of chosen) {
    const base = labelOf(ctx, ind);
    const label = unitPlace === 'none' ? base : `${base} (${unitFor(ctx, ind).text})`;
    if (STOCKS.includes(ind)) {
      if (withInc) {
        cols.push({ ind, measure: 'increase', head: [label, heading(ctx, 'increase', fill, stated)] });
        cols.push({ ind, measure: 'closing', head: [label, heading(ctx, 'closing', fill, stated)] });
      } else cols.push({ ind, measure: 'closing', head: [label] });
    } else cols.push({ ind, measure: 'flow', head: [label] });
  }
  if (unitPlace !== 'none') ctx.habits.add('dvt-tieu-de-cot');
  if (ctx.periodInHeader) {
    const top = periodHeading(ctx, sector === 'telecom' ? 'closing' : 'flow');
    for (const c of cols) c.head = [top, ...c.head];
  }
  const columns: Column[] = [
    { key: 'stt', path: [heading(ctx, 'stt')] },
    {
      key: 'label',
      path: [ctx.en ? 'Branch' : rng.pick(['Đơn vị', 'Huyện, thị xã, thành phố', 'Địa bàn', 'Trung tâm viễn thông'])],
    },
    ...cols.map((c) => ({ key: 'closing' as const, path: c.head })),
  ];
  const depth = Math.max(...columns.map((c) => c.path.length));
  writeHeader(sheet, top, 0, columns, depth);
  let r = top + depth;
  const figures = cols.map((c) => {
    const f = STOCKS.includes(c.ind) ? stockFig(ctx, c.ind) : undefined;
    const total = f ? (c.measure === 'increase' ? f.inc : f.close) : flowFig(ctx, c.ind).flow;
    return { total, parts: split(rng, total, districts.length) };
  });
  const totalFirst = rng.chance(0.5);
  const totalLabel = ctx.en ? 'Total' : rng.pick(['Tổng cộng', 'Cộng', 'Toàn tỉnh', 'Tổng số']);
  const writeTotal = () => {
    sheet.set(r, 1, totalLabel, { bold: true, border: true });
    cols.forEach((c, i) => putFigure(ctx, sheet, r, i + 2, figures[i].total, c.ind, c.measure, period));
    r++;
  };
  if (totalFirst) writeTotal();
  districts.forEach((name, j) => {
    sheet.set(r, 0, j + 1, { center: true, border: true });
    sheet.set(r, 1, name, { border: true });
    cols.forEach((_, i) => putNumber(ctx, sheet, r, i + 2, figures[i].parts[j]));
    r++;
  });
  if (!totalFirst) writeTotal();
  return { next: r, width: columns.length };
}

// ---------------------------------------------------------------------------------------------
// One workbook

function drawSpan(rng: Rng, layout: string): Span {
  const year = rng.weighted([
    [2015, 5],
    [2016, 2],
    [2019, 1],
    [2023, 1],
    [2024, 1],
  ] as const);
  if (layout === 'cot-thang') {
    const end = rng.pick([3, 6, 9, 9, 12]);
    if (rng.chance(0.2)) return { kind: 'quarter', year, start: end - 2, end };
    return end === 12 ? { kind: 'year', year, start: 1, end: 12 } : { kind: 'months', year, start: 1, end };
  }
  if (layout === 'cot-quy') {
    const end = rng.pick([6, 9, 9, 12]);
    return end === 12 ? { kind: 'year', year, start: 1, end: 12 } : { kind: 'months', year, start: 1, end };
  }
  const kind = rng.weighted([
    ['months', 6],
    ['quarter', 2],
    ['month', 2],
    ['year', 1],
  ] as const);
  if (kind === 'months') {
    const end = rng.weighted([
      [9, 4],
      [6, 2],
      [3, 1],
    ] as const);
    return { kind, year, start: 1, end };
  }
  if (kind === 'quarter') {
    const q = rng.int(1, 4);
    return { kind, year, start: 3 * q - 2, end: 3 * q };
  }
  if (kind === 'month') {
    const m = rng.int(1, 12);
    return { kind, year, start: m, end: m };
  }
  return { kind, year, start: 1, end: 12 };
}

function slug(text: string): string {
  return plain(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * Two tables side by side under one header row ("bang-song-song"): each sector's own table, the
 * second drawn apart and moved right of the first (a blank column between, or none), its cells,
 * merges and truth with it. A row hidden by either table hides the other's figures on it too: a
 * person does not see them, so they leave the truth.
 */
function sideBySide(
  ctx: Ctx,
  sheet: SheetSpec,
  top: number,
  sectors: { sector: Sector; inds: IndicatorId[] }[],
  stated: boolean,
  unitPlace: UnitPlace,
): { next: number; width: number } {
  ctx.habits.add('bang-song-song');
  const start = ctx.truth.length;
  const left = rowTable(ctx, sheet, top, [sectors[0]], stated, unitPlace);
  const apart = new SheetSpec(sheet.name);
  const before = ctx.truth.length;
  const right = rowTable(ctx, apart, top, [sectors[1]], stated, unitPlace === 'title' ? 'label' : unitPlace);
  const shift = left.width + (ctx.rng.chance(0.5) ? 1 : 0);
  for (const [row, cells] of apart.cells) for (const [col, cell] of cells) sheet.set(row, col + shift, cell.v, cell);
  for (const [r1, c1, r2, c2] of apart.merges) sheet.merge(r1, c1 + shift, r2, c2 + shift);
  for (const row of apart.hiddenRows) sheet.hiddenRows.add(row);
  for (const col of apart.hiddenColumns) sheet.hiddenColumns.add(col + shift);
  const moved = ctx.truth.splice(before).map((f) => {
    const at = /^([A-Z]+)(\d+)$/.exec(f.cell)!;
    const col = [...at[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    return { ...f, cell: a1(Number(at[2]) - 1, col + shift) };
  });
  const hidden = (f: TruthFigure) =>
    f.sheet === sheet.name && sheet.hiddenRows.has(Number(/\d+$/.exec(f.cell)![0]) - 1);
  let kept = [...ctx.truth, ...moved].filter((f) => !hidden(f));
  if (ctx.emptySide !== null) {
    // One table filled in, the other sent as the blank form (mot-bang-trong): every number of its
    // rows cleared, its STT column aside, and its figures leave the truth.
    ctx.habits.add('mot-bang-trong');
    const [from, to] = ctx.emptySide === 0 ? [0, left.width] : [shift, shift + right.width];
    const side = new Set(ctx.emptySide === 0 ? ctx.truth.slice(start) : moved);
    const cellsOf = new Set([...side].filter((f) => f.sheet === sheet.name).map((f) => f.cell));
    const first = Math.min(...[...cellsOf].map((cell) => Number(/\d+$/.exec(cell)![0]) - 1));
    const numeric = (v: CellSpec['v']) =>
      typeof v === 'number' || (typeof v === 'string' && /^[\d\s.,()%+*-]*\d[\d\s.,()%+*-]*$/.test(v));
    for (const [row, cells] of sheet.cells)
      for (const [col, cell] of cells)
        if (cellsOf.has(a1(row, col)) || (row >= first && col > from && col < to && numeric(cell.v))) cell.v = null;
    kept = kept.filter((f) => !side.has(f));
  }
  ctx.truth.length = 0;
  for (const f of kept) ctx.truth.push(f);
  return { next: Math.max(left.next, right.next), width: shift + right.width };
}

/** Draws workbook number `index` of the corpus seeded `seed`. */
export function generateWorkbook(seed: number, index: number): CorpusWorkbook {
  const rng = Rng.forItem(seed, index);
  const habits = new Set<string>();
  const province = rng.pick(PROVINCES);
  const layout = rng.weighted([
    ['bang-doc', 10],
    ['bang-ngang', 2],
    ['cot-thang', 2],
    ['cot-quy', 1],
    ['chi-nhanh', 2],
  ] as const);
  const twoSectors = layout === 'bang-doc' && rng.chance(0.08);
  const ent = twoSectors ? VIETTEL_BOTH : rng.pick(ENTERPRISES);
  const who: Who = { ent, province, name: ent.name(province.name) };
  const span = drawSpan(rng, layout);
  const en = rng.chance(0.1);
  const style: NumberStyle = rng.weighted(
    en
      ? ([
          ['number', 5],
          ['text-en', 5],
        ] as const)
      : ([
          ['number', 6],
          ['text-vi', 3],
          ['text-en', 1],
          ['mixed', 1],
        ] as const),
  );
  const file = `${String(index).padStart(5, '0')}-${slug(ent.short)}-${slug(province.name)}.xlsx`;
  const nothingMark = rng.pick(['-', 'x', null, '-'] as const);
  const ctx: Ctx = {
    rng,
    file,
    span,
    en,
    style,
    nothing: () => nothingMark,
    habits,
    truth: [],
    units: new Map(),
    decimals: new Map(),
    scaled: new Map(),
    footnote: style !== 'number' && rng.chance(0.15),
    periodInHeader: false,
    // Drawn from a stream of its own, so the rest of every workbook is drawn as before this habit.
    minusDecreases: ((side) => (side.chance(0.1) ? side.pick(['-', '()'] as const) : ''))(
      Rng.forItem(seed ^ 0x5bd1e995, index),
    ),
    // Its own stream too: only workbooks with tables side by side change, and only one in five of them.
    emptySide: ((side) => (side.chance(0.2) ? side.pick([0, 1] as const) : null))(
      Rng.forItem(seed ^ 0x27d4eb2f, index),
    ),
    broken: ((side) => (side.chance(0.04) ? side : null))(Rng.forItem(seed ^ 0x165667b1, index)),
    stripLabels: en
      ? 'en'
      : rng.weighted([
          ['full', 6],
          ['plain', 1],
          ['abbr', 3],
        ] as const),
  };
  habits.add(layout);
  habits.add(`so-${style}`);
  if (en) habits.add('tieng-anh');
  habits.add(
    { full: 'nhan-day-du', plain: 'nhan-khong-dau', abbr: 'nhan-viet-tat', en: 'nhan-tieng-anh' }[ctx.stripLabels],
  );
  habits.add(
    `ky-${span.kind === 'months' ? `${span.end}T` : span.kind === 'quarter' ? 'quy' : span.kind === 'month' ? 'thang' : 'nam'}`,
  );
  if (province.name !== 'Quảng Ninh') habits.add('tinh-khac');

  const unitPlace: UnitPlace = rng.weighted([
    ['column', 5],
    ['label', 2],
    ['title', 2],
    ['header', 2],
    ['none', 1],
  ] as const);
  chooseUnits(ctx, unitPlace === 'none');
  if (unitPlace === 'none') habits.add('khong-ghi-dvt');
  if (style === 'number' && unitPlace !== 'none' && rng.chance(0.12)) {
    // Cells hold đồng or nghìn đồng and units, shown in triệu đồng and thousands: what is seen is the figure.
    habits.add('dinh-dang-nghin');
    const money = rng.chance(0.5) ? { fmt: '#,##0,', times: 1000 } : { fmt: '#,##0,,', times: 1000000 };
    ctx.scaled.set('trieu-dong', money);
    ctx.units.set('trieu-dong', rng.pick(UNITS['trieu-dong'].filter((u) => !!u.en === en)));
    for (const [code, k] of [
      ['thue-bao', 'thue-bao-k'],
      ['cai', 'cai-k'],
      ['to-cuon', 'to-cuon-k'],
    ] as const) {
      if (rng.chance(0.6)) {
        ctx.units.set(code, rng.pick(UNITS[k].filter((u) => !!u.en === en)));
        ctx.scaled.set(code, { fmt: '#,##0,', times: 1000 });
      }
    }
    for (const code of ctx.decimals.keys()) ctx.decimals.set(code, 0);
  }

  // Where the period is stated: a title line, the headings, both, or nowhere.
  const periodPlace =
    layout === 'cot-thang' || layout === 'cot-quy'
      ? rng.pick(['title', 'title', 'none'] as const)
      : rng.weighted([
          ['title', 6],
          ['header', 2],
          ['none', 1],
        ] as const);
  const stated = periodPlace !== 'none';
  ctx.periodInHeader = periodPlace === 'header';
  habits.add(periodPlace === 'title' ? 'ky-trong-tieu-de' : periodPlace === 'header' ? 'ky-trong-cot' : 'khong-ghi-ky');

  const sheetName = en
    ? rng.pick(['Sheet1', 'Report', 'Data', englishSheetName(span)])
    : rng.pick([
        'Sheet1',
        'Báo cáo',
        'Số liệu',
        `BC ${spanShort(span, false)}`.replace('/', '-'),
        'Biểu 01',
        who.ent.short,
      ]);
  const sheet = new SheetSpec(sheetName.slice(0, 31));
  const encoding: Encoding = en
    ? 'nfc'
    : rng.weighted([
        ['nfc', 20],
        ['nfd', 2],
        ['tcvn3', 1],
        ['vni', 1],
      ] as const);
  sheet.encoding = encoding;
  if (encoding !== 'nfc') habits.add(`ma-${encoding}`);

  const sector: Sector = ent.sector;
  const pickInds = (list: IndicatorId[], min: number): IndicatorId[] => {
    const kept = list.filter(() => rng.chance(0.8));
    return kept.length >= min ? kept : list.slice(0, Math.max(min, 1));
  };
  const sectors = twoSectors
    ? [
        { sector: 'telecom' as Sector, inds: pickInds(ENTERPRISES[2].indicators, 2) },
        { sector: 'postal' as Sector, inds: pickInds(ENTERPRISES[7].indicators, 2) },
      ]
    : [{ sector, inds: pickInds(ent.indicators, 2) }];
  if (twoSectors) habits.add('hai-linh-vuc');

  const width = layout === 'bang-ngang' ? sectors[0].inds.length + 1 : 7;
  let r = letterhead(ctx, sheet, who, twoSectors ? 'both' : sector, Math.max(width, 5), periodPlace === 'title');
  // Unit in a title line.
  if (unitPlace === 'title') {
    const main = sector === 'telecom' ? ctx.units.get('thue-bao')! : ctx.units.get('trieu-dong')!;
    sheet.set(
      r,
      Math.max(2, width - 2),
      ctx.en
        ? `Unit: ${main.text}`
        : rng.pick([`Đơn vị tính: ${main.text}`, `ĐVT: ${main.text}`, `(Đơn vị: ${main.text})`]),
      { italic: true },
    );
    habits.add('dvt-dong-tieu-de');
    r++;
    if (sector === 'postal' || layout === 'chi-nhanh') {
      // A postal sheet mixes units; the title line names money, the other rows carry theirs in the label.
    }
  }
  // A note line with its own date between the title and the header.
  if (stated && rng.chance(0.25)) {
    sheet.set(
      r,
      0,
      ctx.en
        ? `Figures as of ${endDate(span)}`
        : rng.pick([
            `Số liệu tính đến hết ngày ${endDate(span)}`,
            `(Số liệu ước tính đến ${endDate(span)})`,
            `Số liệu chốt ngày ${endDate(span)}`,
          ]),
      { italic: true },
    );
    habits.add('dong-ghi-chu-ngay');
    r++;
  }
  if (rng.chance(0.5)) r++;

  let table: { next: number; width: number };
  const tableUnitPlace: UnitPlace = unitPlace === 'title' && sector === 'postal' ? 'label' : unitPlace;
  if (layout === 'bang-doc' && twoSectors && rng.chance(0.4)) {
    habits.add('bang-doc');
    table = sideBySide(ctx, sheet, r, sectors, stated, tableUnitPlace);
  } else if (layout === 'bang-doc') {
    habits.add('bang-doc');
    table = rowTable(ctx, sheet, r, sectors, stated, tableUnitPlace);
  } else if (layout === 'bang-ngang') {
    table = transposedTable(
      ctx,
      sheet,
      r,
      sector,
      sectors[0].inds,
      stated,
      tableUnitPlace === 'title' ? 'label' : tableUnitPlace,
    );
  } else if (layout === 'cot-thang' || layout === 'cot-quy') {
    const inds = sectors[0].inds;
    table = periodColumnsTable(ctx, sheet, r, sector, inds, tableUnitPlace, layout === 'cot-quy', stated);
  } else {
    table = branchTable(
      ctx,
      sheet,
      r,
      sector,
      sectors[0].inds,
      rng.subset(province.districts, rng.int(2, province.districts.length)),
      stated,
      tableUnitPlace,
    );
  }
  footer(ctx, sheet, table.next, table.width, who);
  sheet.widths = [6, 38, ...Array.from({ length: Math.max(0, table.width - 2) }, () => 14)];

  const sheets = [sheet];
  if (layout === 'bang-doc' && !twoSectors && rng.chance(0.06)) {
    // Two submissions in one file: Viettel's telecom sheet and Viettel Post's postal one.
    habits.add('hai-bao-cao');
    const other: Sector = sector === 'telecom' ? 'postal' : 'telecom';
    const ent2 = other === 'postal' ? ENTERPRISES[7] : ENTERPRISES[2];
    const who2: Who = { ent: ent2, province, name: ent2.name(province.name) };
    const second = new SheetSpec(other === 'postal' ? (en ? 'Postal' : 'Bưu chính') : en ? 'Telecom' : 'Viễn thông');
    if (second.name === sheet.name) second.name = `${second.name} 2`;
    second.encoding = encoding;
    const r2 = letterhead(ctx, second, who2, other, 7, periodPlace === 'title') + 1;
    const t2 = rowTable(
      ctx,
      second,
      r2,
      [{ sector: other, inds: pickInds(ent2.indicators, 2) }],
      stated,
      tableUnitPlace === 'title' ? 'label' : tableUnitPlace,
    );
    second.widths = [6, 38, ...Array.from({ length: Math.max(0, t2.width - 2) }, () => 14)];
    sheets.push(second);
  }
  if (rng.chance(0.1)) {
    const extra = new SheetSpec(rng.pick(['Hướng dẫn', 'Sheet2', 'Danh mục', 'Ghi chú']));
    extra.set(0, 0, 'Hướng dẫn điền biểu');
    extra.set(1, 0, '1. Số liệu thuê bao tính đến ngày cuối kỳ báo cáo.');
    extra.set(2, 0, '2. Doanh thu tính bằng triệu đồng, chưa bao gồm thuế GTGT.');
    sheets.push(extra);
    habits.add('them-trang-phu');
  }
  if (!stated) {
    // Without a stated period the stated-ness of the workbook rests on the letterhead only.
  }
  return {
    file,
    period: spanCode(span),
    stated,
    habits: [...habits].sort(),
    enterprise: who.name,
    province: province.name,
    sheets,
    truth: ctx.truth,
  };
}
