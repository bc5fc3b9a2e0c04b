import type { Severity } from './model';

/**
 * What an issue code is: where it is raised, the severity it is raised with, and what it means in
 * both languages. The message an issue carries (with its figures and cells) is written beside the
 * rule that raises it; this says what every issue of the code is about.
 */
export interface IssueCodeInfo {
  /** Where the code is raised, as docs/json.md groups the codes. */
  where: 'files' | 'reader' | 'checks' | 'history' | 'build' | 'dictionary' | 'add-in';
  /** The severity it is raised with; a list when the situation decides among them (see the note beside it). */
  severity: Severity | readonly Severity[];
  vi: string;
  en: string;
}

/**
 * Every issue code, the one list (danh mục mã vấn đề). `makeIssue` accepts only these, each with its
 * own severity, so a code cannot be raised with another; docs/json.md lists them, checked by a test.
 * A code never changes once released: a script may match on it.
 */
export const ISSUE_CODES = {
  // Files and sheets.
  'file-not-found': { where: 'files', severity: 'error', vi: 'Không tìm thấy tệp', en: 'File not found' },
  // A file met in a folder is passed over (warning); a file named on the command line is an error.
  'not-xlsx': { where: 'files', severity: ['warning', 'error'], vi: 'Không phải bảng tính', en: 'Not a spreadsheet' },
  'empty-file': { where: 'files', severity: 'error', vi: 'Tệp rỗng', en: 'Empty file' },
  'unreadable-file': { where: 'files', severity: 'error', vi: 'Không đọc được tệp', en: 'Cannot read the file' },
  'password-protected': { where: 'files', severity: 'error', vi: 'Tệp có mật khẩu', en: 'Password-protected file' },
  'file-too-large': { where: 'files', severity: 'error', vi: 'Tệp quá lớn', en: 'File too large' },
  'rows-cut': { where: 'files', severity: 'warning', vi: 'Trang tính bị cắt bớt dòng', en: 'Sheet cut short' },
  'unreadable-sheet': {
    where: 'files',
    severity: 'warning',
    vi: 'Không đọc được trang tính',
    en: 'Cannot read the sheet',
  },
  'not-data': { where: 'files', severity: 'info', vi: 'Trang tính không có số liệu', en: 'Not a data sheet' },
  compilation: {
    where: 'files',
    severity: 'info',
    vi: 'Trang tổng hợp nhiều doanh nghiệp, không cộng lại',
    en: 'A summary of several enterprises, not counted again',
  },

  // The reader.
  'unreadable-number': { where: 'reader', severity: 'warning', vi: 'Không đọc được số', en: 'Unreadable number' },
  // The period assumed (info), missing in a sheet (warning), or missing for the whole build (error).
  'no-period': {
    where: 'reader',
    severity: ['info', 'warning', 'error'],
    vi: 'Không có kỳ báo cáo',
    en: 'No reporting period',
  },
  'unknown-enterprise': {
    where: 'reader',
    severity: 'info',
    vi: 'Doanh nghiệp chưa có trong danh mục',
    en: 'Enterprise not in the catalogue',
  },
  'unit-mismatch': { where: 'reader', severity: 'warning', vi: 'Đơn vị tính không khớp', en: 'Unit mismatch' },
  'unit-assumed': { where: 'reader', severity: 'info', vi: 'Đơn vị tính được giả định', en: 'Unit assumed' },
  'unknown-unit': { where: 'reader', severity: 'info', vi: 'Đơn vị tính không rõ', en: 'Unknown unit' },
  'unexpected-percent': {
    where: 'reader',
    severity: 'warning',
    vi: 'Tỷ lệ phần trăm ở chỗ cần số',
    en: 'A percentage where a figure was expected',
  },
  'unrecognised-row': { where: 'reader', severity: 'warning', vi: 'Dòng không nhận ra', en: 'Row not recognised' },
  'not-standard': {
    where: 'reader',
    severity: 'info',
    vi: 'Chỉ tiêu ngoài biểu chuẩn',
    en: 'Indicator outside the standard tables',
  },
  'unused-figures': { where: 'reader', severity: 'warning', vi: 'Số liệu không dùng', en: 'Figures not used' },
  'outside-table': { where: 'reader', severity: 'info', vi: 'Số ngoài bảng', en: 'Figures outside the table' },
  'hidden-cells': { where: 'reader', severity: 'info', vi: 'Ô bị ẩn', en: 'Hidden cells' },
  'conflicting-figures': {
    where: 'reader',
    severity: 'warning',
    vi: 'Hai số khác nhau cho cùng một chỉ tiêu',
    en: 'Two different figures for one indicator',
  },
  'cumulative-differs': {
    where: 'reader',
    severity: 'warning',
    vi: 'Lũy kế khác tổng các tháng',
    en: 'Cumulative figure differs from its months',
  },
  'ambiguous-number': { where: 'reader', severity: 'warning', vi: 'Số đọc được hai cách', en: 'Ambiguous number' },
  'read-as-count': {
    where: 'reader',
    severity: 'info',
    vi: 'Số đếm đọc theo phân cách hàng nghìn',
    en: 'A count read with a thousands separator',
  },
  'fractional-count': {
    where: 'reader',
    severity: 'warning',
    vi: 'Số đếm có phần lẻ',
    en: 'A count with a fraction',
  },
  'implausible-figure': { where: 'reader', severity: 'warning', vi: 'Số khó tin', en: 'Implausible figure' },
  'sector-unclear': {
    where: 'reader',
    severity: 'warning',
    vi: 'Không rõ lĩnh vực',
    en: 'Sector not clear',
  },
  'negative-decrease': {
    where: 'reader',
    severity: 'info',
    vi: 'Số giảm ghi số âm',
    en: 'A decrease written negative',
  },
  'unit-from-neighbours': {
    where: 'reader',
    severity: 'info',
    vi: 'Đơn vị tính lấy theo dòng bên cạnh',
    en: 'Unit taken from the rows beside',
  },
  'unit-unclear': {
    where: 'reader',
    severity: 'warning',
    vi: 'Không rõ đơn vị tính của cột',
    en: "The column's unit is not clear",
  },
  'parts-differ': {
    where: 'reader',
    severity: 'warning',
    vi: 'Các phần không khớp với tổng',
    en: 'Parts differ from their total',
  },
  'period-beside': {
    where: 'reader',
    severity: 'info',
    vi: 'Trang có số liệu của kỳ khác',
    en: 'A sheet with another period beside',
  },

  // The checks.
  'repeated-figure': { where: 'checks', severity: 'warning', vi: 'Số lặp lại', en: 'Repeated figure' },
  'stock-identity': {
    where: 'checks',
    severity: 'warning',
    vi: 'Số hiện có không khớp với tăng, giảm',
    en: 'Stock does not match its increase and decrease',
  },
  outlier: { where: 'checks', severity: 'warning', vi: 'Thay đổi bất thường', en: 'Unusual change' },
  'negative-value': { where: 'checks', severity: 'warning', vi: 'Số âm', en: 'Negative figure' },
  'reported-change-differs': {
    where: 'checks',
    severity: 'warning',
    vi: 'Tỷ lệ so với cùng kỳ ghi trong báo cáo khác số tính được',
    en: 'Reported change differs from the computed one',
  },
  // A later re-submission replaces the earlier (info); a guessed order is a warning.
  resubmission: {
    where: 'checks',
    severity: ['info', 'warning'],
    vi: 'Báo cáo gửi lại',
    en: 'Re-submission',
  },
  'period-mismatch': {
    where: 'checks',
    severity: 'warning',
    vi: 'Kỳ báo cáo khác kỳ lập biểu',
    en: 'Another period than the build’s',
  },
  'no-previous': { where: 'checks', severity: 'info', vi: 'Không có số cùng kỳ', en: 'No figure for last year' },
  'partial-previous': {
    where: 'checks',
    severity: 'warning',
    vi: 'Số cùng kỳ thiếu phần của doanh nghiệp',
    en: 'Last year’s figure lacks an enterprise’s part',
  },
  'no-figures': { where: 'checks', severity: 'info', vi: 'Chỉ tiêu không có số liệu', en: 'Indicator without figures' },

  // History and cumulative periods.
  'from-history': { where: 'history', severity: 'info', vi: 'Số cùng kỳ lấy từ lịch sử', en: 'Last year from history' },
  'from-history-total': {
    where: 'history',
    severity: 'info',
    vi: 'Số cùng kỳ lấy từ tổng năm trước',
    en: 'Last year from last year’s total',
  },
  'history-columns': { where: 'history', severity: 'error', vi: 'Bảng lịch sử thiếu cột', en: 'History lacks columns' },
  'history-bad-row': { where: 'history', severity: 'warning', vi: 'Dòng lịch sử hỏng', en: 'Bad history row' },
  'history-unreadable': {
    where: 'history',
    severity: 'error',
    vi: 'Không đọc được lịch sử',
    en: 'Cannot read the history',
  },
  'previous-report-no-period': {
    where: 'history',
    severity: 'error',
    vi: 'Báo cáo năm trước không ghi kỳ',
    en: 'Last year’s report states no period',
  },
  'previous-report-no-table': {
    where: 'history',
    severity: 'warning',
    vi: 'Báo cáo năm trước không có biểu',
    en: 'No table in last year’s report',
  },
  'previous-report-unknown-row': {
    where: 'history',
    severity: 'warning',
    vi: 'Dòng không nhận ra trong báo cáo năm trước',
    en: 'Row not recognised in last year’s report',
  },
  'previous-report-unit': {
    where: 'history',
    severity: 'warning',
    vi: 'Đơn vị tính không rõ trong báo cáo năm trước',
    en: 'Unknown unit in last year’s report',
  },
  'previous-report-number': {
    where: 'history',
    severity: 'warning',
    vi: 'Không đọc được số trong báo cáo năm trước',
    en: 'Unreadable number in last year’s report',
  },
  'cumulative-missing': { where: 'history', severity: 'error', vi: 'Thiếu tháng để lũy kế', en: 'Months missing' },
  'cumulative-gap': { where: 'history', severity: 'info', vi: 'Lũy kế có khoảng trống', en: 'A gap in the months' },
  'cumulative-overlap': {
    where: 'history',
    severity: 'warning',
    vi: 'Các kỳ cộng dồn chồng nhau',
    en: 'Overlapping periods',
  },
  'cumulative-used': {
    where: 'history',
    severity: 'info',
    vi: 'Số lũy kế cộng từ các kỳ ngắn hơn',
    en: 'Added up from shorter periods',
  },

  // The build.
  'bad-period': { where: 'build', severity: 'error', vi: 'Kỳ báo cáo không hợp lệ', en: 'Invalid period' },
  'no-submissions': { where: 'build', severity: 'error', vi: 'Không có báo cáo nào', en: 'No submissions' },
  'build-failed': { where: 'build', severity: 'error', vi: 'Không lập được biểu', en: 'Build failed' },
  'year-to-date': {
    where: 'build',
    severity: 'info',
    vi: 'Có thể cộng dồn từ đầu năm',
    en: 'The year to date can be built',
  },

  // The dictionary.
  'dictionary-line': { where: 'dictionary', severity: 'warning', vi: 'Dòng từ điển hỏng', en: 'Bad dictionary line' },
  'dictionary-duplicate': {
    where: 'dictionary',
    severity: 'warning',
    vi: 'Từ được dạy hai lần',
    en: 'A word taught twice',
  },
  'dictionary-conflict': {
    where: 'dictionary',
    severity: 'warning',
    vi: 'Từ điển trái với danh mục',
    en: 'Dictionary against the catalogue',
  },
  'dictionary-unreadable': {
    where: 'dictionary',
    severity: 'error',
    vi: 'Không đọc được từ điển',
    en: 'Cannot read the dictionary',
  },

  // The add-in only.
  'output-renamed': {
    where: 'add-in',
    severity: 'warning',
    vi: 'Trang kết quả được đổi tên',
    en: 'Output sheet renamed',
  },
  'output-kept': {
    where: 'add-in',
    severity: 'warning',
    vi: 'Giữ trang kết quả người dùng đã sửa',
    en: 'An output sheet a person changed, kept',
  },
} as const satisfies Record<string, IssueCodeInfo>;

/** An issue code: one of {@link ISSUE_CODES}. */
export type IssueCode = keyof typeof ISSUE_CODES;

type Declared<C extends IssueCode> = (typeof ISSUE_CODES)[C]['severity'];

/** The severities code `C` may be raised with. */
export type SeverityOf<C extends IssueCode> = C extends IssueCode
  ? Declared<C> extends readonly Severity[]
    ? Declared<C>[number]
    : Declared<C>
  : never;

/** The codes that may be raised with severity `S`. */
export type CodeWith<S extends Severity> = { [C in IssueCode]: S extends SeverityOf<C> ? C : never }[IssueCode];

/**
 * The severities a code may be raised with.
 *
 * @example
 * severitiesOf('repeated-figure') //=> ['warning']
 * severitiesOf('resubmission') //=> ['info', 'warning']
 */
export function severitiesOf(code: IssueCode): readonly Severity[] {
  const declared: Severity | readonly Severity[] = ISSUE_CODES[code].severity;
  return typeof declared === 'string' ? [declared] : declared;
}
