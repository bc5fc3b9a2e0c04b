import type { BuildResult, Convention, Locale, StandardTable, TableRow } from '../model';
import { describeChange } from '../compute/changeText';
import { comparisonFromChange } from '../compute/compareWithSamePeriod';
import { formatComparison, formatFigure } from '../compute/formatComparison';
import { formatShare } from './format';
import { SENTENCE_WORDS } from './words';

/** How the comparison with the same period last year is phrased, per convention and language. */
const COMPARISON: Record<Convention, Record<Locale, (yoy: number) => string>> = {
  change: {
    vi: (yoy) => describeChange(yoy, 'vi', true),
    en: (yoy) => describeChange(yoy, 'en', true),
  },
  ratio: {
    vi: (yoy) => `bằng ${formatShare(comparisonFromChange(yoy, 'ratio'), 'vi')} so với cùng kỳ`,
    en: (yoy) => `${formatShare(comparisonFromChange(yoy, 'ratio'), 'en')} of the same period last year`,
  },
  index: {
    vi: (yoy) =>
      `đạt ${formatComparison(comparisonFromChange(yoy, 'index'), 'index', 'vi')} so với cùng kỳ (năm trước = 100)`,
    en: (yoy) =>
      `index ${formatComparison(comparisonFromChange(yoy, 'index'), 'index', 'en')} against the same period last year (last year = 100)`,
  },
};

const NO_FIGURE: Record<Locale, string> = { vi: 'chưa có số liệu', en: 'no figure' };
const NO_PREVIOUS: Record<Locale, string> = {
  vi: 'chưa có số liệu cùng kỳ',
  en: 'no figure for the same period last year',
};

/**
 * The figure a sentence quotes for a row: the stock on the network ("hiện có"), or for a flow the
 * period's total — revenue sits in the "hiện có" column of the telecom table, a postal volume in
 * the "số tăng trong kỳ" column.
 */
function quotedFigure(row: TableRow): number | null {
  return row.current ?? row.increase ?? null;
}

/**
 * The sentence a report uses to quote one row of a standard table (câu văn trong báo cáo).
 *
 * @example
 * rowSentence({ stt: 6, indicator: 'ftth', label: 'Thuê bao FTTH', unit: '', increase: 23346, decrease: 6552, yoy: 2.99, current: 25126 }, 'vi')
 * //=> 'Thuê bao FTTH: 25.126 thuê bao, tăng 299% so với cùng kỳ'
 * rowSentence({ stt: 7, indicator: 'telecom-revenue', label: 'Doanh thu', unit: 'Triệu đồng', yoy: 0.66, current: 2466410 }, 'en')
 * //=> 'Telecom revenue: 2,466,410 million VND, up 66% on the same period last year'
 */
export function rowSentence(row: TableRow, locale: Locale, convention: Convention = 'change'): string {
  const words = SENTENCE_WORDS[row.indicator]?.[locale] ?? {
    subject: row.label,
    unit: row.unit.toLocaleLowerCase(locale),
  };
  const figure = quotedFigure(row);
  if (figure === null) return `${words.subject}: ${NO_FIGURE[locale]}`;
  const amount = `${formatFigure(figure, locale)} ${words.unit}`;
  if (row.yoy === null || !Number.isFinite(row.yoy)) return `${words.subject}: ${amount} (${NO_PREVIOUS[locale]})`;
  return `${words.subject}: ${amount}, ${COMPARISON[convention][locale](row.yoy)}`;
}

/**
 * The sentences of one standard table, one per row in table order.
 *
 * @example
 * tableSentences(telecomTable, 'vi')[5] //=> 'Thuê bao FTTH: 25.126 thuê bao, tăng 299% so với cùng kỳ'
 */
export function tableSentences(table: StandardTable, locale: Locale, convention: Convention = 'change'): string[] {
  return table.rows.map((row) => rowSentence(row, locale, convention));
}

/**
 * Every sentence a report would use for a build's standard tables: the telecom table's rows, then
 * the postal table's — the text under the tables, in the task pane and on the command line.
 *
 * @example
 * reportSentences(result, 'vi')
 * //=> ['Điện thoại cố định có dây: 2.907 thuê bao, giảm 28% so với cùng kỳ', …,
 * //    'Doanh thu bưu chính: 74.735 triệu đồng, tăng 16% so với cùng kỳ']
 */
export function reportSentences(
  result: Pick<BuildResult, 'tables'>,
  locale: Locale,
  convention: Convention = 'change',
): string[] {
  return result.tables.flatMap((table) => tableSentences(table, locale, convention));
}
