import { toPhrase, type IndicatorMatch } from '../catalogue';
import { CATALOGUE_WORDS, type Vocabulary } from '../dictionary/vocabulary';
import { cellAddress, makeIssue, type Message } from '../issues';
import type { Fact, Indicator, IndicatorKind, Issue, Locale, Measure, Period, Sector } from '../model';
import { periodFromCode, periodFromMonths, samePeriodLastYear } from '../periods';
import { formatVietnameseNumber as formatFigure } from '../numbers';
import { convert, type Unit } from '../units';
import { type Cell, type Cells, cellAt } from './cells';
import { type Role, statedMeasure, VALUE_ROLES } from './columnRoles';
import { columnTime, spanOfShortColumns } from './columnPeriods';
import { figureOf, isFigure } from './figures';
import type { NotFigure } from './account';
import { type Header, indicatorHeading } from './findHeader';
import { MESSAGES } from './messages';
import { figureUnit } from './figureUnit';
import { numbering } from './numbering';
import { Outline } from './outline';
import { breakdownOf, sectorNamed } from './rowKinds';

/** What the reader knows about a table before reading its rows. */
export interface TableContext {
  file: string;
  sheet: string;
  locale: Locale;
  enterprise: string;
  /** The sheet's period, or null when it states none and none was given. */
  period: Period | null;
  /** A unit stated in the title lines ("Đơn vị tính: nghìn đồng"). */
  titleUnit: Unit | null;
  /** The sector "Doanh thu" alone belongs to, unless a section row says otherwise. */
  sector: Sector;
  /** Cells whose number could be read two ways ("12,345" on a sheet with no evidence either way). */
  ambiguous?: ReadonlySet<string>;
  /** The words labels, headers and units are read with: the catalogue, with the office's dictionary first. */
  words?: Vocabulary;
}

/** Dimensions counted in whole units. */
const COUNTED: ReadonlySet<string> = new Set(['subscriptions', 'items', 'copies']);

/** Beyond this, in its canonical unit, a figure is no figure any enterprise of a province reports. */
const IMPLAUSIBLE = 1e15;

/** What reading a table's rows gave. */
export interface TableReading {
  facts: Fact[];
  /** Rows placed on a standard indicator, per sector. */
  rows: Record<Sector, number>;
  /** Rows with figures that matched nothing. */
  unrecognised: number;
  /** Rows with figures recognised as indicators outside the tables. */
  other: number;
  /** Label cell of the first unrecognised row. */
  firstUnrecognised: Cell | null;
  issues: Issue[];
  /** Numeric cells known not to be figures of the tables (numbering, parts, a figure given twice…). */
  notFigures: Map<string, NotFigure>;
}

/** Which measure a column gives, per kind of indicator (a flow's "số tăng" column is its flow). */
const MEASURES: Record<IndicatorKind, Partial<Record<Role, Measure>>> = {
  stock: {
    increase: 'increase',
    decrease: 'decrease',
    opening: 'opening',
    current: 'closing',
    percent: 'reportedChange',
  },
  flow: { current: 'flow', increase: 'flow', percent: 'reportedChange' },
};

/** For a flow the "hiện có / thực hiện" column is read before a "số tăng" one: the first figure wins. */
const FLOW_ORDER: Partial<Record<Role, number>> = { current: 0, increase: 1 };

/** A value column with what its figures are about. */
interface ValueColumn {
  index: number;
  role: Role;
  period: string | null;
  previous: boolean;
  unit: Unit | null;
  /** For a percent column: what a plain number is divided by to give a fraction (100 or 1). */
  scale: number;
  /** The header names the measure outright (tăng, giảm, hiện có…), not only a period or "thực hiện". */
  explicit: boolean;
  /** The unit is not the column's own but the one every other column states ("Ngàn TB"). */
  borrowed?: boolean;
}

/** Where a table's label, numbering and unit columns are. */
export interface Layout {
  labelCol: number;
  /** The indicator's name heading the label column ("Thuê bao FTTH" | "Hiện có"): rows that name nothing are its. */
  heading: string | null;
  sttCol: number | null;
  unitCol: number | null;
  values: ValueColumn[];
}

/** A row already read, as the rows under it see it. */
interface Node {
  depth: number;
  indicator: Indicator | null;
  other: string | null;
  /** measure|period of the figures this row gave (or would have given). */
  keys: Set<string>;
  /** The figure and cell behind each key this row gave. */
  given: Map<string, { value: number; cell: Cell }>;
  /** The issue that says the row's indicator is not a standard one: its parts are named there too. */
  notStandard?: Issue;
}

/**
 * Percent columns hold "28%" (a fraction already), 0.28 (a percent-formatted cell) or 28 (a
 * number in a "(%)" column): plain numbers are per cent when any is larger than 5 or all are whole.
 */
function percentScale(cells: Cells, index: number, from: number, to: number): number {
  const plain: number[] = [];
  for (let r = from; r < to; r++) {
    const parsed = figureOf(cellAt(cells, r, index));
    if (parsed.ok && parsed.value !== null && !parsed.percent) plain.push(parsed.value);
  }
  if (plain.length === 0) return 100;
  return plain.some((v) => Math.abs(v) > 5) || plain.every((v) => Number.isInteger(v)) ? 100 : 1;
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
  const values: ValueColumn[] = [];
  const times = columns.map((column) => columnTime(column, period));
  // Under a year's title, months T1…T9 beside a "Lũy kế": the columns without a month are 9T.
  const span = spanOfShortColumns(
    times.map((t) => t.period),
    period,
  );
  for (const column of columns) {
    if (column.index === labelCol) continue;
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
      unit: column.unit,
      scale: time.role === 'percent' ? percentScale(cells, column.index, dataFrom, end) : 1,
      explicit: column.texts.some((text) => statedMeasure(toPhrase(text)) !== null),
    });
  }
  // A column stating no unit beside columns that all state the same multiple ("Ngàn TB") is in it too.
  const stated = values.filter((v) => v.unit !== null && v.role !== 'percent');
  const shared = stated[0]?.unit;
  if (shared && shared.factor !== 1 && stated.length >= 2 && stated.every((v) => v.unit?.code === shared.code))
    for (const v of values)
      if (v.unit === null && v.role !== 'percent') Object.assign(v, { unit: shared, borrowed: true });
  const stt = first('stt');
  return { labelCol, heading, sttCol: stt === labelCol ? null : stt, unitCol: first('unit') ?? unitsColumn(), values };

  /** A column without a header whose cells are units ("TB | TB | Tỷ đồng" under a transposed header). */
  function unitsColumn(): number | null {
    for (const column of columns) {
      if (column.role !== null || column.index === labelCol) continue;
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

/**
 * Reads the rows of a table into facts (số liệu): each row's label to an indicator, each figure to
 * a measure by its column, in the indicator's canonical unit, with its source cell.
 *
 * Rows that break a row above down ("Trong đó: …", "- …" under a row, a numbered sub-item) do not
 * add a figure their parent already gave for the same indicator; they do count when the parent is
 * a heading without figures or a total that is not standard ("Điện thoại di động" over "- Trả
 * trước", "- Trả sau"). A row without a known name under a named row is part of it.
 */
export function readTable(cells: Cells, layout: Layout, from: number, to: number, ctx: TableContext): TableReading {
  const words = ctx.words ?? CATALOGUE_WORDS;
  const out: TableReading = {
    facts: [],
    rows: { telecom: 0, postal: 0 },
    unrecognised: 0,
    other: 0,
    firstUnrecognised: null,
    issues: [],
    notFigures: new Map(),
  };
  const address = (cell: Cell) => cellAddress(cell.row, cell.col);
  const notFigure = (cell: Cell, why: NotFigure) => out.notFigures.set(address(cell), why);
  const where = (cell: Cell) => ({ file: ctx.file, sheet: ctx.sheet, cell: cellAddress(cell.row, cell.col) });
  const issue = <P>(
    severity: Issue['severity'],
    code: string,
    message: Message<P>,
    params: P,
    cell: Cell,
    indicator?: Indicator,
  ) =>
    out.issues.push(
      makeIssue(severity, code, message, params, ctx.locale, where(cell), {
        enterprise: ctx.enterprise,
        ...(indicator ? { indicator: indicator.id } : {}),
      }),
    );

  // A table headed by an indicator's name: rows that name nothing ("", "VNPT") give its figures.
  const headed = layout.heading === null ? null : words.matchIndicator(numbering(layout.heading).rest, ctx.sector);
  const stack: Node[] =
    headed?.kind === 'standard'
      ? [
          {
            depth: Number.NEGATIVE_INFINITY,
            indicator: headed.indicator,
            other: null,
            keys: new Set<string>(),
            given: new Map(),
          },
        ]
      : [];
  const outline = new Outline();
  /** The table's one "unit taken from the other columns" issue, naming every figure read so. */
  let borrowedSaid: Issue | null = null;
  let sectionSector: Sector | null = null;
  let previousUnit: Unit | null = null;

  for (let r = from; r < to; r++) {
    const row = cells[r] ?? [];
    const figures = layout.values.map((column) => ({ column, cell: cellAt(cells, r, column.index) }));
    // A text without a digit in a figure column ("GIÁM ĐỐC", "N/A") is no figure at all.
    const hasFigures = figures.some(({ cell }) => {
      if (cell.text === '' || (typeof cell.raw !== 'number' && !/\d/.test(cell.text))) return false;
      const parsed = figureOf(cell);
      return !parsed.ok || parsed.value !== null;
    });
    let labelCell = cellAt(cells, r, layout.labelCol);
    if (labelCell.text === '' || isFigure(labelCell)) {
      const fallback = row.find(
        (cell, c) =>
          cell.phrase !== '' && !isFigure(cell) && c !== layout.unitCol && !layout.values.some((v) => v.index === c),
      );
      if (fallback) labelCell = fallback;
    }
    const sttCell = layout.sttCol === null ? null : cellAt(cells, r, layout.sttCol);
    const sttText = sttCell?.text ?? '';
    if (sttCell && isFigure(sttCell)) notFigure(sttCell, 'numbering');
    if (labelCell.text === '' && sttText === '' && !hasFigures) continue;

    const own = numbering(labelCell.text);
    const stated = sttText !== '' ? numbering(sttText) : own;
    const token = stated.kind === 'none' && own.kind !== 'none' ? own : stated;
    const restPhrase = toPhrase(own.rest);
    const breakdown = breakdownOf(restPhrase);
    const name = breakdown ?? restPhrase;

    // A bare "Trong đó:" line: the rows under it break the last row down.
    if (breakdown === '' && !hasFigures) {
      outline.openBreakdown(stack.length > 0 ? stack[stack.length - 1].depth : null);
      continue;
    }
    const depth = outline.place(token, breakdown !== null, hasFigures);
    while (stack.length > 0 && stack[stack.length - 1].depth >= depth) stack.pop();

    // Sections (I, II / a heading naming a sector) say whose revenue the rows under them are.
    const match: IndicatorMatch | null = words.matchIndicator(name, sectionSector ?? ctx.sector);
    if (!hasFigures) {
      if (token.kind === 'roman') sectionSector = sectorNamed(name);
      else if (match?.kind !== 'standard' && token.kind !== 'bullet')
        sectionSector = sectorNamed(name) ?? sectionSector;
    }

    const node: Node = { depth, indicator: null, other: null, keys: new Set(), given: new Map() };
    if (match?.kind === 'standard') node.indicator = match.indicator;
    else if (match?.kind === 'other') node.other = match.name;
    else {
      const named = [...stack].reverse().find((n) => n.indicator || n.other);
      node.indicator = named?.indicator ?? null;
      node.other = named?.other ?? null;
    }

    // The unit column: a blank cell under a merged unit takes the unit above when it fits.
    let rowUnit: Unit | null | 'blank' = 'blank';
    const unitAbove = previousUnit;
    if (layout.unitCol !== null) {
      const unitCell = cellAt(cells, r, layout.unitCol);
      if (unitCell.text !== '') {
        rowUnit = words.parseUnit(unitCell.text) ?? words.findUnit(unitCell.text);
        previousUnit = rowUnit;
        if (rowUnit === null && hasFigures)
          issue('info', 'unknown-unit', MESSAGES.unknownUnit, { text: unitCell.text }, unitCell);
      }
    }

    if (!hasFigures) {
      stack.push(node);
      continue;
    }

    if (node.indicator) {
      const indicator = node.indicator;
      const ancestors = stack.filter((n) => n.indicator?.id === indicator.id);
      const unitInRow =
        rowUnit === 'blank' ? (unitAbove?.dimension === indicator.dimension ? unitAbove : null) : rowUnit;
      // A label that is itself a unit's word ("Bưu kiện") names the indicator, not its unit.
      const labelUnit = words.parseUnit(labelCell.text) ? null : words.findUnit(labelCell.text);
      /** The row's one "no unit stated" issue, naming every figure read in the assumed unit. */
      let assumedSaid: Issue | null = null;
      let gave = false;
      const ordered =
        indicator.kind === 'flow'
          ? [...figures].sort((a, b) => (FLOW_ORDER[a.column.role] ?? 2) - (FLOW_ORDER[b.column.role] ?? 2))
          : figures;
      // Where the columns are only periods, the label says which measure the row's figures are.
      const labelMeasure = indicator.kind === 'stock' ? statedMeasure(restPhrase) : null;
      for (const { column, cell } of ordered) {
        const role = labelMeasure && column.role === 'current' && !column.explicit ? labelMeasure : column.role;
        const measure = MEASURES[indicator.kind][role];
        if (!measure || cell.text === '' || (typeof cell.raw !== 'number' && !/\d/.test(cell.text))) continue;
        if (column.period === null) continue;
        if (measure === 'reportedChange' && column.previous) {
          notFigure(cell, 'percent');
          continue;
        }
        const period = measure === 'closing' ? sameDate(column.period, ctx.period) : column.period;
        const key = `${measure}|${period}`;
        const parsed = figureOf(cell);
        const earlier = node.given.get(key);
        if (earlier) {
          // The same measure twice in one row (a flow's "thực hiện" and "tăng"): one figure, or a conflict.
          if (parsed.ok && parsed.value !== null && sameFigure(earlier.cell, cell)) notFigure(cell, 'same-figure');
          else if (parsed.ok && parsed.value !== null) {
            const conflict = makeIssue(
              'warning',
              'conflicting-figures',
              MESSAGES.conflictingFigures,
              { first: earlier.cell.text, second: cell.text, at: address(earlier.cell) },
              ctx.locale,
              where(cell),
              { enterprise: ctx.enterprise, indicator: indicator.id },
            );
            out.issues.push({ ...conflict, cells: [address(cell), address(earlier.cell)] });
          }
          continue;
        }
        if (!parsed.ok) {
          issue('warning', 'unreadable-number', MESSAGES.unreadableNumber, { text: cell.text }, cell, indicator);
          continue;
        }
        if (ctx.ambiguous?.has(address(cell))) {
          issue('warning', 'ambiguous-number', MESSAGES.ambiguousNumber, { text: cell.text }, cell, indicator);
          continue;
        }
        if (parsed.value === null) continue;
        node.keys.add(key);
        node.given.set(key, { value: parsed.value, cell });
        let value: number;
        if (measure === 'reportedChange') {
          value = parsed.percent ? parsed.value : tidy(parsed.value / column.scale);
        } else {
          if (parsed.percent) {
            issue('warning', 'unexpected-percent', MESSAGES.unexpectedPercent, { text: cell.text }, cell, indicator);
            continue;
          }
          // A header that only names what is counted ("Subscriptions", "Số thuê bao") yields to the row's own unit.
          const plainCount = column.unit !== null && column.unit.factor === 1 && COUNTED.has(column.unit.dimension);
          const choice = figureUnit(
            {
              header: plainCount ? null : column.unit,
              label: labelUnit,
              row: unitInRow ?? (plainCount ? column.unit : null),
              title: ctx.titleUnit,
            },
            indicator,
          );
          if (!choice.ok) {
            const { unit } = choice;
            issue(
              'warning',
              'unit-mismatch',
              MESSAGES.unitMismatch,
              {
                unit: unit.label,
                unitEn: unit.labelEn,
                indicator: indicator.label,
                indicatorEn: indicator.labelEn,
                expected: expectedUnit(indicator, 'vi'),
                expectedEn: expectedUnit(indicator, 'en'),
              },
              cell,
              indicator,
            );
            continue;
          }
          if (column.borrowed && choice.ok && choice.unit === column.unit) {
            if (!borrowedSaid) {
              issue(
                'info',
                'unit-from-neighbours',
                MESSAGES.unitFromNeighbours,
                { unit: column.unit.label, unitEn: column.unit.labelEn },
                cell,
                indicator,
              );
              borrowedSaid = out.issues[out.issues.length - 1];
              borrowedSaid.cells = [];
            }
            borrowedSaid.cells!.push(address(cell));
          }
          if (choice.assumed && !assumedSaid) {
            issue(
              'info',
              'unit-assumed',
              MESSAGES.unitAssumed,
              { indicator: indicator.label, indicatorEn: indicator.labelEn },
              cell,
              indicator,
            );
            assumedSaid = out.issues[out.issues.length - 1];
            assumedSaid.cells = [address(cell)];
          } else if (choice.assumed && assumedSaid) assumedSaid.cells!.push(address(cell));
          value = tidy(convert(parsed.value, choice.unit, indicator.unit));
        }
        // Subscriptions, items and copies are counted whole: "6,319" read as 6,319 is no count.
        if (measure !== 'reportedChange' && COUNTED.has(indicator.dimension) && !Number.isInteger(value)) {
          issue('warning', 'fractional-count', MESSAGES.fractionalCount, { text: cell.text }, cell, indicator);
          continue;
        }
        if (!Number.isFinite(value) || Math.abs(value) > IMPLAUSIBLE) {
          issue('warning', 'implausible-figure', MESSAGES.implausibleFigure, { text: cell.text }, cell, indicator);
          continue;
        }
        // A breakdown of a row that already gave this figure is not added again.
        if (ancestors.some((n) => n.keys.has(key))) {
          notFigure(cell, 'part');
          continue;
        }
        gave = true;
        out.facts.push({
          enterprise: ctx.enterprise,
          sector: indicator.sector,
          indicator: indicator.id,
          measure,
          period,
          value,
          source: where(cell),
        });
        // On a year's sheet the stock at 31/12 of last year is both last year's and this year's opening.
        const twin = yearEndTwin(measure, period, ctx.period);
        if (twin && !node.keys.has(`${twin.measure}|${twin.period}`)) {
          node.keys.add(`${twin.measure}|${twin.period}`);
          node.given.set(`${twin.measure}|${twin.period}`, { value: parsed.value, cell });
          out.facts.push({ ...out.facts[out.facts.length - 1], ...twin });
        }
      }
      if (gave) out.rows[indicator.sector]++;
    } else if (node.other) {
      out.other++;
      const rowFigures = figures.filter(({ cell }) => isFigure(cell)).map(({ cell }) => address(cell));
      if (match?.kind === 'other') {
        issue('info', 'not-standard', MESSAGES.notStandard, { label: labelCell.text, name: match.name }, labelCell);
        node.notStandard = out.issues[out.issues.length - 1];
        node.notStandard.cells = [address(labelCell), ...rowFigures];
      } else {
        // A part of an indicator outside the tables is named where its parent is; under a mere
        // heading ("B. BƯU CHÍNH") a row that names nothing is a row not understood.
        const parent = [...stack].reverse().find((n) => n.notStandard);
        if (parent?.notStandard) parent.notStandard.cells!.push(...rowFigures);
        else {
          out.other--;
          out.unrecognised++;
          out.firstUnrecognised ??= labelCell;
          issue(
            'warning',
            'unrecognised-row',
            MESSAGES.unrecognisedRow,
            { label: labelCell.text || sttText },
            labelCell,
          );
          out.issues[out.issues.length - 1].cells = [address(labelCell), ...rowFigures];
        }
      }
    } else {
      out.unrecognised++;
      out.firstUnrecognised ??= labelCell;
      issue('warning', 'unrecognised-row', MESSAGES.unrecognisedRow, { label: labelCell.text || sttText }, labelCell);
      const named = out.issues[out.issues.length - 1];
      named.cells = [
        address(labelCell),
        ...figures.filter(({ cell }) => isFigure(cell)).map(({ cell }) => address(cell)),
      ];
    }
    stack.push(node);
  }
  settleShortColumns(out, ctx);
  return out;
}

/**
 * Months or quarters beside a cumulative column that covers them ("Quý I, II, III" and "Lũy kế 9
 * tháng"): each stays a figure of its own period, and the cumulative is checked against them —
 * their sum for a flow, an increase or a decrease, the last one's stock for a stock; a difference
 * is a warning naming every cell. Arithmetic picks the reading: a "Lũy kế" whose months do not
 * reach back to its start but add up to it exactly covers those months ("Lũy kế" beside T10…T12
 * that is their sum is the quarter, not the year to date).
 */
function settleShortColumns(out: TableReading, ctx: TableContext): void {
  const span = (code: string) => {
    try {
      return periodFromCode(code);
    } catch {
      return null;
    }
  };
  const groups = new Map<string, Fact[]>();
  for (const fact of out.facts) {
    if (fact.measure === 'reportedChange') continue;
    const row = /\d+$/.exec(fact.source.cell)?.[0];
    const key = `${row}|${fact.indicator}|${fact.measure}|${span(fact.period)?.year}`;
    groups.set(key, [...(groups.get(key) ?? []), fact]);
  }
  for (const facts of groups.values()) {
    if (facts.length < 2) continue;
    for (const outerFact of facts) {
      const outer = span(outerFact.period);
      if (!outer) continue;
      const inner = facts.filter((f) => {
        const p = span(f.period);
        return (
          f !== outerFact &&
          p !== null &&
          p.code !== outer.code &&
          p.startMonth >= outer.startMonth &&
          p.endMonth <= outer.endMonth
        );
      });
      if (inner.length === 0) continue;
      const months = inner.map((fact) => span(fact.period)!).sort((x, y) => x.startMonth - y.startMonth);
      const contiguous = months.every((p, k) => k === 0 || p.startMonth === months[k - 1].endMonth + 1);
      const first = months[0].startMonth;
      const last = months[months.length - 1].endMonth;
      const tiles = contiguous && first === outer.startMonth && last === outer.endMonth;
      const flow = outerFact.measure !== 'closing' && outerFact.measure !== 'opening';
      const sum = tidy(inner.reduce((total, f) => total + f.value, 0));
      const same = (x: number, y: number) => Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x));
      if (flow && contiguous && !tiles && last === outer.endMonth && same(sum, outerFact.value)) {
        const covered = periodFromMonths(outer.year, first, last);
        if (covered) outerFact.period = covered.code;
        continue;
      }
      let expected: number | null = null;
      if (outerFact.measure === 'closing')
        expected = inner.find((f) => span(f.period)!.endMonth === outer.endMonth)?.value ?? null;
      else if (outerFact.measure === 'opening')
        expected = inner.find((f) => span(f.period)!.startMonth === outer.startMonth)?.value ?? null;
      else if (tiles) expected = sum;
      if (expected === null || same(expected, outerFact.value)) continue;
      const issue = makeIssue(
        'warning',
        'cumulative-differs',
        MESSAGES.cumulativeDiffers,
        { cumulative: formatFigure(outerFact.value), parts: formatFigure(expected), at: outerFact.source.cell },
        ctx.locale,
        outerFact.source,
        { enterprise: ctx.enterprise, indicator: outerFact.indicator },
      );
      out.issues.push({ ...issue, cells: [outerFact.source.cell, ...inner.map((f) => f.source.cell)] });
    }
  }
}

/**
 * The same stock under its other name on a whole year's sheet: last year's closing is this year's
 * opening, and the other way round. Null on any other sheet, where the two dates differ.
 */
function yearEndTwin(
  measure: Measure,
  code: string,
  period: Period | null,
): { measure: Measure; period: string } | null {
  if (!period || period.kind !== 'year') return null;
  const last = samePeriodLastYear(period).code;
  if (measure === 'closing' && code === last) return { measure: 'opening', period: period.code };
  if (measure === 'opening' && code === period.code) return { measure: 'closing', period: last };
  return null;
}

/**
 * A stock counted at the end of the table's own period is the table's, whatever span its column
 * names: "Lũy kế hiện có" on a September sheet is the stock at 30/9, as is "Hiện có" (T9 = 9T).
 */
function sameDate(code: string, period: Period | null): string {
  if (!period || code === period.code) return code;
  try {
    const own = periodFromCode(code);
    return own.year === period.year && own.endMonth === period.endMonth ? period.code : code;
  } catch {
    return code;
  }
}

/** Whether two cells hold the same figure as a person reads them. */
function sameFigure(a: Cell, b: Cell): boolean {
  const x = figureOf(a);
  const y = figureOf(b);
  return x.ok && y.ok && x.value !== null && x.value === y.value;
}

/** Rounds away binary noise from conversions (0.1 × 3 → 0.3), keeping 15 significant digits. */
function tidy(value: number): number {
  return Number(value.toPrecision(15));
}

function expectedUnit(indicator: Indicator, locale: Locale): string {
  const labels: Record<string, [string, string]> = {
    money: ['tiền (đồng, triệu đồng…)', 'money (VND, million VND…)'],
    mass: ['khối lượng (kg, tấn)', 'mass (kg, tonnes)'],
    subscriptions: ['thuê bao', 'subscriptions'],
    items: ['cái, bức', 'items'],
    copies: ['tờ, cuốn', 'copies'],
  };
  return labels[indicator.dimension][locale === 'vi' ? 0 : 1];
}
