import { UNICODE_TO_TCVN3 } from '../../src/core/text/tables';

/**
 * Encodes Unicode text as TCVN3 (VN3) characters: the inverse of {@link decodeTcvn3}, used to
 * build test data. Letters VN3 cannot hold (toned capitals such as "Ấ") are left as they are.
 *
 * @example
 * encodeTcvn3('Điện thoại') //=> '§iÖn tho¹i'
 */
export function encodeTcvn3(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) out += UNICODE_TO_TCVN3.get(ch) ?? ch;
  return out;
}
