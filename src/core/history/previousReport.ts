import { INDICATORS, matchIndicator } from '../catalogue';
import { cellAddress, makeIssue, type Message } from '../issues';
import type { CellValue, Fact, Indicator, Issue, Locale, Measure, Sector, SheetGrid } from '../model';
import { parseVietnameseNumber } from '../numbers';
import { parsePeriod } from '../periods';
import { foldDiacritics } from '../text';
import { convert, parseUnit, type Unit } from '../units';

/**
 * The enterprise name of a figure read from a previous report's tables: the province's total
 * (tổng), not any one enterprise's. The same in every language so history recorded in Vietnamese
 * is found by an English build; {@link isTotalEnterprise} also accepts "(total)".
 */
export const TOTAL_ENTERPRISE = '(tổng)';

/**
 * True for the enterprise name of a report total.
 *
 * @example
 * isTotalEnterprise('(tổng)') //=> true
 * isTotalEnterprise('(Total)') //=> true
 * isTotalEnterprise('VNPT') //=> false
 */
export function isTotalEnterprise(name: string): boolean {
  return ['(tong)', '(total)'].includes(foldDiacritics(name));
}

/**
 * The history's build label for a previous report's totals ("report:9T/2014"): kept apart from
 * the 9T/2014 build's own rows, so reading last year's report never replaces them, and reading
 * it again replaces only what it gave before.
 *
 * @example
 * previousReportBuild('9T/2014') //=> 'report:9T/2014'
 */
export function previousReportBuild(period: string): string {
  return `report:${period}`;
}

/** Which sector a table's title names (folded words, both languages). */
const TITLE_SECTORS: [string, Sector][] = [
  ['vien thong', 'telecom'],
  ['telecommunications', 'telecom'],
  ['buu chinh', 'postal'],
  ['postal', 'postal'],
];

type Column = 'stt' | 'label' | 'unit' | 'increase' | 'decrease' | 'yoy' | 'current';

/** Header words (folded) and the column they name, checked in this order. */
const HEADER_WORDS: [string, Column][] = [
  ['cung ky', 'yoy'],
  ['same period', 'yoy'],
  ['hien co', 'current'],
  ['current', 'current'],
  ['network', 'current'],
  ['giam', 'decrease'],
  ['decrease', 'decrease'],
  ['tang', 'increase'],
  ['increase', 'increase'],
  ['don vi', 'unit'],
  ['dvt', 'unit'],
  ['unit', 'unit'],
  ['chi tieu', 'label'],
  ['indicator', 'label'],
  ['stt', 'stt'],
  ['no.', 'stt'],
];

/** How many rows below a title its header may sit (a second title line, a blank row). */
const HEADER_REACH = 4;

const MESSAGES = {
  noTable: {
    vi: () => 'Không tìm thấy biểu chuẩn nào (tiêu đề "KẾT QUẢ HOẠT ĐỘNG …" và dòng tiêu đề cột) trong trang tính',
    en: () => 'No standard table (a "KẾT QUẢ HOẠT ĐỘNG …" title and a header row) was found on the sheet',
  } as Message<Record<string, never>>,
  noPeriod: {
    vi: (p) => `Tiêu đề biểu "${p.title}" không ghi kỳ báo cáo; bỏ qua biểu này`,
    en: (p) => `The table title "${p.title}" states no period; the table is skipped`,
  } as Message<{ title: string }>,
  unknownRow: {
    vi: (p) => `Không nhận ra chỉ tiêu "${p.label}" của biểu ${p.sector}; bỏ qua dòng này`,
    en: (p) => `The indicator "${p.label}" is not one of the ${p.sector} table's; the row is skipped`,
  } as Message<{ label: string; sector: string }>,
  badNumber: {
    vi: (p) => `Không đọc được số "${p.text}"; bỏ qua ô này`,
    en: (p) => `Cannot read the number "${p.text}"; the cell is skipped`,
  } as Message<{ text: string }>,
  badUnit: {
    vi: (p) => `Không đổi được đơn vị "${p.unit}" sang đơn vị chuẩn của chỉ tiêu ${p.label}; bỏ qua dòng này`,
    en: (p) => `Cannot convert the unit "${p.unit}" to the canonical unit of ${p.label}; the row is skipped`,
  } as Message<{ unit: string; label: string }>,
};

const SECTOR_NAMES: Record<Sector, Record<Locale, string>> = {
  telecom: { vi: 'viễn thông', en: 'telecom' },
  postal: { vi: 'bưu chính', en: 'postal' },
};

/** A cell as trimmed NFC text. */
function text(value: CellValue | undefined): string {
  return value === null || value === undefined ? '' : String(value).normalize('NFC').trim();
}

/** The sector a row's text names as a table title, or null when it is not a title. */
function titleSector(row: readonly CellValue[]): Sector | null {
  const joined = row.map(text).filter(Boolean).join(' ');
  const folded = foldDiacritics(joined);
  if (!folded || row.filter((c) => text(c) !== '').length > 2) return null;
  // A title says "Kết quả hoạt động …" or is written in capitals; a data row is neither.
  const capitals = /\p{L}/u.test(joined) && joined === joined.toLocaleUpperCase('vi');
  if (!capitals && !folded.includes('ket qua')) return null;
  return TITLE_SECTORS.find(([words]) => folded.includes(words))?.[1] ?? null;
}

/** Column positions when the row is a standard table's header (it names at least a label and a figure column). */
function headerColumns(row: readonly CellValue[]): Partial<Record<Column, number>> | null {
  const columns = headerWords(row);
  const figures = (['increase', 'decrease', 'current'] as const).some((c) => columns[c] !== undefined);
  return columns.label !== undefined && figures ? columns : null;
}

/** The columns a row's header words name, first mention of each. */
function headerWords(row: readonly CellValue[]): Partial<Record<Column, number>> {
  const columns: Partial<Record<Column, number>> = {};
  row.forEach((cell, index) => {
    const folded = foldDiacritics(text(cell));
    if (!folded) return;
    const column = HEADER_WORDS.find(([words]) =>
      words === 'stt' || words === 'no.' ? folded === words : folded.includes(words),
    )?.[1];
    if (column && columns[column] === undefined) columns[column] = index;
  });
  return columns;
}

/** How many rows under the header may carry on with it ("Trong kỳ" over "Tăng" | "Giảm", "Lũy kế 9 tháng"). */
const HEADER_ROWS_BELOW = 2;

/**
 * Whether a row under the header is more header: it states no figure (every cell is blank or words
 * without a digit-only number), no STT, and its label cell names no indicator — "Tăng" | "Giảm" under
 * "Trong kỳ", or "Lũy kế 9 tháng" / "Đến 30/9/2014" under the figure columns.
 */
function isHeaderContinuation(
  row: readonly CellValue[],
  columns: Partial<Record<Column, number>>,
  sector: Sector,
): boolean {
  const cells = row.map(text);
  if (cells.every((c) => c === '')) return false;
  if (cells.some((c, i) => i !== columns.label && c !== '' && isFigure(c))) return false;
  const label = columns.label === undefined ? '' : cells[columns.label];
  return !label || (!isFigure(label) && indicatorOfRow(label, sector) === null);
}

/** A cell that reads as a number (a figure or an STT), as opposed to header words ("Lũy kế 9 tháng"). */
function isFigure(cell: string): boolean {
  const parsed = parseVietnameseNumber(cell);
  return parsed.ok && parsed.value !== null;
}

/** Which measure each column gives for a stock; a flow's figure is its current column, else its increase column. */
const STOCK_COLUMNS: [Column, Measure][] = [
  ['increase', 'increase'],
  ['decrease', 'decrease'],
  ['current', 'closing'],
];

/**
 * Reads a previous report's standard tables (biểu của báo cáo kỳ trước) as that period's totals,
 * so a build can compare with them when submissions lack the same period last year.
 *
 * Finds each table by its title ("KẾT QUẢ HOẠT ĐỘNG VIỄN THÔNG, INTERNET" + the period, on one
 * line or two) and header row (STT, Tên chỉ tiêu, Đơn vị tính, Số tăng/giảm trong kỳ, So với cùng
 * kỳ, Hiện có trên mạng, in any order and either language), then reads its rows until a blank
 * one: both the layout the add-in writes and the reference report's tables typed by hand. A
 * stock's row gives increase, decrease and closing; a flow's its current column (revenue in
 * "Hiện có trên mạng") or else its increase column (a postal volume). The "so với cùng kỳ"
 * column is not read. A blank unit cell means the unit of the row above, as in the reference
 * report. Every fact's enterprise is {@link TOTAL_ENTERPRISE}; its period is the title's (or
 * `options.period` when the title names none).
 *
 * @example
 * readPreviousReport({ file: 'bc-2014.xlsx', sheet: 'Biểu', top: 0, left: 0, values: [
 *   ['KẾT QUẢ HOẠT ĐỘNG VIỄN THÔNG, INTERNET'], ['9 THÁNG ĐẦU NĂM 2014'],
 *   ['STT', 'Tên chỉ tiêu', 'Đơn vị tính', 'Số tăng trong kỳ', 'Số giảm trong kỳ', 'So với cùng kỳ', 'Hiện có trên mạng'],
 *   [6, 'Thuê bao FTTH', 'Thuê bao', '5.000', '800', '120%', '6.297']] }).facts.map((f) => [f.measure, f.period, f.value])
 * //=> [['increase', '9T/2014', 5000], ['decrease', '9T/2014', 800], ['closing', '9T/2014', 6297]]
 */
export function readPreviousReport(
  grid: SheetGrid,
  options: { locale?: Locale; period?: string } = {},
): { facts: Fact[]; issues: Issue[] } {
  const locale = options.locale ?? 'vi';
  const rows = grid.values;
  const where = (r: number, c: number | null) => ({
    file: grid.file,
    sheet: grid.sheet,
    cell: c === null ? '' : cellAddress(grid.top + r, grid.left + c),
  });
  const facts: Fact[] = [];
  const issues: Issue[] = [];
  let tables = 0;

  for (let r = 0; r < rows.length; r++) {
    const sector = titleSector(rows[r]);
    if (!sector) continue;
    // The header: the first row within reach that names the columns; the lines between are the title's.
    let headerRow = -1;
    let columns: Partial<Record<Column, number>> | null = null;
    for (let h = r + 1; h <= Math.min(rows.length - 1, r + HEADER_REACH); h++) {
      columns = headerColumns(rows[h]);
      if (columns) {
        headerRow = h;
        break;
      }
    }
    if (!columns) continue;
    // Header rows below the first: their column words fill columns the first left unnamed.
    let lastHeader = headerRow;
    while (lastHeader + 1 < rows.length && lastHeader - headerRow < HEADER_ROWS_BELOW) {
      if (!isHeaderContinuation(rows[lastHeader + 1], columns, sector)) break;
      for (const [column, index] of Object.entries(headerWords(rows[lastHeader + 1])) as [Column, number][]) {
        if (columns[column] === undefined) columns[column] = index;
      }
      lastHeader += 1;
    }
    tables += 1;
    const title = rows
      .slice(r, headerRow)
      .map((row) => row.map(text).filter(Boolean).join(' '))
      .filter(Boolean)
      .join(' ');
    const period = parsePeriod(title)?.code ?? options.period ?? null;
    if (!period) {
      issues.push(makeIssue('error', 'previous-report-no-period', MESSAGES.noPeriod, { title }, locale, where(r, 0)));
      r = lastHeader;
      continue;
    }
    let inherited: Unit | null = null;
    let d = lastHeader + 1;
    for (; d < rows.length; d++) {
      const row = rows[d];
      const label = text(row[columns.label!]);
      if (!label || titleSector(row)) break;
      const stated = columns.unit === undefined ? '' : text(row[columns.unit]);
      const statedUnit = stated ? parseUnit(stated) : null;
      const indicator = indicatorOfRow(label, sector);
      if (!indicator) {
        issues.push(
          makeIssue(
            'warning',
            'previous-report-unknown-row',
            MESSAGES.unknownRow,
            { label, sector: SECTOR_NAMES[sector][locale] },
            locale,
            where(d, columns.label!),
          ),
        );
        continue;
      }
      // A unit stated on the row must fit the indicator; one carried down from a row above
      // (the reference leaves "Thuê bao" blank after row 1) only applies where it fits.
      if (stated && statedUnit?.dimension !== indicator.dimension) {
        issues.push(
          makeIssue(
            'warning',
            'previous-report-unit',
            MESSAGES.badUnit,
            { unit: stated, label },
            locale,
            where(d, columns.unit!),
            { indicator: indicator.id },
          ),
        );
        continue;
      }
      if (statedUnit) inherited = statedUnit;
      const unit = statedUnit ?? (inherited?.dimension === indicator.dimension ? inherited : null);
      const canonical = (value: number) => (unit ? convert(value, unit, indicator.unit) : value);
      const read = (column: Column): { value: number; col: number } | null => {
        const col = columns![column];
        if (col === undefined) return null;
        const parsed = parseVietnameseNumber(row[col]);
        if (!parsed.ok) {
          issues.push(
            makeIssue(
              'warning',
              'previous-report-number',
              MESSAGES.badNumber,
              { text: parsed.text },
              locale,
              where(d, col),
              { indicator: indicator.id },
            ),
          );
          return null;
        }
        return parsed.value === null || parsed.percent ? null : { value: canonical(parsed.value), col };
      };
      const fact = (measure: Measure, found: { value: number; col: number }): Fact => ({
        enterprise: TOTAL_ENTERPRISE,
        sector,
        indicator: indicator.id,
        measure,
        period,
        value: found.value,
        source: where(d, found.col),
      });
      facts.push(...rowFacts(indicator, read, fact));
    }
    r = d - 1;
  }
  if (tables === 0)
    issues.push(makeIssue('warning', 'previous-report-no-table', MESSAGES.noTable, {}, locale, where(0, null)));
  return { facts, issues };
}

/**
 * The indicator a table row names: its label exactly as the add-in writes it in either language
 * (the English labels are not submission wordings), else whatever matchIndicator finds.
 */
function indicatorOfRow(label: string, sector: Sector): Indicator | null {
  const folded = foldDiacritics(label);
  const exact = INDICATORS.find(
    (i) => i.sector === sector && (foldDiacritics(i.label) === folded || foldDiacritics(i.labelEn) === folded),
  );
  if (exact) return exact;
  const match = matchIndicator(label, sector);
  return match?.kind === 'standard' && match.indicator.sector === sector ? match.indicator : null;
}

/** The facts one table row gives, by the indicator's kind. */
function rowFacts(
  indicator: Indicator,
  read: (column: Column) => { value: number; col: number } | null,
  fact: (measure: Measure, found: { value: number; col: number }) => Fact,
): Fact[] {
  if (indicator.kind === 'flow') {
    const found = read('current') ?? read('increase');
    return found ? [fact('flow', found)] : [];
  }
  return STOCK_COLUMNS.flatMap(([column, measure]) => {
    const found = read(column);
    return found ? [fact(measure, found)] : [];
  });
}

/**
 * A previous report workbook read as last year's totals: the facts of every sheet that holds a
 * standard table, grouped by the period each table states. Sheets without one (the breakdown, the
 * checks, notes) say nothing; a workbook with no table at all says so once.
 *
 * @example
 * readPreviousReportWorkbook([tablesSheet, checksSheet], 'vi').byPeriod.get('9T/2014')?.length //=> 14
 */
export function readPreviousReportWorkbook(
  grids: readonly SheetGrid[],
  locale: Locale,
): { byPeriod: Map<string, Fact[]>; issues: Issue[] } {
  const byPeriod = new Map<string, Fact[]>();
  const issues: Issue[] = [];
  const empty: Issue[] = [];
  for (const grid of grids) {
    const read = readPreviousReport(grid, { locale });
    if (read.facts.length === 0 && read.issues.every((i) => i.code === 'previous-report-no-table')) {
      empty.push(...read.issues);
      continue;
    }
    issues.push(...read.issues);
    for (const fact of read.facts) {
      const list = byPeriod.get(fact.period);
      if (list) list.push(fact);
      else byPeriod.set(fact.period, [fact]);
    }
  }
  if (byPeriod.size === 0 && empty.length > 0) issues.push(empty[0]);
  return { byPeriod, issues };
}
