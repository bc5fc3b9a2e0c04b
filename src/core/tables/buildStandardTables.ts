import { findProvince, INDICATORS } from '../catalogue';
import type { IndicatorTotal, IndicatorTotals } from '../compute/aggregate';
import type { ColumnKey, Indicator, IndicatorKind, Locale, Sector, StandardTable, TableRow } from '../model';
import { describePeriod, periodFromCode } from '../periods';
import { TABLE_COLUMNS, TABLE_TITLES, TITLE_JOIN } from './columns';
import { yoyOf } from './yoy';

export interface StandardTableOptions {
  locale?: Locale;
  /** The province the report is about, named in the titles ("Quảng Ninh"). */
  province?: string;
}

type Figure = 'increase' | 'decrease' | 'current';

/**
 * Which total fills which column, by table and kind of indicator (null: does not apply).
 * Telecom revenue sits in "Hiện có trên mạng" with increase/decrease blank; a postal volume is
 * the period's flow and sits in "Số tăng trong kỳ".
 */
const CELLS: Record<Sector, Record<IndicatorKind, Partial<Record<Exclude<ColumnKey, 'yoy'>, Figure | null>>>> = {
  telecom: {
    stock: { increase: 'increase', decrease: 'decrease', current: 'current' },
    flow: { increase: null, decrease: null, current: 'current' },
  },
  postal: {
    stock: { increase: 'increase' },
    flow: { increase: 'current' },
  },
};

const SECTORS: Sector[] = ['telecom', 'postal'];

/**
 * The title of a standard table with its period in capitals.
 *
 * @example
 * tableTitle('telecom', '9T/2015', 'vi') //=> 'KẾT QUẢ HOẠT ĐỘNG VIỄN THÔNG, INTERNET 9 THÁNG ĐẦU NĂM 2015'
 */
export function tableTitle(sector: Sector, period: string, locale: Locale = 'vi', province?: string): string {
  const base = TABLE_TITLES[locale][sector] + provinceWords(province, locale);
  if (!period) return base;
  try {
    return `${base}${TITLE_JOIN[locale]}${describePeriod(periodFromCode(period), locale).toLocaleUpperCase(locale === 'vi' ? 'vi-VN' : 'en-US')}`;
  } catch {
    // An unreadable period code still gets a table, titled without it.
    return base;
  }
}

/**
 * The province as a title names it: " TỈNH QUẢNG NINH", " THÀNH PHỐ HÀ NỘI", ", QUẢNG NINH
 * PROVINCE"; a name the province list does not know is written as given.
 */
function provinceWords(province: string | undefined, locale: Locale): string {
  const name = province?.trim();
  if (!name) return '';
  const known = findProvince(name);
  const shown = (known?.name ?? name).toLocaleUpperCase(locale === 'vi' ? 'vi-VN' : 'en-US');
  if (locale === 'en') return `, ${shown}${known?.city ? '' : ' PROVINCE'}`;
  return ` ${known?.city ? 'THÀNH PHỐ' : 'TỈNH'} ${shown}`;
}

/** One row of a standard table from an indicator and its totals (absent: nothing reported). */
export function tableRow(indicator: Indicator, total: IndicatorTotal | undefined, locale: Locale = 'vi'): TableRow {
  const row: TableRow = {
    stt: indicator.stt,
    indicator: indicator.id,
    label: locale === 'vi' ? indicator.label : indicator.labelEn,
    unit: indicator.unitLabel,
    yoy: total ? yoyOf(total.current, total.previous) : null,
  };
  const cells = CELLS[indicator.sector][indicator.kind];
  for (const column of TABLE_COLUMNS[indicator.sector]) {
    if (column === 'yoy') continue;
    const figure = cells[column];
    row[column] = figure && total ? total[figure] : null;
  }
  return row;
}

/**
 * The two standard tables that close the report (biểu tổng hợp): "Kết quả hoạt động viễn thông,
 * internet" with columns [increase, decrease, yoy, current] and "Kết quả hoạt động bưu chính,
 * chuyển phát" with [increase, yoy], rows in catalogue order numbered as in the reference report.
 * A figure that does not apply or was not reported is null; `yoy` is the unrounded change
 * (current/previous − 1), null when last year is unknown.
 *
 * @example
 * const [telecom, postal] = buildStandardTables(aggregate(facts, '9T/2015'), '9T/2015');
 * telecom.rows[6] //=> { stt: 7, indicator: 'telecom-revenue', label: 'Doanh thu', unit: 'Triệu đồng', increase: null, decrease: null, yoy: 0.66…, current: 2466410 }
 */
export function buildStandardTables(
  totals: IndicatorTotals,
  period: string,
  options: StandardTableOptions = {},
): StandardTable[] {
  const locale = options.locale ?? 'vi';
  const byIndicator = new Map(totals.indicators.map((t) => [t.indicator, t]));
  return SECTORS.map((sector) => ({
    id: sector,
    title: tableTitle(sector, period, locale, options.province),
    columns: TABLE_COLUMNS[sector],
    rows: INDICATORS.filter((i) => i.sector === sector)
      .sort((a, b) => a.stt - b.stt)
      .map((indicator) => tableRow(indicator, byIndicator.get(indicator.id), locale)),
  }));
}
