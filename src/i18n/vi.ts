/**
 * Vietnamese strings of the task pane (the default language). `{name}` marks a parameter filled
 * in by {@link format}. Every key here must exist in `en.ts` with the same parameters.
 */
export const vi = {
  appTitle: 'Biểu tổng hợp TTTT',
  loading: 'Đang đọc sổ tính…',

  periodHeading: 'Kỳ báo cáo',
  periodLabel: 'Kỳ tổng hợp',
  periodHint: 'Ví dụ: 9T/2015, Q3/2015, T9/2015, 2015',
  periodDetected: 'Theo các báo cáo: {period}',
  periodFromSubmissions: 'theo các báo cáo',
  periodNoneDetected: 'Chưa thấy kỳ báo cáo trong các trang',
  periodInvalid: 'Không hiểu kỳ "{text}"',
  periodReset: 'Dùng kỳ phát hiện được',

  submissionsHeading: 'Báo cáo của doanh nghiệp',
  submissionsSummary: '{count} báo cáo trên {sheets} trang',
  submissionsNone: 'Chưa có trang số liệu nào. Dán hoặc nhập báo cáo của doanh nghiệp vào sổ tính.',
  rescan: 'Đọc lại',
  sectorTelecom: 'Viễn thông',
  sectorPostal: 'Bưu chính',
  rowsRecognised: '{rows} dòng',
  unrecognisedRows: '{count} dòng không nhận ra',
  problemsCount: '{count} vấn đề',
  noPeriodStated: 'không rõ kỳ',
  correction: 'Điều chỉnh',
  correctionHint: 'Báo cáo này thay cho báo cáo trước đó của cùng doanh nghiệp và kỳ',
  includeSheet: 'Dùng trang "{sheet}"',
  excludedNote: 'Bỏ qua khi tạo biểu',
  notDataHeading: 'Trang không phải số liệu ({count})',

  buildButton: 'Tạo biểu',
  building: 'Đang tạo biểu…',
  progress: '{done}/{total}: {what}',
  stepList: 'Liệt kê các trang',
  stepRead: 'Đọc các trang số liệu',
  stepBuild: 'Tổng hợp',
  stepWrite: 'Ghi biểu vào sổ tính',
  stepDone: 'Xong',
  buildDone: 'Đã tạo biểu kỳ {period}: {sheets} trang.',
  writtenAs: 'Trang "{requested}" là của người dùng nên biểu được ghi vào "{sheet}".',
  buildFailed: 'Không tạo được biểu: {message}',
  nothingToBuild: 'Không còn báo cáo nào được chọn.',

  problemsHeading: 'Vấn đề',
  problemsNone: 'Không thấy vấn đề nào.',
  severityError: 'Lỗi',
  severityWarning: 'Cảnh báo',
  severityInfo: 'Ghi chú',
  goToCell: 'Chọn ô {where}',
  wholeSheet: 'cả trang',
  sourceNotFound: 'Không chọn được {where}: trang đó không có trong sổ tính này.',

  sentencesHeading: 'Câu văn cho báo cáo',
  sentencesHint: 'Các câu trích số liệu của biểu, để chép vào phần nội dung báo cáo.',
  sentencesCopy: 'Chép tất cả',
  sentencesCopied: 'Đã chép các câu.',
  sentencesCopyFailed: 'Không chép được; hãy chọn và chép các câu ở trang "TTTT Câu văn".',

  settingsHeading: 'Thiết lập',
  conventionLabel: 'Cột "So với cùng kỳ"',
  conventionChange: 'Tăng/giảm (-28%)',
  conventionRatio: 'Bằng (72%)',
  conventionIndex: 'Chỉ số, năm trước = 100 (72,0)',
  outlierLabel: 'Cảnh báo số liệu bất thường so với cùng kỳ',
  outlierRise: 'Khi tăng quá',
  outlierFall: 'Khi giảm quá',
  outlierHint: 'Để trống để dùng mặc định: tăng quá 200% hoặc giảm quá 50%.',
  outlierInvalid: 'Mức tăng phải lớn hơn 0%, mức giảm trong khoảng 0% đến 100%.',
  outputLabel: 'Ghi kết quả vào trang',
  outputTables: 'Biểu',
  outputBreakdown: 'Chi tiết theo doanh nghiệp',
  outputChecks: 'Kiểm tra',
  outputHint: 'Để trống để dùng tên mặc định. Trang cùng tên do người dùng tạo không bao giờ bị ghi đè.',

  importButton: 'Nhập tệp',
  importHint: 'Chọn các tệp .xlsx của doanh nghiệp để chép vào sổ tính',
  importing: 'Đang nhập {count} tệp…',
  importDone: 'Đã nhập {count} tệp ({sheets} trang).',
  importFailed: 'Không nhập được: {message}',

  errorTitle: 'Có lỗi',
  dismiss: 'Đóng',
} as const;

/** The keys every language must provide. */
export type StringKey = keyof typeof vi;

/** One language's table of strings. */
export type Strings = Record<StringKey, string>;
