import * as path from 'node:path';
import ExcelJS from 'exceljs';
import type { CellRef, LayoutCell, SheetLayout } from '../core/model';

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
    layout.cells.forEach((row, r) => {
      row.forEach((cell, c) => {
        if (!cell) return;
        const target = ws.getCell(r + 1, c + 1);
        const link = cell.link && links && typeof cell.value === 'string' ? sourceHyperlink(cell.link, links.reportDir, links.cwd) : null;
        // ExcelJS writes a plain string as a shared string: never a formula, whatever it starts with.
        target.value = link ? { text: cell.value as string, hyperlink: link } : cell.value;
        styleCell(target, cell);
      });
    });
    for (const m of layout.merges) ws.mergeCells(m);
  }
  return wb;
}

/** Writes the report workbook to `file`. */
export async function writeReport(layouts: SheetLayout[], file: string, cwd: string = process.cwd()): Promise<void> {
  const wb = reportWorkbook(layouts, { reportDir: path.dirname(path.resolve(cwd, file)), cwd });
  await wb.xlsx.writeFile(path.resolve(cwd, file));
}
