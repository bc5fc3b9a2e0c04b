import { ENTERPRISES, INDICATORS, indicatorById, matchIndicator, toPhrase } from '../catalogue';
import type { IndicatorId, Locale } from '../model';
import { parseUnit } from '../units';
import { UNITS } from '../units/table';
import { TAUGHT_ROLES, type DictionaryEntry, type EntryKind, type TaughtRole } from './types';

/** How each kind is written in the CSV and the sheet, by language. */
export const KIND_WORDS: Record<EntryKind, { vi: string; en: string }> = {
  indicator: { vi: 'chỉ tiêu', en: 'indicator' },
  role: { vi: 'cột', en: 'column' },
  unit: { vi: 'đơn vị', en: 'unit' },
  enterprise: { vi: 'doanh nghiệp', en: 'enterprise' },
};

/** Every spelling of a kind that is read (folded phrases). */
const KIND_SPELLINGS: readonly [EntryKind, string[]][] = [
  ['indicator', ['chi tieu', 'dong', 'ten chi tieu', 'indicator', 'row', 'label']],
  ['role', ['cot', 'tieu de cot', 'vai tro', 'role', 'column', 'header']],
  ['unit', ['don vi', 'don vi tinh', 'dvt', 'unit']],
  ['enterprise', ['doanh nghiep', 'dn', 'enterprise', 'company']],
];

/**
 * The kind a CSV's first field names, in Vietnamese or English, or null.
 *
 * @example
 * kindOf('Chỉ tiêu') //=> 'indicator'
 * kindOf('column') //=> 'role'
 * kindOf('?') //=> null
 */
export function kindOf(text: string): EntryKind | null {
  const phrase = toPhrase(text);
  return KIND_SPELLINGS.find(([, words]) => words.includes(phrase))?.[0] ?? null;
}

/** Answers that say "not an indicator". */
const NONE = ['none', 'not an indicator', 'khong', 'khong phai chi tieu', 'khong la chi tieu', 'bo qua', 'ignore'];

/** Role words read as answers (folded), besides the role's own id. */
const ROLE_WORDS: Record<TaughtRole, string[]> = {
  increase: ['increase', 'tang', 'so tang', 'tang trong ky', 'phat trien moi', 'new'],
  decrease: ['decrease', 'giam', 'so giam', 'giam trong ky', 'roi mang', 'cat huy'],
  opening: ['opening', 'dau ky', 'so dau ky', 'hien co dau ky'],
  current: ['current', 'hien co', 'cuoi ky', 'ky nay', 'thuc hien', 'hien co tren mang', 'stock', 'flow'],
  percent: ['percent', '%', 'so sanh', 'so sanh %', 'ty le', 'ti le'],
  ignore: ['ignore', 'bo qua', 'khong dung', 'khong tinh'],
};

/** How a role is named to a person, by language. */
export const ROLE_LABELS: Record<TaughtRole, { vi: string; en: string }> = {
  increase: { vi: 'Số tăng trong kỳ', en: 'Increase in the period' },
  decrease: { vi: 'Số giảm trong kỳ', en: 'Decrease in the period' },
  opening: { vi: 'Hiện có đầu kỳ', en: 'Opening stock' },
  current: { vi: 'Hiện có / thực hiện trong kỳ', en: 'Current stock / the period’s figure' },
  percent: { vi: 'So sánh (%)', en: 'Comparison (%)' },
  ignore: { vi: 'Bỏ qua cột này', en: 'Ignore this column' },
};

/** "Not an indicator", as a person reads it. */
export const NONE_LABEL = { vi: 'Không phải chỉ tiêu', en: 'Not an indicator' };

/** The result of reading an answer: the normalised answer, or why it is not one. */
export type ReadAnswer<T> = { ok: true; answer: T; multiplier?: number } | { ok: false; why: 'answer' | 'multiplier' };

/**
 * Reads an indicator answer: an id ("ftth"), "none" / "không phải chỉ tiêu", a standard label
 * in either language, or any wording the catalogue reads as one standard indicator.
 */
export function readIndicatorAnswer(text: string): ReadAnswer<IndicatorId | 'none'> {
  const phrase = toPhrase(text);
  if (phrase === '') return { ok: false, why: 'answer' };
  if (NONE.includes(phrase)) return { ok: true, answer: 'none' };
  const trimmed = text.trim().toLowerCase();
  const byId = indicatorById(trimmed);
  if (byId) return { ok: true, answer: byId.id };
  const byLabel = INDICATORS.find((i) => toPhrase(i.label) === phrase || toPhrase(i.labelEn) === phrase);
  if (byLabel) return { ok: true, answer: byLabel.id };
  const matched = matchIndicator(text);
  return matched?.kind === 'standard' ? { ok: true, answer: matched.indicator.id } : { ok: false, why: 'answer' };
}

/** Reads a role answer: its id or a Vietnamese or English wording of it. */
export function readRoleAnswer(text: string): ReadAnswer<TaughtRole> {
  const phrase = toPhrase(text);
  const role = TAUGHT_ROLES.find((r) => ROLE_WORDS[r].includes(phrase));
  return role ? { ok: true, answer: role } : { ok: false, why: 'answer' };
}

/**
 * Reads a multiplier written as people write them: "1000", "1.000", "1,000", "1e3", "nghìn",
 * "triệu". Blank is 1. Null when it is not a positive number.
 */
export function readMultiplier(text: string): number | null {
  const t = text.trim();
  if (t === '') return 1;
  const phrase = toPhrase(t);
  if (['nghin', 'ngan', 'thousand'].includes(phrase)) return 1000;
  if (['trieu', 'million'].includes(phrase)) return 1e6;
  const plain = /^\d{1,3}([.,\s]\d{3})+$/.test(t) ? t.replace(/[.,\s]/g, '') : t.replace(',', '.');
  const n = Number(plain);
  return Number.isFinite(n) && n > 0 ? n : null;
}

/**
 * Reads a unit answer: a unit code ("thue-bao") or any spelling the unit table reads ("nghìn
 * thuê bao"), with the multiplier column. A spelling that already carries a multiplier (nghìn
 * thuê bao) is kept as its own code.
 */
export function readUnitAnswer(text: string, multiplier: string): ReadAnswer<string> {
  const unit = UNITS.get(text.trim()) ?? parseUnit(text);
  if (!unit) return { ok: false, why: 'answer' };
  const times = readMultiplier(multiplier);
  if (times === null) return { ok: false, why: 'multiplier' };
  return times === 1 ? { ok: true, answer: unit.code } : { ok: true, answer: unit.code, multiplier: times };
}

/**
 * Reads an enterprise answer: a catalogue enterprise's name or alias gives its name; any other
 * non-blank name is a group of the office's own.
 */
export function readEnterpriseAnswer(text: string): ReadAnswer<string> {
  const phrase = toPhrase(text);
  if (phrase === '') return { ok: false, why: 'answer' };
  const known = ENTERPRISES.find((e) => [e.name, ...e.aliases].some((a) => toPhrase(a) === phrase));
  return { ok: true, answer: known ? known.name : text.trim().normalize('NFC') };
}

/**
 * How an entry's answer is named to a person: the indicator's label, the role's wording, the
 * unit's label and multiplier, the enterprise's name.
 *
 * @example
 * answerLabel({ kind: 'unit', word: 'nghìn chiếc máy', answer: 'thue-bao', multiplier: 1000 }, 'vi') //=> 'Thuê bao × 1000'
 */
export function answerLabel(entry: DictionaryEntry, locale: Locale): string {
  switch (entry.kind) {
    case 'indicator': {
      if (entry.answer === 'none') return NONE_LABEL[locale];
      const indicator = indicatorById(entry.answer);
      return locale === 'en' ? indicator.labelEn : indicator.label;
    }
    case 'role':
      return ROLE_LABELS[entry.answer][locale];
    case 'unit': {
      const unit = UNITS.get(entry.answer);
      const name = unit ? (locale === 'en' ? unit.labelEn : unit.label) : entry.answer;
      return entry.multiplier && entry.multiplier !== 1 ? `${name} × ${entry.multiplier}` : name;
    }
    case 'enterprise':
      return entry.answer;
  }
}
