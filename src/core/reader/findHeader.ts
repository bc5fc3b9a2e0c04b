import { toPhrase } from '../catalogue';
import { CATALOGUE_WORDS, type Vocabulary } from '../dictionary/vocabulary';
import { findUnit, type Unit } from '../units';
import { type Cell, type Cells, cellAt } from './cells';
import { type Role, saysPrevious, statedMeasure, VALUE_ROLES } from './columnRoles';
import { isFigure } from './figures';
import { numbering } from './numbering';
import { isNoteText, isTotalLabel } from './rowKinds';

/** One column of a table as its header describes it. */
export interface Column {
  /** Index in the row (not the sheet column: see Cell.col for that). */
  index: number;
  role: Role | null;
  /** The header says "cùng kỳ (năm trước)". */
  previous: boolean;
  /** The header's texts, top to bottom (upper cells of a merge forward-filled). */
  texts: string[];
  /** A unit the header states ("Doanh thu (triệu đồng)"). */
  unit: Unit | null;
}

/** Where a table's header is: rows `top..bottom`, data from `dataFrom`. */
export interface Header {
  top: number;
  bottom: number;
  dataFrom: number;
  columns: Column[];
}

/** A transposed table: indicator names across row `row`, measure names down column `labelCol`. */
export interface TransposedHeader {
  row: number;
  labelCol: number;
}

export type FoundHeader = { kind: 'normal'; header: Header } | { kind: 'transposed'; header: TransposedHeader };

/** How many rows under a header are searched for a first figure. */
const LOOK_AHEAD = 40;
/** Header cells are short; a long text is a title or a note. */
const MAX_HEADER_TEXT = 100;

/** Whether a row holds any figure that is not a year. */
export function hasFigures(row: Cell[] | undefined): boolean {
  return (row ?? []).some((cell) => isFigure(cell, false));
}

/** Counts of a row's header wordings: value roles, and the other roles (label, stt, unit, note). */
function roleCounts(row: Cell[], words: Vocabulary): { values: number; others: number } {
  let values = 0;
  let others = 0;
  for (const cell of row) {
    if (cell.phrase === '' || cell.text.length > MAX_HEADER_TEXT) continue;
    const role = words.headerRole(cell.phrase);
    if (role === null) continue;
    if (VALUE_ROLES.has(role)) values++;
    else if (role !== 'ignore') others++;
  }
  return { values, others };
}

/**
 * The indicator's name heading a table's label column, where a small table is headed by it
 * rather than by "Chỉ tiêu" ("Thuê bao FTTH" | "Hiện có", a range handed to TTTT.SUMIND): the
 * row's first text names a standard indicator, and every other text names a column of figures
 * (one at least) or the unit. The label's text, or null when the row is no such heading.
 *
 * @example
 * indicatorHeading(cellsOf(['Thuê bao FTTH', 'Hiện có'])) //=> 'Thuê bao FTTH'
 * indicatorHeading(cellsOf(['Chỉ tiêu', 'Hiện có'])) //=> null
 */
export function indicatorHeading(row: Cell[] | undefined, words: Vocabulary = CATALOGUE_WORDS): string | null {
  const texts = (row ?? []).filter((cell) => cell.phrase !== '');
  if (texts.length < 2 || texts.some((cell) => cell.text.length > MAX_HEADER_TEXT)) return null;
  const [first, ...rest] = texts;
  if (words.matchIndicator(numbering(first.text).rest)?.kind !== 'standard') return null;
  const roles = rest.map((cell) => words.headerRole(cell.phrase));
  const columns = roles.every((role) => role !== null && (VALUE_ROLES.has(role) || role === 'unit'));
  return columns && roles.some((role) => role !== null && VALUE_ROLES.has(role)) ? first.text : null;
}

/**
 * Whether a row reads as a table header: no figures, at least one column of figures named
 * (tăng, giảm, hiện có, thực hiện, cùng kỳ, %) and at least two named columns in all — the
 * label column named "Chỉ tiêu" or by the indicator itself (see indicatorHeading).
 *
 * @example
 * isHeaderRow(cellsOf(['STT', 'Chỉ tiêu', 'Hiện có'])) //=> true
 * isHeaderRow(cellsOf(['Thuê bao FTTH', 'Hiện có'])) //=> true
 */
export function isHeaderRow(row: Cell[] | undefined, words: Vocabulary = CATALOGUE_WORDS): boolean {
  if (!row || hasFigures(row)) return false;
  const { values, others } = roleCounts(row, words);
  return (values >= 1 && values + others >= 2) || indicatorHeading(row, words) !== null;
}

/**
 * Whether a row under a header only numbers the columns ("(1) (2) (3)", "1 2 3 4", "A B 1 2").
 *
 * @example
 * isColumnNumberRow(cellsOf(['(1)', '(2)', '(3)', '(4)'])) //=> true
 * isColumnNumberRow(cellsOf(['1', 'PSTN', 100, 200])) //=> false
 */
export function isColumnNumberRow(row: Cell[] | undefined): boolean {
  const texts = (row ?? []).filter((cell) => cell.text !== '');
  if (texts.length < 3) return false;
  if (
    !texts.every((cell) => /^[([]?[0-9A-Za-z]{1,2}[)\]]?(\s*[=+\-*/x]\s*[([]?[0-9A-Za-z]{1,2}[)\]]?)*$/.test(cell.text))
  )
    return false;
  // Letters and numbers counting the columns in step ("A | (2) | (3) | D | (5)"): A is 1, D is 4.
  const ordinals = texts.map((cell) => {
    const m = /^[([]?(?:(\d{1,2})|([A-Za-z]))[)\]]?$/.exec(cell.text);
    return m === null ? null : m[1] ? Number(m[1]) : m[2].toUpperCase().charCodeAt(0) - 64;
  });
  if (ordinals.every((n, i) => n !== null && (i === 0 || n - ordinals[i - 1]! === texts[i].col - texts[i - 1].col)))
    return true;
  const numbers = texts
    .map((cell) => /^[([]?(\d{1,2})[)\]]?$/.exec(cell.text))
    .filter((m) => m !== null)
    .map((m) => Number(m![1]));
  if (numbers.length < Math.ceil(texts.length / 2)) return false;
  return numbers.every((n, i) => i === 0 || n === numbers[i - 1] + 1);
}

/** Whether row `lower` continues the header row `upper` (the lower half of merged header cells). */
function continuesHeader(upper: Cell[] | undefined, lower: Cell[] | undefined, words: Vocabulary): boolean {
  if (!upper || !lower || hasFigures(lower) || isColumnNumberRow(lower)) return false;
  if (lower.some((cell) => cell.text !== '' && isNoteText(cell.text, cell.phrase))) return false;
  let underEmpty = 0;
  let valueRoles = 0;
  let texts = 0;
  let underGroups = 0;
  lower.forEach((cell, c) => {
    if (cell.phrase === '') return;
    texts++;
    const above = cellAt([upper], 0, c);
    const aboveRole = above.phrase === '' ? null : words.headerRole(above.phrase);
    // Under a group of figures ("Thực hiện 6 tháng" over "Số thuê bao"), or under a merged cell's blank.
    if (above.text === '' || (aboveRole !== null && VALUE_ROLES.has(aboveRole))) underGroups++;
    const role = words.headerRole(cell.phrase);
    if (role === null || !VALUE_ROLES.has(role)) return;
    valueRoles++;
    if (above.text === '') underEmpty++;
  });
  return underEmpty >= 1 || valueRoles >= 2 || (valueRoles >= 1 && texts > 0 && underGroups === texts);
}

/**
 * Whether row `upper` heads groups of the header row below it ("Năm 2015" | "Cùng kỳ năm 2014"
 * over "Tăng | Hiện có"): every text of it sits over a column of figures, and one of them says
 * last year, a percentage, a plan or a measure. A title line never qualifies: its texts sit over
 * the STT and label columns, or state the unit. Or the header's own first row: its label heading
 * and any other heading that names its column (STT, ĐVT, Ghi chú, KH 2019, % thực hiện) merged
 * down over nothing, above groups of any wording ("STT | Chỉ tiêu | ĐVT | Theo quý" over
 * "Quý 1 | Quý 2 …"; "Chỉ tiêu | Năm nay | KH 2019" over "Phát sinh trong kỳ | Hiện có").
 */
function headsHeader(upper: Cell[] | undefined, lower: Cell[], words: Vocabulary): boolean {
  if (!upper || hasFigures(upper)) return false;
  const texts = upper
    .map((cell, c) => ({ cell, under: cellAt([lower], 0, c), below: words.headerRole(cellAt([lower], 0, c).phrase) }))
    .filter(({ cell }) => cell.phrase !== '');
  if (texts.length === 0) return false;
  const headings = texts.filter(({ cell, under }) => under.text === '' && words.headerRole(cell.phrase) !== null);
  const groups = texts.filter((text) => !headings.includes(text));
  if (
    headings.some(({ cell }) => words.headerRole(cell.phrase) === 'label') &&
    groups.every(
      ({ cell, below }) =>
        below !== null &&
        VALUE_ROLES.has(below) &&
        cell.text.length <= MAX_HEADER_TEXT &&
        !isNoteText(cell.text, cell.phrase),
    )
  )
    return true;
  if (
    !texts.every(({ cell, below }) => below !== null && VALUE_ROLES.has(below) && cell.text.length <= MAX_HEADER_TEXT)
  )
    return false;
  if (texts.some(({ cell }) => /(^| )(don vi|dvt)( |$)/.test(cell.phrase) || isNoteText(cell.text, cell.phrase)))
    return false;
  return texts.some(({ cell }) => {
    const role = words.headerRole(cell.phrase);
    return (
      saysPrevious(cell.phrase) || role === 'percent' || role === 'ignore' || (role !== null && VALUE_ROLES.has(role))
    );
  });
}

/** Forward-fills a header row's empty cells from the left where the row below has a text (a merged cell). */
function forwardFill(upper: Cell[], lower: Cell[]): string[] {
  const texts: string[] = [];
  let carry = '';
  upper.forEach((cell, c) => {
    if (cell.text !== '') carry = cell.text;
    else if (cellAt([lower], 0, c).text === '') carry = '';
    texts.push(cell.text !== '' ? cell.text : carry);
  });
  return texts;
}

/**
 * The columns of a header spanning rows `top..bottom`: each column's role from the lowest
 * wording that names one, ruled by an upper "kế hoạch" / "%"; "cùng kỳ" anywhere marks last year.
 */
export function headerColumns(
  cells: Cells,
  top: number,
  bottom: number,
  words: Vocabulary = CATALOGUE_WORDS,
): Column[] {
  const width = cells[top]?.length ?? 0;
  const rows: string[][] = [];
  for (let r = top; r <= bottom; r++) {
    const row = cells[r] ?? [];
    rows.push(r < bottom ? forwardFill(row, cells[r + 1] ?? []) : row.map((cell) => cell.text));
  }
  const columns: Column[] = [];
  for (let c = 0; c < width; c++) {
    const texts = rows.map((row) => row[c] ?? '');
    const phrases = texts.map((text) => (text === '' ? '' : toPhrase(text)));
    const role = phrases.length > 1 ? combinedStack(phrases, words) : words.headerRole(phrases[0]);
    const unit =
      [...texts]
        .reverse()
        .map((text) => (text ? findUnit(text) : null))
        .find((u) => u !== null) ?? null;
    columns.push({ index: c, role, previous: phrases.some(saysPrevious), texts, unit });
  }
  return columns;
}

/**
 * The role of a column from all its header phrases, top to bottom: the lowest wording that names
 * a role decides, unless an upper one rules the group out (kế hoạch, ghi chú) or makes it a
 * percentage ("So với cùng kỳ (%)" over "Hiện có"; over "Tăng" the column is ignored).
 */
function combinedStack(phrases: string[], words: Vocabulary): Role | null {
  const unknown = (phrase: string) =>
    /[a-z]{2}/.test(phrase) && words.findUnit(phrase) === null && words.parseUnit(phrase) === null;
  let lowest: Role | null = null;
  let at = -1;
  for (let i = phrases.length - 1; i >= 0 && lowest === null; i--) {
    lowest = words.headerRole(phrases[i]);
    at = i;
  }
  for (let i = 0; i < phrases.length - 1; i++) {
    const up = words.headerRole(phrases[i]);
    if (up === 'ignore' || up === 'note') return up;
    if (up === 'percent') return lowest === null || lowest === 'current' || lowest === 'percent' ? 'percent' : 'ignore';
  }
  // A wording under a period alone ("In the period" under "Jul 2024") that names nothing known may
  // say what the column holds: the column is not understood, rather than read as the period's figure.
  if (lowest === 'current' && statedMeasure(phrases[at]) === null && phrases.slice(at + 1).some(unknown)) return null;
  // "Lũy kế 9 tháng" or "Năm 2015" under "Phát triển mới" only says the span: the measure is above.
  if (lowest === 'current' && statedMeasure(phrases[at]) === null) {
    for (let i = at - 1; i >= 0; i--) {
      const up = words.headerRole(phrases[i]);
      if (up === 'increase' || up === 'decrease' || up === 'opening') return up;
    }
  }
  return lowest;
}

/**
 * Where a second table beside the first starts in a header's columns (indexed by position, as
 * headerColumns makes them): at a label column after the first table's (`labelIndex`) with a
 * column between that `between` accepts, or at the STT column just before it. Null when none.
 *
 * @example
 * // "STT | Chỉ tiêu | Hiện có | STT | Chỉ tiêu | Thực hiện"
 * besideTableFrom(columns, 1, () => true) //=> 3
 */
export function besideTableFrom(
  columns: Column[],
  labelIndex: number,
  between: (column: Column) => boolean,
): number | null {
  const second = columns.find(
    (column) =>
      column.role === 'label' &&
      column.index > labelIndex &&
      columns.some((other) => other.index > labelIndex && other.index < column.index && between(other)),
  );
  if (!second) return null;
  return columns[second.index - 1]?.role === 'stt' ? second.index - 1 : second.index;
}

/** Whether some row under the header holds a figure in a column of figures. */
export function figuresBelow(cells: Cells, from: number, columns: Column[]): boolean {
  const valueCols = columns
    .filter((column) => column.role !== null && VALUE_ROLES.has(column.role))
    .map((column) => column.index);
  for (let r = from; r < Math.min(cells.length, from + LOOK_AHEAD); r++) {
    if (valueCols.some((c) => isFigure(cellAt(cells, r, c)))) return true;
  }
  return false;
}

/** The first row from `from` on that does not only number the columns ("(1) | B | (3)"). */
export function firstDataRow(cells: Cells, from: number): number {
  while (isColumnNumberRow(cells[from])) from++;
  return from;
}

/** A normal header starting at row `r`, with the rows it spans, or null. */
function normalHeaderAt(cells: Cells, r: number, from: number, words: Vocabulary): Header | null {
  if (!isHeaderRow(cells[r], words)) return null;
  let top = r;
  if (r - 1 >= from && headsHeader(cells[r - 1], cells[r], words)) top = r - 1;
  let bottom = r;
  while (bottom - top < 2 && continuesHeader(cells[bottom], cells[bottom + 1], words)) bottom++;
  const dataFrom = firstDataRow(cells, bottom + 1);
  const columns = headerColumns(cells, top, bottom, words);
  if (!figuresBelow(cells, dataFrom, columns)) return null;
  return { top, bottom, dataFrom, columns };
}

/**
 * A transposed header at row `r`: two or more standard indicators named across the row, and
 * below them rows named by a measure (phát triển mới, rời mạng, hiện có) holding figures.
 */
function transposedAt(cells: Cells, r: number, words: Vocabulary): TransposedHeader | null {
  const row = cells[r];
  if (!row || hasFigures(row)) return null;
  const named = new Set<string>();
  let firstIndicatorCol = -1;
  row.forEach((cell, c) => {
    if (cell.phrase === '' || cell.text.length > MAX_HEADER_TEXT) return;
    const match = words.matchIndicator(cell.text);
    if (match?.kind !== 'standard') return;
    named.add(match.indicator.id);
    if (firstIndicatorCol < 0) firstIndicatorCol = c;
  });
  if (named.size < 2) return null;
  const votes = new Map<number, number>();
  for (let below = r + 1; below < Math.min(cells.length, r + 1 + LOOK_AHEAD); below++) {
    const line = cells[below];
    if (!hasFigures(line)) continue;
    const first = line.find((cell) => cell.phrase !== '');
    if (!first || first.col >= (row[firstIndicatorCol]?.col ?? Infinity)) continue;
    const role = words.headerRole(first.phrase);
    // A measure down the side ("Phát triển mới"), or the total of branches or districts ("Tổng cộng").
    if ((role !== null && VALUE_ROLES.has(role)) || isTotalLabel(first.phrase)) {
      const c = line.indexOf(first);
      votes.set(c, (votes.get(c) ?? 0) + 1);
    }
  }
  const best = [...votes.entries()].sort((a, b) => b[1] - a[1])[0];
  return best ? { row: r, labelCol: best[0] } : null;
}

/**
 * Finds the next table header from row `from` on: a transposed one (indicators across) or a
 * normal one (measures across, on one to three rows), with figures under it. Null when none.
 */
export function findHeader(cells: Cells, from: number, words: Vocabulary = CATALOGUE_WORDS): FoundHeader | null {
  for (let r = from; r < cells.length; r++) {
    const row = cells[r];
    if (!row || row.filter((cell) => cell.phrase !== '').length < 2 || hasFigures(row)) continue;
    const transposed = transposedAt(cells, r, words);
    if (transposed) return { kind: 'transposed', header: transposed };
    // A group heading ("Hiện có đến 30/9/2019") over indicators across: the table is the turned one below.
    if (transposedAt(cells, r + 1, words)) continue;
    const normal = normalHeaderAt(cells, r, from, words);
    if (normal) return { kind: 'normal', header: normal };
  }
  return null;
}

/**
 * Where the table whose data starts at `dataFrom` ends (exclusive): at a note or signature row,
 * or, when another header follows, just after the last row with figures before it.
 */
export function tableEnd(cells: Cells, dataFrom: number, words: Vocabulary = CATALOGUE_WORDS): number {
  let lastFigures = -1;
  for (let r = dataFrom; r < cells.length; r++) {
    const row = cells[r] ?? [];
    const figures = hasFigures(row);
    const first = row.find((cell) => cell.text !== '');
    if (!figures && first && isNoteText(first.text, first.phrase)) return r;
    if (figures) {
      lastFigures = r;
      continue;
    }
    if (
      lastFigures >= 0 &&
      row.filter((cell) => cell.phrase !== '').length >= 2 &&
      (isHeaderRow(row, words) || transposedAt(cells, r, words))
    ) {
      return lastFigures + 1;
    }
  }
  return cells.length;
}
