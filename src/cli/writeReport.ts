import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { cellAddress, columnIndex, type CellRef, type LayoutCell, type SheetLayout } from '../core';

const columnLetters = (c: number) => cellAddress(0, c).replace(/\d+$/, '');

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
const FONT = 'Times New Roman';

/**
 * A hyperlink from the report to a source cell in another workbook: the file relative to the
 * report's folder, then #'Sheet'!A1 (how Excel and LibreOffice address a cell in another file).
 */
export function sourceHyperlink(ref: CellRef, reportDir: string, cwd: string): string | null {
  if (!ref.file) return null;
  const target = path.relative(reportDir, path.resolve(cwd, ref.file)).split(path.sep).join('/');
  return `${encodeURI(target)}#'${ref.sheet.replace(/'/g, "''")}'!${ref.cell || 'A1'}`;
}

function styleCell(target: ExcelJS.Cell, cell: LayoutCell): void {
  target.font = { name: FONT, size: 12, bold: cell.bold || undefined, italic: cell.italic || undefined };
  if (cell.format) target.numFmt = cell.format;
  target.alignment = { horizontal: cell.align, vertical: 'middle', wrapText: cell.wrap || undefined };
  if (cell.border) target.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
}

/** Points per line of 12-point text. */
const LINE_HEIGHT = 15.75;
/** Characters of 12-point Times New Roman that fit in one unit of Excel column width (measured by eye in LibreOffice). */
const CHARS_PER_WIDTH = 1.25;

/** Column span of each merge's first cell, e.g. "A1:G1" → { "A1": [0, 6] }. */
function mergeSpans(merges: string[]): Map<string, [number, number]> {
  const col = (ref: string) => columnIndex(ref.replace(/\d+/g, ''));
  return new Map(
    merges.map((m) => {
      const [a, b] = m.split(':');
      return [a, [col(a), col(b)]] as [string, [number, number]];
    }),
  );
}

/**
 * How many lines a wrapped text needs in a column of the given width. Spreadsheets do not grow a
 * row to fit wrapped text they did not lay out themselves (LibreOffice keeps the default height
 * of an imported row), so the writer sets heights itself.
 *
 * @example
 * linesNeeded('Bưu gửi, hàng gửi chuyển phát nhanh các loại đi đến trong và ngoài nước', 48) //=> 2
 */
export function linesNeeded(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width * CHARS_PER_WIDTH));
  return text.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0);
}

/**
 * Writes the report's sheets into a new ExcelJS workbook: values (a string is always text, never
 * a formula), number formats, bold headers, borders, merged titles, column widths, and links to
 * the source cells. Pages are set landscape and one page wide, ready to print.
 */
export function reportWorkbook(layouts: SheetLayout[], links?: { reportDir: string; cwd: string }): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'TTTT Tables';
  for (const layout of layouts) {
    const ws = wb.addWorksheet(layout.name, {
      pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    });
    layout.columnWidths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
    const spans = mergeSpans(layout.merges);
    const widthOf = (c: number) => layout.columnWidths[c] ?? 9;
    layout.cells.forEach((row, r) => {
      let lines = 1;
      row.forEach((cell, c) => {
        if (!cell) return;
        if (cell.wrap && typeof cell.value === 'string') {
          const [from, to] = spans.get(`${columnLetters(c)}${r + 1}`) ?? [c, c];
          let width = 0;
          for (let k = from; k <= to; k++) width += widthOf(k);
          lines = Math.max(lines, linesNeeded(cell.value, width));
        }
        const target = ws.getCell(r + 1, c + 1);
        const link =
          cell.link && links && typeof cell.value === 'string'
            ? sourceHyperlink(cell.link, links.reportDir, links.cwd)
            : null;
        // ExcelJS writes a plain string as a shared string: never a formula, whatever it starts with.
        target.value = link ? { text: cell.value as string, hyperlink: link } : cell.value;
        styleCell(target, cell);
      });
      if (lines > 1) ws.getRow(r + 1).height = lines * LINE_HEIGHT;
    });
    for (const m of layout.merges) ws.mergeCells(m);
    for (const ref of barRanges(layout)) {
      ws.addConditionalFormatting({
        ref,
        rules: [
          {
            type: 'dataBar',
            priority: 1,
            cfvo: [{ type: 'min' }, { type: 'max' }],
            gradient: false,
            axisPosition: 'auto',
            color: { argb: 'FF5B9BD5' },
          } as ExcelJS.DataBarRuleType,
        ],
      });
    }
  }
  return wb;
}

/** The column runs of comparison cells ("F4:F10"), drawn as data bars as the add-in draws a chart. */
function barRanges(layout: SheetLayout): string[] {
  const ranges: string[] = [];
  const width = Math.max(0, ...layout.cells.map((row) => row.length));
  for (let c = 0; c < width; c++) {
    let start = -1;
    for (let r = 0; r <= layout.cells.length; r++) {
      const bar = r < layout.cells.length && layout.cells[r][c]?.bar === true;
      if (bar && start < 0) start = r;
      if (!bar && start >= 0) {
        ranges.push(`${columnLetters(c)}${start + 1}:${columnLetters(c)}${r}`);
        start = -1;
      }
    }
  }
  return ranges;
}

/** Writes the report workbook to `file`. */
export async function writeReport(layouts: SheetLayout[], file: string, cwd: string = process.cwd()): Promise<void> {
  const wb = reportWorkbook(layouts, { reportDir: path.dirname(path.resolve(cwd, file)), cwd });
  await wb.xlsx.writeFile(path.resolve(cwd, file));
}
