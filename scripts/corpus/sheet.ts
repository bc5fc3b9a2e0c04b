/**
 * A sheet drawn cell by cell before it becomes xlsx: values, number formats, fonts, merges and
 * hidden rows and columns, written with ExcelJS the same way every time (same spec → same bytes).
 */
import ExcelJS from 'exceljs';
import { encodeTcvn3 } from '../../test/support/encodeTcvn3';
import { encodeVni } from '../../test/support/encodeVni';

/** How a sheet's text is stored: Unicode NFC, decomposed NFD, or a legacy 8-bit font encoding. */
export type Encoding = 'nfc' | 'nfd' | 'tcvn3' | 'vni';

/** A cell Excel shows as an error ("#REF!"), or a formula saved without its result. */
export type Broken = { error: '#REF!' | '#N/A' | '#VALUE!' } | { formula: string };

export interface CellSpec {
  v: string | number | null | Broken;
  fmt?: string;
  bold?: boolean;
  italic?: boolean;
  center?: boolean;
  /** A bordered table cell. */
  border?: boolean;
}

/** A1 address of 0-based (row, column). */
export function a1(row: number, col: number): string {
  let c = col + 1;
  let letters = '';
  while (c > 0) {
    const m = (c - 1) % 26;
    letters = String.fromCharCode(65 + m) + letters;
    c = Math.floor((c - 1) / 26);
  }
  return `${letters}${row + 1}`;
}

export class SheetSpec {
  readonly cells = new Map<number, Map<number, CellSpec>>();
  readonly merges: [number, number, number, number][] = [];
  readonly hiddenRows = new Set<number>();
  readonly hiddenColumns = new Set<number>();
  widths: number[] = [];
  encoding: Encoding = 'nfc';

  constructor(public name: string) {}

  set(row: number, col: number, v: CellSpec['v'], style: Omit<CellSpec, 'v'> = {}): void {
    if (!this.cells.has(row)) this.cells.set(row, new Map());
    this.cells.get(row)!.set(col, { v, ...style });
  }

  get(row: number, col: number): CellSpec | undefined {
    return this.cells.get(row)?.get(col);
  }

  /** Merges rows r1..r2 × columns c1..c2 (0-based, inclusive); the value stays in the top-left cell. */
  merge(r1: number, c1: number, r2: number, c2: number): void {
    if (r1 === r2 && c1 === c2) return;
    this.merges.push([r1, c1, r2, c2]);
  }

  get rowCount(): number {
    return this.cells.size === 0 ? 0 : Math.max(...this.cells.keys()) + 1;
  }
}

const FONT: Record<Encoding, string> = {
  nfc: 'Times New Roman',
  nfd: 'Times New Roman',
  tcvn3: '.VnTime',
  vni: 'VNI-Times',
};

function encode(text: string, encoding: Encoding): string {
  switch (encoding) {
    case 'nfd':
      return text.normalize('NFD');
    case 'tcvn3':
      return encodeTcvn3(text);
    case 'vni':
      return encodeVni(text);
    default:
      return text.normalize('NFC');
  }
}

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

/** Fixed so the bytes do not depend on the clock. */
const STAMP = new Date(Date.UTC(2015, 9, 5, 8, 0, 0));

/**
 * The xlsx bytes of a workbook of these sheets. `store` leaves the zip entries uncompressed (a
 * valid xlsx, three times faster to write: the benchmark's thousands of throwaway files).
 */
export async function workbookBytes(
  sheets: SheetSpec[],
  options: { creator?: string; store?: boolean } = {},
): Promise<Buffer> {
  const creator = options.creator ?? 'TTTT corpus';
  const wb = new ExcelJS.Workbook();
  wb.creator = creator;
  wb.lastModifiedBy = creator;
  wb.created = STAMP;
  wb.modified = STAMP;
  for (const spec of sheets) {
    const ws = wb.addWorksheet(spec.name);
    const font = FONT[spec.encoding];
    spec.widths.forEach((w, i) => {
      if (w > 0) ws.getColumn(i + 1).width = w;
    });
    const rows = [...spec.cells.keys()].sort((a, b) => a - b);
    for (const r of rows) {
      const row = spec.cells.get(r)!;
      for (const c of [...row.keys()].sort((a, b) => a - b)) {
        const cell = row.get(c)!;
        const target = ws.getCell(r + 1, c + 1);
        target.value = typeof cell.v === 'string' ? encode(cell.v, spec.encoding) : cell.v;
        target.font = {
          name: font,
          size: 12,
          ...(cell.bold ? { bold: true } : {}),
          ...(cell.italic ? { italic: true } : {}),
        };
        if (cell.fmt) target.numFmt = cell.fmt;
        if (cell.center) target.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
        if (cell.border) target.border = THIN;
      }
    }
    for (const [r1, c1, r2, c2] of spec.merges) ws.mergeCells(r1 + 1, c1 + 1, r2 + 1, c2 + 1);
    for (const r of [...spec.hiddenRows].sort((a, b) => a - b)) ws.getRow(r + 1).hidden = true;
    for (const c of [...spec.hiddenColumns].sort((a, b) => a - b)) ws.getColumn(c + 1).hidden = true;
  }
  return fixZipDates(Buffer.from(await wb.xlsx.writeBuffer(options.store ? { zip: { compression: 'STORE' } } : {})));
}

/**
 * Sets every zip entry's modification time to STAMP: the zip library stamps entries with the
 * clock, which would make the same workbook differ byte for byte from one second to the next.
 */
export function fixZipDates(zip: Buffer): Buffer {
  const time = (STAMP.getUTCHours() << 11) | (STAMP.getUTCMinutes() << 5) | (STAMP.getUTCSeconds() >> 1);
  const date = ((STAMP.getUTCFullYear() - 1980) << 9) | ((STAMP.getUTCMonth() + 1) << 5) | STAMP.getUTCDate();
  // End of central directory: the last 0x06054b50 record.
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return zip;
  const count = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  for (let n = 0; n < count && zip.readUInt32LE(p) === 0x02014b50; n++) {
    zip.writeUInt16LE(time, p + 12);
    zip.writeUInt16LE(date, p + 14);
    const local = zip.readUInt32LE(p + 42);
    if (zip.readUInt32LE(local) === 0x04034b50) {
      zip.writeUInt16LE(time, local + 10);
      zip.writeUInt16LE(date, local + 12);
    }
    p += 46 + zip.readUInt16LE(p + 28) + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  return zip;
}
