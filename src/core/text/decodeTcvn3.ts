import { TCVN3_TO_UNICODE } from './tables';

/**
 * Decodes TCVN3 (ABC, TCVN 5712:1993 VN3; fonts .VnTime, .VnArial…) text into Unicode NFC.
 *
 * Each legacy byte is expected as the Latin-1 character of that byte, which is how xlsx files and
 * Excel hand it over. Characters that are not TCVN3 codes (ASCII, anything beyond U+00FF) pass
 * through unchanged, so decoding already-Unicode letters such as "ơ" leaves them alone.
 *
 * @example
 * decodeTcvn3('§iÖn tho¹i di ®éng') //=> 'Điện thoại di động'
 * decodeTcvn3('tr\u00adíc') //=> 'trước' (ư is byte 0xAD, the soft hyphen)
 */
export function decodeTcvn3(text: string): string {
  let out = '';
  for (const ch of text) out += TCVN3_TO_UNICODE.get(ch) ?? ch;
  return out.normalize('NFC');
}
