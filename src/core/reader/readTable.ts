import { toPhrase, type IndicatorMatch } from '../catalogue';
import { CATALOGUE_WORDS, type Vocabulary } from '../dictionary/vocabulary';
import type { IssueCode, SeverityOf } from '../issueCodes';
import { cellAddress, makeIssue, type Message } from '../issues';
import type { Fact, Indicator, IndicatorKind, Issue, Locale, Measure, Period, Sector } from '../model';
import { convert, type Unit } from '../units';
import { type Cell, type Cells, cellAt } from './cells';
import { type Role, statedMeasure } from './columnRoles';
import { brokenFormula, figureOf, isFigure, mayBeFigure, tidy } from './figures';
import type { NotFigure } from './account';
import { type Layout } from './tableLayout';
import { sameDate, settleShortColumns, yearEndTwin } from './spans';
import { MESSAGES } from './messages';
import { writeFigure } from '../compute/formatComparison';
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
  /** Nothing but a section row can tell the sector (the title names both): "Doanh thu" alone is named, not read. */
  sectorUnclear?: boolean;
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

/** A row already read, as the rows under it see it. */
interface Node {
  depth: number;
  indicator: Indicator | null;
  other: string | null;
  /** measure|period of the figures this row gave (or would have given). */
  keys: Set<string>;
  /** The figure and cell behind each key this row gave. */
  given: Map<string, { value: number; cell: Cell; twin?: Fact }>;
  /** The issue that says the row's indicator is not a standard one: its parts are named there too. */
  notStandard?: Issue;
  /** The issue that says the row (with figures) was not understood: its parts are named there too. */
  unrecognised?: Issue;
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
  /** Raises an issue at a cell (naming `cells` too, when given) and returns it. */
  const issue = <C extends IssueCode, P>(
    severity: SeverityOf<C>,
    code: C,
    message: Message<P>,
    params: P,
    cell: Cell,
    indicator?: Indicator,
    cells?: string[],
  ): Issue => {
    const raised = makeIssue(severity, code, message, params, ctx.locale, where(cell), {
      enterprise: ctx.enterprise,
      ...(indicator ? { indicator: indicator.id } : {}),
      ...(cells ? { cells } : {}),
    });
    out.issues.push(raised);
    return raised;
  };

  /** Two different figures where one is expected: the first is kept, both cells are named. */
  const conflicting = (cell: Cell, earlier: Cell, indicator: Indicator) =>
    issue(
      'warning',
      'conflicting-figures',
      MESSAGES.conflictingFigures,
      { first: earlier.text, second: cell.text, at: address(earlier) },
      cell,
      indicator,
      [address(cell), address(earlier)],
    );

  /** The first row's figure for each indicator|measure|period, to catch a second row giving another. */
  const firstGiven = new Map<string, { value: number; cell: Cell; node: Node; phrase: string }>();
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
  /**
   * One issue per kind of unit decision (and per row for an assumed unit: `scope`), naming every
   * figure it applies to: raised at its first figure, then each further figure's cell is added.
   */
  const said = new Map<string, Issue>();
  const once = <C extends IssueCode, P>(
    scope: string,
    severity: SeverityOf<C>,
    code: C,
    message: Message<P>,
    params: P,
    cell: Cell,
    indicator: Indicator,
  ): void => {
    let raised = said.get(scope);
    if (!raised) said.set(scope, (raised = issue(severity, code, message, params, cell, indicator, [])));
    raised.cells!.push(address(cell));
  };
  let sectionSector: Sector | null = null;
  let previousUnit: Unit | null = null;

  for (let r = from; r < to; r++) {
    const row = cells[r] ?? [];
    const figures = layout.values.map((column) => ({ column, cell: cellAt(cells, r, column.index) }));
    // A formula's error ("#REF!") is a figure that cannot be read: its row gives it, its parts stay parts.
    const hasFigures = figures.some(({ cell }) => {
      if (!mayBeFigure(cell)) return false;
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

    let own = numbering(labelCell.text);
    // A label cell holding only its number ("a)", "1.1", "II") and the words in the column beside
    // it (a "Chỉ tiêu" merged over both): the words are the label. A lone dash stays a dash.
    const besideCol = layout.labelCol + 1;
    const beside = cellAt(cells, r, besideCol);
    if (
      own.kind !== 'none' &&
      own.kind !== 'bullet' &&
      own.rest === '' &&
      beside.phrase !== '' &&
      !isFigure(beside) &&
      besideCol !== layout.unitCol &&
      besideCol !== layout.sttCol &&
      !layout.values.some((v) => v.index === besideCol)
    ) {
      own = { ...own, rest: beside.text.trim() };
      labelCell = beside;
    }
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
    // Revenue on a sheet of both sectors, under no section row that says whose: not guessed.
    const elsewhere =
      hasFigures && !sectionSector && ctx.sectorUnclear && match?.kind === 'standard'
        ? words.matchIndicator(name, match.indicator.sector === 'telecom' ? 'postal' : 'telecom')
        : null;
    if (elsewhere?.kind === 'standard' && match?.kind === 'standard' && elsewhere.indicator.id !== match.indicator.id) {
      const cells = figures.filter(({ cell }) => isFigure(cell)).map(({ cell }) => address(cell));
      const unclear = issue(
        'warning',
        'sector-unclear',
        MESSAGES.sectorUnclear,
        { label: labelCell.text },
        labelCell,
        undefined,
        cells,
      );
      // Its parts ("- Doanh thu dịch vụ…") are named with it, as a row not understood's are.
      stack.push({ depth, indicator: null, other: null, keys: new Set(), given: new Map(), unrecognised: unclear });
      continue;
    }
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

    // A part of a row not understood ("Postal revenue" over "- Doanh thu dịch vụ chuyển phát"):
    // what it breaks down is unknown, so its figures are named with the row, not used.
    const unknownParent = stack[stack.length - 1]?.unrecognised;
    if (unknownParent) {
      unknownParent.cells!.push(...figures.filter(({ cell }) => isFigure(cell)).map(({ cell }) => address(cell)));
      node.unrecognised = unknownParent;
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
      let gave = false;
      const ordered =
        indicator.kind === 'flow'
          ? [...figures].sort((a, b) => (FLOW_ORDER[a.column.role] ?? 2) - (FLOW_ORDER[b.column.role] ?? 2))
          : figures;
      // Where the columns are only periods, the label says which measure the row's figures are.
      const labelMeasure = indicator.kind === 'stock' ? statedMeasure(restPhrase) : null;
      for (const { column, cell } of ordered) {
        const role = labelMeasure && column.role === 'current' && !column.explicit ? labelMeasure : column.role;
        let measure = MEASURES[indicator.kind][role];
        // A flow in a column dated at the year's turn ("Số TB đến 31/12/2023" on the sheet of 2024)
        // is last year's: the year to that date is the whole year before. On any other sheet the
        // column's date begins the period, and a flow there is no figure of the tables.
        const lastYear =
          !measure && indicator.kind === 'flow' && role === 'opening' && column.dated && column.period
            ? yearEndTwin('opening', column.period, ctx.period)
            : null;
        if (lastYear) measure = 'flow';
        if (!measure || !mayBeFigure(cell)) continue;
        if (column.period === null) continue;
        if (measure === 'reportedChange' && column.previous) {
          notFigure(cell, 'percent');
          continue;
        }
        let period = measure === 'closing' ? sameDate(column.period, ctx.period) : (lastYear?.period ?? column.period);
        // A stock counted at the year's turn ("Số TB đến 31/12/2014") whose one reading a column of its
        // own already gave ("Hiện có đầu kỳ") is the other: last year's closing, or this year's opening.
        let key = `${measure}|${period}`;
        const other = column.dated ? yearEndTwin(measure, period, ctx.period) : null;
        if (other && node.given.get(key)?.twin === undefined && node.given.has(key)) {
          const otherKey = `${other.measure}|${other.period}`;
          // …taking it over from the twin that column implied, if it did.
          if (!node.keys.has(otherKey) || node.given.get(otherKey)?.twin) {
            ({ measure, period } = other);
            key = otherKey;
          }
        }
        const read = figureOf(cell);
        // A figure that cannot be used is still the row's: its breakdown below does not stand in for it.
        if (!read.ok) {
          node.keys.add(key);
          const broken = brokenFormula(cell.text);
          const message =
            broken === 'error' ? MESSAGES.formulaError : broken ? MESSAGES.formulaNoResult : MESSAGES.unreadableNumber;
          issue('warning', 'unreadable-number', message, { text: cell.text }, cell, indicator);
          continue;
        }
        if (read.value === null) continue;
        // A breakdown of a row that already gave this figure is not added again, nor questioned: its
        // unit or the way it is written cannot change the total ("- Trong nước 1.09" under thousands).
        if (ancestors.some((n) => n.keys.has(key))) {
          node.keys.add(key);
          notFigure(cell, 'part');
          continue;
        }
        // "16,571" on a sheet that gives no evidence of its convention reads two ways, but a count of
        // whole units has only one: 16.571 subscriptions is none. Read as thousands here, it is used
        // only if its unit turns out to be the units themselves (in "Nghìn TB" both readings count).
        const ambiguous = ctx.ambiguous?.has(address(cell)) === true;
        const asCount = ambiguous && measure !== 'reportedChange' && !read.percent && COUNTED.has(indicator.dimension);
        const parsed = {
          ...read,
          value: asCount && cell.text.includes(',') ? Math.round(read.value * 1000) : read.value,
        };
        const earlier = node.given.get(key);
        if (earlier) {
          // The same measure twice in one row (a flow's "thực hiện" and "tăng"): one figure, or a conflict.
          // A column of its own for a year-end twin ("Cùng kỳ năm trước" beside "Đầu kỳ"): the figure is its.
          if (parsed.value === earlier.value && earlier.twin) {
            earlier.twin.source = where(cell);
            node.given.set(key, { value: parsed.value, cell });
          } else if (parsed.value === earlier.value) notFigure(cell, 'same-figure');
          else if (earlier.twin) {
            // …and outweighs the twin when they differ: its figure is used, and the two are named.
            out.facts.splice(out.facts.indexOf(earlier.twin), 1);
            node.given.delete(key);
            conflicting(earlier.cell, cell, indicator);
          } else conflicting(cell, earlier.cell, indicator);
          if (node.given.has(key)) continue;
        }
        if (ambiguous && !asCount) {
          node.keys.add(key);
          issue('warning', 'ambiguous-number', MESSAGES.ambiguousNumber, { text: cell.text }, cell, indicator);
          continue;
        }
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
          // …and to a title line's unit of the same kind ("Unit: '000 subscriptions").
          const row =
            unitInRow ?? (plainCount && ctx.titleUnit?.dimension !== column.unit?.dimension ? column.unit : null);
          const unclear = column.unclear?.dimension === indicator.dimension ? column.unclear : null;
          // A column stating no unit beside one column stating a multiple ("Nghìn TB"), in a row stating
          // none: its cell shown in that multiple ("#,##0," shows thousands) is in it; any other is not clear.
          const shownIn = unclear !== null && cell.format?.divisor === unclear.factor ? unclear : null;
          if (unclear && !shownIn && !labelUnit && !row && ctx.titleUnit?.dimension !== indicator.dimension) {
            const params = { unit: unclear.label, unitEn: unclear.labelEn };
            once('unclear', 'warning', 'unit-unclear', MESSAGES.unitUnclear, params, cell, indicator);
            continue;
          }
          const choice = figureUnit(
            { header: plainCount ? null : (column.unit ?? shownIn), label: labelUnit, row, title: ctx.titleUnit },
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
          if (asCount && choice.unit.factor !== 1) {
            node.given.delete(key);
            issue('warning', 'ambiguous-number', MESSAGES.ambiguousNumber, { text: cell.text }, cell, indicator);
            continue;
          }
          if (asCount)
            once('count', 'info', 'read-as-count', MESSAGES.readAsCount, { text: cell.text }, cell, indicator);
          const unit = { unit: choice.unit.label, unitEn: choice.unit.labelEn };
          if (column.borrowed && choice.unit === column.unit)
            once('borrowed', 'info', 'unit-from-neighbours', MESSAGES.unitFromNeighbours, unit, cell, indicator);
          if (shownIn && choice.unit === shownIn)
            once('shown', 'info', 'unit-from-neighbours', MESSAGES.unitShownIn, unit, cell, indicator);
          if (choice.assumed) {
            const params = { indicator: indicator.label, indicatorEn: indicator.labelEn };
            once(`assumed ${r}`, 'info', 'unit-assumed', MESSAGES.unitAssumed, params, cell, indicator);
          }
          value = tidy(convert(parsed.value, choice.unit, indicator.unit));
        }
        // Subscriptions, items and copies are counted whole: "6,319" read as 6,319 is no count, nor
        // is "26,0" counted in units (written with a decimal, it is thousands whose unit is not seen).
        const decimals = typeof cell.raw === 'string' && /\d[.,]\d{1,2}$/.test(cell.text.trim());
        if (
          measure !== 'reportedChange' &&
          COUNTED.has(indicator.dimension) &&
          (!Number.isInteger(value) || (decimals && value === parsed.value))
        ) {
          issue('warning', 'fractional-count', MESSAGES.fractionalCount, { text: cell.text }, cell, indicator);
          continue;
        }
        if (!Number.isFinite(value) || Math.abs(value) > IMPLAUSIBLE) {
          issue('warning', 'implausible-figure', MESSAGES.implausibleFigure, { text: cell.text }, cell, indicator);
          continue;
        }
        // Subscriptions that left are counted as they left: "-3.400" in a decrease column is 3,400 left
        // (the minus marks the decrease), not a decrease below zero; said once, with every cell.
        if (measure === 'decrease' && value < 0) {
          value = -value;
          const params = { text: writeFigure(-value, ctx.locale), value: writeFigure(value, ctx.locale) };
          once('negative decrease', 'info', 'negative-decrease', MESSAGES.negativeDecrease, params, cell, indicator);
        }
        // Another row of the same wording (not its parent) already gave this indicator's figure
        // ("Doanh thu" under two sections): the same figure twice, or two that cannot both be it —
        // the first is kept and both cells are named. Rows of other wordings are parts, added up.
        const earlierRow = firstGiven.get(`${indicator.id}|${key}`);
        if (earlierRow && earlierRow.phrase === name && !ancestors.includes(earlierRow.node)) {
          if (value === earlierRow.value) notFigure(cell, 'same-figure');
          else conflicting(cell, earlierRow.cell, indicator);
          continue;
        }
        if (!earlierRow) firstGiven.set(`${indicator.id}|${key}`, { value, cell, node, phrase: name });
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
          const fact = { ...out.facts[out.facts.length - 1], ...twin };
          node.given.set(`${twin.measure}|${twin.period}`, { value: parsed.value, cell, twin: fact });
          out.facts.push(fact);
        }
      }
      if (gave) out.rows[indicator.sector]++;
    } else {
      const rowFigures = figures.filter(({ cell }) => isFigure(cell)).map(({ cell }) => address(cell));
      // A part of an indicator outside the tables is named where its parent is; a row that names
      // nothing, or names nothing under a mere heading ("B. BƯU CHÍNH"), is a row not understood.
      const parent = node.other && match?.kind !== 'other' ? [...stack].reverse().find((n) => n.notStandard) : null;
      if (node.other && match?.kind === 'other') {
        out.other++;
        node.notStandard = issue(
          'info',
          'not-standard',
          MESSAGES.notStandard,
          { label: labelCell.text, name: match.name },
          labelCell,
          undefined,
          [address(labelCell), ...rowFigures],
        );
      } else if (parent?.notStandard) {
        out.other++;
        parent.notStandard.cells!.push(...rowFigures);
      } else {
        out.unrecognised++;
        out.firstUnrecognised ??= labelCell;
        node.unrecognised = issue(
          'warning',
          'unrecognised-row',
          MESSAGES.unrecognisedRow,
          { label: labelCell.text || sttText },
          labelCell,
          undefined,
          [address(labelCell), ...rowFigures],
        );
      }
    }
    stack.push(node);
  }
  settleShortColumns(out, ctx);
  return out;
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
