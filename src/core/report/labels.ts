import type { ColumnKey, Convention, FigureCount, Locale, Sector, Severity } from '../model';
import { formatVietnameseNumber } from '../numbers';
import { COLUMN_LABELS } from '../tables/columns';

/**
 * Names of the sheets the report owns. They stay the same in every language so the add-in can
 * recognise its own sheets (and never write into one a person made).
 */
export const REPORT_SHEETS = {
  tables: 'TTTT Biểu',
  breakdown: 'TTTT Chi tiết',
  checks: 'TTTT Kiểm tra',
} as const;

/** Header of the indicator-name column: the reference report writes "Tên chỉ tiêu" in one table and "Chỉ tiêu" in the other. */
export const NAME_HEADER: Record<Sector, Record<Locale, string>> = {
  telecom: { vi: 'Tên chỉ tiêu', en: 'Indicator' },
  postal: { vi: 'Chỉ tiêu', en: 'Indicator' },
};

/** Headers of the first and third columns of both tables (STT, Đơn vị tính). */
export const FIXED_HEADERS: Record<'stt' | 'unit', Record<Locale, string>> = {
  stt: { vi: 'STT', en: 'No.' },
  unit: { vi: 'Đơn vị tính', en: 'Unit' },
};

/** Headers of the figure columns, as the reference report writes them (the tables' own wording). */
export function columnHeader(key: ColumnKey, locale: Locale): string {
  return COLUMN_LABELS[locale][key];
}

/** The comparison header gains a hint when the convention is not the reference's change (-28%). */
export const COMPARISON_HINT: Record<Convention, Record<Locale, string>> = {
  change: { vi: '', en: '' },
  ratio: { vi: ' (bằng %)', en: ' (ratio, %)' },
  index: { vi: ' (năm trước = 100)', en: ' (previous year = 100)' },
};

export const SEVERITY_LABELS: Record<Severity, Record<Locale, string>> = {
  error: { vi: 'Lỗi', en: 'Error' },
  warning: { vi: 'Cảnh báo', en: 'Warning' },
  info: { vi: 'Thông tin', en: 'Info' },
};

export const SECTOR_LABELS: Record<Sector, Record<Locale, string>> = {
  telecom: { vi: 'Viễn thông', en: 'Telecom' },
  postal: { vi: 'Bưu chính', en: 'Postal' },
};

/** Headers of the breakdown sheet (TTTT Chi tiết). */
export const BREAKDOWN_HEADERS: Record<Locale, string[]> = {
  vi: [
    'Doanh nghiệp',
    'Lĩnh vực',
    'Chỉ tiêu',
    'Số tăng',
    'Số giảm',
    'Hiện có / thực hiện',
    'Cùng kỳ năm trước',
    'So với cùng kỳ',
    'Nguồn',
  ],
  en: [
    'Enterprise',
    'Sector',
    'Indicator',
    'Increase',
    'Decrease',
    'Current / period',
    'Same period last year',
    'Compared with same period',
    'Source',
  ],
};

/** Headers of the submissions list under the breakdown. */
export const SUBMISSION_HEADERS: Record<Locale, string[]> = {
  vi: ['Tệp', 'Trang tính', 'Doanh nghiệp', 'Lĩnh vực', 'Kỳ báo cáo', 'Số dòng đọc được', 'Số dòng không nhận ra'],
  en: ['File', 'Sheet', 'Enterprise', 'Sector', 'Period', 'Rows read', 'Rows not recognised'],
};

/** Headers of the checks sheet (TTTT Kiểm tra). */
export const CHECK_HEADERS: Record<Locale, string[]> = {
  vi: ['Mức độ', 'Mã', 'Nội dung', 'Tệp', 'Trang tính', 'Ô'],
  en: ['Severity', 'Code', 'Message', 'File', 'Sheet', 'Cell'],
};

/** Titles of the breakdown and checks sheets. */
export const SHEET_TITLES: Record<'breakdown' | 'submissions' | 'checks' | 'noIssues', Record<Locale, string>> = {
  breakdown: { vi: 'SỐ LIỆU THEO DOANH NGHIỆP', en: 'FIGURES BY ENTERPRISE' },
  submissions: { vi: 'BÁO CÁO ĐÃ ĐỌC', en: 'SUBMISSIONS READ' },
  checks: { vi: 'KẾT QUẢ KIỂM TRA', en: 'CHECKS' },
  noIssues: { vi: 'Không phát hiện vấn đề nào.', en: 'No problems found.' },
};

/**
 * What became of the submitted numbers, as the CLI, the checks sheet and the pane say it.
 *
 * @example
 * figuresLine({ used: 1234, unused: 2 }, 'vi') //=> '1.234 số liệu dùng, 2 ô số không dùng'
 */
export function figuresLine(figures: FigureCount, locale: Locale): string {
  const [used, unused] = [formatVietnameseNumber(figures.used), formatVietnameseNumber(figures.unused)];
  return locale === 'vi'
    ? `${used} số liệu dùng, ${unused} ô số không dùng`
    : `${used} figure${figures.used === 1 ? '' : 's'} used, ${unused} numeric cell${figures.unused === 1 ? '' : 's'} not used`;
}
