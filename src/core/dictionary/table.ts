import { toPhrase } from '../catalogue';
import { makeIssue, type Message } from '../issues';
import type { Issue, Locale } from '../model';
import {
  KIND_WORDS,
  kindOf,
  readEnterpriseAnswer,
  readIndicatorAnswer,
  readRoleAnswer,
  readUnitAnswer,
} from './answers';
import type { Dictionary, DictionaryEntry, EntryKind } from './types';

/** The columns of the dictionary's table (CSV and sheet), by language. */
export const COLUMNS = {
  vi: ['loại', 'từ', 'nghĩa', 'hệ số'],
  en: ['kind', 'word', 'answer', 'multiplier'],
} as const;

type Column = 'kind' | 'word' | 'answer' | 'multiplier';

/** Header spellings (folded) of each column. */
const HEADER_WORDS: Record<Column, string[]> = {
  kind: ['loai', 'kind', 'loai tu', 'type'],
  word: ['tu', 'word', 'cum tu', 'chu', 'tu ngu', 'text', 'words'],
  answer: ['nghia', 'answer', 'la', 'gia tri', 'meaning', 'tra loi', 'dich'],
  multiplier: ['he so', 'multiplier', 'nhan', 'times', 'factor'],
};

const MESSAGES = {
  line: {
    vi: (p) => `Từ điển${p.source}, dòng ${p.line}: ${p.why} — bỏ qua dòng này`,
    en: (p) => `Dictionary${p.sourceEn}, line ${p.line}: ${p.whyEn} — line skipped`,
  } as Message<{ source: string; sourceEn: string; line: number; why: string; whyEn: string }>,
  replaced: {
    vi: (p) => `Từ điển${p.source}, dòng ${p.line}: "${p.word}" đã có ở dòng ${p.first} — dùng dòng ${p.line}`,
    en: (p) =>
      `Dictionary${p.sourceEn}, line ${p.line}: "${p.word}" is already on line ${p.first} — using line ${p.line}`,
  } as Message<{ source: string; sourceEn: string; line: number; first: number; word: string }>,
};

const WHY = {
  fields: ['cần ít nhất 3 cột: loại, từ, nghĩa', 'needs at least 3 fields: kind, word, answer'],
  kind: [
    'loại phải là "chỉ tiêu", "cột", "đơn vị" hoặc "doanh nghiệp"',
    'the kind must be "indicator", "column", "unit" or "enterprise"',
  ],
  word: ['thiếu từ', 'the word is missing'],
  indicator: [
    'nghĩa phải là mã chỉ tiêu (ftth, mobile-prepaid…), tên chỉ tiêu hoặc "none"',
    'the answer must be an indicator id (ftth, mobile-prepaid…), its label or "none"',
  ],
  role: [
    'nghĩa phải là increase, decrease, opening, current, percent hoặc ignore (tăng, giảm, đầu kỳ, hiện có, %, bỏ qua)',
    'the answer must be increase, decrease, opening, current, percent or ignore',
  ],
  unit: [
    'nghĩa phải là một đơn vị tính đã biết (thue-bao, trieu-dong, kg…)',
    'the answer must be a known unit (thue-bao, trieu-dong, kg…)',
  ],
  multiplier: ['hệ số phải là một số dương (1000)', 'the multiplier must be a positive number (1000)'],
  enterprise: ['thiếu tên doanh nghiệp', 'the enterprise name is missing'],
  quote: ['dấu ngoặc kép không đóng', 'a quote is not closed'],
} as const;

/** A row of the table with the line (1-based) it starts on. */
export interface NumberedRow {
  line: number;
  fields: string[];
  /** True when a quoted field was still open at the end of the text. */
  open?: boolean;
}

/** Where the table came from, for messages: a file name, or "" for the workbook's sheet. */
export interface TableSource {
  /** File name for issues ("tu-dien.csv"), or "" inside the workbook. */
  file: string;
  /** Sheet name for issues ("TTTT Từ điển"), or "" for a CSV file. */
  sheet: string;
}

function lineIssue(source: TableSource, line: number, why: keyof typeof WHY, locale: Locale): Issue {
  const name = source.file || source.sheet;
  return makeIssue(
    'warning',
    'dictionary-line',
    MESSAGES.line,
    {
      source: name ? ` "${name}"` : '',
      sourceEn: name ? ` "${name}"` : '',
      line,
      why: WHY[why][0],
      whyEn: WHY[why][1],
    },
    locale,
    { file: source.file, sheet: source.sheet, cell: `A${line}` },
  );
}

/** Reads one row as an entry, or says why it is not one. */
function entryOf(fields: readonly string[], at: Record<Column, number>): DictionaryEntry | keyof typeof WHY {
  const field = (c: Column): string => (at[c] >= 0 ? (fields[at[c]] ?? '') : '').trim();
  if (fields.length < 3) return 'fields';
  const kind = kindOf(field('kind'));
  if (!kind) return 'kind';
  const word = field('word').normalize('NFC');
  if (toPhrase(word) === '') return 'word';
  const answer = field('answer');
  switch (kind) {
    case 'indicator': {
      const read = readIndicatorAnswer(answer);
      return read.ok ? { kind, word, answer: read.answer } : 'indicator';
    }
    case 'role': {
      const read = readRoleAnswer(answer);
      return read.ok ? { kind, word, answer: read.answer } : 'role';
    }
    case 'unit': {
      const read = readUnitAnswer(answer, field('multiplier'));
      if (!read.ok) return read.why === 'multiplier' ? 'multiplier' : 'unit';
      return read.multiplier
        ? { kind, word, answer: read.answer, multiplier: read.multiplier }
        : { kind, word, answer: read.answer };
    }
    case 'enterprise': {
      const read = readEnterpriseAnswer(answer);
      return read.ok ? { kind, word, answer: read.answer } : 'enterprise';
    }
  }
}

/** The column of each field from a header row, or null when the row is not a header. */
function headerOf(fields: readonly string[]): Record<Column, number> | null {
  const at: Record<Column, number> = { kind: -1, word: -1, answer: -1, multiplier: -1 };
  fields.forEach((f, i) => {
    const phrase = toPhrase(f);
    for (const c of Object.keys(HEADER_WORDS) as Column[]) if (at[c] < 0 && HEADER_WORDS[c].includes(phrase)) at[c] = i;
  });
  return at.kind >= 0 && at.word >= 0 && at.answer >= 0 ? at : null;
}

const DEFAULT_AT: Record<Column, number> = { kind: 0, word: 1, answer: 2, multiplier: 3 };

/** What makes an entry's word: its kind and its folded word. */
function wordKey(entry: Pick<DictionaryEntry, 'kind' | 'word'>): string {
  return `${entry.kind}\u0000${toPhrase(entry.word)}`;
}

/** Two entries are the same word when kind and folded word agree. */
export function sameWord(
  a: Pick<DictionaryEntry, 'kind' | 'word'>,
  b: Pick<DictionaryEntry, 'kind' | 'word'>,
): boolean {
  return wordKey(a) === wordKey(b);
}

/**
 * Reads the dictionary's table (rows of fields with their line numbers): an optional header
 * line names the columns (Vietnamese or English, any order); without one the columns are kind,
 * word, answer, multiplier. Blank lines and lines starting with "#" are skipped. Each malformed
 * line gives a `dictionary-line` warning naming its line number (cell A<line>); the rest applies.
 * A word given twice (same kind) keeps the later line, with a `dictionary-duplicate` warning.
 * `lines` gives the line each entry was read from.
 */
export function readTable(
  rows: readonly NumberedRow[],
  source: TableSource,
  locale: Locale,
): { dictionary: Dictionary; issues: Issue[]; lines: number[] } {
  const issues: Issue[] = [];
  // Each word's entry and line by kind and folded word (a Map keeps the order of insertion: a word
  // given again is deleted and set anew, so it takes the later line's place, as the arrays did).
  const byWord = new Map<string, { entry: DictionaryEntry; line: number }>();
  let at: Record<Column, number> | null = null;
  let first = true;
  for (const row of rows) {
    if (row.fields.every((f) => f.trim() === '') || row.fields[0]?.trim().startsWith('#')) continue;
    if (first) {
      first = false;
      at = headerOf(row.fields);
      if (at) continue;
    }
    if (row.open) {
      issues.push(lineIssue(source, row.line, 'quote', locale));
      continue;
    }
    const entry = entryOf(row.fields, at ?? DEFAULT_AT);
    if (typeof entry === 'string') {
      issues.push(lineIssue(source, row.line, entry, locale));
      continue;
    }
    const word = wordKey(entry);
    const before = byWord.get(word);
    if (before) {
      const name = source.file || source.sheet;
      issues.push(
        makeIssue(
          'warning',
          'dictionary-duplicate',
          MESSAGES.replaced,
          {
            source: name ? ` "${name}"` : '',
            sourceEn: name ? ` "${name}"` : '',
            line: row.line,
            first: before.line,
            word: entry.word,
          },
          locale,
          { file: source.file, sheet: source.sheet, cell: `A${row.line}` },
        ),
      );
      byWord.delete(word);
    }
    byWord.set(word, { entry, line: row.line });
  }
  const kept = [...byWord.values()];
  return { dictionary: { entries: kept.map((k) => k.entry) }, issues, lines: kept.map((k) => k.line) };
}

/**
 * The dictionary as a table of strings and numbers, header first, in the given language: what
 * the CSV and the hidden sheet hold.
 *
 * @example
 * dictionaryTable({ entries: [{ kind: 'role', word: 'Số TB churn', answer: 'decrease' }] }, 'vi')
 * //=> [['loại', 'từ', 'nghĩa', 'hệ số'], ['cột', 'Số TB churn', 'decrease', null]]
 */
export function dictionaryTable(dictionary: Dictionary, locale: Locale): (string | number | null)[][] {
  return [
    [...COLUMNS[locale]],
    ...dictionary.entries.map((e) => [
      KIND_WORDS[e.kind][locale],
      e.word,
      e.answer,
      e.kind === 'unit' && e.multiplier !== undefined && e.multiplier !== 1 ? e.multiplier : null,
    ]),
  ];
}

/** The kind's word in a language (for a line to add). */
export function kindWord(kind: EntryKind, locale: Locale): string {
  return KIND_WORDS[kind][locale];
}
