import { UNICODE_TO_TCVN3 } from '../../src/core/text/tables';

/**
 * Encodes Unicode text as TCVN3 (VN3) characters: the inverse of {@link decodeTcvn3}, used to
 * build test data. Toned capitals VN3 has no code for ("Ấ") take their small letter's code, as
 * text typed in a capitals font (.VnTimeH) does.
 *
 * @example
 * encodeTcvn3('Điện thoại') //=> '§iÖn tho¹i'
 */
export function encodeTcvn3(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC'))
    out += UNICODE_TO_TCVN3.get(ch) ?? UNICODE_TO_TCVN3.get(ch.toLowerCase()) ?? ch;
  return out;
}
