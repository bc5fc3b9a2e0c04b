import { CoreError } from '../core/errors';
import type { Indicator, Locale, SheetGrid, SheetReading, Submission } from '../core/model';
import { aggregate } from '../core/compute';
import type { Message } from '../core/issues';
import { readSheet } from '../core/reader';
import { gridValues, messageLocale } from './coerce';

/**
 * The period a range that states none is read as. A custom function cannot see the title lines
 * above a selected table, and the reader labels figures only when it knows their period; any
 * fixed code does, since SUMIND adds each range's figures for its own period whatever it is.
 */
const UNSTATED_PERIOD = '2000';

/**
 * A range handed to TTTT.SUMIND as the grid the reader takes. Custom functions do not know where
 * a range sits, so it is numbered ("Vùng 2") and placed at A1; the figures are what matter here.
 *
 * @example
 * rangeGrid([['Doanh thu', 5]], 0) //=> { file: '', sheet: 'Vùng 1', top: 0, left: 0, values: [['Doanh thu', 5]] }
 */
export function rangeGrid(range: unknown, index: number): SheetGrid {
  return { file: '', sheet: `Vùng ${index + 1}`, top: 0, left: 0, values: gridValues(range) };
}

const MESSAGES = {
  unreadable: {
    vi: (p: { label: string; where: string; why: string }) => `Không cộng được "${p.label}": ${p.why} (${p.where})`,
    en: (p: { label: string; where: string; why: string }) => `Cannot add up "${p.label}": ${p.why} (${p.where})`,
  },
  none: {
    vi: (p: { label: string }) => `Không thấy số liệu "${p.label}" trong các vùng`,
    en: (p: { label: string }) => `No figure for "${p.label}" in the ranges`,
  },
  periods: {
    vi: (p: { periods: string }) => `Các vùng thuộc các kỳ khác nhau (${p.periods}): không cộng được`,
    en: (p: { periods: string }) => `The ranges are about different periods (${p.periods}): cannot add them up`,
  },
  twice: {
    vi: (p: { enterprise: string; where: string }) =>
      `"${p.enterprise}" có mặt hai lần (${p.where}): chỉ đưa vào một lần`,
    en: (p: { enterprise: string; where: string }) => `"${p.enterprise}" is there twice (${p.where}): include it once`,
  },
} satisfies Record<string, Message<never>>;

function failWith<P>(
  code: string,
  message: Message<P>,
  params: (locale: Locale) => P,
  kind: 'value' | 'not-available' = 'value',
): never {
  throw new CoreError(code, { vi: message.vi(params('vi')), en: message.en(params('en')) }, kind);
}

/** Reads every range; a range that states no period is read as of `period`. */
function readRanges(ranges: unknown[], locale: Locale, period: string): SheetReading[] {
  return ranges.map((range, i) => readSheet(rangeGrid(range, i), { locale, period }));
}

/**
 * The total of one indicator over the submissions the reader finds in some ranges, added up by
 * the same rule as the standard tables (compute's aggregate): a stock's closing count (hiện có),
 * a flow's figure for the period. Anything that would make the sum wrong is an error, never a
 * partial sum: a figure of this indicator the reader could not read, ranges about different
 * periods, the same enterprise twice (e.g. a sheet and its correction), or no figure at all.
 * Ranges that state no period count as of the period the others state.
 *
 * @example
 * indicatorTotal(indicatorById('ftth'), [vnptRange, fptRange]) //=> 16780
 */
export function indicatorTotal(indicator: Indicator, ranges: unknown[]): number {
  const locale = messageLocale();
  const label = (l: Locale) => (l === 'vi' ? indicator.label : indicator.labelEn);
  let readings = readRanges(ranges, locale, UNSTATED_PERIOD);
  const submissions = () =>
    readings.flatMap((reading) => reading.submissions).filter((s) => s.facts.some((f) => f.indicator === indicator.id));

  const periods = [
    ...new Set(
      submissions()
        .map((s) => s.period)
        .filter((p): p is string => p !== null),
    ),
  ];
  if (periods.length > 1) failWith('mixed-periods', MESSAGES.periods, () => ({ periods: periods.join(', ') }));
  const period = periods[0] ?? UNSTATED_PERIOD;
  if (period !== UNSTATED_PERIOD && submissions().some((s) => s.period === null))
    readings = readRanges(ranges, locale, period);

  const blocking = readings
    .flatMap((reading) => reading.issues)
    .find((issue) => issue.severity !== 'info' && issue.indicator === indicator.id);
  if (blocking)
    failWith('unreadable-figure', MESSAGES.unreadable, (l) => ({
      label: label(l),
      why: blocking.message,
      where: `${blocking.sheet}!${blocking.cell}`,
    }));

  const seen = new Map<string, Submission>();
  for (const submission of submissions()) {
    const first = seen.get(submission.enterprise);
    if (first)
      failWith('repeated-enterprise', MESSAGES.twice, () => ({
        enterprise: submission.enterprise,
        where: `${first.sheet}, ${submission.sheet}`,
      }));
    seen.set(submission.enterprise, submission);
  }

  const facts = readings
    .flatMap((reading) => reading.submissions.flatMap((s) => s.facts))
    .filter((fact) => fact.indicator === indicator.id);
  const total = aggregate(facts, period).indicators.find((t) => t.indicator === indicator.id)?.current ?? null;
  return total ?? failWith('no-figure', MESSAGES.none, (l) => ({ label: label(l) }), 'not-available');
}
