import { decodeTcvn3 } from './decodeTcvn3';
import { decodeVni } from './decodeVni';
import { isVietnameseSyllable } from './isVietnameseSyllable';

export type LegacyEncoding = 'tcvn3' | 'vni';

/**
 * Letters only Unicode Vietnamese has (ă đ ĩ ũ ơ ư, the U+1EA0–U+1EF9 block, combining tone and
 * vowel marks). Legacy bytes read as Latin-1 never produce them, so their presence means Unicode.
 */
const UNICODE_VIETNAMESE =
  /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]|[\u0300-\u0303\u0309\u0323]/;

/** Characters a legacy byte (0xA0–0xFF read as Latin-1) can turn into. */
const HIGH_LATIN1 = /[\u00a0-\u00ff]/;

/** Words are cut at whitespace, ASCII digits and ASCII punctuation: legacy codes are all ≥ 0xA0. */
const WORD_BREAK = /[\s\x21-\x40\x5b-\x60\x7b-\x7e]+/;

const DECODERS: Record<LegacyEncoding, (text: string) => string> = { tcvn3: decodeTcvn3, vni: decodeVni };

/** Which encoding a font name announces: ".VnTime…" is TCVN3, "VNI-…" is VNI. */
export function fontEncoding(font: string | null | undefined): LegacyEncoding | null {
  const name = (font ?? '').trim();
  if (/^\.vn/i.test(name)) return 'tcvn3';
  if (/^vni[- ]/i.test(name)) return 'vni';
  return null;
}

/**
 * How strongly the text looks like `encoding`: +1 for each word that is not Vietnamese as it
 * stands but becomes a Vietnamese syllable once decoded, −1 for each word that is Vietnamese and
 * stops being so. One-character words are ignored ("·", "©" are common symbols).
 */
function score(words: string[], encoding: LegacyEncoding): number {
  let total = 0;
  for (const word of words) {
    if (word.length < 2 || !HIGH_LATIN1.test(word)) continue;
    const decoded = DECODERS[encoding](word);
    if (decoded === word.normalize('NFC')) continue;
    const before = isVietnameseSyllable(word);
    const after = isVietnameseSyllable(decoded);
    if (after && !before) total++;
    else if (before && !after) total--;
  }
  return total;
}

/**
 * Tells whether text is in a legacy 8-bit Vietnamese encoding (bảng mã TCVN3/ABC or VNI), from
 * its font when known, otherwise from its characters; null for Unicode or plain ASCII.
 *
 * Text that already holds letters only Unicode has is Unicode whatever the font says (someone
 * typed Unicode into an old template). Without a legacy font, the text is legacy only when
 * decoding turns more of its words into Vietnamese syllables than out of them, so Unicode
 * Vietnamese such as "Tên" or "Tháng" and English are left alone.
 *
 * @example
 * detectLegacyEncoding('§iÖn tho¹i') //=> 'tcvn3'
 * detectLegacyEncoding('Ñieän thoaïi') //=> 'vni'
 * detectLegacyEncoding('Tên doanh nghiệp') //=> null
 * detectLegacyEncoding('Doanh thu', '.VnTime') //=> 'tcvn3'
 */
export function detectLegacyEncoding(text: string, font?: string | null): LegacyEncoding | null {
  if (UNICODE_VIETNAMESE.test(text)) return null;
  const byFont = fontEncoding(font);
  if (byFont !== null) return byFont;
  if (!HIGH_LATIN1.test(text)) return null;
  const words = text.split(WORD_BREAK);
  const tcvn3 = score(words, 'tcvn3');
  const vni = score(words, 'vni');
  if (tcvn3 > 0 && tcvn3 > vni) return 'tcvn3';
  if (vni > 0 && vni > tcvn3) return 'vni';
  return null;
}
