import { findPhrase, toPhrase } from '../catalogue';

/**
 * "ngày 05 tháng 10 năm 2015", "ngày 06/10/2015", "Ngày lập: 06/10/2015" (as phrases). Digits are
 * required: a blank form ("ngày … tháng …") is no date; "từ ngày … đến ngày …" is a period.
 */
const ISSUED = [
  /(?:^| )ngay (\d{1,2}) thang (\d{1,2}) nam (\d{4})(?: |$)/,
  /(?:^| )(?<!(?:tu|den|toi) )ngay(?: lap| ky| bao cao| gui)? (\d{1,2}) (\d{1,2}) (\d{4})(?: |$)/,
];

/**
 * The date a sheet was signed (ngày ký), as ISO yyyy-mm-dd, from lines such as
 * "Hạ Long, ngày 05 tháng 10 năm 2015"; the first valid one wins, null when none.
 *
 * @example
 * issuedDate(['Hạ Long, ngày 5 tháng 10 năm 2015']) //=> '2015-10-05'
 * issuedDate(['Ngày lập: 06/10/2015']) //=> '2015-10-06'
 * issuedDate(['ngày ... tháng ... năm 2015']) //=> null
 */
export function issuedDate(lines: readonly string[]): string | null {
  for (const line of lines) {
    const phrase = toPhrase(line);
    const m = ISSUED.map((pattern) => pattern.exec(phrase)).find((found) => found !== null);
    if (!m) continue;
    const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || year < 1990 || year > 2100) continue;
    return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
  return null;
}

/** Words that say a sheet corrects or completes an earlier one (phrases). */
const CORRECTION = [
  'dieu chinh',
  'bo sung',
  'thay the',
  'sua doi',
  'dinh chinh',
  'cap nhat lai',
  'bao cao lai',
  'gui lai',
  'lan 2',
  'lan 3',
  'lan 4',
  'lan thu 2',
  'lan thu 3',
  'lan thu hai',
  'lan thu ba',
  'corrected',
  'revised',
  'amended',
];

/**
 * Whether a title, sheet name or file name says the sheet corrects an earlier submission
 * (báo cáo điều chỉnh, bổ sung, thay thế, lần 2).
 *
 * @example
 * isCorrection(['BÁO CÁO (ĐIỀU CHỈNH) 9 THÁNG 2015']) //=> true
 * isCorrection(['buu-dien-tinh-dieu-chinh.xlsx']) //=> true
 * isCorrection(['Báo cáo 9 tháng 2015']) //=> false
 */
export function isCorrection(lines: readonly string[]): boolean {
  return lines.some((line) => {
    const phrase = toPhrase(line);
    return CORRECTION.some((w) => findPhrase(phrase, w) >= 0);
  });
}
