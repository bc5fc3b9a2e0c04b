import type { Period } from '../model';
import { foldDiacritics } from '../text/foldDiacritics';
import { parsePeriod } from './parsePeriod';

/**
 * Words after which a line speaks of another period than its own: the same period last year, a
 * comparison, a plan or an earlier period ("so với cùng kỳ năm 2014", "Kế hoạch năm 2015").
 * Everything from them to the end of the line is ignored.
 */
const OTHER_PERIOD =
  /(?:cung ky|so voi|ke hoach|nam truoc|ky truoc|thang truoc|quy truoc|same period|compared|previous year|last year|plan)/;

/**
 * The period a sheet states in its title lines (kỳ báo cáo của biểu): the first line that names
 * one, after dropping mentions of other periods ("cùng kỳ năm 2014") and signing dates. Lines are
 * expected in Unicode (run fixText first); null when no line states a period.
 *
 * @example
 * findPeriod(['VNPT QUẢNG NINH', 'BÁO CÁO 9 THÁNG ĐẦU NĂM 2015', 'So với cùng kỳ năm 2014'])?.code //=> '9T/2015'
 * findPeriod(['Quảng Ninh, ngày 05 tháng 10 năm 2015']) //=> null
 */
export function findPeriod(lines: string[]): Period | null {
  for (const line of lines) {
    if (typeof line !== 'string') continue;
    const folded = foldDiacritics(line);
    const cut = OTHER_PERIOD.exec(folded);
    const own = cut === null ? folded : folded.slice(0, cut.index);
    const period = parsePeriod(own);
    if (period !== null) return period;
  }
  return null;
}
