import { cellPosition } from '../issues';
import type { Issue, Locale, SheetGrid } from '../model';
import { csvLine } from './csv';
import { kindWord } from './table';
import type { EntryKind } from './types';

/** The answer a suggested line leaves for a person to fill in. */
export const PLACEHOLDER = '?';

/** A dictionary line that would resolve an issue, with the answer left to fill in. */
export interface Suggestion {
  kind: EntryKind;
  /** The word as the submission writes it. */
  word: string;
  /** The CSV line to add, answer `?` (e.g. `chỉ tiêu,Thuê bao GPON-X,?`). */
  line: string;
}

/** The "column header not understood" reason of an unused-figures issue, in both languages. */
const UNKNOWN_COLUMN = /không hiểu tiêu đề cột|column header is not understood/;

/** The text of a cell of the issue's sheet, when the grids are given. */
function cellText(issue: Issue, grids: readonly SheetGrid[] | undefined): string | null {
  if (!grids || !issue.cell) return null;
  const grid = grids.find((g) => g.file === issue.file && g.sheet === issue.sheet);
  const at = cellPosition(issue.cell);
  if (!grid || !at) return null;
  const value = grid.values[at.row - grid.top]?.[at.col - grid.left];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** The text between the first quote and the quote that closes it before `after`. */
function quoted(message: string, after: RegExp): string | null {
  const open = message.indexOf('"');
  if (open < 0) return null;
  const rest = message.slice(open + 1);
  const m = after.exec(rest);
  return m ? rest.slice(0, m.index) : null;
}

/** What the issue is about and the word, or null when no entry would resolve it. */
function wordOf(issue: Issue, grids?: readonly SheetGrid[]): { kind: EntryKind; word: string } | null {
  switch (issue.code) {
    case 'unrecognised-row': {
      const word = cellText(issue, grids) ?? quoted(issue.message, /" (có số liệu|has figures)/);
      return word ? { kind: 'indicator', word } : null;
    }
    case 'unknown-unit': {
      const word = cellText(issue, grids) ?? quoted(issue.message, /": /);
      return word ? { kind: 'unit', word } : null;
    }
    case 'unused-figures': {
      if (!UNKNOWN_COLUMN.test(issue.message)) return null;
      const word = quoted(issue.message, /": \d/);
      // A column with no header text is named by its letter: there is no word to teach.
      return word && !/^[A-Z]{1,3}$/.test(word) ? { kind: 'role', word } : null;
    }
    case 'unknown-enterprise': {
      const word = issue.enterprise ?? quoted(issue.message, /"\s*$/);
      return word ? { kind: 'enterprise', word } : null;
    }
    default:
      return null;
  }
}

/**
 * The dictionary line that would resolve a reader's issue, answer left as `?`: a row label not
 * recognised (`unrecognised-row`), a column whose header was not understood (`unused-figures`),
 * a unit not known (`unknown-unit`), an enterprise not known (`unknown-enterprise`). The word is
 * the cell's own text when `grids` are given, else the one the message quotes. Null for any
 * other issue.
 *
 * @example
 * suggestEntry({ code: 'unrecognised-row', message: 'Dòng "Thuê bao GPON-X" có số liệu nhưng …', … })
 * //=> { kind: 'indicator', word: 'Thuê bao GPON-X', line: 'chỉ tiêu,Thuê bao GPON-X,?' }
 */
export function suggestEntry(issue: Issue, grids?: readonly SheetGrid[], locale: Locale = 'vi'): Suggestion | null {
  const found = issue ? wordOf(issue, grids) : null;
  if (!found) return null;
  const word = found.word.normalize('NFC');
  return { kind: found.kind, word, line: csvLine([kindWord(found.kind, locale), word, PLACEHOLDER]) };
}
