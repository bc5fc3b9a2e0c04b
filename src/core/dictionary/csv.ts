import type { Issue, Locale } from '../model';
import { dictionaryTable, readTable, type NumberedRow } from './table';
import type { Dictionary } from './types';

/**
 * Cuts CSV text into rows of fields, each with the line it starts on: UTF-8 BOM dropped, CRLF or
 * LF, quoted fields with doubled quotes and line breaks, and the separator decided by the first
 * line that holds text (a semicolon when it has semicolons and no comma, as Excel writes CSV on
 * a Windows set to Vietnamese).
 *
 * @example
 * csvRows('loại;từ;nghĩa\r\ncột;"Số TB; churn";giảm')[1] //=> { line: 2, fields: ['cột', 'Số TB; churn', 'giảm'] }
 */
export function csvRows(text: string): NumberedRow[] {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  const separator = !firstLine.includes(',') && firstLine.includes(';') ? ';' : ',';
  const rows: NumberedRow[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  const endField = () => {
    fields.push(field.normalize('NFC'));
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push({ line: start, fields });
    fields = [];
  };
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (ch === separator) endField();
    else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && body[i + 1] === '\n') i++;
      endRow();
      line++;
      start = line;
    } else field += ch;
  }
  if (quoted) {
    endField();
    rows.push({ line: start, fields, open: true });
  } else if (field !== '' || fields.length > 0) endRow();
  return rows;
}

/**
 * Reads a dictionary CSV file (tệp từ điển, e.g. tu-dien.csv): UTF-8 with or without BOM, comma
 * or semicolon, a header line (`loại,từ,nghĩa,hệ số` or `kind,word,answer,multiplier`), kinds
 * in Vietnamese or English. Each malformed line becomes a `dictionary-line` warning naming its
 * line number; every other line applies.
 *
 * @example
 * readDictionaryCsv('loại,từ,nghĩa,hệ số\nđơn vị,nghìn chiếc máy,thue-bao,1000\n', 'tu-dien.csv').dictionary.entries
 * //=> [{ kind: 'unit', word: 'nghìn chiếc máy', answer: 'thue-bao', multiplier: 1000 }]
 */
export function readDictionaryCsv(
  text: string,
  file = '',
  locale: Locale = 'vi',
): { dictionary: Dictionary; issues: Issue[]; lines: number[] } {
  return readTable(csvRows(typeof text === 'string' ? text : ''), { file, sheet: '' }, locale);
}

function csvField(value: string | number | null): string {
  if (value === null) return '';
  const text = typeof value === 'string' ? value.normalize('NFC') : String(value);
  return /[",;\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Writes a dictionary as CSV: a header line in the given language, one entry a line, comma
 * separated, CRLF line ends, fields quoted when they hold a comma, semicolon, quote or line
 * break. No BOM (a face that writes a file adds one, so Excel opens it as UTF-8).
 *
 * @example
 * writeDictionaryCsv({ entries: [{ kind: 'indicator', word: 'Thuê bao GPON-X', answer: 'ftth' }] }, 'vi')
 * //=> 'loại,từ,nghĩa,hệ số\r\nchỉ tiêu,Thuê bao GPON-X,ftth,\r\n'
 */
export function writeDictionaryCsv(dictionary: Dictionary, locale: Locale = 'vi'): string {
  return dictionaryTable(dictionary, locale)
    .map((row) => row.map(csvField).join(',') + '\r\n')
    .join('');
}

/** One CSV line (no line end) of fields, quoted as the writer quotes them. */
export function csvLine(fields: (string | number | null)[]): string {
  return fields.map(csvField).join(',');
}
