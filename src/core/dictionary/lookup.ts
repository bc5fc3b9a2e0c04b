/**
 * The four look-ups the reader makes before the catalogue (từ điển trước, danh mục sau). Each is a
 * drop-in for its catalogue counterpart — matchIndicator, headerRole, parseUnit/findUnit,
 * matchEnterprise — and returns null when the dictionary has no entry, so the reader writes
 * `dictionaryX(dict, text) ?? catalogueX(text)`. Words are compared as phrases (toPhrase: no
 * marks, đ → d, lower case, punctuation as spaces), as the catalogue compares its own.
 */
import {
  ENTERPRISES,
  type Enterprise,
  type IndicatorMatch,
  indicatorById,
  matchIndicator,
  toPhrase,
} from '../catalogue';
import { foldDiacritics } from '../text/foldDiacritics';
import { SIZES, UNITS, type Unit } from '../units/table';
import type { Dictionary, DictionaryEntry, EntryKind, TaughtRole } from './types';

interface Compiled {
  /** Entries of each kind with their phrases, longest phrase first. */
  byKind: Record<EntryKind, { phrase: string; entry: DictionaryEntry }[]>;
  /** Each kind's phrases, with their place in `byKind` (the lower, the longer: preferred). */
  byPhrase: Record<EntryKind, Map<string, number>>;
  /** Each kind's most words in one phrase. */
  mostWords: Record<EntryKind, number>;
}

const compiled = new WeakMap<Dictionary, Compiled>();

function compile(dict: Dictionary): Compiled {
  let c = compiled.get(dict);
  if (c) return c;
  const byKind: Compiled['byKind'] = { indicator: [], role: [], unit: [], enterprise: [] };
  // A later entry of the same word wins: walk backwards, keep the first seen.
  const seen = new Set<string>();
  for (let i = (dict?.entries?.length ?? 0) - 1; i >= 0; i--) {
    const entry = dict.entries[i];
    const phrase = toPhrase(entry?.word ?? '');
    if (!phrase || !byKind[entry.kind] || seen.has(`${entry.kind}|${phrase}`)) continue;
    seen.add(`${entry.kind}|${phrase}`);
    byKind[entry.kind].push({ phrase, entry });
  }
  for (const list of Object.values(byKind)) list.sort((a, b) => b.phrase.length - a.phrase.length);
  const perKind = <T>(make: (list: Compiled['byKind'][EntryKind]) => T) =>
    Object.fromEntries(Object.entries(byKind).map(([kind, list]) => [kind, make(list)])) as Record<EntryKind, T>;
  c = {
    byKind,
    byPhrase: perKind((list) => new Map(list.map((x, place) => [x.phrase, place]))),
    // Counted, not spread into Math.max: a dictionary may hold more entries than a call takes arguments.
    mostWords: perKind((list) => list.reduce((most, x) => Math.max(most, x.phrase.split(' ').length), 0)),
  };
  compiled.set(dict, c);
  return c;
}

/** Whether the dictionary teaches any word of this kind (the reader then asks it before the catalogue). */
export function teaches(dict: Dictionary, kind: EntryKind): boolean {
  return compile(dict).byKind[kind].length > 0;
}

/**
 * The longest entry found in `phrase` as whole words (the phrase itself first) that `contained`
 * accepts. Each run of the phrase's words, up to the longest entry's, is looked up: the cost grows
 * with the phrase, not with the dictionary.
 */
function find(
  dict: Dictionary | undefined | null,
  kind: EntryKind,
  phrase: string,
  contained: (phrase: string, entryPhrase: string) => boolean = () => true,
): DictionaryEntry | null {
  if (!dict || !phrase) return null;
  const { byKind, byPhrase, mostWords } = compile(dict);
  if (byKind[kind].length === 0) return null;
  const words = phrase.split(' ');
  const places: number[] = [];
  for (let from = 0; from < words.length; from++) {
    for (let to = from + 1; to <= Math.min(words.length, from + mostWords[kind]); to++) {
      const place = byPhrase[kind].get(words.slice(from, to).join(' '));
      if (place !== undefined) places.push(place);
    }
  }
  // In the dictionary's order: the longest first.
  places.sort((a, b) => a - b);
  for (const place of places) {
    const { phrase: entryPhrase, entry } = byKind[kind][place];
    if (contained(phrase, entryPhrase)) return entry;
  }
  return null;
}

/** Removes a phrase (as whole words) everywhere it occurs. */
function without(phrase: string, words: string): string {
  return ` ${phrase} `.split(` ${words} `).join(' ').replace(/\s+/g, ' ').trim();
}

/**
 * The indicator entry a row label is taught as: an entry whose word is the whole label, else
 * the longest entry whose word the label contains — but only when the rest of the label names
 * nothing the catalogue knows ("Doanh thu GPON-X" is not taught by "GPON-X": it is revenue).
 */
export function indicatorEntry(dict: Dictionary | undefined | null, label: string): DictionaryEntry | null {
  const phrase = toPhrase(typeof label === 'string' ? label : '');
  return find(dict, 'indicator', phrase, (p, w) => {
    const rest = without(p, w);
    return rest === '' || matchIndicator(rest) === null;
  });
}

/**
 * What the dictionary says a row label names, as matchIndicator says it: a standard indicator,
 * or, for "not an indicator", an `other` match (never added to the tables). Null when no entry
 * teaches the label. `phrase` may be the label itself or its phrase (toPhrase).
 *
 * @example
 * const dict = { entries: [{ kind: 'indicator', word: 'GPON-X', answer: 'ftth' }] };
 * dictionaryIndicator(dict, 'thue bao gpon x') //=> { kind: 'standard', indicator: <ftth> }
 * dictionaryIndicator(dict, 'thue bao adsl') //=> null
 */
export function dictionaryIndicator(dict: Dictionary | undefined | null, phrase: string): IndicatorMatch | null {
  const entry = indicatorEntry(dict, phrase);
  if (!entry || entry.kind !== 'indicator') return null;
  if (entry.answer === 'none') return { kind: 'other', name: entry.word };
  const indicator = indicatorById(entry.answer);
  return indicator ? { kind: 'standard', indicator } : null;
}

/** The role entry a header is taught as (exact, else the longest contained). */
export function roleEntry(dict: Dictionary | undefined | null, phrase: string): DictionaryEntry | null {
  return find(dict, 'role', toPhrase(typeof phrase === 'string' ? phrase : ''));
}

/**
 * The role the dictionary gives a column header (a header's phrase, or its text), or null.
 *
 * @example
 * dictionaryRole({ entries: [{ kind: 'role', word: 'Số TB churn', answer: 'decrease' }] }, 'so tb churn') //=> 'decrease'
 */
export function dictionaryRole(dict: Dictionary | undefined | null, phrase: string): TaughtRole | null {
  const entry = roleEntry(dict, phrase);
  return entry?.kind === 'role' ? entry.answer : null;
}

/** Where a unit may be written inside a text (as findUnit looks): the whole, brackets, after "ĐVT:", after a last comma or dash. */
function unitPlaces(text: string): string[] {
  const folded = foldDiacritics(text);
  const places = [text];
  for (const m of folded.matchAll(/[([]([^()[\]]*)[)\]]/g)) places.push(m[1]);
  const intro = /(?:^|[\s(,;])(?:don vi tinh|don vi|d\.?\s?v\.?\s?t|units?)\s*[:.]?\s*([^;)\]]*)/.exec(folded);
  if (intro) places.push(intro[1]);
  const tail = /[,–-]\s*([^,–-]+)$/.exec(folded);
  if (tail) places.push(tail[1]);
  return places.map(toPhrase).filter((p) => p !== '');
}

/** The unit entry a unit text is taught as: the whole text, or a place findUnit would look. */
export function unitEntry(dict: Dictionary | undefined | null, text: string): DictionaryEntry | null {
  if (!dict || typeof text !== 'string') return null;
  const { byKind, byPhrase } = compile(dict);
  if (byPhrase.unit.size === 0) return null;
  for (const place of unitPlaces(text)) {
    const at = byPhrase.unit.get(place);
    if (at !== undefined) return byKind.unit[at].entry;
  }
  return null;
}

/**
 * The unit an entry's answer and multiplier make: the table's unit when one has that size
 * ("thue-bao" × 1000 is "nghin-thue-bao"), else a unit made for it ("kg" × 50).
 *
 * @example
 * taughtUnit('thue-bao', 1000)?.code //=> 'nghin-thue-bao'
 * taughtUnit('kg', 50)?.factor //=> 50
 */
export function taughtUnit(code: string, multiplier = 1): Unit | null {
  const base = UNITS.get(code);
  if (!base) return null;
  if (!(multiplier > 0) || multiplier === 1) return base;
  const size = (SIZES.get(base.code) ?? 1) * multiplier;
  for (const [other, unit] of UNITS) if (unit.dimension === base.dimension && SIZES.get(other) === size) return unit;
  return Object.freeze({
    code: `${base.code}*${multiplier}`,
    dimension: base.dimension,
    factor: base.factor * multiplier,
    label: `${base.label} × ${multiplier}`,
    labelEn: `${base.labelEn} × ${multiplier}`,
  });
}

/**
 * The unit the dictionary gives a unit text (a unit cell, a label, a header or a title line),
 * with its multiplier applied, or null.
 *
 * @example
 * dictionaryUnit({ entries: [{ kind: 'unit', word: 'nghìn chiếc máy', answer: 'thue-bao', multiplier: 1000 }] }, 'Nghìn chiếc máy')?.code
 * //=> 'nghin-thue-bao'
 */
export function dictionaryUnit(dict: Dictionary | undefined | null, text: string): Unit | null {
  const entry = unitEntry(dict, text);
  return entry?.kind === 'unit' ? taughtUnit(entry.answer, entry.multiplier) : null;
}

/** The enterprise entry a title line, sheet or file name is taught as (longest word found). */
export function enterpriseEntry(dict: Dictionary | undefined | null, text: string): DictionaryEntry | null {
  return find(dict, 'enterprise', toPhrase(typeof text === 'string' ? text : ''));
}

/** Groups of the office's own (an answer the catalogue does not know), one object per name. */
const groups = new Map<string, Enterprise>();

/**
 * The enterprise the dictionary gives a title line, sheet name or file name, as matchEnterprise
 * gives one: the catalogue's enterprise when the answer names it, else a group of the office's
 * own (reporting in either sector: the table's rows decide). Null when no entry's word is in it.
 *
 * @example
 * dictionaryEnterprise({ entries: [{ kind: 'enterprise', word: 'CN Cty Viễn thông Miền Đông', answer: 'VNPT' }] },
 *   'CHI NHÁNH CTY VIỄN THÔNG MIỀN ĐÔNG')?.name //=> 'VNPT'
 */
export function dictionaryEnterprise(dict: Dictionary | undefined | null, text: string): Enterprise | null {
  const entry = enterpriseEntry(dict, text);
  if (entry?.kind !== 'enterprise') return null;
  const phrase = toPhrase(entry.answer);
  const known = ENTERPRISES.find((e) => [e.name, ...e.aliases].some((a) => toPhrase(a) === phrase));
  if (known) return known;
  let group = groups.get(entry.answer);
  if (!group) {
    group = Object.freeze({
      name: entry.answer,
      aliases: [entry.answer],
      sectors: ['telecom', 'postal'],
    }) as Enterprise;
    groups.set(entry.answer, group);
  }
  return group;
}
