import type { ColumnKey, Locale, Sector } from '../model';

/**
 * Column headings of the standard tables as the reference report writes them.
 *
 * @example
 * COLUMN_LABELS.vi.yoy //=> 'So với cùng kỳ'
 */
export const COLUMN_LABELS: Record<Locale, Record<ColumnKey, string>> = {
  vi: {
    increase: 'Số tăng trong kỳ',
    decrease: 'Số giảm trong kỳ',
    yoy: 'So với cùng kỳ',
    current: 'Hiện có trên mạng',
  },
  en: {
    increase: 'Increase in the period',
    decrease: 'Decrease in the period',
    yoy: 'Against the same period last year',
    current: 'On the network',
  },
};

/** The columns of each standard table, in the reference report's order. */
export const TABLE_COLUMNS: Record<Sector, ColumnKey[]> = {
  telecom: ['increase', 'decrease', 'yoy', 'current'],
  postal: ['increase', 'yoy'],
};

/** Titles of the standard tables, before the period ("9 THÁNG ĐẦU NĂM 2015"), and what joins the two. */
export const TABLE_TITLES: Record<Locale, Record<Sector, string>> = {
  vi: { telecom: 'KẾT QUẢ HOẠT ĐỘNG VIỄN THÔNG, INTERNET', postal: 'KẾT QUẢ HOẠT ĐỘNG BƯU CHÍNH, CHUYỂN PHÁT' },
  en: { telecom: 'TELECOMMUNICATIONS AND INTERNET RESULTS', postal: 'POSTAL AND EXPRESS DELIVERY RESULTS' },
};

export const TITLE_JOIN: Record<Locale, string> = { vi: ' ', en: ', ' };
