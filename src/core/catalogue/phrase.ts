import { foldDiacritics, remember } from '../text';

/**
 * Turns text into a matching phrase (cụm so khớp): folded (no marks, đ → d, lower case) and cut
 * into words at every punctuation mark, so "Điện thoại DĐ/trả trước (tr.đồng)" and
 * "dien thoai dd tra truoc tr dong" compare equal. "%" is kept as a word of its own because a
 * header's "(%)" says the column holds percentages; so is "#" (№), which heads the ordinal
 * column of English forms.
 *
 * @example
 * toPhrase('Điện thoại DĐ/trả trước (tr.đồng)') //=> 'dien thoai dd tra truoc tr dong'
 * toPhrase('So sánh (%)') //=> 'so sanh %'
 * toPhrase('#') //=> '#'
 */
export const toPhrase: (text: string) => string = remember((text: string): string =>
  foldDiacritics(text)
    .replace(/%/g, ' % ')
    .replace(/[#№]/g, ' # ')
    .replace(/[^a-z0-9%#]+/g, ' ')
    .trim(),
);

/**
 * Where `needle` (a phrase) occurs in `haystack` (a phrase) as whole words, at or after `from`,
 * or -1. Allocates nothing and is linear in the haystack, so long labels and the catalogue's
 * hundreds of wordings stay cheap.
 *
 * @example
 * findPhrase('dien thoai di dong tra truoc', 'tra truoc') //=> 19
 * findPhrase('thuong mai', 'thu') //=> -1
 * findPhrase('tb tra truoc tb tra sau', 'tb', 1) //=> 13
 */
export function findPhrase(haystack: string, needle: string, from = 0): number {
  if (!needle) return -1;
  const end = haystack.length;
  for (let at = haystack.indexOf(needle, from); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    const after = at + needle.length;
    if ((at === 0 || haystack.charCodeAt(at - 1) === 32) && (after === end || haystack.charCodeAt(after) === 32))
      return at;
  }
  return -1;
}
