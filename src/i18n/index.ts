import type { Locale } from '../core';
import { en } from './en';
import { vi, type StringKey, type Strings } from './vi';

export type { StringKey, Strings };

/** The string tables, one per language, with the same keys. */
export const tables: Record<Locale, Strings> = { vi, en };

/**
 * The add-in's language from Office's display language, the one rule the pane, the ribbon command
 * and the custom functions follow: English when it is English ("en", "en-…"), Vietnamese (the
 * default) otherwise.
 *
 * @example
 * localeOf('en-US') //=> 'en'
 * localeOf('vi-VN') //=> 'vi'
 * localeOf(undefined) //=> 'vi'
 */
export function localeOf(displayLanguage: string | null | undefined): Locale {
  return /^en\b/i.test(displayLanguage ?? '') ? 'en' : 'vi';
}

/**
 * Fills `{name}` parameters of a string; `{name|one|other}` picks a word by whether the parameter
 * is 1 (English plurals; Vietnamese needs none). An unknown parameter stays visible so a missing
 * value shows up in review instead of vanishing.
 *
 * @example
 * format('{count} vấn đề', { count: 3 }) //=> '3 vấn đề'
 * format('{count} {count|problem|problems}', { count: 1 }) //=> '1 problem'
 */
export function format(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)(?:\|([^|}]*)\|([^}]*))?\}/g, (whole, name: string, one?: string, other?: string) => {
    if (!Object.prototype.hasOwnProperty.call(params, name)) return whole;
    const value = params[name];
    if (one === undefined || other === undefined) return String(value);
    return Number(value) === 1 ? one : other;
  });
}

/** A translator for one language: `t('problemsCount', { count: 2 })`. */
export type Translate = (key: StringKey, params?: Record<string, string | number>) => string;

/**
 * The translator of a language.
 *
 * @example
 * translator('en')('buildButton') //=> 'Build tables'
 */
export function translator(locale: Locale): Translate {
  const table = tables[locale];
  return (key, params) => format(table[key], params);
}
