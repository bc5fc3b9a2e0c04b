import { CoreError } from '../errors';
import type { Convention } from '../model';

/** How each convention turns current/previous into the figure shown in "so với cùng kỳ". */
const FROM_RATIO: Record<Convention, (ratio: number) => number> = {
  change: (ratio) => ratio - 1,
  ratio: (ratio) => ratio,
  index: (ratio) => ratio * 100,
};

/**
 * Compares a figure with the same period last year (so với cùng kỳ).
 *
 * `change` (the default, what the reference report prints as -28%) is current/previous − 1 as a
 * fraction; `ratio` ("bằng 72%") is current/previous; `index` ("năm trước = 100") is
 * current/previous × 100. Nothing is rounded: rounding is for display.
 * Throws a `CoreError` ('no-previous', kind 'not-available') when last year's figure is missing,
 * zero, negative or not finite — there is no honest comparison then — and 'bad-number' when the
 * current figure is not finite.
 *
 * @example
 * compareWithSamePeriod(72, 100) //=> -0.28
 * compareWithSamePeriod(72, 100, 'ratio') //=> 0.72
 * compareWithSamePeriod(72, 100, 'index') //=> 72
 */
export function compareWithSamePeriod(current: number, previous: number, convention: Convention = 'change'): number {
  if (typeof current !== 'number' || !Number.isFinite(current)) {
    throw new CoreError('bad-number', {
      vi: `Số liệu kỳ này không phải là số: ${String(current)}`,
      en: `The current figure is not a number: ${String(current)}`,
    });
  }
  if (typeof previous !== 'number' || !Number.isFinite(previous) || previous <= 0) {
    throw new CoreError(
      'no-previous',
      {
        vi: `Không có số liệu cùng kỳ năm trước để so sánh (${String(previous)})`,
        en: `No figure for the same period last year to compare with (${String(previous)})`,
      },
      'not-available',
    );
  }
  const convert = FROM_RATIO[convention];
  if (!convert) {
    throw new CoreError('bad-convention', {
      vi: `Không biết cách so sánh "${String(convention)}" (dùng change, ratio hoặc index)`,
      en: `Unknown comparison convention "${String(convention)}" (use change, ratio or index)`,
    });
  }
  return convert(current / previous);
}

/**
 * The comparison in a convention from the change the tables keep (`yoy`, current/previous − 1):
 * the same comparison read another way.
 *
 * @example
 * comparisonFromChange(-0.28, 'ratio') //=> 0.72
 * comparisonFromChange(-0.28, 'index') //=> 72
 */
export function comparisonFromChange(change: number, convention: Convention = 'change'): number {
  return compareWithSamePeriod(1 + change, 1, convention);
}
