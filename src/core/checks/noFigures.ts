import { makeIssue, type Message } from '../issues';
import type { Issue, Locale, StandardTable } from '../model';
import { NOWHERE, indicatorName } from './words';

const message: Message<{ indicator: string; stt: number }> = {
  vi: (p) => `Dòng ${p.stt} – ${p.indicator}: không doanh nghiệp nào báo cáo số liệu — dòng để trống`,
  en: (p) => `Row ${p.stt} – ${p.indicator}: no enterprise reported a figure — the row is left blank`,
};

/**
 * 'no-figures' (info): a standard row no submission gave a figure for, so it stays blank rather
 * than showing a made-up zero.
 *
 * @example
 * checkNoFigures(tablesOfOnlyTelecomSheets, 'vi').length //=> 7 (every postal row)
 */
export function checkNoFigures(tables: StandardTable[], locale: Locale = 'vi'): Issue[] {
  return tables.flatMap((table) =>
    table.rows
      .filter((row) => table.columns.every((column) => row[column] === null || row[column] === undefined))
      .map((row) =>
        makeIssue(
          'info',
          'no-figures',
          message,
          { indicator: indicatorName(row.indicator, locale), stt: row.stt },
          locale,
          NOWHERE,
          { indicator: row.indicator },
        ),
      ),
  );
}
