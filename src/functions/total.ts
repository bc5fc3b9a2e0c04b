import { CoreError } from '../core/errors';
import type { Fact, Indicator, SheetGrid, SheetReading } from '../core/model';
import { readSheet } from '../core/reader';
import { gridValues } from './coerce';

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

/** The measure that is an indicator's figure for the period: a stock's closing count, a flow's flow. */
const currentMeasure = { stock: 'closing', flow: 'flow' } as const;

/**
 * The total of one indicator over the submissions the reader found in some ranges: each
 * submission's figure for its own period (hiện có for a stock, the period's flow otherwise).
 * A figure the reader could not read for this indicator, or no figure at all, is an error —
 * never a partial sum.
 *
 * @example
 * indicatorTotal(ftth, [[['Thuê bao FTTH', 'Hiện có'], ['FTTH', 25126]]]) //=> 25126 (per the reader)
 */
export function indicatorTotal(indicator: Indicator, ranges: unknown[]): number {
  const readings = ranges.map((range, i) => readSheet(rangeGrid(range, i)));
  const blocking = readings.flatMap((reading) => reading.issues).find((issue) => issue.severity === 'error' && issue.indicator === indicator.id);
  if (blocking) {
    throw new CoreError('unreadable-figure', {
      vi: `Không cộng được "${indicator.label}": ${blocking.message} (${blocking.sheet}!${blocking.cell})`,
      en: `Cannot add up "${indicator.labelEn}": ${blocking.message} (${blocking.sheet}!${blocking.cell})`,
    });
  }
  const facts = readings.flatMap(currentFacts).filter((fact) => fact.indicator === indicator.id && fact.measure === currentMeasure[indicator.kind]);
  if (facts.length === 0) {
    throw new CoreError(
      'no-figure',
      { vi: `Không thấy số liệu "${indicator.label}" trong các vùng`, en: `No figure for "${indicator.labelEn}" in the ranges` },
      'not-available',
    );
  }
  return facts.reduce((sum, fact) => sum + fact.value, 0);
}

/** The facts of each submission about its own period (not its "cùng kỳ" columns). */
function currentFacts(reading: SheetReading): Fact[] {
  return reading.submissions.flatMap((submission) => submission.facts.filter((fact) => fact.period === (submission.period ?? '')));
}
