/**
 * Describing a table's columns (bố cục bảng): which column names the indicators, which numbers
 * the rows, which states the unit, and what each column of figures holds — its role, period and
 * unit, read from the header against the sheet's period.
 */
import { toPhrase } from '../catalogue';
import { CATALOGUE_WORDS, type Vocabulary } from '../dictionary/vocabulary';
import type { Period } from '../model';
import { readPeriodCode, samePeriodLastYear } from '../periods';
import type { Unit } from '../units';
import { type Cells, cellAt } from './cells';
import { type Role, statedMeasure, VALUE_ROLES } from './columnRoles';
import { columnTime, DATE, spanOfShortColumns } from './columnPeriods';
import { figureOf, isFigure } from './figures';
import { besideTableFrom, type Header, indicatorHeading } from './findHeader';

/** A value column with what its figures are about. */
export interface ValueColumn {
  index: number;
  role: Role;
  period: string | null;
  previous: boolean;
  /** A last year's column whose header names its own span ("Cùng kỳ 9 tháng 2014"). */
  named?: boolean;
  unit: Unit | null;
  /** For a percent column: what a plain number is divided by to give a fraction (100 or 1). */
  scale: number;
  /** The header names the measure outright (tăng, giảm, hiện có…), not only a period or "thực hiện". */
  explicit: boolean;
  /** The unit is not the column's own but the one every other column states ("Ngàn TB"). */
  borrowed?: boolean;
  /** The header counts to a date ("Số TB đến 31/12/2014"): at a year's end, last year's closing and this year's opening. */
  dated?: boolean;
  /** The column states no unit and one other column states this multiple: its counts' unit is not clear. */
  unclear?: Unit;
}

/** Where a table's label, numbering and unit columns are. */
export interface Layout {
  labelCol: number;
  /** The indicator's name heading the label column ("Thuê bao FTTH" | "Hiện có"): rows that name nothing are its. */
  heading: string | null;
  sttCol: number | null;
  unitCol: number | null;
  values: ValueColumn[];
  /**
   * Where another table beside this one starts, one that could not be read apart (findTables'
   * sideBySide): a second label column after columns of figures or of headers not made out ("Chỉ tiêu | Hiện có | STT |
   * Chỉ tiêu | Thực hiện"), or the STT column just before it. The columns from there on are not
   * this table's: their figures are named, never read under this table's labels.
   */
  besideFrom: number | null;
}

/** Whether column `index` is the other table's, beside this one (see Layout.besideFrom). */
export function besideColumn(besideFrom: number | null, index: number): boolean {
  return besideFrom !== null && index >= besideFrom;
}

/**
 * Percent columns hold "28%" (a fraction already), 0.28 (a percent-formatted cell) or 28 (a
 * number in a "(%)" column): plain numbers are per cent when any is larger than 5 or all are whole.
 */
export function percentScale(cells: Cells, index: number, from: number, to: number): number {
  const plain: number[] = [];
  for (let r = from; r < to; r++) {
    const parsed = figureOf(cellAt(cells, r, index));
    if (parsed.ok && parsed.value !== null && !parsed.percent) plain.push(parsed.value);
  }
  if (plain.length === 0) return 100;
  return plain.some((v) => Math.abs(v) > 5) || plain.every((v) => Number.isInteger(v)) ? 100 : 1;
}

/**
 * "Cùng kỳ năm 2014" beside both "Tháng 9/2015" and "Lũy kế 9 tháng" names no span of its own:
 * arithmetic picks the reading — last year's figures are of the span whose figures this year they
 * resemble, row by row (a month is a ninth of nine months). Only spans ending with the latest
 * month are candidates: last year's figures beside "Tháng 1 | Tháng 2 | Tháng 3" are of March or
 * of the three months, never of February. Without a clear likeness the column keeps the table's
 * period.
 */
export function pairLastYear(values: ValueColumn[], cells: Cells, from: number, to: number): void {
  const figure = (r: number, c: number) => {
    const parsed = figureOf(cellAt(cells, r, c));
    return parsed.ok && parsed.value !== null && parsed.value > 0 ? parsed.value : null;
  };
  for (const column of values) {
    if (!column.previous || column.named || column.role === 'percent' || column.period === null) continue;
    const candidates = new Map<string, ValueColumn>();
    for (const v of values)
      if (!v.previous && v.role === column.role && v.period !== null && !candidates.has(v.period))
        candidates.set(v.period, v);
    const ends = new Map([...candidates.keys()].map((code) => [code, readPeriodCode(code)?.endMonth ?? 0]));
    const latest = Math.max(0, ...ends.values());
    for (const [code, end] of ends) if (end < latest) candidates.delete(code);
    if (candidates.size < 2) continue;
    const distances = [...candidates.values()]
      .map((v) => {
        const logs: number[] = [];
        for (let r = from; r < to; r++) {
          const [last, now] = [figure(r, column.index), figure(r, v.index)];
          if (last !== null && now !== null) logs.push(Math.abs(Math.log(last / now)));
        }
        logs.sort((a, b) => a - b);
        return { period: v.period!, distance: logs.length ? logs[Math.floor(logs.length / 2)] : Infinity };
      })
      .sort((a, b) => a.distance - b.distance);
    const [best, next] = distances;
    // Clearly closer: within a factor of 2.5 where the next is at least twice as far (in log terms).
    if (best.distance < Math.log(2.5) && next.distance > 2 * best.distance + Math.log(1.5))
      column.period = samePeriodLastYear(best.period).code;
  }
}

/**
 * Finds the label (tên chỉ tiêu), STT and unit columns and the value columns of a table.
 * Without a "Chỉ tiêu" header, the label column is the one with the most texts under the header.
 */
export function tableLayout(
  cells: Cells,
  header: Header,
  end: number,
  period: Period | null,
  words: Vocabulary = CATALOGUE_WORDS,
  hiddenUnits: Unit[] = [],
): Layout | null {
  const { columns, dataFrom } = header;
  const first = (role: Role) => columns.find((column) => column.role === role)?.index ?? null;
  const headingRow = cells[header.bottom] ?? [];
  const heading = indicatorHeading(headingRow, words);
  let labelCol = heading === null ? first('label') : headingRow.findIndex((cell) => cell.phrase !== '');
  if (labelCol === null) {
    const counts = columns
      .filter((column) => column.role === null || column.role === 'stt')
      .map((column) => {
        let texts = 0;
        for (let r = dataFrom; r < end; r++) {
          const cell = cellAt(cells, r, column.index);
          if (cell.phrase !== '' && !isFigure(cell) && cell.text.length > 1) texts++;
        }
        return { index: column.index, texts };
      })
      .filter((count) => count.texts > 0)
      .sort((a, b) => b.texts - a.texts || a.index - b.index);
    labelCol = counts[0]?.index ?? null;
  }
  if (labelCol === null) return null;
  // Another table beside this one: after columns of figures, or of headers not made out (a unit
  // column between two labels is this table's: "Chỉ tiêu | ĐVT | Dịch vụ | Hiện có").
  const besideFrom = besideTableFrom(
    columns,
    labelCol,
    (column) => column.role === null || VALUE_ROLES.has(column.role),
  );
  const values: ValueColumn[] = [];
  const times = columns.map((column) => columnTime(column, period));
  // Under a year's title, months T1…T9 beside a "Lũy kế": the columns without a month are 9T.
  const span = spanOfShortColumns(
    times.map((t) => t.period),
    period,
  );
  for (const column of columns) {
    if (column.index === labelCol || besideColumn(besideFrom, column.index)) continue;
    const time = times[column.index];
    if (span && time.period === period?.code) time.period = span.code;
    else if (span && period && time.previous && time.period === samePeriodLastYear(period).code)
      time.period = samePeriodLastYear(span).code;
    if (time.role === null || !VALUE_ROLES.has(time.role)) continue;
    values.push({
      index: column.index,
      role: time.role,
      period: time.period,
      previous: time.previous,
      named: time.named,
      unit: column.unit,
      scale: time.role === 'percent' ? percentScale(cells, column.index, dataFrom, end) : 1,
      // …or a date it counts to ("Số TB đến 31/3/2023" is the stock, whatever the row's label says).
      explicit: column.texts.some((text) => statedMeasure(toPhrase(text)) !== null || DATE.test(text)),
      ...(column.texts.some((text) => DATE.test(text)) ? { dated: true } : {}),
    });
  }
  pairLastYear(values, cells, dataFrom, end);
  // A column stating no unit beside columns that all state the same multiple ("Ngàn TB") is in it
  // too; a hidden column's header counts among them, as a hidden unit line does. Beside only one
  // such column, its unit is not clear (readTable decides cell by cell).
  const stated = [...values.filter((v) => v.unit !== null && v.role !== 'percent').map((v) => v.unit!), ...hiddenUnits];
  const shared = stated[0];
  if (shared && shared.factor !== 1 && stated.every((unit) => unit.code === shared.code))
    for (const v of values) {
      if (v.unit !== null || v.role === 'percent') continue;
      if (stated.length >= 2) Object.assign(v, { unit: shared, borrowed: true });
      else v.unclear = shared;
    }
  // The numbering and unit columns are this table's own, not the one's beside it.
  const own = (role: Role) => {
    const index = first(role);
    return index !== null && !besideColumn(besideFrom, index) ? index : null;
  };
  const stt = own('stt');
  return {
    labelCol,
    heading,
    sttCol: stt === labelCol ? null : stt,
    unitCol: own('unit') ?? unitsColumn(),
    values,
    besideFrom,
  };

  /** A column without a header whose cells are units ("TB | TB | Tỷ đồng" under a transposed header). */
  function unitsColumn(): number | null {
    for (const column of columns) {
      // A header naming something else ("Notes" not known as a note) is no units column, whatever "G" under it spells.
      if (column.role !== null || column.index === labelCol || column.texts.some((text) => text !== '')) continue;
      if (besideColumn(besideFrom, column.index)) break;
      let units = 0;
      let others = 0;
      for (let r = dataFrom; r < end; r++) {
        const cell = cellAt(cells, r, column.index);
        if (cell.text === '') continue;
        if (words.parseUnit(cell.text) && !isFigure(cell)) units++;
        else others++;
      }
      if (units >= 1 && units >= others * 2) return column.index;
    }
    return null;
  }
}
