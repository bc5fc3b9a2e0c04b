import { aggregate } from './compute';
import { CoreError } from './errors';
import type { Message } from './issues';
import type { Indicator, Locale, SheetGrid, SheetReading, Submission } from './model';
import { readSheet } from './reader';

/**
 * The period a grid that states none is read as. A range given to a custom function has no title
 * lines above it, and the reader labels figures only when it knows their period; any fixed code
 * does, since the total adds each grid's figures for its own period whatever it is.
 */
const UNSTATED_PERIOD = '2000';

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

/** Reads every grid; a grid that states no period is read as of `period`. */
function readAll(grids: SheetGrid[], locale: Locale, period: string): SheetReading[] {
  return grids.map((grid) => readSheet(grid, { locale, period }));
}

/**
 * The total of one indicator (tổng một chỉ tiêu) over the submissions the reader finds in some
 * grids — what TTTT.SUMIND gives for the ranges it is handed — added up by
 * the same rule as the standard tables (compute's aggregate): a stock's closing count (hiện có),
 * a flow's figure for the period. Anything that would make the sum wrong is an error, never a
 * partial sum: a figure of this indicator the reader could not read, ranges about different
 * periods, the same enterprise twice (e.g. a sheet and its correction), or no figure at all.
 * Grids that state no period count as of the period the others state. Throws CoreError (messages
 * in both languages; `locale` is the language the reader's own messages are quoted in).
 *
 * @example
 * indicatorTotal(indicatorById('ftth'), [vnptGrid, fptGrid], 'vi') //=> 16780
 */
export function indicatorTotal(indicator: Indicator, grids: SheetGrid[], locale: Locale): number {
  const label = (l: Locale) => (l === 'vi' ? indicator.label : indicator.labelEn);
  let readings = readAll(grids, locale, UNSTATED_PERIOD);
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
    readings = readAll(grids, locale, period);

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
