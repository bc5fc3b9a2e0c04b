import type { Convention, Locale, Sector } from './model';
import { foldDiacritics } from './text';

/**
 * The words people use for the choices a statistician makes (quy ước so sánh, lĩnh vực, ngôn ngữ),
 * in Vietnamese and English, first word the canonical one. Every face (the command line's flags,
 * the functions' options, the pane's settings) reads its choices from here.
 */
export const CONVENTION_WORDS: Readonly<Record<Convention, readonly string[]>> = {
  change: ['change', 'tăng giảm', 'tăng/giảm', 'thay đổi'],
  ratio: ['ratio', 'bằng', 'tỷ lệ', 'tỉ lệ'],
  index: ['index', 'chỉ số', 'năm trước = 100'],
};

export const SECTOR_WORDS: Readonly<Record<Sector, readonly string[]>> = {
  telecom: ['telecom', 'viễn thông', 'VT'],
  postal: ['postal', 'bưu chính', 'BC'],
};

export const LOCALE_WORDS: Readonly<Record<Locale, readonly string[]>> = {
  vi: ['vi', 'tiếng Việt', 'vi-VN'],
  en: ['en', 'English', 'tiếng Anh', 'en-US'],
};

/** The conventions, in the order a settings list shows them. */
export const CONVENTIONS = Object.keys(CONVENTION_WORDS) as Convention[];

/**
 * The choice a word names, in either language and with or without diacritics; null when none.
 *
 * @example
 * choiceOf(SECTOR_WORDS, 'Bưu chính') //=> 'postal'
 * choiceOf(CONVENTION_WORDS, 'ti le') //=> 'ratio'
 * choiceOf(CONVENTION_WORDS, 'percent') //=> null
 */
export function choiceOf<T extends string>(words: Readonly<Record<T, readonly string[]>>, text: string): T | null {
  const wanted = foldDiacritics(text.normalize('NFC'));
  for (const [choice, spellings] of Object.entries(words) as [T, readonly string[]][])
    if (spellings.some((w) => foldDiacritics(w) === wanted)) return choice;
  return null;
}
