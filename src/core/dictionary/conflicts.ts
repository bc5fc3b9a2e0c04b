/**
 * Conflicts between the dictionary and the built-in catalogue (xung đột với danh mục): an entry
 * never changes in silence what the catalogue reads with confidence. Where both answer and the
 * answers differ, the entry is used — the office taught it — and a `dictionary-conflict`
 * warning names the word, both answers and, during a read, the cell.
 */
import { type Enterprise, type IndicatorMatch, matchEnterprise, matchIndicator, toPhrase } from '../catalogue';
import { makeIssue, type Message } from '../issues';
import type { CellRef, Issue, Locale } from '../model';
import { headerRole, type Role } from '../reader/columnRoles';
import { convert, parseUnit, type Unit } from '../units';
import { answerLabel, KIND_WORDS, NONE_LABEL, ROLE_LABELS } from './answers';
import {
  dictionaryEnterprise,
  dictionaryIndicator,
  dictionaryRole,
  dictionaryUnit,
  enterpriseEntry,
  indicatorEntry,
  roleEntry,
  unitEntry,
} from './lookup';
import type { Dictionary, DictionaryEntry } from './types';

const CONFLICT: Message<{
  kind: string;
  kindEn: string;
  text: string;
  word: string;
  taught: string;
  taughtEn: string;
  catalogue: string;
  catalogueEn: string;
}> = {
  vi: (p) =>
    `Từ điển (${p.kind}) dạy "${p.word}" là "${p.taught}", nhưng danh mục sẵn có đọc "${p.text}" là "${p.catalogue}": dùng theo từ điển — hãy kiểm tra mục từ này`,
  en: (p) =>
    `The dictionary (${p.kindEn}) teaches "${p.word}" as "${p.taughtEn}", but the built-in catalogue reads "${p.text}" as "${p.catalogueEn}": the dictionary's answer is used — check this entry`,
};

/** An answer of the catalogue, named in both languages. */
interface Named {
  vi: string;
  en: string;
}

function indicatorNamed(match: IndicatorMatch): Named {
  return match.kind === 'standard'
    ? { vi: match.indicator.label, en: match.indicator.labelEn }
    : { vi: `${NONE_LABEL.vi} (${match.name})`, en: `${NONE_LABEL.en} (${match.name})` };
}

function issueOf(
  entry: DictionaryEntry,
  text: string,
  catalogue: Named,
  locale: Locale,
  where: CellRef,
  about: Pick<Issue, 'enterprise' | 'indicator'> = {},
): Issue {
  return makeIssue(
    'warning',
    'dictionary-conflict',
    CONFLICT,
    {
      kind: KIND_WORDS[entry.kind].vi,
      kindEn: KIND_WORDS[entry.kind].en,
      text,
      word: entry.word,
      taught: answerLabel(entry, 'vi'),
      taughtEn: answerLabel(entry, 'en'),
      catalogue: catalogue.vi,
      catalogueEn: catalogue.en,
    },
    locale,
    where,
    about,
  );
}

/** Whether a taught and a catalogue indicator answer differ (both "not in the tables" agree). */
function indicatorsDiffer(taught: IndicatorMatch, catalogue: IndicatorMatch): boolean {
  if (taught.kind === 'standard' && catalogue.kind === 'standard')
    return taught.indicator.id !== catalogue.indicator.id;
  return taught.kind !== catalogue.kind;
}

/**
 * During a read: the conflict, if any, between what the dictionary and the catalogue
 * (`catalogue`, matchIndicator's answer for the same label) say a row label names.
 *
 * @example
 * indicatorConflict(dict, 'Thuê bao FTTH', matchIndicator('Thuê bao FTTH'), 'vi', { file, sheet, cell: 'B7' })
 * //=> { code: 'dictionary-conflict', cell: 'B7', … } when dict teaches "Thuê bao FTTH" as xDSL
 */
export function indicatorConflict(
  dict: Dictionary | undefined | null,
  label: string,
  catalogue: IndicatorMatch | null,
  locale: Locale,
  where: CellRef,
  about?: Pick<Issue, 'enterprise' | 'indicator'>,
): Issue | null {
  const taught = dictionaryIndicator(dict, label);
  const entry = indicatorEntry(dict, label);
  if (!taught || !entry || !catalogue || !indicatorsDiffer(taught, catalogue)) return null;
  return issueOf(entry, label, indicatorNamed(catalogue), locale, where, about);
}

/** What a reader role is called, for a conflict (the structural ones too). */
function roleNamed(role: Role): Named {
  if (role in ROLE_LABELS) return ROLE_LABELS[role as keyof typeof ROLE_LABELS];
  const other: Record<string, Named> = {
    stt: { vi: 'Số thứ tự', en: 'Row number' },
    label: { vi: 'Tên chỉ tiêu', en: 'Indicator name' },
    unit: { vi: 'Đơn vị tính', en: 'Unit' },
    note: { vi: 'Ghi chú', en: 'Note' },
  };
  return other[role] ?? { vi: role, en: role };
}

/** During a read: the conflict between the dictionary's role for a header and the catalogue's (headerRole). */
export function roleConflict(
  dict: Dictionary | undefined | null,
  header: string,
  catalogue: Role | null,
  locale: Locale,
  where: CellRef,
  about?: Pick<Issue, 'enterprise' | 'indicator'>,
): Issue | null {
  const taught = dictionaryRole(dict, header);
  const entry = roleEntry(dict, header);
  if (!taught || !entry || !catalogue || taught === catalogue) return null;
  return issueOf(entry, header, roleNamed(catalogue), locale, where, about);
}

function sameSize(a: Unit, b: Unit): boolean {
  return a.dimension === b.dimension && convert(1, a, b) === 1;
}

/** During a read: the conflict between the dictionary's unit for a text and the catalogue's (parseUnit/findUnit). */
export function unitConflict(
  dict: Dictionary | undefined | null,
  text: string,
  catalogue: Unit | null,
  locale: Locale,
  where: CellRef,
  about?: Pick<Issue, 'enterprise' | 'indicator'>,
): Issue | null {
  const taught = dictionaryUnit(dict, text);
  const entry = unitEntry(dict, text);
  if (!taught || !entry || !catalogue || sameSize(taught, catalogue)) return null;
  return issueOf(entry, text, { vi: catalogue.label, en: catalogue.labelEn }, locale, where, about);
}

/** During a read: the conflict between the dictionary's enterprise for a text and the catalogue's (matchEnterprise). */
export function enterpriseConflict(
  dict: Dictionary | undefined | null,
  text: string,
  catalogue: Enterprise | null,
  locale: Locale,
  where: CellRef,
  about?: Pick<Issue, 'enterprise' | 'indicator'>,
): Issue | null {
  const taught = dictionaryEnterprise(dict, text);
  const entry = enterpriseEntry(dict, text);
  if (!taught || !entry || !catalogue || taught.name === catalogue.name) return null;
  return issueOf(entry, text, { vi: catalogue.name, en: catalogue.name }, locale, where, about);
}

/**
 * Before any read: each entry whose own word the catalogue already reads otherwise (a
 * `dictionary-conflict` warning per entry, naming its line when `lines` are given). The entry
 * still applies; the warning makes sure nobody is surprised by it.
 *
 * @example
 * checkDictionary({ entries: [{ kind: 'indicator', word: 'Thuê bao FTTH', answer: 'broadband-xdsl' }] }, 'vi', { file: 'tu-dien.csv', sheet: '' })
 * //=> [{ code: 'dictionary-conflict', … }]
 */
export function checkDictionary(
  dict: Dictionary,
  locale: Locale,
  where: { file: string; sheet: string } = { file: '', sheet: '' },
  lines?: readonly number[],
): Issue[] {
  const issues: Issue[] = [];
  dict.entries.forEach((entry, index) => {
    const at: CellRef = { ...where, cell: lines?.[index] ? `A${lines[index]}` : '' };
    const single: Dictionary = { entries: [entry] };
    let issue: Issue | null = null;
    switch (entry.kind) {
      case 'indicator':
        issue = indicatorConflict(single, entry.word, matchIndicator(entry.word), locale, at);
        break;
      case 'role': {
        const role = headerRole(toPhrase(entry.word));
        issue = role && role !== 'label' ? roleConflict(single, entry.word, role, locale, at) : null;
        break;
      }
      case 'unit':
        issue = unitConflict(single, entry.word, parseUnit(entry.word), locale, at);
        break;
      case 'enterprise':
        issue = enterpriseConflict(single, entry.word, matchEnterprise(entry.word), locale, at);
        break;
    }
    if (issue) issues.push(issue);
  });
  return issues;
}
