/**
 * The dictionary in the workbook (từ điển trong sổ báo cáo): kept in the hidden sheet
 * "TTTT Từ điển" the add-in owns, so it travels with the report and the ribbon's button uses it
 * as the pane does. A build reads it in its read sync and writes it back in its write sync (no
 * sync of its own); the pane reads it on opening in one sync.
 */
import {
  DICTIONARY_SHEET,
  type Dictionary,
  checkDictionary,
  dictionaryFromGrid,
  layoutDictionary,
  type Issue,
  type Locale,
  type SheetLayout,
} from '../core';
import { OWNER_KEY, ownerFrom, parseMark } from './ownership';
import type { GridReading } from './readGrids';
import { REGISTRY_KEY, parseRegistry } from './registry';
import { capabilities } from './requirements';
import { type ExcelHost, excelHost, session } from './session';

/** The dictionary a build uses, the issues of reading it, and its sheet to write (null: none to write). */
export interface TaughtDictionary {
  dictionary: Dictionary;
  issues: Issue[];
  layout: SheetLayout | null;
}

/**
 * The dictionary of a build: the one given (the pane's, just edited) or else the one kept in the
 * workbook's sheet, with its malformed rows and its conflicts with the catalogue as issues. Its
 * sheet is written whenever it has entries or was there already (so removing the last entry
 * empties it); a workbook that never had one gets none.
 */
export function taughtDictionary(
  reading: Pick<GridReading, 'dictionary'>,
  given: Dictionary | undefined,
  locale: Locale,
): TaughtDictionary {
  const where = { file: '', sheet: reading.dictionary?.sheet ?? DICTIONARY_SHEET };
  if (given) {
    return {
      dictionary: given,
      issues: checkDictionary(
        given,
        locale,
        where,
        given.entries.map((_, i) => i + 2),
      ),
      layout: given.entries.length || reading.dictionary ? layoutDictionary(given) : null,
    };
  }
  const stored = dictionaryFromGrid(reading.dictionary, locale);
  return {
    dictionary: stored.dictionary,
    issues: [...stored.issues, ...checkDictionary(stored.dictionary, locale, where, stored.lines)],
    layout: reading.dictionary ? layoutDictionary(stored.dictionary) : null,
  };
}

/**
 * Reads the dictionary kept in the workbook, for the pane to list on opening: one sync (the
 * sheet by name, its used range, its ownership marks). A sheet named so that a person made is
 * not the add-in's and is not read. Empty when there is none.
 *
 * @example
 * const { dictionary } = await loadWorkbookDictionary();
 * dictionary.entries.length //=> 3
 */
export async function loadWorkbookDictionary(
  locale: Locale = 'vi',
  excel?: ExcelHost,
): Promise<{ dictionary: Dictionary; issues: Issue[] }> {
  const caps = capabilities();
  return excelHost(excel).run(async (context) => {
    const s = session(context);
    const sheets = s.context.workbook.worksheets;
    const ws = sheets.getItemOrNullObject(DICTIONARY_SHEET).load('name');
    const used = sheets
      .getItemOrNullObject(DICTIONARY_SHEET)
      .getUsedRangeOrNullObject(true)
      .load('values,rowIndex,columnIndex');
    const mark = caps.sheetProperties
      ? sheets.getItemOrNullObject(DICTIONARY_SHEET).customProperties.getItemOrNullObject(OWNER_KEY).load('value')
      : null;
    const registry = s.context.workbook.settings.getItemOrNullObject(REGISTRY_KEY).load('value');
    await s.sync();
    if (ws.isNullObject || used.isNullObject) return { dictionary: { entries: [] }, issues: [] };
    const owner = ownerFrom(
      ws.name,
      mark && !mark.isNullObject ? parseMark(mark.value) : null,
      parseRegistry(registry.isNullObject ? null : registry.value),
    );
    if (owner?.kind !== 'dictionary') return { dictionary: { entries: [] }, issues: [] };
    const values = (used.values as unknown[][]).map((row) =>
      row.map((v) => (typeof v === 'string' || typeof v === 'number' ? v : null)),
    );
    const { dictionary, issues } = dictionaryFromGrid(
      { file: '', sheet: ws.name, top: used.rowIndex, left: used.columnIndex, values },
      locale,
    );
    return { dictionary, issues };
  });
}
