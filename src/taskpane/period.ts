import { describePeriod, parsePeriod, type Locale, type Period } from '../core';
import { translator } from '../i18n';

/** What the period box holds: nothing (let the build decide), a valid period, or an error. */
export type PeriodInput =
  { state: 'empty' } | { state: 'valid'; code: string; description: string } | { state: 'invalid'; message: string };

/**
 * Reads what a person typed in the period box with the core's parser; the pane never parses
 * periods itself.
 *
 * @example
 * readPeriodInput('9 tháng 2015', 'vi') //=> { state: 'valid', code: '9T/2015', description: '9 tháng đầu năm 2015' }
 */
export function readPeriodInput(text: string, locale: Locale): PeriodInput {
  const trimmed = text.trim();
  if (!trimmed) return { state: 'empty' };
  let period: Period | null | undefined;
  try {
    period = parsePeriod(trimmed);
  } catch {
    period = null;
  }
  if (!period) return { state: 'invalid', message: translator(locale)('periodInvalid', { text: trimmed }) };
  return { state: 'valid', code: period.code, description: describePeriod(period, locale) };
}
