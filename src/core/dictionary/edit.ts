import { sameWord } from './table';
import type { Dictionary, DictionaryEntry } from './types';

/**
 * The dictionary with an entry added, or replacing the entry of the same kind and word (words
 * compared folded). The dictionary given is not changed.
 *
 * @example
 * withEntry({ entries: [] }, { kind: 'role', word: 'Số TB churn', answer: 'decrease' }).entries.length //=> 1
 */
export function withEntry(dictionary: Dictionary, entry: DictionaryEntry): Dictionary {
  const entries = dictionary.entries.filter((e) => !sameWord(e, entry));
  return { entries: [...entries, { ...entry, word: entry.word.trim().normalize('NFC') }] };
}

/**
 * The dictionary without the entry at `index` (in `entries` order). The dictionary given is not changed.
 *
 * @example
 * withoutEntry({ entries: [a, b] }, 0).entries //=> [b]
 */
export function withoutEntry(dictionary: Dictionary, index: number): Dictionary {
  return { entries: dictionary.entries.filter((_, i) => i !== index) };
}

/**
 * Two dictionaries as one: `extra`'s entries are added to `base`'s, an entry of `extra` replacing
 * the one of the same word (a CSV imported into the workbook's dictionary).
 */
export function mergeDictionaries(base: Dictionary, extra: Dictionary): Dictionary {
  return extra.entries.reduce(withEntry, base);
}
