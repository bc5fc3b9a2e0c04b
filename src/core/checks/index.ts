/**
 * Checks (kiểm tra): each a small function that looks at facts, totals or tables and returns
 * issues with the cell they are about. `runChecks` runs those that need no decision.
 */
import type { IndicatorTotals } from '../compute/aggregate';
import type { Issue, Locale, StandardTable, Submission } from '../model';
import { checkNegativeValues } from './negativeValue';
import { checkNoFigures } from './noFigures';
import { checkNoPrevious } from './noPrevious';
import { checkOutliers, type OutlierThreshold } from './outlier';
import { checkRepeatedInSubmission, checkRepeatedInTables, repeatedInSubmissions } from './repeatedFigure';
import { checkReportedChanges } from './reportedChange';
import { checkStockIdentity } from './stockIdentity';

export { checkNegativeValues } from './negativeValue';
export { checkNoFigures } from './noFigures';
export { checkNoPrevious } from './noPrevious';
export {
  checkOutliers,
  DEFAULT_OUTLIER_THRESHOLD,
  formatOutlierThreshold,
  isOutlierThreshold,
  parseOutlierThreshold,
  type OutlierThreshold,
} from './outlier';
export { dropOtherPeriods } from './periodMismatch';
export {
  checkRepeatedInSubmission,
  checkRepeatedInTables,
  repeatedInSubmissions,
  REPEAT_DIGITS,
  REPEAT_MINIMUM,
  significantDigits,
} from './repeatedFigure';
export { checkReportedChanges } from './reportedChange';
export { dropResubmissions, type ResubmissionResult } from './resubmission';
export { checkStockIdentity } from './stockIdentity';

/** What the checks look at. */
export interface CheckInput {
  submissions: Submission[];
  totals: IndicatorTotals;
  tables: StandardTable[];
}

export interface CheckOptions {
  locale?: Locale;
  outlier?: OutlierThreshold;
}

/**
 * Runs every check on the submissions kept, their totals and the tables built from them.
 *
 * @example
 * runChecks({ submissions, totals, tables }, { locale: 'en' }).map((i) => i.code)
 * //=> ['stock-identity', 'repeated-figure', …]
 */
export function runChecks(input: CheckInput, options: CheckOptions = {}): Issue[] {
  const locale = options.locale ?? 'vi';
  return [
    ...checkNegativeValues(
      input.submissions.flatMap((s) => s.facts),
      locale,
    ),
    ...checkStockIdentity(input.totals, locale),
    ...input.submissions.flatMap((s) => checkRepeatedInSubmission(s, locale)),
    // A table repeat of a figure already flagged in a submission is the same slip: named once, at its cells.
    ...checkRepeatedInTables(input.tables, locale, repeatedInSubmissions(input.submissions)),
    ...checkOutliers(input.totals, locale, options.outlier),
    ...checkReportedChanges(input.totals, locale),
    ...checkNoPrevious(input.totals, locale),
    ...checkNoFigures(input.tables, locale),
  ];
}
