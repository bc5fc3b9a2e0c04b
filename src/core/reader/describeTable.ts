/**
 * The reader's second stage: describe each table found (décrire) — its period, unit, sector and
 * enterprise from its title lines and header, and what each column is, for the accounting.
 */
import { type Enterprise, toPhrase } from '../catalogue';
import type { Vocabulary } from '../dictionary/vocabulary';
import { cellAddress } from '../issues';
import type { Period, Sector, Submission } from '../model';
import { findPeriod, firstMonthsPeriod, periodFromMonths } from '../periods';
import { foldDiacritics } from '../text';
import type { Unit } from '../units';
import type { NotFigure, TableArea } from './account';
import { type Cells, cellAt } from './cells';
import { saysCumulative, VALUE_ROLES } from './columnRoles';
import { companyName } from './companyName';
import { figureOf, isFigure } from './figures';
import type { Header } from './findHeader';
import type { Block, Table } from './findTables';
import { numbering } from './numbering';
import { besideColumn, type Layout } from './tableLayout';
import { isTotalLabel, namesSector, sectorNamed } from './rowKinds';

/** A unit stated in a title line ("Đơn vị tính: nghìn đồng", "ĐVT: Tr.đồng"). */
export function titleUnit(titleLines: string[], words: Vocabulary): Unit | null {
  for (const line of titleLines) {
    const unit = words.findUnit(line);
    if (unit && /(^|\W)(đơn vị|dvt|đvt|unit)/i.test(line.normalize('NFC'))) return unit;
  }
  return null;
}

/** The period the header's own columns state ("Thực hiện 9 tháng 2015"), when the title states none. */
export function headerPeriod(header: Header): Period | null {
  const texts = header.columns
    .filter(
      (column) => column.role !== null && VALUE_ROLES.has(column.role) && column.role !== 'percent' && !column.previous,
    )
    .map((column) => column.texts.filter((t) => t !== '').join(' '));
  // Columns of several months or quarters of one year ("Quý I/2023 … Quý III/2023"): the span they cover.
  const own = texts.map((text) => findPeriod([text])).filter((p): p is Period => p !== null);
  const short = own.filter((p) => p.kind === 'month' || p.kind === 'quarter');
  if (
    short.length >= 2 &&
    new Set(short.map((p) => p.code)).size >= 2 &&
    short.every((p) => p.year === short[0].year)
  ) {
    const longer = own.find((p) => p.kind !== 'month' && p.kind !== 'quarter' && p.year === short[0].year);
    if (longer) return longer;
    const span = periodFromMonths(
      short[0].year,
      Math.min(...short.map((p) => p.startMonth)),
      Math.max(...short.map((p) => p.endMonth)),
    );
    if (span) return span;
  }
  // One month or quarter beside a longer span: the span is the sheet's, the month a detail of it —
  // the span that holds it ("Tháng 9/2015" | "Lũy kế 9 tháng năm 2015"), or, beside a "Lũy kế"
  // naming no span ("Tháng 9/2015" | "Lũy kế từ đầu năm"), the months from January.
  if (short.length === 1) {
    const [month] = short;
    const holder = own.find(
      (p) =>
        p.code !== month.code &&
        p.year === month.year &&
        p.startMonth <= month.startMonth &&
        p.endMonth >= month.endMonth,
    );
    if (holder) return holder;
    const cumulative = texts.some((text) => saysCumulative(toPhrase(text)) && findPeriod([text]) === null);
    const alone = own.filter((p) => p.year === month.year).length === 1;
    if (alone && cumulative && month.endMonth > 1) return firstMonthsPeriod(month.year, month.endMonth);
  }
  return findPeriod(texts);
}

/**
 * The period a table states: in its title lines, else in its own column headers ("Thực hiện 9
 * tháng 2015"), else in the sheet's or the file's name ("BC 9T2015", "bao-cao-quy-3-2015.xlsx").
 */
export function statedPeriod(titleLines: string[], header: Header, sheet: string, file: string): Period | null {
  const names = [sheet, baseName(file)].map((name) => name.replace(/[-_]+/g, ' '));
  return findPeriod(titleLines) ?? headerPeriod(header) ?? findPeriod(names);
}

/**
 * For a table stating no period, read in `assumed`: the first of its texts that counts to a date
 * after that period's year ("Thuê bao hiện có đến 30/9/2019", "Số liệu tính đến hết ngày
 * 30/9/2019" on a sheet taken as 9T/2018), or null. Such a table is not of the assumed period.
 * A column header naming a later year counts; a title line counts only where it counts "đến" a date
 * (a request letter "ngày 24/5/2019" or a signing date may well come after the period).
 *
 * @example
 * laterDate(['Số liệu tính đến hết ngày 30/9/2019'], ['Hiện có'], <9T/2018>) //=> 'Số liệu tính đến hết ngày 30/9/2019'
 * laterDate(['Hà Nội, ngày 5/1/2019'], ['Năm 2018'], <2018>) //=> null
 */
export function laterDate(titleLines: string[], headerTexts: string[], assumed: Period): string | null {
  const later = (year: string) => Number(year) > assumed.year;
  const header = headerTexts.find((text) =>
    [...text.matchAll(/(?<!\d)((?:19|20)\d\d)(?!\d)/g)].some((m) => later(m[1])),
  );
  if (header) return header;
  const asOf = /(?:^| )(?:den|to|as of|as at)(?: het)?(?: ngay)? \d{1,2}\/\d{1,2}\/((?:19|20)\d\d)/;
  return titleLines.find((line) => later(asOf.exec(foldDiacritics(line))?.[1] ?? '0')) ?? null;
}

/**
 * The sector of a table: from the standard indicators its rows name whatever the sector (postal
 * indicators → postal; revenue, either sector's, says nothing),
 * else the enterprise's only sector, else a sector word in the title, else the enterprise's first.
 * Null when nothing tells and the title names both sectors (a two-sector sheet, its table of
 * revenue alone): whose revenue it is, only a section row can say.
 */
export function tableSector(
  table: Table,
  labelCol: number,
  enterprise: Enterprise | null,
  titleLines: string[],
  words: Vocabulary,
): Sector | null {
  const votes: Record<Sector, number> = { telecom: 0, postal: 0 };
  for (let r = table.header.dataFrom; r < table.end; r++) {
    const text = table.cells[r]?.[labelCol]?.text ?? '';
    if (text === '') continue;
    // A row votes when its indicator does not hang on the sector asked about: "Doanh thu" is either
    // sector's revenue and tells nothing, "Tổng số tiền chuyển" is postal whoever asks.
    const rest = numbering(text).rest;
    const [asTelecom, asPostal] = [words.matchIndicator(rest, 'telecom'), words.matchIndicator(rest, 'postal')];
    if (asTelecom?.kind === 'standard' && asPostal?.kind === 'standard' && asTelecom.indicator === asPostal.indicator)
      votes[asTelecom.indicator.sector]++;
  }
  if (votes.telecom !== votes.postal) return votes.telecom > votes.postal ? 'telecom' : 'postal';
  if (enterprise?.sectors.length === 1) return enterprise.sectors[0];
  const phrases = titleLines.map((line) => toPhrase(line));
  const both = (['telecom', 'postal'] as const).every((sector) => phrases.some((p) => namesSector(p, sector)));
  if (both) return null;
  for (const phrase of phrases) {
    const named = sectorNamed(phrase);
    if (named) return named;
  }
  return enterprise?.sectors[0] ?? 'telecom';
}

/**
 * The enterprises a table names in its header or its label column: two or more make it a
 * compilation (bảng tổng hợp) — the Sở's own sheet, or last period's report — not a submission.
 */
export function enterprisesNamed(table: Table, labelCol: number, words: Vocabulary): string[] {
  const names = new Set<string>();
  for (const column of table.header.columns) {
    for (const text of column.texts) {
      const named = text ? words.matchEnterprise(text) : null;
      if (named) names.add(named.name);
    }
  }
  for (let r = table.header.dataFrom; r < table.end; r++) {
    const text = table.cells[r]?.[labelCol]?.text ?? '';
    const named = text && words.matchIndicator(text) === null ? words.matchEnterprise(text) : null;
    if (named) names.add(named.name);
  }
  return [...names];
}

/** The name of an enterprise the catalogue does not know, and where it came from. */
export interface UnknownName {
  name: string;
  from: NonNullable<Submission['nameFrom']>;
}

/**
 * The name a table's title cells give an unknown enterprise ("CÔNG TY CP VIỄN THÔNG SỐ 0",
 * "Đơn vị: Công ty TNHH Chuyển phát ABC"), else the previous table's on the same sheet.
 */
export function unknownName(cells: Cells, block: Block, last: UnknownName | null): UnknownName | null {
  const texts = cells.slice(Math.max(0, block.titleFrom), block.top).flatMap((row) => row.map((cell) => cell.text));
  const name = companyName(texts);
  return name ? { name, from: 'title' } : last;
}

/**
 * With no name line: a sheet named like a company ("Công ty ABC"), else the file's name without
 * folders and extension, which tells two "Sheet1" of different files apart; else (in Excel, one
 * workbook) the sheet's name.
 */
export function fallbackName(sheet: string, file: string): UnknownName {
  const sheetCompany = companyName([sheet]);
  if (sheetCompany) return { name: sheetCompany, from: 'sheet' };
  const stem = baseName(file)
    .replace(/\.[^.]*$/, '')
    .trim();
  if (stem) return { name: stem, from: 'file' };
  return { name: sheet || '?', from: 'sheet' };
}

/** A file's name without its folders. */
export function baseName(file: string): string {
  return file.replace(/^.*[\\/]/, '');
}

/**
 * The enterprise of a group that files for one sector only, when the title names it next to the
 * group ("Chi nhánh Viettel … (Viettel Post)" on a postal table is Viettel Post).
 */
export function sectorUnit(enterprise: Enterprise, named: Enterprise[], sector: Sector): Enterprise {
  if (enterprise.sectors.length === 1) return enterprise;
  return named.find((e) => e.sectors.length === 1 && e.sectors[0] === sector) ?? enterprise;
}

/**
 * What the header says of each column, for the accounting: numbers in the header rows are not
 * figures (years, column numbers), nor are those of plan, ratio and note columns; columns whose
 * header names nothing are unknown.
 */
export function describeColumns(
  area: TableArea,
  table: Table,
  layout: Layout,
  notFigures: Map<string, NotFigure>,
): { total: number; sum: number; cells: string[] }[] {
  const { header } = table;
  for (let r = header.top; r < header.dataFrom; r++)
    for (const cell of table.cells[r] ?? [])
      if (isFigure(cell)) notFigures.set(cellAddress(cell.row, cell.col), r <= header.bottom ? 'header' : 'numbering');
  const used = new Set([layout.labelCol, layout.sttCol, layout.unitCol, ...layout.values.map((v) => v.index)]);
  // A turned table's columns are the sheet's rows ("Tăng ròng" down the side): the same words say the same.
  for (const column of header.columns) {
    if (used.has(column.index)) continue;
    if (besideColumn(layout.besideFrom, column.index))
      area.unreadColumns.set(cellAt(table.cells, header.top, column.index).col, 'beside-table');
    else if (column.role === 'ignore' || column.role === 'note') {
      for (let r = header.dataFrom; r < table.end; r++) {
        const cell = cellAt(table.cells, r, column.index);
        if (isFigure(cell)) notFigures.set(cellAddress(cell.row, cell.col), 'ignored-column');
      }
    } else if (!table.transposed && (column.role === null || column.role === 'label'))
      area.unreadColumns.set(cellAt(table.cells, header.top, column.index).col, 'unknown-column');
  }
  return table.transposed ? branchParts(table, layout, notFigures) : [];
}

/**
 * Districts or branches down the sheet with a total row, indicators across (turned, each of them a
 * column here): the total is the enterprise's figure; each district's is a part of it, checked
 * against it — a sum that differs is returned with every cell, for a warning.
 */
export function branchParts(
  table: Table,
  layout: Layout,
  notFigures: Map<string, NotFigure>,
): { total: number; sum: number; cells: string[] }[] {
  const { header } = table;
  const total = header.columns.find(
    (column) => layout.values.some((v) => v.index === column.index) && isTotalLabel(toPhrase(column.texts.join(' '))),
  );
  if (!total) return [];
  const parts = header.columns.filter((column) => column.role === null && column.index !== layout.labelCol);
  const out: { total: number; sum: number; cells: string[] }[] = [];
  for (let r = header.dataFrom; r < table.end; r++) {
    const totalCell = cellAt(table.cells, r, total.index);
    let sum = 0;
    const cells: string[] = [];
    for (const column of parts) {
      const cell = cellAt(table.cells, r, column.index);
      if (!isFigure(cell)) continue;
      notFigures.set(cellAddress(cell.row, cell.col), 'part');
      const parsed = figureOf(cell);
      if (parsed.ok && parsed.value !== null) sum += parsed.value;
      cells.push(cellAddress(cell.row, cell.col));
    }
    const stated = figureOf(totalCell);
    if (cells.length === 0 || !stated.ok || stated.value === null) continue;
    sum = Number(sum.toPrecision(15));
    if (Math.abs(sum - stated.value) > 1e-9 * Math.max(1, Math.abs(sum)))
      out.push({ total: stated.value, sum, cells: [cellAddress(totalCell.row, totalCell.col), ...cells] });
  }
  return out;
}
