/** Text normalisation: legacy Vietnamese encodings, NFC, diacritic folding. */
export { fixText } from './fixText';
export { decodeTcvn3 } from './decodeTcvn3';
export { decodeVni } from './decodeVni';
export { detectLegacyEncoding, fontEncoding } from './detectLegacyEncoding';
export type { LegacyEncoding } from './detectLegacyEncoding';
export { foldDiacritics } from './foldDiacritics';
export { isVietnameseSyllable } from './isVietnameseSyllable';
export { remember } from './remember';
