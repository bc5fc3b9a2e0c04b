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
  if (text.length > CACHED_LENGTH) return phraseOf(text);
  let phrase = cache.get(text);
  if (phrase === undefined) {
    if (cache.size >= CACHE_SIZE) cache.clear();
    phrase = phraseOf(text);
    cache.set(text, phrase);
  }
  return phrase;
}

/**
 * Phrases of short texts already folded: the same headers, units and names ("Chỉ tiêu", "ĐVT",
 * "Thuê bao", "Hiện có") come back in every submission and are matched many times each. Bounded:
 * cleared when full, and long texts are never kept.
 */
const cache = new Map<string, string>();
const CACHE_SIZE = 20_000;
const CACHED_LENGTH = 200;

function phraseOf(text: string): string {
  return foldDiacritics(text)
    .replace(/%/g, ' % ')
    .replace(/[^a-z0-9%]+/g, ' ')
    .trim();
}

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
