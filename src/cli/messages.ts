import type { Locale } from '../core';

/** The command line's own words, in both languages (the core's issues carry their own). */
export const TEXT = {
  usage: {
    vi: `Cách dùng:
  tttt build <tệp hoặc thư mục…> [--period 9T/2015] [--out report.xlsx] [--json result.json]
             [--convention change|ratio|index] [--lang vi|en]
             [--history lich-su.csv] [--previous-report bao-cao-nam-truoc.xlsx]
             [--outlier 200%,-50%] [--dictionary tu-dien.csv] [--province "Quảng Ninh"]
  tttt --help

Đọc mọi trang tính của các tệp .xlsx, .xlsm, .xls, .ods, .csv (thư mục được đọc cả thư mục con), lập hai biểu
viễn thông và bưu chính, ghi báo cáo .xlsx và in các biểu ra màn hình.

  --period       kỳ báo cáo: 9T/2015, 6T/2015, Q3/2015, T9/2015, 2015 (mặc định: kỳ các báo cáo ghi)
  --out          tệp báo cáo .xlsx (mặc định: report.xlsx trong thư mục hiện tại)
  --json         ghi thêm kết quả dạng JSON vào tệp này
  --convention   cách ghi "so với cùng kỳ": change (-28%, mặc định), ratio (bằng 72%), index (72,0)
  --lang         ngôn ngữ: vi (mặc định) hoặc en
  --history      tệp lịch sử .csv: số liệu các lần lập biểu trước, dùng làm số cùng kỳ khi báo cáo
                 không có; lần lập biểu này được ghi vào (lập lại một kỳ thì thay số liệu kỳ đó)
  --previous-report  báo cáo kỳ trước (.xlsx) có hai biểu chuẩn: tổng của nó làm số cùng kỳ
  --outlier      ngưỡng cảnh báo số liệu bất thường so với cùng kỳ, mức tăng rồi mức giảm
                 (mặc định 200%,-50%: cảnh báo khi tăng quá 200% hoặc giảm quá 50%)
  --dictionary   từ điển của đơn vị (.csv: loại,từ,nghĩa,hệ số): tên chỉ tiêu, tiêu đề cột, đơn vị tính,
                 tên doanh nghiệp mà danh mục chưa biết (xem docs/dictionary.md)
  --province     tỉnh, thành phố của báo cáo, ghi vào tên các biểu ("Quảng Ninh")

Ví dụ:
  npx tttt build examples/9T-2015 --period 9T/2015 --json r.json`,
    en: `Usage:
  tttt build <files or folders…> [--period 9T/2015] [--out report.xlsx] [--json result.json]
             [--convention change|ratio|index] [--lang vi|en]
             [--history history.csv] [--previous-report last-year.xlsx]
             [--outlier 200%,-50%] [--dictionary tu-dien.csv] [--province "Quảng Ninh"]
  tttt --help

Reads every sheet of the .xlsx, .xlsm, .xls, .ods and .csv files (folders are read with their subfolders), builds the
telecom and postal tables, writes an .xlsx report and prints the tables.

  --period       reporting period: 9T/2015, 6T/2015, Q3/2015, T9/2015, 2015 (default: the period the submissions state)
  --out          report workbook (default: report.xlsx in the current folder)
  --json         also write the result as JSON to this file
  --convention   how "compared with same period" is shown: change (-28%, default), ratio (72%), index (72.0)
  --lang         language: vi (default) or en
  --history      history .csv file: earlier builds' figures, used for the same period last year where
                 submissions lack it; this build is recorded in it (rebuilding a period replaces it)
  --previous-report  an earlier report (.xlsx) with the two standard tables: its totals serve as last year's
  --outlier      when a change against the same period is suspect: the rise, then the fall
                 (default 200%,-50%: warn above +200% or below -50%)
  --dictionary   the office's dictionary (.csv: kind,word,answer,multiplier): row labels, column headers,
                 units and enterprise names the catalogue does not know (see docs/dictionary.md)
  --province     the province the report is about, named in the tables' titles ("Quảng Ninh")

Example:
  npx tttt build examples/9T-2015 --period 9T/2015 --json r.json`,
  },
  badArgs: { vi: 'Tham số không đúng', en: 'Wrong arguments' },
  unknownCommand: { vi: 'Lệnh không rõ', en: 'Unknown command' },
  noInputs: { vi: 'Chưa chỉ ra tệp hoặc thư mục nào', en: 'No file or folder given' },
  badConvention: {
    vi: '--convention phải là change, ratio hoặc index',
    en: '--convention must be change, ratio or index',
  },
  badLang: { vi: '--lang phải là vi hoặc en', en: '--lang must be vi or en' },
  badPeriod: { vi: '--period không hợp lệ', en: '--period is not valid' },
  badOutlier: {
    vi: '--outlier phải là mức tăng rồi mức giảm, ví dụ 200%,-50%',
    en: '--outlier must be the rise then the fall, e.g. 200%,-50%',
  },
  reading: { vi: 'Đọc tệp', en: 'Reading file' },
  building: { vi: 'Lập biểu', en: 'Building' },
  noXlsx: {
    vi: 'Không có tệp bảng tính nào đọc được (.xlsx, .xlsm, .xls, .ods, .csv).',
    en: 'No readable spreadsheet file (.xlsx, .xlsm, .xls, .ods, .csv).',
  },
  noTable: {
    vi: 'Không lập được biểu nào: không tìm thấy báo cáo của doanh nghiệp nào.',
    en: 'No table could be built: no enterprise submission was found.',
  },
  noTableNoPeriod: {
    vi: 'Không lập được biểu nào: các trang không ghi kỳ báo cáo — chọn kỳ bằng --period (ví dụ --period 9T/2015).',
    en: 'No table could be built: the sheets state no reporting period — choose one with --period (e.g. --period 9T/2015).',
  },
  writeFailed: { vi: 'Không ghi được tệp', en: 'Could not write the file' },
  wroteReport: { vi: 'Đã ghi báo cáo', en: 'Report written to' },
  wroteJson: { vi: 'Đã ghi JSON', en: 'JSON written to' },
  period: { vi: 'Kỳ báo cáo', en: 'Period' },
  summary: {
    vi: (p: Summary) =>
      `Đã đọc ${p.files} tệp, ${p.sheets} trang tính: ${p.submissions} báo cáo (viễn thông ${p.telecom}, bưu chính ${p.postal}) của ${p.enterprises} doanh nghiệp.`,
    en: (p: Summary) =>
      `Read ${p.files} files, ${p.sheets} sheets: ${p.submissions} submissions (telecom ${p.telecom}, postal ${p.postal}) from ${p.enterprises} enterprises.`,
  },
  issues: {
    vi: (p: { error: number; warning: number; info: number }) =>
      `Vấn đề: ${p.error} lỗi, ${p.warning} cảnh báo, ${p.info} thông tin.`,
    en: (p: { error: number; warning: number; info: number }) =>
      `Problems: ${p.error} errors, ${p.warning} warnings, ${p.info} notes.`,
  },
  moreIssues: {
    vi: (n: number) => `… và ${n} vấn đề khác (xem trang "TTTT Kiểm tra" của báo cáo).`,
    en: (n: number) => `… and ${n} more (see the report's "TTTT Kiểm tra" sheet).`,
  },
} as const;

export interface Summary {
  files: number;
  sheets: number;
  submissions: number;
  telecom: number;
  postal: number;
  enterprises: number;
}

/** Picks the text of the user's language. */
export function t<K extends keyof typeof TEXT>(key: K, locale: Locale): (typeof TEXT)[K][Locale] {
  return TEXT[key][locale] as (typeof TEXT)[K][Locale];
}
