import { remember } from './remember';

/**
 * Folds text for diacritic-insensitive matching (so sánh không dấu): lower case, tone and vowel
 * marks removed, đ → d, whitespace collapsed and trimmed.
 *
 * `Intl.Collator('vi')` keeps đ, ơ, ư distinct from d, o, u, so the folding is done here. Ð/ð
 * (U+00D0/U+00F0, the Icelandic eth some old fonts use for Đ) fold to d as well.
 *
 * @example
 * foldDiacritics('Điện thoại DĐ  trả trước') //=> 'dien thoai dd tra truoc'
 */
export const foldDiacritics: (text: string) => string = remember((text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐðÐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim(),
);
