import { UNICODE_TO_VNI } from '../../src/core/text/tables';

/**
 * Encodes Unicode text as VNI-Windows characters: the inverse of {@link decodeVni}, used to build
 * test data.
 *
 * @example
 * encodeVni('Điện thoại') //=> 'Ñieän thoaïi'
 */
export function encodeVni(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) out += UNICODE_TO_VNI.get(ch) ?? ch;
  return out;
}
