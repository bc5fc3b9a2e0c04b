/**
 * Writing the report's sheets with Office.js: one `values` write per block, then formats grouped
 * by range, the comparison charts, both ownership marks, all queued into one sync (more only when
 * a request would pass 5 MB). Only sheets the add-in owns AND that still hold exactly what it
 * wrote are cleared and rewritten; a person's sheet with the wanted name, or an output sheet a
 * person typed into, is never touched — the output goes under a free name ("TTTT Biểu (2)") and
 * the caller reports it.
 */
import { rangeAddress, sheetReference, type LayoutCell, type SheetLayout } from '../core';
import { type ChartPlan, CHART_PREFIX } from './chart';
import { blockDigest, entryOf } from './guard';
import { OWNER_KEY, markValue } from './ownership';
import { type Budget, type CellRect, DEFAULT_BUDGET, freeSheetName, jsonBytes, rectsBy, widthInPoints } from './plan';
import type { SheetInfo } from './readGrids';
import { REGISTRY_KEY, type Registry, type RegistryEntry } from './registry';
import type { Session } from './session';

/** Where one layout goes: an owned sheet to rewrite, or a new sheet. */
export interface WriteTarget {
  kind: SheetLayout['kind'];
  /** The name asked for ("TTTT Biểu", or a name from the settings). */
  requested: string;
  /** The name it is written under. */
  sheet: string;
  /** The id of the owned sheet to rewrite; absent for a new sheet. */
  reuse?: string;
  /** Charts of the add-in on the reused sheet, to delete before drawing again. */
  oldCharts?: string[];
  /**
   * An owned sheet a person typed into, left as it is and released: its mark is removed (when it
   * had one) so it is the person's from now on; the cells they changed, for the warning.
   */
  release?: { id: string; sheet: string; hadMark: boolean; cells: string[] };
}

/**
 * Decides where each output goes, without touching anything: an owned sheet that was written for
 * the same requested name is rewritten; else a new sheet under the requested name when free, or
 * under a free "… (2)" name when a person's sheet has it.
 *
 * @example
 * planTargets([{ kind: 'tables', requested: 'TTTT Biểu' }], [{ name: 'TTTT Biểu', owner: null, … }])
 * //=> [{ kind: 'tables', requested: 'TTTT Biểu', sheet: 'TTTT Biểu (2)' }]
 */
export function planTargets(
  wanted: { kind: SheetLayout['kind']; requested: string }[],
  sheets: SheetInfo[],
  /** Owned sheets a person typed into, by id, with the cells they changed (guard.ts). */
  touched: ReadonlyMap<string, string[]> = new Map(),
): WriteTarget[] {
  const taken = sheets.map((x) => x.name);
  const used = new Set<string>();
  return wanted.map(({ kind, requested }) => {
    const lower = requested.toLowerCase();
    const owned = sheets.filter((x) => x.owner && x.owner.requested.toLowerCase() === lower && !used.has(x.id));
    const clean = owned.filter((x) => !touched.has(x.id));
    const reuse = clean.find((x) => x.name.toLowerCase() === lower) ?? clean[0];
    if (reuse) {
      used.add(reuse.id);
      const oldCharts = (reuse.charts ?? []).filter((n) => n.startsWith(CHART_PREFIX));
      return { kind, requested, sheet: reuse.name, reuse: reuse.id, ...(oldCharts.length ? { oldCharts } : {}) };
    }
    const sheet = freeSheetName(requested, taken);
    taken.push(sheet);
    // The owned sheet a person typed into is released (the first one, the one under the wanted name first).
    const dirty = owned.filter((x) => touched.has(x.id));
    const left = dirty.find((x) => x.name.toLowerCase() === lower) ?? dirty[0];
    if (left) {
      used.add(left.id);
      return {
        kind,
        requested,
        sheet,
        release: { id: left.id, sheet: left.name, hadMark: Boolean(left.mark), cells: touched.get(left.id) ?? [] },
      };
    }
    return { kind, requested, sheet };
  });
}

const MONTHS = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*';
const MONTH_DATE = new RegExp(`^\\s*(\\d{1,4}[\\s\\-/.,]*${MONTHS}|${MONTHS}[\\s\\-/.,]*\\d{1,4})`, 'i');

/**
 * Whether Excel could take a string written to `values` for something else than text: a formula
 * ("=…", "+…", "-…", "@…"), an error value ("#N/A"), a leading apostrophe it would eat, a number,
 * percentage, date or time (no two letters in a row: "0912", "1.234", "1/2015", "3:00"), a
 * boolean, or a date spelled with an English month ("Sep-15").
 *
 * @example
 * parsable('=HYPERLINK("x")') //=> true
 * parsable('1.234') //=> true
 * parsable('Điện thoại cố định') //=> false
 */
export function parsable(text: string): boolean {
  return (
    /^[\s]*[=+\-@'#]/.test(text) ||
    !/\p{L}\p{M}*\p{L}/u.test(text) ||
    /^\s*(true|false)\s*$/i.test(text) ||
    MONTH_DATE.test(text)
  );
}

/**
 * How a string is written so that it stays text, by one documented mechanism per case:
 * - a string Excel could parse (see {@link parsable}) gets a leading apostrophe, Excel's own
 *   "store as text" prefix (the apostrophe is not part of the value and is not shown), in a
 *   General cell;
 * - any other string is written as is in a Text ("@") cell; it needs no protection, the format
 *   only keeps a later edit of that cell text.
 * The two are never combined in one cell: what Excel does with an apostrophe typed into a Text
 * cell is not documented. The self-test (selfTest.ts) checks both on the real host.
 *
 * @example
 * textCell('=1+1') //=> { value: "'=1+1", format: 'General' }
 * textCell('Doanh thu') //=> { value: 'Doanh thu', format: '@' }
 */
export function textCell(text: string): { value: string; format: string } {
  return parsable(text) ? { value: `'${text}`, format: 'General' } : { value: text, format: '@' };
}

/** One cell's number format: as {@link textCell} decides for a string, the layout's format or General otherwise. */
export function numberFormatOf(cell: LayoutCell | null): string {
  if (cell && typeof cell.value === 'string') return textCell(cell.value).format;
  return cell?.format ?? 'General';
}

/**
 * The values and number formats of a layout as two rectangles of the same shape, strings
 * written as {@link textCell} says (Office.js parses `range.values` like typing: "=HYPERLINK(…)",
 * "+84…", "-x" or "@x" would become formulas, "0912…" or "1/2015" numbers or dates).
 */
export function blockOf(layout: SheetLayout): { values: (string | number)[][]; formats: string[][]; cols: number } {
  const cols = Math.max(1, ...layout.cells.map((r) => r.length));
  const rows = layout.cells.length ? layout.cells : [[]];
  const values = rows.map((line) =>
    Array.from({ length: cols }, (_, c) => {
      const v = line[c]?.value ?? '';
      return typeof v === 'string' && v !== '' ? textCell(v).value : v;
    }),
  );
  const formats = rows.map((line) => Array.from({ length: cols }, (_, c) => numberFormatOf(line[c] ?? null)));
  return { values, formats, cols };
}

const a1 = (r: CellRect): string => rangeAddress(r.row, r.col, r.row + r.rows - 1, r.col + r.cols - 1);

const BORDER_EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'] as const;

/** Queues operations, syncing first whenever the next one would push the request past the budget. */
class Batch {
  private bytes = 0;
  private pending = 0;
  constructor(
    private readonly s: Session,
    private readonly budget: number,
  ) {}
  async add(estimate: number, queue: () => void): Promise<void> {
    if (this.pending && this.bytes + estimate > this.budget) await this.flush();
    queue();
    this.bytes += estimate + 64;
    this.pending += 1;
  }
  async flush(): Promise<void> {
    if (!this.pending) return;
    this.bytes = 0;
    this.pending = 0;
    await this.s.sync();
  }
}

/**
 * Writes the layouts to their targets; returns when everything is synced. The first target
 * (the tables) is activated so the person sees the result.
 */
export interface WriteOptions {
  budget?: Budget;
  /** Mark each sheet with its own custom property (ExcelApi 1.12); true by default. */
  sheetProperties?: boolean;
  /** The registry as read; the one written keeps its entries for sheets not rewritten or released. */
  registry?: Registry;
  /** Charts to draw on the sheet of the given kind (the tables). */
  charts?: { kind: SheetLayout['kind']; plans: ChartPlan[] };
}

/**
 * Writes the layouts to their targets with both ownership marks (the sheet's property, the
 * registry in the workbook's settings) and the comparison charts; returns the registry written,
 * once everything is synced. The first target (the tables) is activated so the person sees it.
 */
export async function writeLayouts(
  s: Session,
  entries: { layout: SheetLayout; target: WriteTarget }[],
  options: Budget | WriteOptions = {},
): Promise<Registry> {
  const o: WriteOptions = 'bytes' in options ? { budget: options as Budget } : (options as WriteOptions);
  const budget = o.budget ?? DEFAULT_BUDGET;
  const marks = o.sheetProperties !== false;
  const batch = new Batch(s, budget.bytes);
  const sheets = s.context.workbook.worksheets;
  const written: RegistryEntry[] = [];
  const released = new Set<string>();
  for (const [index, { layout, target }] of entries.entries()) {
    let ws!: Excel.Worksheet;
    const entry = entryOf(layout, target.sheet, target.requested);
    written.push(entry);
    await batch.add(200, () => {
      if (target.release) {
        // A person typed into this output sheet: it is theirs now, left exactly as it is.
        released.add(target.release.sheet.toLowerCase());
        if (marks && target.release.hadMark)
          sheets.getItem(target.release.id).customProperties.getItem(OWNER_KEY).delete();
      }
      if (target.reuse) {
        ws = sheets.getItem(target.reuse);
        // The sheet is ours and holds only what the add-in wrote (guard.ts): clear it.
        const all = ws.getRange();
        all.unmerge();
        all.clear('All');
        for (const name of target.oldCharts ?? []) ws.charts.getItem(name).delete();
      } else {
        ws = sheets.add(target.sheet);
      }
      if (marks) {
        ws.customProperties.add(
          OWNER_KEY,
          markValue({
            name: target.sheet,
            requested: target.requested,
            kind: layout.kind,
            digest: blockDigest(entry.digests),
            rows: entry.rows,
            cols: entry.cols,
          }),
        );
      }
      // The add-in's own data (the history): hidden, not very hidden, so a person can unhide and correct it.
      if (layout.hidden) ws.visibility = 'Hidden';
    });

    const { values, formats, cols } = blockOf(layout);
    // One values write per block; a block larger than the budget is cut by rows.
    const rowBytes = Math.max(1, jsonBytes(values[0]) + jsonBytes(formats[0]));
    const rowsPerPart = Math.max(1, Math.floor((budget.bytes * 0.9) / (rowBytes * 1.2)));
    for (let row = 0; row < values.length; row += rowsPerPart) {
      const v = values.slice(row, row + rowsPerPart);
      const f = formats.slice(row, row + rowsPerPart);
      await batch.add(jsonBytes(v) + jsonBytes(f), () => {
        const range = ws.getRangeByIndexes(row, 0, v.length, cols);
        range.numberFormat = f; // before the values: text stays text
        range.values = v;
      });
    }

    const cells = layout.cells;
    const groups: [
      (c: LayoutCell) => string | boolean | undefined,
      (r: Excel.Range, key: string | boolean, rect: CellRect) => void,
    ][] = [
      [(c) => c.bold || undefined, (r) => (r.format.font.bold = true)],
      [(c) => c.italic || undefined, (r) => (r.format.font.italic = true)],
      [(c) => c.wrap || undefined, (r) => (r.format.wrapText = true)],
      [
        (c) => c.align,
        (r, k) =>
          (r.format.horizontalAlignment = (
            { left: 'Left', center: 'Center', right: 'Right' } as Record<string, Excel.HorizontalAlignment>
          )[String(k)]),
      ],
      [
        (c) => c.border || undefined,
        (r, _k, rect) => {
          // Inside edges only where the rectangle has them.
          const edges = BORDER_EDGES.filter((e) =>
            e === 'InsideVertical' ? rect.cols > 1 : e === 'InsideHorizontal' ? rect.rows > 1 : true,
          );
          for (const edge of edges) r.format.borders.getItem(edge).style = 'Continuous';
        },
      ],
    ];
    for (const [key, apply] of groups) {
      for (const { key: k, rect } of rectsBy(cells, key)) {
        await batch.add(120, () => apply(ws.getRange(a1(rect)), k, rect));
      }
    }
    for (const merge of layout.merges) await batch.add(80, () => ws.getRange(merge).merge(false));
    for (const [col, width] of layout.columnWidths.entries()) {
      await batch.add(80, () => (ws.getRangeByIndexes(0, col, 1, 1).format.columnWidth = widthInPoints(width)));
    }
    // A link to a submission's cell, on text cells only: the text stays the cell's value.
    for (const [row, line] of cells.entries()) {
      for (const [col, cell] of line.entries()) {
        if (cell?.link && typeof cell.value === 'string' && cell.link.file === '' && cell.link.sheet) {
          const reference = sheetReference(cell.link.sheet, cell.link.cell || 'A1');
          await batch.add(
            120,
            () => (ws.getRangeByIndexes(row, col, 1, 1).hyperlink = { documentReference: reference }),
          );
        }
      }
    }
    if (o.charts && o.charts.kind === layout.kind) {
      for (const plan of o.charts.plans) {
        await batch.add(300, () => {
          const chart = ws.charts.add(
            'ColumnClustered' as Excel.ChartType,
            ws.getRange(plan.values),
            'Columns' as Excel.ChartSeriesBy,
          );
          chart.name = plan.name;
          chart.title.text = plan.title;
          chart.legend.visible = false;
          chart.series.getItemAt(0).setXAxisValues(ws.getRange(plan.categories));
          chart.setPosition(plan.from, plan.to);
        });
      }
    }
    if (index === 0) await batch.add(40, () => ws.activate());
  }
  // The registry: this build's sheets, and the earlier entries for sheets neither rewritten nor released.
  const rewritten = new Set(written.map((e) => e.name.toLowerCase()));
  const kept = (o.registry?.sheets ?? []).filter(
    (e) => !rewritten.has(e.name.toLowerCase()) && !released.has(e.name.toLowerCase()),
  );
  const registry: Registry = { version: 1, sheets: [...written, ...kept] };
  await batch.add(jsonBytes(registry), () => s.context.workbook.settings.add(REGISTRY_KEY, registry));
  await batch.flush();
  return registry;
}
