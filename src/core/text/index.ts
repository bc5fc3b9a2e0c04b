/** Text normalisation: legacy Vietnamese encodings, NFC, diacritic folding. */
export { fixText } from './fixText';
export { decodeTcvn3 } from './decodeTcvn3';
export { encodeTcvn3 } from './encodeTcvn3';
export { decodeVni } from './decodeVni';
export { encodeVni } from './encodeVni';
export { detectLegacyEncoding, fontEncoding } from './detectLegacyEncoding';
export type { LegacyEncoding } from './detectLegacyEncoding';
export { foldDiacritics } from './foldDiacritics';
export { isVietnameseSyllable } from './isVietnameseSyllable';
