import * as XLSX from '@e965/xlsx';

/**
 * Font names per cell of an .xlsx/.xlsm sheet, read from the file's own parts.
 *
 * Why: old templates type Vietnamese in TCVN3 (fonts `.VnTime`, `.VnArial`…) or VNI (`VNI-Times`),
 * and the core needs a cell's font to decode it. SheetJS's community edition parses the styles
 * part (`wb.Styles.Fonts`, `wb.Styles.CellXf`) but does not say which style each cell has, so the
 * sheet's XML is scanned here for each cell's style index (`<c r="B9" s="3">`). Only a workbook
 * whose styles name a legacy font pays for this; others get no fonts (the core then detects the
 * encoding from the characters, which is what it does with any non-legacy font).
 */

interface StyledWorkbook {
  Styles?: { Fonts?: { name?: string }[]; CellXf?: { fontId?: number }[] };
  Workbook?: { Sheets?: { id?: string }[] };
}

interface ZipEntry {
  content?: Uint8Array;
}

/** A font that means the text is in a legacy 8-bit encoding: ".Vn…" (TCVN3/ABC) or "VNI-…". */
export function isLegacyFont(name: string | null | undefined): boolean {
  return typeof name === 'string' && /^\s*(\.vn|vni[-\s])/i.test(name);
}

/** The font name of each cell style (xf) of the workbook, or null when no style uses a legacy font. */
export function styleFonts(wb: StyledWorkbook): (string | null)[] | null {
  const fonts = wb.Styles?.Fonts;
  const xfs = wb.Styles?.CellXf;
  if (!Array.isArray(fonts) || !Array.isArray(xfs)) return null;
  const byXf = xfs.map((xf) => fonts[Number(xf?.fontId ?? 0)]?.name ?? null);
  return byXf.some(isLegacyFont) ? byXf : null;
}

const textOf = (entry: ZipEntry | null | undefined): string =>
  entry?.content ? new TextDecoder('utf-8').decode(entry.content) : '';

/** Value of attribute `name` in a tag's attribute text, or null. */
function attr(attrs: string, name: string): string | null {
  const m = new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attrs);
  return m ? m[1] : null;
}

function columnIndex(letters: string): number {
  let c = 0;
  for (let i = 0; i < letters.length; i++) c = c * 26 + (letters.charCodeAt(i) - 64);
  return c - 1;
}

/**
 * The part path of each sheet, in workbook order, from the workbook's relationships.
 *
 * @example
 * sheetPaths(zip, wb) //=> ['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml']
 */
function sheetPaths(zip: unknown, wb: StyledWorkbook): (string | null)[] {
  const rels = textOf(XLSX.CFB.find(zip, '/xl/_rels/workbook.xml.rels') as ZipEntry);
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
    const id = attr(m[1], 'Id');
    const target = attr(m[1], 'Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  return (wb.Workbook?.Sheets ?? []).map((s) => (s.id ? (targets.get(s.id) ?? null) : null));
}

/**
 * Font names per cell for every sheet of an xlsx workbook that uses a legacy font, as rectangles
 * `rows × width` matching each sheet's grid; null for a workbook without legacy fonts or a sheet
 * whose part cannot be found.
 *
 * @param bytes the file
 * @param wb the workbook SheetJS parsed from it (with its styles)
 * @param sizes each sheet's grid size, in workbook order
 */
export function xlsxCellFonts(
  bytes: Uint8Array,
  wb: StyledWorkbook,
  sizes: { rows: number; width: number }[],
): ((string | null)[][] | null)[] | null {
  const byXf = styleFonts(wb);
  if (!byXf) return null;
  const zip = XLSX.CFB.read(bytes, { type: 'buffer' });
  const paths = sheetPaths(zip, wb);
  return sizes.map((size, i) => {
    const path = paths[i];
    if (!path || size.rows === 0) return null;
    const xml = textOf(XLSX.CFB.find(zip, `/${path}`) as ZipEntry);
    return xml ? cellFonts(xml, byXf, size.rows, size.width) : null;
  });
}

/**
 * Font name per cell from a sheet's XML: each `<c>` element's style index `s` looked up in
 * `byXf` (style 0 where a cell has none). Cells the XML does not hold are null.
 *
 * @example
 * cellFonts('<sheetData><row r="1"><c r="B1" s="1"><v>1</v></c></row></sheetData>', ['Calibri', '.VnTime'], 1, 2)
 * //=> [[null, '.VnTime']]
 */
export function cellFonts(xml: string, byXf: (string | null)[], rows: number, width: number): (string | null)[][] {
  const fonts: (string | null)[][] = Array.from({ length: rows }, () => new Array<string | null>(width).fill(null));
  const start = xml.search(/<(?:\w+:)?sheetData\b/);
  if (start < 0) return fonts;
  const tags = /<(?:\w+:)?(row|c)\b([^>]*)>/g;
  tags.lastIndex = start;
  let row = -1;
  let col = -1;
  for (let m = tags.exec(xml); m; m = tags.exec(xml)) {
    const attrs = m[2];
    if (m[1] === 'row') {
      const r = attr(attrs, 'r');
      row = r ? Number(r) - 1 : row + 1;
      col = -1;
      continue;
    }
    const ref = attr(attrs, 'r');
    const at = ref ? /^([A-Z]+)(\d+)$/.exec(ref) : null;
    if (at) {
      col = columnIndex(at[1]);
      row = Number(at[2]) - 1;
    } else col++;
    if (row < 0 || row >= rows || col < 0 || col >= width) continue;
    fonts[row][col] = byXf[Number(attr(attrs, 's') ?? 0)] ?? null;
  }
  return fonts;
}
