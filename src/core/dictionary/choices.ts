import { ENTERPRISES, INDICATORS } from '../catalogue';
import type { Locale } from '../model';
import { UNITS } from '../units/table';
import { NONE_LABEL, ROLE_LABELS } from './answers';
import { TAUGHT_ROLES, type EntryKind } from './types';

/** One answer a person may pick for a word, named in their language. */
export interface AnswerChoice {
  /** The answer as an entry holds it (an indicator id, a role, a unit code, an enterprise name). */
  value: string;
  label: string;
  /** For a unit: the multiplier the choice carries (none: 1). */
  multiplier?: number;
}

/**
 * The answers offered for a word of a kind, in the person's language: the 14 indicators and
 * "not an indicator"; the six roles; the units of the table; the catalogue's enterprises.
 *
 * @example
 * answerChoices('role', 'en')[1] //=> { value: 'decrease', label: 'Decrease in the period' }
 */
export function answerChoices(kind: EntryKind, locale: Locale): AnswerChoice[] {
  switch (kind) {
    case 'indicator':
      return [
        ...INDICATORS.map((i) => ({ value: i.id, label: `${locale === 'en' ? i.labelEn : i.label}` })),
        { value: 'none', label: NONE_LABEL[locale] },
      ];
    case 'role':
      return TAUGHT_ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r][locale] }));
    case 'unit':
      return [...UNITS.values()].map((u) => ({ value: u.code, label: locale === 'en' ? u.labelEn : u.label }));
    case 'enterprise':
      return ENTERPRISES.map((e) => ({ value: e.name, label: e.name }));
  }
}
