import type { IndicatorId } from '../model';

/**
 * What an entry of the dictionary (từ điển của đơn vị) teaches: a row label that names an
 * indicator, a column header that names a role, a unit, or an enterprise's name.
 */
export type EntryKind = 'indicator' | 'role' | 'unit' | 'enterprise';

/**
 * The roles a column header can be taught (a subset of the reader's `Role`, see
 * src/core/reader/columnRoles.ts): the figure columns and `ignore`.
 */
export type TaughtRole = 'increase' | 'decrease' | 'opening' | 'current' | 'percent' | 'ignore';

/** The roles an entry can give, in the order the pane offers them. */
export const TAUGHT_ROLES: readonly TaughtRole[] = ['increase', 'decrease', 'opening', 'current', 'percent', 'ignore'];

/** A row label taught as a standard indicator, or as "not an indicator" (`'none'`). */
export interface IndicatorEntry {
  kind: 'indicator';
  /** The words as the office's submissions write them ("Thuê bao GPON-X"). */
  word: string;
  answer: IndicatorId | 'none';
}

/** A column header taught as a role ("Số TB churn" → decrease). */
export interface RoleEntry {
  kind: 'role';
  word: string;
  answer: TaughtRole;
}

/**
 * A unit taught as a unit of the table (src/core/units) times a multiplier: "nghìn chiếc máy" →
 * `thue-bao` × 1000.
 */
export interface UnitEntry {
  kind: 'unit';
  word: string;
  /** A unit code of src/core/units ('thue-bao', 'trieu-dong', 'kg', …). */
  answer: string;
  /** How many of `answer` one of the word is; absent means 1. */
  multiplier?: number;
}

/**
 * An enterprise's name taught as a group: a catalogue group ("VNPT") or a name
 * of the office's own choosing, under which its submissions are reported.
 */
export interface EnterpriseEntry {
  kind: 'enterprise';
  word: string;
  answer: string;
}

export type DictionaryEntry = IndicatorEntry | RoleEntry | UnitEntry | EnterpriseEntry;

/**
 * The office's own words, remembered (từ điển): read before the built-in catalogue, matched with
 * the same folding (diacritics, case, punctuation: see toPhrase). Plain data: it is kept as CSV
 * on disk and in the hidden sheet "TTTT Từ điển" of the report workbook.
 */
export interface Dictionary {
  entries: DictionaryEntry[];
}

/** A dictionary with no entries. */
export const EMPTY_DICTIONARY: Dictionary = Object.freeze({
  entries: Object.freeze([]) as unknown as DictionaryEntry[],
});
