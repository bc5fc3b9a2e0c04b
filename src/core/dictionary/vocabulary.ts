/**
 * The reader's words with the dictionary in front (vốn từ của lần đọc): the catalogue's own
 * matching functions, each asking the dictionary first. A reader given a dictionary builds one
 * Vocabulary per read and calls its methods where it calls the catalogue's today, so every place a
 * label, header, unit or name is read honours the office's entries, with no state kept anywhere.
 */
import { type Enterprise, type IndicatorMatch, matchEnterprise, matchIndicator, toPhrase } from '../catalogue';
import type { Sector } from '../model';
import { headerRole, type Role } from '../reader/columnRoles';
import { findUnit, parseUnit, type Unit } from '../units';
import { dictionaryEnterprise, dictionaryIndicator, dictionaryRole, dictionaryUnit, teaches } from './lookup';
import type { Dictionary, EntryKind } from './types';

/** Drop-ins for matchIndicator, headerRole, parseUnit, findUnit and matchEnterprise. */
export interface Vocabulary {
  matchIndicator(label: string, sector?: Sector): IndicatorMatch | null;
  headerRole(phrase: string): Role | null;
  parseUnit(text: string): Unit | null;
  findUnit(text: string): Unit | null;
  matchEnterprise(text: string): Enterprise | null;
}

/** The catalogue alone: what a read without a dictionary uses. */
export const CATALOGUE_WORDS: Vocabulary = { matchIndicator, headerRole, parseUnit, findUnit, matchEnterprise };

/**
 * The catalogue's functions with the dictionary asked first; the catalogue itself when the
 * dictionary is absent or empty.
 *
 * @example
 * const words = vocabulary({ entries: [{ kind: 'role', word: 'TB chuyển đi', answer: 'decrease' }] });
 * words.headerRole('tb chuyen di') //=> 'decrease'
 * words.headerRole('phat trien moi') //=> 'increase' (the catalogue)
 */
export function vocabulary(dict: Dictionary | undefined | null): Vocabulary {
  if (!dict || dict.entries.length === 0) return CATALOGUE_WORDS;
  const has = (kind: EntryKind) => teaches(dict, kind);
  return {
    matchIndicator: has('indicator')
      ? (label, sector) => dictionaryIndicator(dict, toPhrase(label ?? '')) ?? matchIndicator(label, sector)
      : matchIndicator,
    headerRole: has('role') ? (phrase) => dictionaryRole(dict, phrase) ?? headerRole(phrase) : headerRole,
    parseUnit: has('unit') ? (text) => dictionaryUnit(dict, text) ?? parseUnit(text) : parseUnit,
    findUnit: has('unit') ? (text) => dictionaryUnit(dict, text) ?? findUnit(text) : findUnit,
    matchEnterprise: has('enterprise')
      ? (text) => dictionaryEnterprise(dict, text) ?? matchEnterprise(text)
      : matchEnterprise,
  };
}
