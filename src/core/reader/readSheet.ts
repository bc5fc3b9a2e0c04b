import { type Enterprise, enterpriseName as enterpriseName_ } from '../catalogue';
import type { Dictionary } from '../dictionary/types';
import { type Vocabulary, vocabulary } from '../dictionary/vocabulary';
import { cellAddress, makeIssue, UNREADABLE_SHEET } from '../issues';
import type { Issue, Locale, Period, SheetGrid, SheetReading, Submission } from '../model';
import { writeFigure } from '../compute/formatComparison';
import { findPeriod, readPeriodCode } from '../periods';
import { accountCells, type NotFigure, rangesOf, type TableArea } from './account';
import { type Cell, type Cells, readCells } from './cells';
import { VALUE_ROLES } from './columnRoles';
import {
  baseName,
  describeColumns,
  enterprisesNamed,
  fallbackName,
  sectorUnit,
  laterDate,
  statedPeriod,
  tableSector,
  titleUnit,
  type UnknownName,
  unknownName,
} from './describeTable';
import { isFigure } from './figures';
import { findBlocks, headerCell, lines, rangeOf, tableArea, tableOf } from './findTables';
import { headerDates } from './headerDates';
import { MESSAGES } from './messages';
import { applyConvention, type NumberConvention, sheetConvention } from './numberConvention';
import { numbering } from './numbering';
import { readTable } from './readTable';
import { tableLayout } from './tableLayout';
import { addSubmissions, singleReportedChanges } from './submissions';
import { isCorrection, issuedDate } from './titleInfo';

/**
 * Reading a sheet, stage by stage: find its tables (findTables.ts), describe each
 * (describeTable.ts), read its rows (readTable.ts), turn the facts into submissions
 * (submissions.ts), and account for every numeric cell (account.ts).
 */

export interface ReadOptions {
  /** Language of issue messages (default 'vi'). */
  locale?: Locale;
  /** Period code to assume when the sheet states none ("9T/2015"). */
  period?: string;
  /** The office's own words, read before the catalogue's (src/core/dictionary). */
  dictionary?: Dictionary;
}

/** A number written with its unit in the cell ("7.000 TB", "812 triệu"): not a figure, but a person reads one. */
const NUMBER_AND_WORD = /^[(-]?\d+(?:[.,]\d+)*\)?\s+\p{L}/u;

/**
 * A row with a standard indicator's name and a figure: a sheet of data whose header was not found;
 * or with a number written with its unit, which no header makes a figure (`written`).
 */
function unheadedData(cells: Cells, words: Vocabulary): { label: Cell; written?: Cell } | null {
  let found: { label: Cell; written?: Cell } | null = null;
  for (const row of cells) {
    const label = row.find(
      (cell) => cell.phrase !== '' && words.matchIndicator(numbering(cell.text).rest)?.kind === 'standard',
    );
    if (!label) continue;
    if (row.some((cell) => cell.col > label.col && isFigure(cell))) return { label };
    const written = row.find((cell) => cell.col > label.col && NUMBER_AND_WORD.test(cell.text));
    if (written) found ??= { label, written };
  }
  return found;
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
 * The codes of its issues are in src/core/issueCodes.ts (where: 'reader' and 'files').
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
    const words = vocabulary(options.dictionary);
    const named = { ...grid, file, sheet };
    const { reading, convention } = read(named, locale, options.period, words);
    return convention === 'unknown' ? countsDecide(reading, named, locale, options.period, words) : reading;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      file,
      sheet,
      submissions: [],
      issues: [
        makeIssue('warning', 'unreadable-sheet', UNREADABLE_SHEET, { sheet, reason }, locale, {
          file,
          sheet,
          cell: '',
        }),
      ],
    };
  }
}

/**
 * A sheet whose numbers as text give no evidence of their convention, but whose counts of whole
 * units do: "16,571" subscriptions can only be sixteen thousand, so the sheet's comma separates
 * thousands, and the sheet is read again in the English convention ("26,332" triệu đồng is then
 * 26.332 million too), with an info naming the counts that tell.
 */
function countsDecide(
  reading: SheetReading,
  grid: SheetGrid,
  locale: Locale,
  period: string | undefined,
  words: Vocabulary,
): SheetReading {
  const counts = reading.issues.filter((i) => i.code === 'read-as-count').flatMap((i) => i.cells ?? [i.cell]);
  if (counts.length === 0) return reading;
  const again = read(grid, locale, period, words, 'en').reading;
  const where = { file: reading.file, sheet: reading.sheet, cell: counts[0] };
  const params = { cells: counts.slice(0, 5).join(', ') + (counts.length > 5 ? '…' : '') };
  again.issues.unshift(
    makeIssue('info', 'read-as-count', MESSAGES.countsTellConvention, params, locale, where, { cells: counts }),
  );
  return again;
}

function read(
  grid: SheetGrid,
  locale: Locale,
  periodOption: string | undefined,
  words: Vocabulary,
  conventionGiven?: NumberConvention,
): { reading: SheetReading; convention: NumberConvention } {
  const { file, sheet } = grid;
  const sheetCells = readCells(grid);
  // Excel gives a date typed in a header as its serial, the command line as text: read both alike.
  const cells = headerDates(sheetCells.cells);
  // Numbers typed as text follow the sheet's convention; those that could be read two ways are named.
  const convention = conventionGiven ?? sheetConvention(cells);
  const ambiguous = applyConvention(cells, convention);
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
    for (const issue of accounted.issues) issues.push(issue);
    return { file, sheet, submissions, issues, accounts: accounted.accounts, figures: accounted.count, periodless };
  };

  if (blocks.length === 0) {
    const data = unheadedData(cells, words);
    if (data?.written) {
      const { written } = data;
      const warning = makeIssue(
        'warning',
        'unreadable-sheet',
        MESSAGES.numbersWithWords,
        { sheet, label: data.label.text, text: written.text },
        locale,
        { file, sheet, cell: cellAddress(written.row, written.col) },
      );
      const all = cells.flatMap((row) => row.filter((cell) => NUMBER_AND_WORD.test(cell.text)));
      issues.push({ ...warning, cells: rangesOf(all) });
    } else if (data) {
      const { label } = data;
      const warning = makeIssue(
        'warning',
        'unreadable-sheet',
        MESSAGES.noHeader,
        { sheet, label: label.text },
        locale,
        {
          file,
          sheet,
          cell: cellAddress(label.row, label.col),
        },
      );
      issues.push({ ...warning, cells: figureRanges(cells) });
    } else {
      issues.push(makeIssue('info', 'not-data', MESSAGES.notData, { sheet }, locale, nowhere));
    }
    return { reading: finish(), convention };
  }

  const assumed = readPeriodCode(periodOption);

  let lastEnterprise: Enterprise | null = null;
  let lastUnknown: UnknownName | null = null;
  let lastPeriod: Period | null = null;
  blocks.forEach((block, i) => {
    const next = blocks[i + 1];
    const titleLines = lines(cells, block.titleFrom, block.top);
    const footerLines = lines(cells, block.end, next ? next.top : cells.length);
    const issued = issuedDate(footerLines) ?? issuedDate(titleLines);
    const table = tableOf(cells, block, words);
    const area = tableArea(cells, block, table);
    areas.push(area);
    const whole = [rangeOf(area)];

    let period = statedPeriod(titleLines, table.header, sheet, file) ?? lastPeriod;
    // "9 tháng 2014" heading one column beside columns naming no year ("Thực hiện T9", "Lũy kế 9
    // tháng"), the title naming no period: that column may be last year's.
    const besideUndated =
      period !== null &&
      !findPeriod(titleLines) &&
      table.header.columns.some(
        (c) => c.role !== null && VALUE_ROLES.has(c.role) && c.role !== 'percent' && !c.texts.some((t) => YEAR.test(t)),
      );
    // "Quý I/2016" under a chosen "3T/2016": the same months, under the name chosen.
    if (period && assumed && sameMonths(period, assumed)) period = assumed;
    // …it is, under a chosen 9T/2015;
    else if (period && assumed && besideUndated && sameMonths(period, { ...assumed, year: assumed.year - 1 }))
      period = assumed;
    // …and it cannot be the sheet's when the sheet was signed more than half a year after it ended:
    // with no period chosen, the sheet states none (named, not guessed).
    else if (period && !assumed && besideUndated && signedLongAfter(issued, period)) period = null;
    const stated = period !== null;
    if (stated) lastPeriod = period;
    else periodless = true;
    // A table counting to a date after the chosen period is not of it, though it states no period.
    const later =
      !stated && assumed
        ? laterDate(
            titleLines,
            table.header.columns.flatMap((column) => column.texts),
            assumed,
          )
        : null;
    if (!period && !later) period = assumed;
    if (!period) area.blocked = 'no-period';
    const hiddenUnits = hiddenTexts(
      sheetCells.hidden,
      sheetRow(cells, table.header.top),
      sheetRow(cells, table.header.bottom) + 1,
    )
      .map((text) => words.findUnit(text))
      .filter((unit) => unit !== null);
    const layout = tableLayout(table.cells, table.header, table.end, period, words, hiddenUnits);
    const compiled = layout ? enterprisesNamed(table, layout.labelCol, words) : [];
    if (compiled.length >= 2) {
      const info = makeIssue(
        'info',
        'compilation',
        MESSAGES.compilation,
        { sheet, names: compiled.join(', ') },
        locale,
        {
          ...nowhere,
          cell: whole[0].split(':')[0],
        },
      );
      issues.push({ ...info, cells: whole });
      return;
    }

    const matches = titleLines.map((line) => words.matchEnterprise(line));
    const named = matches.filter((e): e is Enterprise => e !== null);
    const guess = named[0] ?? lastEnterprise ?? words.matchEnterprise(sheet) ?? words.matchEnterprise(baseName(file));
    const told = tableSector(table, layout?.labelCol ?? 0, guess, titleLines, words);
    const sector = told ?? guess?.sectors[0] ?? 'telecom';
    const enterprise = guess && sectorUnit(guess, named, sector);
    lastEnterprise = enterprise;
    const unknown = enterprise ? null : (unknownName(cells, block, lastUnknown) ?? fallbackName(sheet, file));
    lastUnknown = unknown;
    const enterpriseName = enterprise
      ? enterpriseName_(enterprise, [
          ...titleLines.filter((_, k) => matches[k] === enterprise),
          ...titleLines,
          sheet,
          baseName(file),
        ])
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
    } else if (later && assumed) {
      const warning = makeIssue(
        'warning',
        'no-period',
        MESSAGES.periodContradicted,
        { text: later, period: assumed.code },
        locale,
        nowhere,
        about,
      );
      issues.push({ ...warning, cells: whole });
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
        { total: writeFigure(parts.total, locale), sum: writeFigure(parts.sum, locale), at: parts.cells[0] },
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
      // A unit line in a hidden column still states the unit: hiding keeps figures out of sight.
      titleUnit: titleUnit(
        [
          ...titleLines,
          ...hiddenTexts(sheetCells.hidden, sheetRow(cells, block.titleFrom), sheetRow(cells, block.top)),
        ],
        words,
      ),
      sector,
      sectorUnclear: told === null,
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
        for (const issue of reading.issues) if (issue.code !== 'unrecognised-row') issues.push(issue);
      } else {
        for (const issue of reading.issues) issues.push(issue);
      }
      return;
    }
    // One by one: a table of 50,000 rows may raise more issues than a call takes arguments.
    for (const issue of reading.issues) issues.push(issue);

    const kept = singleReportedChanges(reading.facts);
    const keptSet = new Set(kept);
    for (const fact of reading.facts) {
      if (keptSet.has(fact)) facts.set(fact.source.cell, fact.measure);
      else if (!facts.has(fact.source.cell)) notFigures.set(fact.source.cell, 'percent');
    }
    addSubmissions(submissions, kept, {
      file,
      sheet,
      enterprise: enterpriseName,
      sector,
      period,
      stated,
      rows: reading.rows,
      unrecognised: reading.unrecognised,
      issued: issued ?? undefined,
      correction: isCorrection([...titleLines, sheet, baseName(file)]),
      nameFrom: unknown?.from,
    });
  });
  return { reading: finish(), convention };
}

/**
 * Texts of the hidden cells in the sheet rows `from`…`to` − 1 (the sheet's own numbers: hidden
 * rows are left out of the reader's cells, so a range of them is given by the rows it spans).
 */
function hiddenTexts(hidden: Cell[], from: number, to: number): string[] {
  return hidden.filter((cell) => cell.row >= from && cell.row < to).map((cell) => cell.text);
}

/** The sheet row of row `r` of the reader's cells. */
function sheetRow(cells: Cells, r: number): number {
  return cells[r]?.[0]?.row ?? r;
}

/** A year written in a text. */
const YEAR = /(?<!\d)(19|20)\d\d(?!\d)/;

/** Whether two periods cover the same months (Q1/2016 and 3T/2016). */
function sameMonths(a: Period, b: Period): boolean {
  return a.year === b.year && a.startMonth === b.startMonth && a.endMonth === b.endMonth;
}

/** Ranges of every numeric cell of a sheet, years too: a revenue of 2016 is a figure. */
function figureRanges(cells: Cells): string[] {
  return rangesOf(cells.flat().filter((cell) => isFigure(cell)));
}

/** Whether a sheet signed on `issued` (yyyy-mm-dd) was signed more than six months after `period` ended. */
function signedLongAfter(issued: string | null, period: Period): boolean {
  if (!issued) return false;
  const [year, month] = issued.split('-').map(Number);
  return year * 12 + month - (period.year * 12 + period.endMonth) > 6;
}
