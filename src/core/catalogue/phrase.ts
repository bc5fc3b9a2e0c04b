import { foldDiacritics } from '../text';

/**
 * Turns text into a matching phrase (cụm so khớp): folded (no marks, đ → d, lower case) and cut
 * into words at every punctuation mark, so "Điện thoại DĐ/trả trước (tr.đồng)" and
 * "dien thoai dd tra truoc tr dong" compare equal. "%" is kept as a word of its own because a
 * header's "(%)" says the column holds percentages.
 *
 * @example
 * toPhrase('Điện thoại DĐ/trả trước (tr.đồng)') //=> 'dien thoai dd tra truoc tr dong'
 * toPhrase('So sánh (%)') //=> 'so sanh %'
 */
export function toPhrase(text: string): string {
  return foldDiacritics(text)
    .replace(/%/g, ' % ')
    .replace(/[^a-z0-9%]+/g, ' ')
    .trim();
}

/**
 * Where `needle` (a phrase) occurs in `haystack` (a phrase) as whole words, or -1.
 *
 * @example
 * findPhrase('dien thoai di dong tra truoc', 'tra truoc') //=> 19
 * findPhrase('thuong mai', 'thu') //=> -1
 */
export function findPhrase(haystack: string, needle: string): number {
  if (!needle) return -1;
  const padded = ` ${haystack} `;
  const at = padded.indexOf(` ${needle} `);
  return at < 0 ? -1 : at;
}
