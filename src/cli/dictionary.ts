/**
 * The command line's side of the dictionary (`--dictionary tu-dien.csv`): read the CSV, report its
 * malformed lines and its conflicts with the catalogue as issues, and, under the problems, print
 * the lines to add for words no entry resolves yet.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  checkDictionary,
  readDictionaryCsv,
  suggestEntry,
  type Dictionary,
  makeIssue,
  type Message,
  type Issue,
  type Locale,
  type SheetGrid,
} from '../core';

const unreadable: Message<{ reason: string }> = {
  vi: (p) => `Không đọc được tệp từ điển: ${p.reason} — lập biểu không có từ điển`,
  en: (p) => `Cannot read the dictionary file: ${p.reason} — building without it`,
};

/** A dictionary file as read: its entries and the issues of reading it. */
export interface DictionaryFile {
  file: string;
  dictionary: Dictionary;
  issues: Issue[];
}

/**
 * Reads a dictionary CSV file (UTF-8, with or without BOM). A file that cannot be read is an
 * error issue and an empty dictionary; a malformed line is a warning naming its line number;
 * an entry whose word the catalogue reads otherwise is a `dictionary-conflict` warning.
 */
export function readDictionaryFile(file: string, cwd: string, locale: Locale): DictionaryFile {
  const target = path.resolve(cwd, file);
  let text: string;
  try {
    text = fs.readFileSync(target, 'utf8');
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code === 'ENOENT' ? `${target}: ENOENT` : (err as Error).message;
    return {
      file,
      dictionary: { entries: [] },
      issues: [
        makeIssue('error', 'dictionary-unreadable', unreadable, { reason }, locale, { file, sheet: '', cell: '' }),
      ],
    };
  }
  const { dictionary, issues, lines } = readDictionaryCsv(text, file, locale);
  return { file, dictionary, issues: [...issues, ...checkDictionary(dictionary, locale, { file, sheet: '' }, lines)] };
}

const HEADING = {
  vi: 'Thêm vào từ điển (--dictionary tu-dien.csv), thay "?" bằng nghĩa, để lần sau hiểu các từ này:',
  en: 'Add to the dictionary (--dictionary tu-dien.csv), replacing "?" with the answer, so these words are understood next time:',
};

/**
 * The lines to print under the problems for words an entry would resolve: a heading, then one
 * CSV line per word (each word once). Nothing when no problem is about such a word.
 *
 * @example
 * suggestionText(result.issues, grids, 'vi')
 * //=> 'Thêm vào từ điển …:\n  chỉ tiêu,Thuê bao GPON-X,?\n'
 */
export function suggestionText(issues: readonly Issue[], grids: readonly SheetGrid[], locale: Locale): string {
  // Each sheet's excerpt found by its place, once: not by scanning every excerpt for each issue.
  const bySheet = new Map<string, SheetGrid>();
  for (const g of grids) if (!bySheet.has(`${g.file}\u0000${g.sheet}`)) bySheet.set(`${g.file}\u0000${g.sheet}`, g);
  const own = (i: Issue) => {
    const grid = bySheet.get(`${i.file}\u0000${i.sheet}`);
    return grid ? [grid] : [];
  };
  const lines = [
    ...new Set(issues.map((i) => suggestEntry(i, own(i), locale)?.line).filter((l): l is string => Boolean(l))),
  ];
  return lines.length ? `${HEADING[locale]}\n${lines.map((l) => `  ${l}`).join('\n')}\n` : '';
}
