import type { CellValue } from '../model';

/**
 * Writes a 2-D table as CSV (RFC 4180): comma-separated, CRLF line ends, a field quoted when it
 * holds a comma, a quote, a line break or leading/trailing spaces. Numbers are written as
 * JavaScript writes them ("2466410", "0.5") so they read back exactly; null is an empty field.
 *
 * The history file (tệp lịch sử) is CSV so a statistician can open it in Excel or LibreOffice and
 * correct a figure by hand; `tableToCsv` adds no BOM — the command line adds one when writing.
 *
 * @example
 * tableToCsv([['enterprise', 'value'], ['VNPT, Quảng Ninh', 25126]])
 * //=> 'enterprise,value\r\n"VNPT, Quảng Ninh",25126\r\n'
 */
export function tableToCsv(table: CellValue[][]): string {
  return table.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}

function csvField(value: CellValue): string {
  if (value === null) return '';
  const text = typeof value === 'string' ? value.normalize('NFC') : String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Reads CSV text into a 2-D table of strings (empty fields are ""). Accepts a UTF-8 BOM, CRLF or
 * LF line ends, quoted fields with doubled quotes and line breaks, and the semicolon separator
 * Excel uses when Windows is set to a Vietnamese locale (decided from the first line).
 *
 * @example
 * csvToTable('\uFEFFenterprise,value\r\n"VNPT, Quảng Ninh",25126\r\n')
 * //=> [['enterprise', 'value'], ['VNPT, Quảng Ninh', '25126']]
 */
export function csvToTable(text: string): string[][] {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  const separator = !firstLine.includes(',') && firstLine.includes(';') ? ';' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endField = () => {
    row.push(field.normalize('NFC'));
    field = '';
  };
  while (i < body.length) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else field += ch;
      i += 1;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === separator) endField();
    else if (ch === '\r' || ch === '\n') {
      endField();
      rows.push(row);
      row = [];
      if (ch === '\r' && body[i + 1] === '\n') i += 1;
    } else field += ch;
    i += 1;
  }
  if (field !== '' || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}
