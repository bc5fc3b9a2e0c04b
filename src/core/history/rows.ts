import { indicatorById } from '../catalogue';
import { CoreError } from '../errors';
import { cellAddress, makeIssue, type Message } from '../issues';
import type { CellValue, Fact, IndicatorId, Issue, Locale, Measure, Sector } from '../model';
import { periodFromCode } from '../periods';

/**
 * The columns of the history table (lịch sử), in the order they are written. ASCII and stable:
 * the hidden sheet and the CSV file both start with this header row, and a reader finds columns
 * by these names, so a person may reorder columns without breaking anything.
 *
 * - `period` is the period the figure is about; `build` is the period of the build that recorded
 *   it (a 9T/2015 build records 9T/2014 figures from "cùng kỳ" columns with build "9T/2015").
 * - `unit` is the indicator's canonical unit, written so a person reading the file knows it.
 * - `file`, `sheet`, `cell` are the figure's source cell in the submission.
 */
export const HISTORY_COLUMNS = [
  'enterprise',
  'sector',
  'indicator',
  'measure',
  'period',
  'value',
  'unit',
  'file',
  'sheet',
  'cell',
  'build',
  'recordedAt',
] as const;

export type HistoryColumn = (typeof HISTORY_COLUMNS)[number];

/** One row of the history table, cells in {@link HISTORY_COLUMNS} order. */
export type HistoryRow = CellValue[];

/** When and for which build facts are recorded. */
export interface HistoryStamp {
  /** Period code of the build that records the facts, e.g. "9T/2015". */
  build: string;
  /** ISO date-time of the recording, e.g. "2015-10-05T08:00:00.000Z". */
  recordedAt: string;
}

/**
 * Turns facts into history rows (dòng lịch sử), one per fact, in {@link HISTORY_COLUMNS} order.
 * Facts that themselves came from history are left out: they are already recorded, and copying
 * them under a new build would make two records of one figure.
 *
 * @example
 * factsToHistoryRows([{ enterprise: 'VNPT', sector: 'telecom', indicator: 'ftth', measure: 'closing',
 *   period: '9T/2015', value: 25126, source: { file: 'vnpt.xlsx', sheet: 'Sheet1', cell: 'F12' } }],
 *   { build: '9T/2015', recordedAt: '2015-10-05T08:00:00.000Z' })
 * //=> [['VNPT', 'telecom', 'ftth', 'closing', '9T/2015', 25126, 'thue-bao', 'vnpt.xlsx', 'Sheet1', 'F12', '9T/2015', '2015-10-05T08:00:00.000Z']]
 */
export function factsToHistoryRows(facts: readonly Fact[], stamp: HistoryStamp): HistoryRow[] {
  return facts
    .filter((fact) => fact.origin !== 'history')
    .map((fact) => [
      fact.enterprise,
      fact.sector,
      fact.indicator,
      fact.measure,
      fact.period,
      fact.value,
      indicatorById(fact.indicator)?.unit ?? '',
      fact.source.file,
      fact.source.sheet,
      fact.source.cell,
      stamp.build,
      stamp.recordedAt,
    ]);
}

/** Where the history table lives, so an issue about a bad row can point at it. */
export interface HistoryPlace {
  file: string;
  sheet: string;
  /** 0-based row of the table's first row (the header) in the sheet; 0 for a CSV file. */
  top?: number;
  /** 0-based column of the table's first column; 0 for a CSV file. */
  left?: number;
}

const SECTORS: readonly Sector[] = ['telecom', 'postal'];
const MEASURES: readonly Measure[] = ['opening', 'increase', 'decrease', 'closing', 'flow', 'reportedChange'];

const badRow: Message<{ row: number; reason: string }> = {
  vi: (p) => `Dòng ${p.row} của lịch sử bị bỏ qua: ${p.reason}`,
  en: (p) => `History row ${p.row} is skipped: ${p.reason}`,
};

const noHeader: Message<{ missing: string }> = {
  vi: (p) => `Bảng lịch sử thiếu cột: ${p.missing}; không đọc được lịch sử`,
  en: (p) => `The history table lacks the columns: ${p.missing}; history cannot be read`,
};

type Reason = Record<Locale, string>;

/** Why a cell is unusable, in both languages; null when it is fine. */
const reasons = {
  enterprise: (): Reason => ({ vi: 'thiếu tên doanh nghiệp', en: 'no enterprise name' }),
  sector: (v: string): Reason => ({
    vi: `lĩnh vực "${v}" không phải telecom/postal`,
    en: `sector "${v}" is not telecom/postal`,
  }),
  indicator: (v: string): Reason => ({ vi: `không biết chỉ tiêu "${v}"`, en: `unknown indicator "${v}"` }),
  sectorMismatch: (i: string, s: string): Reason => ({
    vi: `chỉ tiêu "${i}" không thuộc lĩnh vực "${s}"`,
    en: `indicator "${i}" does not belong to sector "${s}"`,
  }),
  measure: (v: string): Reason => ({ vi: `không biết loại số liệu "${v}"`, en: `unknown measure "${v}"` }),
  period: (v: string): Reason => ({ vi: `không đọc được kỳ "${v}"`, en: `cannot read the period "${v}"` }),
  value: (v: string): Reason => ({ vi: `giá trị "${v}" không phải là số`, en: `value "${v}" is not a number` }),
  unit: (v: string, u: string): Reason => ({
    vi: `đơn vị "${v}" khác đơn vị chuẩn "${u}" của chỉ tiêu`,
    en: `unit "${v}" differs from the indicator's canonical unit "${u}"`,
  }),
};

/** A cell as trimmed NFC text ("" for empty). */
function text(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value).normalize('NFC').trim();
}

/**
 * A number from a history cell: a number, or text as JavaScript writes numbers ("2466410",
 * "1485789.125", "-3"): a dot before decimals, no thousands separators. "25,126" is refused
 * rather than guessed at (thousands or decimals?), so a hand edit never gives a wrong figure.
 */
function numberOf(value: CellValue | undefined): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const t = text(value);
  if (!/^-?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?$/i.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

/** The canonical code of a period, or null when the text is not a period code. */
export function canonicalPeriod(code: string): string | null {
  try {
    return periodFromCode(code).code;
  } catch (error) {
    if (error instanceof CoreError) return null;
    throw error;
  }
}

/** Column positions of a history table, found from its header row. */
function columnsOf(header: readonly CellValue[]): Partial<Record<HistoryColumn, number>> {
  const positions: Partial<Record<HistoryColumn, number>> = {};
  const wanted = new Map(HISTORY_COLUMNS.map((c) => [c.toLowerCase(), c]));
  header.forEach((cell, index) => {
    const column = wanted.get(text(cell).toLowerCase());
    if (column && positions[column] === undefined) positions[column] = index;
  });
  return positions;
}

/** True when a row is the header row (it names the enterprise and value columns, in any order). */
export function isHistoryHeader(row: readonly CellValue[] | undefined): boolean {
  if (row === undefined) return false;
  const names = new Set(row.map((cell) => text(cell).toLowerCase()));
  return names.has('enterprise') && names.has('value');
}

/** A history row as named fields, whatever order the table's columns are in. */
export type HistoryRecord = Record<HistoryColumn, CellValue>;

/**
 * Splits a history table into named records (header row first; without one the columns are
 * taken to be in {@link HISTORY_COLUMNS} order). Blank rows are dropped. Returns null and the
 * missing column names when the header lacks a column a fact needs.
 *
 * @example
 * historyRecords([['enterprise', 'value'], ['VNPT', 5]]).missing //=> ['sector', 'indicator', 'measure', 'period']
 */
export function historyRecords(table: readonly (readonly CellValue[])[]): {
  records: { record: HistoryRecord; index: number }[];
  missing: HistoryColumn[];
} {
  const hasHeader = isHistoryHeader(table[0]);
  const positions = hasHeader ? columnsOf(table[0]) : Object.fromEntries(HISTORY_COLUMNS.map((c, i) => [c, i]));
  const required: HistoryColumn[] = ['enterprise', 'sector', 'indicator', 'measure', 'period', 'value'];
  const missing = required.filter((c) => positions[c] === undefined);
  if (missing.length > 0) return { records: [], missing };
  const records: { record: HistoryRecord; index: number }[] = [];
  table.forEach((row, index) => {
    if (hasHeader && index === 0) return;
    if (row.every((cell) => text(cell) === '')) return;
    const record = Object.fromEntries(
      HISTORY_COLUMNS.map((c) => {
        const at = positions[c];
        return [c, at === undefined ? null : (row[at] ?? null)];
      }),
    ) as HistoryRecord;
    records.push({ record, index });
  });
  return { records, missing };
}

/** A fact from a record, or the reason it cannot be one. */
function recordToFact(record: HistoryRecord): { fact: Fact } | { reason: Reason } {
  const enterprise = text(record.enterprise);
  if (!enterprise) return { reason: reasons.enterprise() };
  const sector = text(record.sector) as Sector;
  if (!SECTORS.includes(sector)) return { reason: reasons.sector(sector) };
  const indicatorId = text(record.indicator) as IndicatorId;
  const indicator = indicatorById(indicatorId);
  if (!indicator) return { reason: reasons.indicator(indicatorId) };
  if (indicator.sector !== sector) return { reason: reasons.sectorMismatch(indicatorId, sector) };
  const measure = text(record.measure) as Measure;
  if (!MEASURES.includes(measure)) return { reason: reasons.measure(measure) };
  const period = canonicalPeriod(text(record.period));
  if (!period) return { reason: reasons.period(text(record.period)) };
  const value = numberOf(record.value);
  if (value === null) return { reason: reasons.value(text(record.value)) };
  // An empty unit is accepted (a person may leave it out); a different one would be a wrong figure.
  const unit = text(record.unit);
  if (unit && unit !== indicator.unit) return { reason: reasons.unit(unit, indicator.unit) };
  return {
    fact: {
      enterprise,
      sector,
      indicator: indicatorId,
      measure,
      period,
      value,
      source: { file: text(record.file), sheet: text(record.sheet), cell: text(record.cell) },
      origin: 'history',
    },
  };
}

/**
 * Reads history rows back into facts (origin 'history'), checking every row: a bad row becomes a
 * warning that names its row, never an exception. The table may start with the header row.
 *
 * When several builds recorded the same enterprise, indicator and period (the 9T/2015 build
 * brings 9T/2014 figures from "cùng kỳ" columns, and the 9T/2014 build recorded its own), one
 * build's rows are used, so a figure is never counted twice: the build of that very period
 * first, otherwise the most recently recorded.
 *
 * @example
 * historyRowsToFacts([HISTORY_COLUMNS.slice(),
 *   ['VNPT', 'telecom', 'ftth', 'closing', '9T/2014', 6300, 'thue-bao', 'vnpt.xlsx', 'Sheet1', 'F12', '9T/2014', '2014-10-05T08:00:00.000Z']], 'vi').facts
 * //=> [{ enterprise: 'VNPT', sector: 'telecom', indicator: 'ftth', measure: 'closing', period: '9T/2014', value: 6300,
 * //      source: { file: 'vnpt.xlsx', sheet: 'Sheet1', cell: 'F12' }, origin: 'history' }]
 */
export function historyRowsToFacts(
  table: readonly (readonly CellValue[])[],
  locale: Locale,
  place: HistoryPlace = { file: '', sheet: '' },
): { facts: Fact[]; issues: Issue[] } {
  const top = place.top ?? 0;
  const left = place.left ?? 0;
  const where = (index: number) => ({ file: place.file, sheet: place.sheet, cell: cellAddress(top + index, left) });
  const { records, missing } = historyRecords(table);
  if (missing.length > 0) {
    return {
      facts: [],
      issues: [makeIssue('error', 'history-columns', noHeader, { missing: missing.join(', ') }, locale, where(0))],
    };
  }
  const issues: Issue[] = [];
  const candidates: { fact: Fact; build: string; recordedAt: string; order: number }[] = [];
  records.forEach(({ record, index }, order) => {
    const result = recordToFact(record);
    if ('reason' in result) {
      issues.push(
        makeIssue(
          'warning',
          'history-bad-row',
          badRow,
          { row: top + index + 1, reason: result.reason[locale] },
          locale,
          where(index),
        ),
      );
      return;
    }
    const build = canonicalPeriod(text(record.build)) ?? text(record.build);
    candidates.push({ fact: result.fact, build, recordedAt: text(record.recordedAt), order });
  });
  return { facts: preferOneBuild(candidates), issues };
}

/** Keeps, per enterprise, sector, indicator and period, the rows of the one preferred build. */
function preferOneBuild(candidates: { fact: Fact; build: string; recordedAt: string; order: number }[]): Fact[] {
  const key = (f: Fact) => [f.enterprise, f.sector, f.indicator, f.period].join('\u0000');
  const chosen = new Map<string, { build: string; recordedAt: string; order: number }>();
  const better = (
    a: { fact: Fact; build: string; recordedAt: string; order: number },
    b: { build: string; recordedAt: string; order: number },
  ) => {
    const own = (c: { build: string }) => (c.build === a.fact.period ? 1 : 0);
    if (own(a) !== own(b)) return own(a) > own(b);
    if (a.recordedAt !== b.recordedAt) return a.recordedAt > b.recordedAt;
    return a.order > b.order;
  };
  for (const c of candidates) {
    const k = key(c.fact);
    const current = chosen.get(k);
    if (!current || (current.build !== c.build && better(c, current))) chosen.set(k, c);
  }
  return candidates.filter((c) => chosen.get(key(c.fact))?.build === c.build).map((c) => c.fact);
}
