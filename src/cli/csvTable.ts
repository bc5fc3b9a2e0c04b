/** The separators a CSV export uses: comma, semicolon (Excel under a Vietnamese Windows), tab. */
const SEPARATORS = ['\t', ';', ','] as const;
export type Separator = (typeof SEPARATORS)[number];

/**
 * The separator of CSV text: the one found on the most of its first 50 lines (outside quotes).
 * A submission's title lines ("Quảng Ninh, ngày 08 tháng 10") may hold commas, but a
 * semicolon-separated export has its semicolons on every line. Ties go to tab, then semicolon.
 *
 * @example
 * csvSeparator('Quảng Ninh, ngày 8;;\nSTT;Chỉ tiêu;Hiện có\n1;FTTH;25126') //=> ';'
 */
export function csvSeparator(text: string): Separator {
  const lines: Record<Separator, number> = { '\t': 0, ';': 0, ',': 0 };
  let seen = { '\t': false, ';': false, ',': false };
  let quoted = false;
  let count = 0;
  for (let i = 0; i < text.length && count < 50; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (ch === '\n') {
      for (const s of SEPARATORS) if (seen[s]) lines[s]++;
      seen = { '\t': false, ';': false, ',': false };
      count++;
    } else if (ch === '\t' || ch === ';' || ch === ',') seen[ch] = true;
  }
  for (const s of SEPARATORS) if (seen[s]) lines[s]++;
  let best: Separator = ',';
  for (const s of SEPARATORS) if (lines[s] > lines[best] || (lines[s] === lines[best] && lines[s] > 0)) best = s;
  return lines[best] > 0 ? best : ',';
}

/**
 * Reads CSV text into rows of fields (RFC 4180: quoted fields with doubled quotes and line breaks;
 * CRLF, LF or CR line ends), every field kept as the text it is — the core reads Vietnamese
 * ("1.234.567") and English ("1,234,567") numbers itself, which a spreadsheet's guess would
 * spoil. Empty fields are null; trailing empty lines are dropped. Linear in the text.
 *
 * @example
 * csvRows('STT;Chỉ tiêu;Hiện có\r\n1;"Thuê bao; FTTH";25.126\r\n', ';')
 * //=> [['STT', 'Chỉ tiêu', 'Hiện có'], ['1', 'Thuê bao; FTTH', '25.126']]
 */
export function csvRows(text: string, separator: Separator = csvSeparator(text)): (string | null)[][] {
  const rows: (string | null)[][] = [];
  let row: (string | null)[] = [];
  const n = text.length;
  const fieldEnd = (from: number) => {
    let k = from;
    while (k < n && text[k] !== separator && text[k] !== '\n' && text[k] !== '\r') k++;
    return k;
  };
  let i = 0;
  while (i < n) {
    let field: string;
    if (text[i] === '"') {
      // A quoted field: up to the closing quote, "" standing for one quote; what follows the
      // closing quote up to the separator still belongs to the field.
      let quoted = '';
      let j = i + 1;
      for (;;) {
        const close = text.indexOf('"', j);
        if (close < 0) {
          quoted += text.slice(j);
          j = n;
          break;
        }
        quoted += text.slice(j, close);
        if (text[close + 1] !== '"') {
          j = close + 1;
          break;
        }
        quoted += '"';
        j = close + 2;
      }
      const k = fieldEnd(j);
      field = quoted + text.slice(j, k);
      i = k;
    } else {
      const k = fieldEnd(i);
      field = text.slice(i, k);
      i = k;
    }
    row.push(field === '' ? null : field);
    if (i < n && text[i] === separator) {
      i++;
      if (i === n) row.push(null);
      continue;
    }
    if (i < n) i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
    rows.push(row);
    row = [];
  }
  if (row.length > 0) rows.push(row);
  while (rows.length > 0 && rows[rows.length - 1].every((f) => f === null)) rows.pop();
  return rows;
}
