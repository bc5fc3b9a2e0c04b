import { decodeTcvn3 } from './decodeTcvn3';
import { decodeVni } from './decodeVni';
import { detectLegacyEncoding, fontEncoding } from './detectLegacyEncoding';
import { remember } from './remember';

/** ABC "H" fonts (.VnTimeH, .VnArialH) show every letter as a capital: the bytes are lower case. */
function isCapitalsFont(font: string | null | undefined): boolean {
  const name = (font ?? '').trim();
  return /^\.vn/i.test(name) && name.endsWith('H');
}

/**
 * Turns a cell's text into Unicode NFC whatever it was typed in (sửa bảng mã): TCVN3/ABC,
 * VNI, decomposed Unicode (NFD, "Unicode tổ hợp") or plain Unicode.
 *
 * The font decides when it is a legacy one (".Vn…" is TCVN3, "VNI-…" is VNI); otherwise the
 * encoding is detected from the characters. Plain Unicode Vietnamese and ASCII come back
 * unchanged apart from NFC. Never throws.
 *
 * @example
 * fixText('§iÖn tho¹i di ®éng tr¶ tr\u00adíc') //=> 'Điện thoại di động trả trước'
 * fixText('Ñieän thoaïi', 'VNI-Times') //=> 'Điện thoại'
 * fixText('tæng', '.VnTimeH') //=> 'TỔNG'
 * fixText('Đie\u0302\u0323n') //=> 'Điện'
 */
export function fixText(text: string, font?: string | null): string {
  if (typeof text !== 'string') return String(text ?? '');
  return fontEncoding(font) === null ? fixUnfonted(text) : fixed(text, font);
}

/** Text whose font says nothing of its encoding: the same text always gives the same answer. */
const fixUnfonted = remember((text: string) => fixed(text, null));

function fixed(text: string, font: string | null | undefined): string {
  switch (detectLegacyEncoding(text, font)) {
    case 'tcvn3': {
      const decoded = decodeTcvn3(text);
      return isCapitalsFont(font) ? decoded.toUpperCase() : decoded;
    }
    case 'vni':
      return decodeVni(text);
    default:
      return text.normalize('NFC');
  }
}
