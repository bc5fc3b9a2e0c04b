import { toPhrase } from '../catalogue';
import { findPeriod } from '../periods';

/** How a company's name begins (as a phrase): Công ty, Tổng công ty, Chi nhánh, Trung tâm, Bưu điện, Viễn thông. */
const COMPANY_START = /^(tong cong ty|cong ty|tap doan|chi nhanh|trung tam|buu dien|vien thong)( |$)/;

/** Labels a form puts before the name ("Đơn vị: …", "Tên doanh nghiệp: …"), as phrases. Never "Đơn vị tính", "Đơn vị nhận báo cáo". */
const NAME_LABELS = new Set([
  'don vi',
  'ten don vi',
  'don vi bao cao',
  'doanh nghiep',
  'ten doanh nghiep',
  'doanh nghiep bao cao',
  'ten dn',
  'dn',
]);

/** Words of a title line that is no name (báo cáo, kính gửi, the national motto). */
const NOT_A_NAME = /(^| )(bao cao|kinh gui|cong hoa|doc lap|hanh phuc|so lieu|ket qua)( |$)/;

/** The name a text gives, after a "Đơn vị:" label or as a company-name line, or null. */
function nameIn(text: string): string | null {
  const colon = text.indexOf(':');
  const labelled = colon > 0 && NAME_LABELS.has(toPhrase(text.slice(0, colon)));
  const name = (labelled ? text.slice(colon + 1) : text).replace(/^[\s.…\-–:]+|[\s.…,;:\-–]+$/g, '');
  const phrase = toPhrase(name);
  if (!labelled && !COMPANY_START.test(phrase)) return null;
  // "Công ty" alone, a blank form ("Đơn vị: ……"), a long sentence, a title or a period is no name.
  if (!/[a-z]/.test(phrase) || COMPANY_START.exec(phrase)?.[0].trim() === phrase) return null;
  if (name.length > 120 || NOT_A_NAME.test(phrase) || findPeriod([name]) !== null) return null;
  return name;
}

/**
 * The company name (tên doanh nghiệp) a sheet's title cells state, for an enterprise the
 * catalogue does not know: the first cell that is a company-name line ("CÔNG TY CỔ PHẦN VIỄN
 * THÔNG SỐ 0", "Chi nhánh …", "Trung tâm …", "Bưu điện …", "Viễn thông …") or that labels one
 * ("Đơn vị: Công ty TNHH Chuyển phát ABC"), as typed; null when none does. Cells are read one by
 * one: the name often shares its row with the national motto.
 *
 * @example
 * companyName(['CÔNG TY CỔ PHẦN VIỄN THÔNG SỐ 0', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']) //=> 'CÔNG TY CỔ PHẦN VIỄN THÔNG SỐ 0'
 * companyName(['Đơn vị: Công ty TNHH Chuyển phát ABC']) //=> 'Công ty TNHH Chuyển phát ABC'
 * companyName(['Đơn vị tính: nghìn đồng', 'BÁO CÁO 9 THÁNG 2015']) //=> null
 */
export function companyName(texts: readonly string[]): string | null {
  for (const text of texts) {
    if (typeof text !== 'string' || text.trim() === '') continue;
    const name = nameIn(text.normalize('NFC').replace(/\s+/g, ' ').trim());
    if (name) return name;
  }
  return null;
}
