/** Vietnamese number reading and writing: "1.234.567", "1.234,5", "28%". */
export type { NumberParse } from './types';
export { parseVietnameseNumber } from './parseVietnameseNumber';
export { formatVietnameseNumber } from './formatVietnameseNumber';
export { formatPercent } from './formatPercent';
export { formatEffect, keptFormat, type FormatEffect } from './numberFormat';
