import { VNI_TO_UNICODE } from './tables';

/**
 * Decodes VNI-Windows text (fonts VNI-Times, VNI-Helve…) into Unicode NFC.
 *
 * VNI writes most toned vowels as the base letter followed by a mark byte ("aù" = á, "eä" = ệ),
 * and đ, ơ, ư and some i/y forms as one byte ("ñ", "ô", "ö", "í", "î"). Two-character spellings
 * are tried before one-character ones. The base letter decides the case ("Aù" = "Á").
 *
 * @example
 * decodeVni('Ñieän thoaïi di ñoäng') //=> 'Điện thoại di động'
 * decodeVni('tröôùc') //=> 'trước'
 */
export function decodeVni(text: string): string {
  const chars = [...text];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const pair = i + 1 < chars.length ? VNI_TO_UNICODE.get(chars[i] + chars[i + 1]) : undefined;
    if (pair !== undefined) {
      out += pair;
      i++;
    } else {
      out += VNI_TO_UNICODE.get(chars[i]) ?? chars[i];
    }
  }
  return out.normalize('NFC');
}
