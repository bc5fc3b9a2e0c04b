import { type Enterprise, enterpriseName as enterpriseName_, toPhrase } from '../catalogue';
import type { Dictionary } from '../dictionary/types';
import { type Vocabulary, vocabulary } from '../dictionary/vocabulary';
import { cellAddress, makeIssue } from '../issues';
import type { Fact, Issue, Locale, Period, Sector, SheetGrid, SheetReading, Submission } from '../model';
import { findPeriod, periodFromCode, periodFromMonths } from '../periods';
import type { Unit } from '../units';
import { accountCells, type NotFigure, rangesOf, type TableArea } from './account';
import { type Cell, type Cells, cellAt, readCells, rowLine } from './cells';
import { statedMeasure, VALUE_ROLES } from './columnRoles';
import { companyName } from './companyName';
import { figureOf, isFigure } from './figures';
import { findHeader, type FoundHeader, type Header, headerColumns, tableEnd } from './findHeader';
import { headerDates } from './headerDates';
import { MESSAGES } from './messages';
import { applyConvention, sheetConvention } from './numberConvention';
import { numbering } from './numbering';
import { type Layout, readTable, tableLayout } from './readTable';
import { sectorNamed } from './rowKinds';
import { isCorrection, issuedDate } from './titleInfo';
import { formatVietnameseNumber as formatFigure } from '../numbers';

export interface ReadOptions {
  /** Language of issue messages (default 'vi'). */
  locale?: Locale;
  /** Period code to assume when the sheet states none ("9T/2015"). */
  period?: string;
  /** The office's own words, read before the catalogue's (src/core/dictionary). */
  dictionary?: Dictionary;
}

/** One table found on a sheet: its title rows, header and data rows. */
interface Block {
  titleFrom: number;
  top: number;
  found: FoundHeader;
  end: number;
}

/** A table ready to read: cells (transposed if need be), its header and data rows. */
interface Table {
  cells: Cells;
  header: Header;
  end: number;
  /** Indicators were across the sheet's columns: the table was turned, each column is a sheet row. */
  transposed: boolean;
}

/** Every table on the sheet, top to bottom, each with the rows above it as its title. */
function findBlocks(cells: Cells, words: Vocabulary): Block[] {
  const blocks: Block[] = [];
  let from = 0;
  while (from < cells.length) {
    const found = findHeader(cells, from, words);
    if (!found) break;
    const top = found.kind === 'normal' ? found.header.top : found.header.row;
    const end = tableEnd(cells, found.kind === 'normal' ? found.header.dataFrom : found.header.row + 1, words);
    blocks.push({ titleFrom: from, top, found, end });
    from = Math.max(end, top + 1);
  }
  return blocks;
}

/**
 * A transposed table turned the usual way round: the measures column becomes the header row and
 * each indicator column a row. Cells keep their own sheet addresses.
 */
function transpose(cells: Cells, row: number, labelCol: number, end: number): Cells {
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
function measuresUnder(turned: Cells): Cells {
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

function tableOf(cells: Cells, block: Block, words: Vocabulary): Table {
  if (block.found.kind === 'normal') return { cells, header: block.found.header, end: block.end, transposed: false };
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

function lines(cells: Cells, from: number, to: number): string[] {
  const out: string[] = [];
  for (let r = Math.max(0, from); r < Math.min(to, cells.length); r++) {
    const line = rowLine(cells[r]);
    if (line !== '') out.push(line);
  }
  return out;
}

/** A unit stated in a title line ("Đơn vị tính: nghìn đồng", "ĐVT: Tr.đồng"). */
function titleUnit(titleLines: string[], words: Vocabulary): Unit | null {
  for (const line of titleLines) {
    const unit = words.findUnit(line);
    if (unit && /(^|\W)(đơn vị|dvt|đvt|unit)/i.test(line.normalize('NFC'))) return unit;
  }
  return null;
}

/** The period the header's own columns state ("Thực hiện 9 tháng 2015"), when the title states none. */
function headerPeriod(header: Header): Period | null {
  const texts = header.columns
    .filter(
      (column) => column.role !== null && VALUE_ROLES.has(column.role) && column.role !== 'percent' && !column.previous,
    )
    .map((column) => column.texts.filter((t) => t !== '').join(' '));
  // Columns of several months or quarters of one year ("Quý I/2023 … Quý III/2023"): the span they cover.
  const own = texts.map((text) => findPeriod([text])).filter((p): p is Period => p !== null);
  const short = own.filter((p) => p.kind === 'month' || p.kind === 'quarter');
  if (short.length >= 2 && new Set(short.map((p) => p.code)).size >= 2 && short.every((p) => p.year === short[0].year)) {
    const longer = own.find((p) => p.kind !== 'month' && p.kind !== 'quarter' && p.year === short[0].year);
    if (longer) return longer;
    const span = periodFromMonths(
      short[0].year,
      Math.min(...short.map((p) => p.startMonth)),
      Math.max(...short.map((p) => p.endMonth)),
    );
    if (span) return span;
  }
  return findPeriod(texts);
}

/**
 * The sector of a table: from the standard indicators its rows name (postal indicators → postal),
 * else the enterprise's only sector, else a sector word in the title, else the enterprise's first.
 */
function tableSector(
  table: Table,
  labelCol: number,
  enterprise: Enterprise | null,
  titleLines: string[],
  words: Vocabulary,
): Sector {
  const votes: Record<Sector, number> = { telecom: 0, postal: 0 };
  for (let r = table.header.dataFrom; r < table.end; r++) {
    const text = table.cells[r]?.[labelCol]?.text ?? '';
    if (text === '') continue;
    const match = words.matchIndicator(numbering(text).rest);
    if (match?.kind === 'standard' && match.indicator.dimension !== 'money') votes[match.indicator.sector]++;
  }
  if (votes.telecom !== votes.postal) return votes.telecom > votes.postal ? 'telecom' : 'postal';
  if (enterprise?.sectors.length === 1) return enterprise.sectors[0];
  for (const line of titleLines) {
    const named = sectorNamed(toPhrase(line));
    if (named) return named;
  }
  return enterprise?.sectors[0] ?? 'telecom';
}

/**
 * The enterprises a table names in its header or its label column: two or more make it a
 * compilation (bảng tổng hợp) — the Sở's own sheet, or last period's report — not a submission.
 */
function enterprisesNamed(table: Table, labelCol: number, words: Vocabulary): string[] {
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

/** A row with a standard indicator's name and a figure: a sheet of data whose header was not found. */
function unheadedData(cells: Cells, words: Vocabulary): Cell | null {
  for (const row of cells) {
    const label = row.find(
      (cell) => cell.phrase !== '' && words.matchIndicator(numbering(cell.text).rest)?.kind === 'standard',
    );
    if (label && row.some((cell) => cell.col > label.col && isFigure(cell))) return label;
  }
  return null;
}

/** Keeps an enterprise's own percentage only where one row gave it: parts of a row cannot be added. */
function singleReportedChanges(facts: Fact[]): Fact[] {
  const counts = new Map<string, number>();
  for (const fact of facts)
    if (fact.measure === 'reportedChange') counts.set(fact.indicator, (counts.get(fact.indicator) ?? 0) + 1);
  return facts.filter((fact) => fact.measure !== 'reportedChange' || counts.get(fact.indicator) === 1);
}

/**
 * Reads one sheet of an enterprise's submission (đọc báo cáo của doanh nghiệp) into submissions:
 * the enterprise, period, issue date and correction flag from the title lines; the table's
 * header (one to three rows, merged cells, any wording and order, or transposed); each row's
 * figures as facts in canonical units, with their source cells. A sheet may hold two tables
 * (Viettel's telecom table, then its postal one), or one table with a telecom and a postal
 * section: each sector gives its own submission.
 *
 * A sheet with no table (instructions, a cover, a chart) gives no submission and an info
 * 'not-data'. Never throws: whatever the grid, a reading comes back, with its issues.
 *
 * Issue codes: not-data, compilation, unreadable-sheet, no-period, unknown-enterprise, unreadable-number,
 * unexpected-percent, unit-mismatch, unit-assumed, unknown-unit, unrecognised-row, not-standard.
 *
 * @example
 * readSheet({ file: 'vnpt.xlsx', sheet: 'VNPT', top: 0, left: 0, values: [
 *   ['VIỄN THÔNG QUẢNG NINH'], ['BÁO CÁO 9 THÁNG ĐẦU NĂM 2015'],
 *   ['STT', 'Chỉ tiêu', 'ĐVT', 'Phát triển mới', 'Rời mạng', 'Hiện có'],
 *   [1, 'Thuê bao FTTH', 'TB', 10215, 2430, 11362],
 * ] }).submissions[0].facts.length //=> 3
 */
export function readSheet(grid: SheetGrid, options: ReadOptions = {}): SheetReading {
  const locale: Locale = options.locale === 'en' ? 'en' : 'vi';
  const file = typeof grid?.file === 'string' ? grid.file : '';
  const sheet = typeof grid?.sheet === 'string' ? grid.sheet : '';
  try {
    return read({ ...grid, file, sheet }, locale, options.period, vocabulary(options.dictionary));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      file,
      sheet,
      submissions: [],
      issues: [
        makeIssue('warning', 'unreadable-sheet', MESSAGES.crashed, { sheet, reason }, locale, {
          file,
          sheet,
          cell: '',
        }),
      ],
    };
  }
}

function read(grid: SheetGrid, locale: Locale, periodOption: string | undefined, words: Vocabulary): SheetReading {
  const { file, sheet } = grid;
  const sheetCells = readCells(grid);
  // Excel gives a date typed in a header as its serial, the command line as text: read both alike.
  const cells = headerDates(sheetCells.cells);
  // Numbers typed as text follow the sheet's convention; those that could be read two ways are named.
  const ambiguous = applyConvention(cells, sheetConvention(cells));
  const issues: Issue[] = [];
  const submissions: Submission[] = [];
  const blocks = findBlocks(cells, words);
  const nowhere = { file, sheet, cell: '' };
  const areas: TableArea[] = [];
  const facts = new Map<string, string>();
  const notFigures = new Map<string, NotFigure>();
  let periodless = false;

  const finish = (): SheetReading => {
    const accounted = accountCells({
      file,
      sheet,
      locale,
      cells,
      hidden: sheetCells.hidden,
      tables: areas,
      facts,
      notFigures,
      issues,
      ...(submissions[0] ? { enterprise: submissions[0].enterprise } : {}),
    });
    issues.push(...accounted.issues);
    return { file, sheet, submissions, issues, accounts: accounted.accounts, figures: accounted.count, periodless };
  };

  if (blocks.length === 0) {
    const label = unheadedData(cells, words);
    if (label) {
      const warning = makeIssue('warning', 'unreadable-sheet', MESSAGES.noHeader, { sheet, label: label.text }, locale, {
        file,
        sheet,
        cell: cellAddress(label.row, label.col),
      });
      issues.push({ ...warning, cells: figureRanges(cells) });
    } else {
      issues.push(makeIssue('info', 'not-data', MESSAGES.notData, { sheet }, locale, nowhere));
    }
    return finish();
  }

  let assumed: Period | null = null;
  if (periodOption) {
    try {
      assumed = periodFromCode(periodOption);
    } catch {
      assumed = null;
    }
  }

  let lastEnterprise: Enterprise | null = null;
  let lastUnknown: UnknownName | null = null;
  let lastPeriod: Period | null = null;
  blocks.forEach((block, i) => {
    const next = blocks[i + 1];
    const titleLines = lines(cells, block.titleFrom, block.top);
    const footerLines = lines(cells, block.end, next ? next.top : cells.length);
    const table = tableOf(cells, block, words);
    const area = tableArea(cells, block, table);
    areas.push(area);
    const whole = [rangeOf(area)];

    let period = statedPeriod(titleLines, table.header, sheet, file) ?? lastPeriod;
    const stated = period !== null;
    if (stated) lastPeriod = period;
    else periodless = true;
    if (!period) period = assumed;
    if (!period) area.blocked = 'no-period';
    const layout = tableLayout(table.cells, table.header, table.end, period, words);
    const compiled = layout ? enterprisesNamed(table, layout.labelCol, words) : [];
    if (compiled.length >= 2) {
      const info = makeIssue('info', 'compilation', MESSAGES.compilation, { sheet, names: compiled.join(', ') }, locale, {
        ...nowhere,
        cell: whole[0].split(':')[0],
      });
      issues.push({ ...info, cells: whole });
      return;
    }

    const named = titleLines.map((line) => words.matchEnterprise(line)).filter((e): e is Enterprise => e !== null);
    const guess = named[0] ?? lastEnterprise ?? words.matchEnterprise(sheet) ?? words.matchEnterprise(baseName(file));
    const sector = tableSector(table, layout?.labelCol ?? 0, guess, titleLines, words);
    const enterprise = guess && sectorUnit(guess, named, sector);
    lastEnterprise = enterprise;
    const unknown = enterprise ? null : (unknownName(cells, block, lastUnknown) ?? fallbackName(sheet, file));
    lastUnknown = unknown;
    const enterpriseName = enterprise
      ? enterpriseName_(enterprise, [...titleLines.filter((line) => words.matchEnterprise(line) === enterprise), ...titleLines, sheet, baseName(file)])
      : unknown!.name;
    const about = { enterprise: enterpriseName };
    if (!enterprise)
      issues.push(
        makeIssue(
          'info',
          'unknown-enterprise',
          MESSAGES.unknownEnterprise,
          { name: enterpriseName },
          locale,
          nowhere,
          about,
        ),
      );
    if (!stated && period) {
      issues.push(
        makeIssue('info', 'no-period', MESSAGES.periodAssumed, { period: period.code }, locale, nowhere, about),
      );
    } else if (!period) {
      const warning = makeIssue('warning', 'no-period', MESSAGES.periodMissing, {}, locale, nowhere, about);
      issues.push({ ...warning, cells: whole });
    }

    if (!layout || layout.values.length === 0) {
      const warning = makeIssue(
        'warning',
        'unreadable-sheet',
        MESSAGES.noLabelColumn,
        { sheet },
        locale,
        { file, sheet, cell: headerCell(table) },
        about,
      );
      issues.push({ ...warning, cells: whole });
      return;
    }
    for (const parts of describeColumns(area, table, layout, notFigures)) {
      const warning = makeIssue(
        'warning',
        'parts-differ',
        MESSAGES.partsDiffer,
        { total: formatFigure(parts.total), sum: formatFigure(parts.sum), at: parts.cells[0] },
        locale,
        { file, sheet, cell: parts.cells[0] },
        about,
      );
      issues.push({ ...warning, cells: parts.cells });
    }
    const reading = readTable(table.cells, layout, table.header.dataFrom, table.end, {
      file,
      sheet,
      locale,
      enterprise: enterpriseName,
      period,
      titleUnit: titleUnit(titleLines, words),
      sector,
      ambiguous,
      words,
    });
    for (const [cell, why] of reading.notFigures) notFigures.set(cell, why);

    if (reading.facts.length === 0) {
      if (reading.unrecognised > 0 && reading.other === 0) {
        const cell = reading.firstUnrecognised;
        const warning = makeIssue(
          'warning',
          'unreadable-sheet',
          MESSAGES.noIndicator,
          { sheet, label: cell?.text ?? '' },
          locale,
          {
            file,
            sheet,
            cell: cell ? cellAddress(cell.row, cell.col) : '',
          },
          about,
        );
        issues.push({ ...warning, cells: whole });
        issues.push(...reading.issues.filter((issue) => issue.code !== 'unrecognised-row'));
      } else {
        issues.push(...reading.issues);
      }
      return;
    }
    issues.push(...reading.issues);

    const kept = singleReportedChanges(reading.facts);
    for (const fact of reading.facts) {
      facts.set(fact.source.cell, fact.measure);
      if (!kept.includes(fact)) notFigures.set(fact.source.cell, 'percent');
    }
    const issued = issuedDate(footerLines) ?? issuedDate(titleLines);
    const correction = isCorrection([...titleLines, sheet, baseName(file)]);
    const statedCode = stated ? period!.code : null;
    // One submission per sector and period: monthly columns give a submission for each month.
    const groups = periodGroups(kept, period);
    const sectors = [...new Set(kept.map((fact) => fact.sector))];
    // Unrecognised rows are counted on the submission of the table's own sector.
    const mainSector = sectors.includes(sector) ? sector : sectors[0];
    for (const group of groups) {
      const code = group.period === period?.code ? statedCode : group.period;
      for (const s of sectors) {
        const own = group.facts.filter((fact) => fact.sector === s);
        if (own.length === 0) continue;
        const main = s === mainSector && group === groups[0];
        const existing = submissions.find(
          (sub) => sub.enterprise === enterpriseName && sub.sector === s && sub.period === code,
        );
        if (existing) {
          existing.facts.push(...own);
          existing.rows += main ? reading.rows[s] : 0;
          if (main) existing.unrecognised += reading.unrecognised;
          if (correction) existing.correction = true;
          continue;
        }
        submissions.push({
          file,
          sheet,
          enterprise: enterpriseName,
          sector: s,
          period: code,
          facts: own,
          rows: group === groups[0] ? reading.rows[s] : new Set(own.map((f) => f.indicator)).size,
          unrecognised: main ? reading.unrecognised : 0,
          ...(issued ? { issued } : {}),
          ...(correction ? { correction } : {}),
          ...(unknown ? { nameFrom: unknown.from } : {}),
        });
      }
    }
  });
  return finish();
}

/**
 * The facts of a table grouped by the period they are about: the table's own period first, then
 * each other one (monthly or quarterly columns); a "cùng kỳ" figure goes with the period it is
 * last year's of.
 */
function periodGroups(facts: Fact[], period: Period | null): { period: string | null; facts: Fact[] }[] {
  const own = period?.code ?? null;
  const groups = new Map<string | null, Fact[]>([[own, []]]);
  const codes = new Set(facts.map((fact) => fact.period));
  const lastYears = (code: string) => {
    const later = laterYear(code);
    return later !== null && (later === own || codes.has(later));
  };
  const apart = new Set([...codes].filter((code) => code !== own && isShortPeriod(code) && !lastYears(code)));
  for (const fact of facts) {
    let code: string | null = own;
    if (apart.has(fact.period)) code = fact.period;
    else {
      const later = laterYear(fact.period);
      if (later && apart.has(later)) code = later;
    }
    groups.set(code, [...(groups.get(code) ?? []), fact]);
  }
  // Only last year's figures for the whole period (quarters this year, "9 tháng 2022" beside them):
  // they go with the latest quarter, so the build adds the quarters up and finds last year's there.
  const whole = groups.get(own) ?? [];
  if (apart.size > 0 && whole.length > 0 && !whole.some((fact) => fact.period === own)) {
    const latest = [...apart].sort((a, b) => periodFromCode(a).endMonth - periodFromCode(b).endMonth).pop()!;
    groups.set(latest, [...(groups.get(latest) ?? []), ...whole]);
    groups.set(own, []);
  }
  return [...groups].filter(([, list]) => list.length > 0).map(([code, list]) => ({ period: code, facts: list }));
}

/** A month or a quarter: a column of its own beside the table's period. */
function isShortPeriod(code: string): boolean {
  return /^(T\d{1,2}|Q[1-4])\//.test(code);
}

/** The same period one year later ("9T/2014" → "9T/2015"), or null. */
function laterYear(code: string | null): string | null {
  if (!code) return null;
  const m = /^(.*?)(\d{4})$/.exec(code);
  return m ? `${m[1]}${Number(m[2]) + 1}` : null;
}

/** The sheet rectangle a table covers, with its columns' headers for messages. */
function tableArea(cells: Cells, block: Block, table: Table): TableArea {
  const width = cells[0]?.length ?? 0;
  const at = (r: number, c: number) => cellAt(cells, r, c);
  if (block.found.kind === 'normal') {
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
      unknownColumns: new Set(),
      headerRows: header.dataFrom - header.top,
    };
  }
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
    unknownColumns: new Set(),
    headerRows: 1,
  };
}

/**
 * What the header says of each column, for the accounting: numbers in the header rows are not
 * figures (years, column numbers), nor are those of plan, ratio and note columns; columns whose
 * header names nothing are unknown.
 */
function describeColumns(
  area: TableArea,
  table: Table,
  layout: Layout,
  notFigures: Map<string, NotFigure>,
): { total: number; sum: number; cells: string[] }[] {
  const { header } = table;
  for (let r = header.top; r < header.dataFrom; r++)
    for (const cell of table.cells[r] ?? [])
      if (isFigure(cell)) notFigures.set(cellAddress(cell.row, cell.col), r <= header.bottom ? 'header' : 'numbering');
  if (table.transposed) return branchParts(table, layout, notFigures);
  const used = new Set([layout.labelCol, layout.sttCol, layout.unitCol, ...layout.values.map((v) => v.index)]);
  for (const column of header.columns) {
    if (used.has(column.index)) continue;
    const sheetCol = cellAt(table.cells, header.top, column.index).col;
    if (column.role === 'ignore' || column.role === 'note') {
      for (let r = header.dataFrom; r < table.end; r++) {
        const cell = cellAt(table.cells, r, column.index);
        if (isFigure(cell)) notFigures.set(cellAddress(cell.row, cell.col), 'ignored-column');
      }
    } else if (column.role === null || column.role === 'label') area.unknownColumns.add(sheetCol);
  }
  return [];
}

/** "Tổng cộng", "Cộng", "Toàn tỉnh": the row that totals the branches or districts above or below it. */
const TOTAL = /^(tong cong|cong|tong so|tong|toan tinh|toan mang|total|grand total)( |$)/;

/**
 * Districts or branches down the sheet with a total row, indicators across (turned, each of them a
 * column here): the total is the enterprise's figure; each district's is a part of it, checked
 * against it — a sum that differs is returned with every cell, for a warning.
 */
function branchParts(
  table: Table,
  layout: Layout,
  notFigures: Map<string, NotFigure>,
): { total: number; sum: number; cells: string[] }[] {
  const { header } = table;
  const total = header.columns.find(
    (column) => layout.values.some((v) => v.index === column.index) && TOTAL.test(toPhrase(column.texts.join(' '))),
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

/** The A1 range of a table's area. */
function rangeOf(area: TableArea): string {
  return `${cellAddress(area.top, area.left)}:${cellAddress(area.bottom, area.right)}`;
}

/** Ranges of every numeric cell of a sheet. */
function figureRanges(cells: Cells): string[] {
  return rangesOf(cells.flat().filter((cell) => isFigure(cell, false)));
}

/** The name of an enterprise the catalogue does not know, and where it came from. */
interface UnknownName {
  name: string;
  from: NonNullable<Submission['nameFrom']>;
}

/**
 * The name a table's title cells give an unknown enterprise ("CÔNG TY CP VIỄN THÔNG SỐ 0",
 * "Đơn vị: Công ty TNHH Chuyển phát ABC"), else the previous table's on the same sheet.
 */
function unknownName(cells: Cells, block: Block, last: UnknownName | null): UnknownName | null {
  const texts = cells.slice(Math.max(0, block.titleFrom), block.top).flatMap((row) => row.map((cell) => cell.text));
  const name = companyName(texts);
  return name ? { name, from: 'title' } : last;
}

/**
 * With no name line: a sheet named like a company ("Công ty ABC"), else the file's name without
 * folders and extension, which tells two "Sheet1" of different files apart; else (in Excel, one
 * workbook) the sheet's name.
 */
function fallbackName(sheet: string, file: string): UnknownName {
  const sheetCompany = companyName([sheet]);
  if (sheetCompany) return { name: sheetCompany, from: 'sheet' };
  const stem = baseName(file)
    .replace(/\.[^.]*$/, '')
    .trim();
  if (stem) return { name: stem, from: 'file' };
  return { name: sheet || '?', from: 'sheet' };
}

/** A file's name without its folders. */
function baseName(file: string): string {
  return file.replace(/^.*[\\/]/, '');
}

/**
 * The period a table states: in its title lines, else in its own column headers ("Thực hiện 9
 * tháng 2015"), else in the sheet's or the file's name ("BC 9T2015", "bao-cao-quy-3-2015.xlsx").
 */
function statedPeriod(titleLines: string[], header: Header, sheet: string, file: string): Period | null {
  return findPeriod(titleLines) ?? headerPeriod(header) ?? findPeriod([sheet, baseName(file).replace(/[-_]+/g, ' ')]);
}

/**
 * The enterprise of a group that files for one sector only, when the title names it next to the
 * group ("Chi nhánh Viettel … (Viettel Post)" on a postal table is Viettel Post).
 */
function sectorUnit(enterprise: Enterprise, named: Enterprise[], sector: Sector): Enterprise {
  if (enterprise.sectors.length === 1) return enterprise;
  return named.find((e) => e.sectors.length === 1 && e.sectors[0] === sector) ?? enterprise;
}

function headerCell(table: Table): string {
  const cell = table.cells[table.header.top]?.find((c) => c.text !== '');
  return cell ? cellAddress(cell.row, cell.col) : '';
}
