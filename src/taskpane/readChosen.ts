/**
 * Reading chosen files in the pane with the command line's reader (SheetJS 0.20, `@e965/xlsx`,
 * src/cli/sheetGrids.ts): .xls, .ods, .csv, and any .xlsx Excel will not insert. Loaded as a
 * chunk of its own when such a file is chosen, so the pane's first load does not carry SheetJS.
 */
import { readSubmissionBytes } from '../cli/sheetGrids';
import type { Locale } from '../core';
import type { ChosenFile, ParsedChosen } from './host';

/** Bytes of a base64 string. */
function bytesOf(base64: string): Uint8Array {
  const binary = atob(base64);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/**
 * Each file's sheets as values placed where they sit in the file (rows and columns before the
 * used range left empty), or why it could not be read.
 *
 * @example
 * readChosen([{ name: 'fpt.csv', base64: btoa('STT;Hiện có\n1;25') }], 'vi')[0].sheets[0].name //=> 'fpt'
 */
export function readChosen(files: ChosenFile[], locale: Locale): ParsedChosen[] {
  return files.map((f) => {
    const reading = readSubmissionBytes(bytesOf(f.base64), f.name, locale);
    const fatal = reading.grids.length === 0 ? reading.issues[0] : undefined;
    if (fatal) return { file: f.name, sheets: [], error: fatal.message };
    return {
      file: f.name,
      sheets: reading.grids.map((g) => {
        const top = g.top ?? 0;
        const left = g.left ?? 0;
        const pad = (row: (typeof g.values)[number]) => [...new Array<null>(left).fill(null), ...row];
        return {
          name: g.sheet,
          values: [...Array.from({ length: top }, () => [] as null[]), ...g.values.map(pad)],
        };
      }),
    };
  });
}
