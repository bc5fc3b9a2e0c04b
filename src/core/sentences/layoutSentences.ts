import { CoreError } from '../errors';
import type { BuildResult, Convention, Locale } from '../model';
import type { LayoutCell, SheetLayout } from '../report/layout';
import { describePeriod } from '../periods';
import { tableSentences } from './sentences';

/** The sheet the add-in and the command line write the sentences to; the same in every language. */
export const SENTENCES_SHEET = 'TTTT Câu văn';

const HEADING: Record<Locale, (period: string) => string> = {
  vi: (period) => `Câu văn cho báo cáo${period ? ` – ${period}` : ''}`,
  en: (period) => `Sentences for the report${period ? ` – ${period}` : ''}`,
};

const HINT: Record<Locale, string> = {
  vi: 'Sao chép các câu dưới đây vào phần nội dung báo cáo; số liệu lấy từ các biểu ở trang "TTTT Biểu".',
  en: 'Copy the sentences below into the report\'s text; the figures are those of the tables on the "TTTT Biểu" sheet.',
};

/** The period in words for the heading, or "" when the build has none. */
function periodWords(period: string, locale: Locale): string {
  if (!period) return '';
  try {
    return describePeriod(period, locale);
  } catch (error) {
    if (error instanceof CoreError) return period;
    throw error;
  }
}

/**
 * The "TTTT Câu văn" sheet (câu văn báo cáo): a heading with the period, a hint, then for each
 * standard table its title and one sentence per row, one sentence per cell so a person can copy
 * them into the report's text.
 *
 * @example
 * layoutSentences(result, 'vi').cells.map((r) => r[0]?.value)
 * //=> ['Câu văn cho báo cáo – 9 tháng đầu năm 2015', 'Sao chép …', null,
 * //    'KẾT QUẢ HOẠT ĐỘNG VIỄN THÔNG, INTERNET 9 THÁNG ĐẦU NĂM 2015', 'Điện thoại cố định có dây: …', …]
 */
export function layoutSentences(
  result: Pick<BuildResult, 'period' | 'tables'>,
  locale: Locale = 'vi',
  convention: Convention = 'change',
): SheetLayout {
  const cells: (LayoutCell | null)[][] = [
    [{ value: HEADING[locale](periodWords(result.period, locale)), bold: true }],
    [{ value: HINT[locale], italic: true, wrap: true }],
  ];
  for (const table of result.tables) {
    cells.push([]);
    cells.push([{ value: table.title, bold: true, wrap: true }]);
    for (const sentence of tableSentences(table, locale, convention)) cells.push([{ value: sentence, wrap: true }]);
  }
  return { name: SENTENCES_SHEET, kind: 'sentences', cells, merges: [], columnWidths: [110] };
}
