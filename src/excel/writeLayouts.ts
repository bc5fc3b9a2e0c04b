/**
 * Writing the report's sheets with Office.js: one `values` write per block, then formats grouped
 * by range, all queued into one sync (more only when a request would pass 5 MB). Only sheets the
 * add-in owns are cleared and rewritten; a person's sheet with the wanted name is never touched —
 * the output goes under a free name ("TTTT Biểu (2)") and the caller reports it.
 */
import type { LayoutCell, SheetLayout } from '../core/model';
import { OWNER_KEY, markValue } from './ownership';
import { type Budget, type CellRect, DEFAULT_BUDGET, freeSheetName, jsonBytes, rectsBy, widthInPoints } from './plan';
import type { SheetInfo } from './readGrids';
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
): WriteTarget[] {
  const taken = sheets.map((x) => x.name);
  const used = new Set<string>();
  return wanted.map(({ kind, requested }) => {
    const lower = requested.toLowerCase();
    const owned = sheets.filter((x) => x.owner && x.owner.requested.toLowerCase() === lower && !used.has(x.id));
    const reuse = owned.find((x) => x.name.toLowerCase() === lower) ?? owned[0];
    if (reuse) {
      used.add(reuse.id);
      return { kind, requested, sheet: reuse.name, reuse: reuse.id };
    }
    const sheet = freeSheetName(requested, taken);
    taken.push(sheet);
    return { kind, requested, sheet };
  });
}

/** One cell's number format: "@" (Text) for every string, the layout's format or General otherwise. */
export function numberFormatOf(cell: LayoutCell | null): string {
  if (cell && typeof cell.value === 'string') return '@';
  return cell?.format ?? 'General';
}

/**
 * The values and number formats of a layout as two rectangles of the same shape.
 *
 * Text is protected by the Text number format ("@"), set before the values in the same batch:
 * Office.js parses `range.values` like typing, so "=HYPERLINK(…)", "+84…", "-x" or "@x" would
 * become formulas and "0912…" or "1/2015" numbers or dates. A cell formatted as Text stores the
 * string exactly, shows it without any visible mark, and reads back unchanged. The other way, a
 * leading apostrophe, is a hidden prefix that some round trips drop (office-js issue #6687 shows
 * `formulas` losing it) and must be decided string by string; "@" needs no decision.
 */
export function blockOf(layout: SheetLayout): { values: (string | number)[][]; formats: string[][]; cols: number } {
  const cols = Math.max(1, ...layout.cells.map((r) => r.length), layout.columnWidths.length ? 1 : 1);
  const rows = layout.cells.length ? layout.cells : [[]];
  const values = rows.map((line) => Array.from({ length: cols }, (_, c) => line[c]?.value ?? ''));
  const formats = rows.map((line) => Array.from({ length: cols }, (_, c) => numberFormatOf(line[c] ?? null)));
  return { values, formats, cols };
}

const a1 = (r: CellRect): string => {
  const col = (c: number): string => {
    let s = '';
    for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    return s;
  };
  const first = `${col(r.col)}${r.row + 1}`;
  return r.rows === 1 && r.cols === 1 ? first : `${first}:${col(r.col + r.cols - 1)}${r.row + r.rows}`;
};

/** An A1 reference to a cell of another sheet, quoted as Excel wants in a hyperlink. */
export function sheetReference(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

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
export async function writeLayouts(
  s: Session,
  entries: { layout: SheetLayout; target: WriteTarget }[],
  budget: Budget = DEFAULT_BUDGET,
): Promise<void> {
  const batch = new Batch(s, budget.bytes);
  const sheets = s.context.workbook.worksheets;
  for (const [index, { layout, target }] of entries.entries()) {
    let ws!: Excel.Worksheet;
    await batch.add(200, () => {
      if (target.reuse) {
        ws = sheets.getItem(target.reuse);
        // The sheet is ours (see ownership.ts): clear everything of the previous build.
        const all = ws.getRange();
        all.unmerge();
        all.clear('All');
      } else {
        ws = sheets.add(target.sheet);
      }
      ws.customProperties.add(
        OWNER_KEY,
        markValue({ name: target.sheet, requested: target.requested, kind: layout.kind }),
      );
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
    if (index === 0) await batch.add(40, () => ws.activate());
  }
  await batch.flush();
}
