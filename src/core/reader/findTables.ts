/**
 * The reader's first stage: find the tables of a sheet (tìm bảng) — each header (one to three
 * rows, or indicators across a transposed sheet), the rows above it as its title, the rows it
 * spans — and turn a transposed table the usual way round.
 */
import { toPhrase } from '../catalogue';
import type { Vocabulary } from '../dictionary/vocabulary';
import { cellAddress } from '../issues';
import type { TableArea } from './account';
import { type Cell, type Cells, cellAt, rowLine } from './cells';
import { isFigure } from './figures';
import {
  figuresBelow,
  findHeader,
  type FoundHeader,
  type Header,
  headerColumns,
  besideTableFrom,
  firstDataRow,
  tableEnd,
} from './findHeader';
import { statedMeasure } from './columnRoles';

/** One table found on a sheet: its title rows, header and data rows. */
export interface Block {
  titleFrom: number;
  top: number;
  found: FoundHeader;
  end: number;
  /**
   * The columns [from, to) of the row the table takes when two tables sit side by side under one
   * header row ("Chỉ tiêu | ĐVT | Hiện có | Chỉ tiêu | ĐVT | Thực hiện"); absent: the whole width.
   * The header is then found in those columns alone.
   */
  band?: { from: number; to: number };
}

/** A table ready to read: cells (transposed if need be), its header and data rows. */
export interface Table {
  cells: Cells;
  header: Header;
  end: number;
  /** Indicators were across the sheet's columns: the table was turned, each column is a sheet row. */
  transposed: boolean;
}

/** Every table on the sheet, top to bottom, each with the rows above it as its title. */
export function findBlocks(cells: Cells, words: Vocabulary): Block[] {
  const blocks: Block[] = [];
  let from = 0;
  while (from < cells.length) {
    const found = findHeader(cells, from, words);
    if (!found) break;
    const top = found.kind === 'normal' ? found.header.top : found.header.row;
    const beside = found.kind === 'normal' ? sideBySide(cells, found.header, words) : null;
    if (beside) {
      for (const block of beside) blocks.push({ titleFrom: from, ...block });
      from = Math.max(top + 1, ...beside.map((block) => block.end));
      continue;
    }
    const end = tableEnd(cells, found.kind === 'normal' ? found.header.dataFrom : found.header.row + 1, words);
    blocks.push({ titleFrom: from, top, found, end });
    from = Math.max(end, top + 1);
  }
  return blocks;
}

/** The columns [from, to) of every row: cells keep their sheet addresses. */
export function bandOf(cells: Cells, band: { from: number; to: number }): Cells {
  return cells.map((row) => row.slice(band.from, band.to));
}

/**
 * Two tables side by side under one header row: a second label column ("Chỉ tiêu") after the
 * first table's figure columns starts the second table (with its own STT column just before it),
 * and so does one after columns the row does not make out (the left table's header is taller,
 * its figure columns named on a lower row than the right table's).
 * Each is found again in its own columns, as its own table, and a side with no figures at all is
 * left out (an enterprise that filled in only the other); null when the header holds one table, or
 * when a side with figures does not read as a table alone (then the row is read whole, and the
 * columns from the second label on are named, not read: see tableLayout's besideFrom).
 */
function sideBySide(cells: Cells, header: Header, words: Vocabulary): Omit<Block, 'titleFrom'>[] | null {
  const first = header.columns.find((column) => column.role === 'label');
  // Any column between the two labels: whether the split holds is settled by each side reading alone.
  const split = first ? besideTableFrom(header.columns, first.index, () => true) : null;
  if (split === null) return null;
  const width = cells.reduce((most, row) => Math.max(most, row.length), 0);
  const sides: Omit<Block, 'titleFrom'>[] = [];
  for (const band of [
    { from: 0, to: split },
    { from: split, to: width },
  ]) {
    const own = bandOf(cells, band);
    const found = findHeader(own, header.top, words);
    if (found?.kind === 'normal' && found.header.top === header.top)
      sides.push({ top: header.top, found, end: tableEnd(own, found.header.dataFrom, words), band });
    // A side left empty (the enterprise filled in only the other table) holds nothing to read.
    else if (
      figuresBelow(
        cells,
        firstDataRow(own, header.dataFrom),
        header.columns.filter((column) => column.index >= band.from && column.index < band.to),
      )
    )
      return null;
  }
  return sides.length > 0 ? sides : null;
}

/**
 * A transposed table turned the usual way round: the measures column becomes the header row and
 * each indicator column a row. Cells keep their own sheet addresses.
 */
export function transpose(cells: Cells, row: number, labelCol: number, end: number): Cells {
  const width = cells[row]?.length ?? 0;
  const out: Cells = [];
  for (let c = labelCol; c < width; c++) {
    const line: Cell[] = [];
    for (let r = row; r < end; r++) line.push(cells[r][c]);
    out.push(line);
  }
  return out;
}

/**
 * A turned table whose indicators each head a group of measure columns ("Thuê bao FTTH" merged
 * over "Phát triển mới" | "Hiện có"): each turned row's label becomes the indicator (carried across
 * the merge) with its measure, and the measure row leaves the table.
 */
export function measuresUnder(turned: Cells): Cells {
  const measures = turned.slice(1).map((line) => line[1]);
  if (!measures.some((cell) => cell && cell.phrase !== '' && statedMeasure(cell.phrase) !== null)) return turned;
  if (measures.some((cell) => cell && isFigure(cell))) return turned;
  let carried = '';
  return turned.map((line, k) => {
    const [name, measure, ...rest] = line;
    if (k === 0) return [name, ...rest];
    if (name.text !== '') carried = name.text;
    const text = [carried, measure?.text ?? ''].filter((t) => t !== '').join(' ');
    return [{ ...name, raw: text, text, phrase: toPhrase(text) }, ...rest];
  });
}

export function tableOf(cells: Cells, block: Block, words: Vocabulary): Table {
  if (block.found.kind === 'normal') {
    const own = block.band ? bandOf(cells, block.band) : cells;
    return { cells: own, header: block.found.header, end: block.end, transposed: false };
  }
  const { row, labelCol } = block.found.header;
  const turned = measuresUnder(transpose(cells, row, labelCol, block.end));
  const columns = headerColumns(turned, 0, 0, words);
  // Turned, the first column holds the indicators' names whatever its header says ("Đơn vị", "Chỉ tiêu").
  if (columns[0]) columns[0] = { ...columns[0], role: 'label' };
  return {
    cells: turned,
    header: { top: 0, bottom: 0, dataFrom: 1, columns },
    end: turned.length,
    transposed: true,
  };
}

/** The sheet rectangle a table covers, with its columns' headers for messages. */
export function tableArea(cells: Cells, block: Block, table: Table): TableArea {
  if (block.found.kind === 'normal') {
    // The table's own cells: the whole rows, or its band of them beside another table.
    const width = table.cells[0]?.length ?? 0;
    const at = (r: number, c: number) => cellAt(table.cells, r, c);
    const { header } = block.found;
    const headers = new Map<number, string>();
    for (const column of header.columns) {
      const text = column.texts.filter((t) => t !== '').join(' / ');
      if (text) headers.set(at(header.top, column.index).col, text);
    }
    return {
      top: at(header.top, 0).row,
      bottom: at(Math.max(header.top, block.end - 1), 0).row,
      left: at(0, 0).col,
      right: at(0, Math.max(0, width - 1)).col,
      headers,
      unreadColumns: new Map(),
      headerRows: header.dataFrom - header.top,
    };
  }
  const width = cells[0]?.length ?? 0;
  const at = (r: number, c: number) => cellAt(cells, r, c);
  const { row, labelCol } = block.found.header;
  const headers = new Map<number, string>();
  for (let c = labelCol; c < width; c++) if (at(row, c).text) headers.set(at(row, c).col, at(row, c).text);
  void table;
  return {
    top: at(row, 0).row,
    bottom: at(Math.max(row, block.end - 1), 0).row,
    left: at(0, labelCol).col,
    right: at(0, Math.max(labelCol, width - 1)).col,
    headers,
    unreadColumns: new Map(),
    headerRows: 1,
  };
}

/** The A1 range of a table's area. */
export function rangeOf(area: TableArea): string {
  return `${cellAddress(area.top, area.left)}:${cellAddress(area.bottom, area.right)}`;
}

export function headerCell(table: Table): string {
  const cell = table.cells[table.header.top]?.find((c) => c.text !== '');
  return cell ? cellAddress(cell.row, cell.col) : '';
}

export function lines(cells: Cells, from: number, to: number): string[] {
  const out: string[] = [];
  for (let r = Math.max(0, from); r < Math.min(to, cells.length); r++) {
    const line = rowLine(cells[r]);
    if (line !== '') out.push(line);
  }
  return out;
}
