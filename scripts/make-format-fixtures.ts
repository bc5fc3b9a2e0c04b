/**
 * Writes one small submission in each format the command line reads into test/files/formats/,
 * and the bad files it must report into test/files/bad-files/ (both checked in):
 *
 * | file | format | what it exercises |
 * |---|---|---|
 * | vnpt.xlsx | xlsx | merged two-row header ("Trong kỳ" over "Tăng" \| "Giảm"), a date typed as a date, a formula's cached result, an error cell (read as "#DIV/0!") |
 * | mobifone.xlsm | xlsm (macro-enabled) | the same through the xlsm content type |
 * | vietnamobile.xls | Excel 97-2003 (BIFF8) | .xls |
 * | fpt-telecom.ods | OpenDocument | .ods |
 * | cmc-telecom.csv | CSV, UTF-8 with BOM, semicolons | numbers as Vietnamese text ("1.234"), a title line with a comma |
 * | ems.csv | CSV, UTF-16 LE with BOM, tabs | what Excel's "Unicode text" export gives |
 * | viettel-post.csv | CSV, UTF-16 BE without BOM, tabs | byte order found from the bytes |
 * | gmobile.xlsx | Excel 97-2003 renamed .xlsx | format decided from the bytes |
 * | buu-dien.xlsx | xlsx | a hidden row, a hidden column, `#,##0,` (thousands) and `0%` number formats |
 *
 * Bad files: empty.xlsx (0 bytes), random.xlsx (random bytes), password.xlsx (an encrypted
 * package as Office stores a password-protected workbook), password.xls (an Excel 97-2003 file
 * with a password to open), not-a-workbook.xlsx (a zip holding a
 * Word document's parts), text.xlsx (a sentence saved as .xlsx).
 *
 * Run: `npx tsx scripts/make-format-fixtures.ts`. SheetJS writes the workbooks; the text files
 * are written byte by byte. The output is deterministic (fixed dates, no randomness).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as XLSX from '@e965/xlsx';

const ROOT = path.resolve(__dirname, '..');
export const FORMATS_DIR = path.join(ROOT, 'test', 'files', 'formats');
export const BAD_DIR = path.join(ROOT, 'test', 'files', 'bad-files');

type Row = (string | number | null)[];

/** Last year's figure: a tenth below this year's, so the checks see plausible changes. */
const last = (n: number) => Math.round(n * 0.9);

/** A telecom submission: title lines, a two-row header, five stock rows and revenue. */
export function telecomRows(enterprise: string, seed: number): Row[] {
  const f = (r: number, c: number) => 1000 + ((seed * 7919 + r * 104729 + c * 1299709) % 9000);
  return [
    [enterprise.toUpperCase()],
    ['BÁO CÁO SỐ LIỆU VIỄN THÔNG'],
    ['Lũy kế 9 tháng năm 2015'],
    [],
    ['STT', 'Chỉ tiêu', 'ĐVT', 'Trong kỳ', null, 'Hiện có', 'Cùng kỳ năm 2014'],
    [null, null, null, 'Tăng', 'Giảm', null, null],
    [1, 'Điện thoại cố định có dây', 'Thuê bao', f(1, 0), f(1, 1), f(1, 2) * 3, last(f(1, 2) * 3)],
    [2, 'Điện thoại DĐ trả sau', 'Thuê bao', f(2, 0), f(2, 1), f(2, 2) * 3, last(f(2, 2) * 3)],
    [3, 'Điện thoại DĐ trả trước', 'Thuê bao', f(3, 0), f(3, 1), f(3, 2) * 3, last(f(3, 2) * 3)],
    [4, 'Thuê bao FTTH', 'Thuê bao', f(4, 0), f(4, 1), f(4, 2) * 3, last(f(4, 2) * 3)],
    [5, 'Doanh thu', 'Triệu đồng', null, null, f(5, 2), last(f(5, 2))],
  ];
}

/** A postal submission: title lines, one header row, volumes and revenue with last year's. */
export function postalRows(enterprise: string, seed: number): Row[] {
  const f = (r: number, c: number) => 1000 + ((seed * 7919 + r * 104729 + c * 1299709) % 9000);
  return [
    [enterprise.toUpperCase()],
    ['BÁO CÁO SỐ LIỆU BƯU CHÍNH'],
    ['Lũy kế 9 tháng năm 2015'],
    [],
    ['STT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện 9 tháng năm 2015', 'Cùng kỳ năm 2014'],
    [1, 'Bưu phẩm thường', 'Kg', f(1, 0), last(f(1, 0))],
    [2, 'Bưu kiện', 'Cái', f(2, 0), last(f(2, 0))],
    [3, 'Chuyển phát nhanh', 'Cái', f(3, 0), last(f(3, 0))],
    [4, 'Doanh thu', 'Tr.đồng', f(4, 0), last(f(4, 0))],
  ];
}

function sheetOf(rows: Row[]): XLSX.WorkSheet {
  return XLSX.utils.aoa_to_sheet(rows);
}

function workbookOf(name: string, ws: XLSX.WorkSheet): XLSX.WorkBook {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, name);
  return wb;
}

/** A telecom sheet with "Trong kỳ" merged over Tăng | Giảm, and the header's merged cells. */
function telecomSheet(enterprise: string, seed: number): XLSX.WorkSheet {
  const ws = sheetOf(telecomRows(enterprise, seed));
  ws['!merges'] = [
    XLSX.utils.decode_range('D5:E5'),
    XLSX.utils.decode_range('A5:A6'),
    XLSX.utils.decode_range('B5:B6'),
    XLSX.utils.decode_range('C5:C6'),
    XLSX.utils.decode_range('F5:F6'),
    XLSX.utils.decode_range('G5:G6'),
  ];
  return ws;
}

function write(dir: string, file: string, data: Uint8Array | string): void {
  fs.writeFileSync(path.join(dir, file), data);
}

const bytesOf = (wb: XLSX.WorkBook, bookType: XLSX.BookType): Buffer =>
  XLSX.write(wb, { bookType, type: 'buffer', cellStyles: true, compression: true }) as Buffer;

/** CSV text of rows: fields quoted when they hold the separator, a quote or a line break. */
function csvText(rows: Row[], separator: string): string {
  const field = (v: string | number | null) => {
    const text = v === null ? '' : String(v);
    return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const width = Math.max(...rows.map((r) => r.length));
  return (
    rows.map((r) => Array.from({ length: width }, (_, c) => field(r[c] ?? null)).join(separator)).join('\r\n') + '\r\n'
  );
}

/** Vietnamese number text: 1234567 → "1.234.567". */
const vn = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

function utf16(text: string, order: 'le' | 'be', bom: boolean): Buffer {
  const le = Buffer.from(text, 'utf16le');
  if (order === 'be') for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  const mark = order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff];
  return bom ? Buffer.concat([Buffer.from(mark), le]) : le;
}

/** A deterministic pseudo-random byte string (xorshift), so the fixture does not change on each run. */
function randomBytes(n: number, seed = 2463534242): Buffer {
  const out = Buffer.alloc(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  // Never let it start like a zip or a Compound File by chance.
  out[0] = 0x8f;
  return out;
}

export function writeFormats(dir = FORMATS_DIR): string[] {
  fs.mkdirSync(dir, { recursive: true });
  for (const f of fs.readdirSync(dir)) fs.rmSync(path.join(dir, f));

  // xlsx: merged header, a date typed as a date (the signing date), a formula, an error value.
  const vnpt = telecomSheet('VNPT Quảng Ninh', 1);
  vnpt.H1 = { t: 'n', v: 42285, z: 'dd/mm/yyyy' }; // 08/10/2015
  vnpt.G11 = { t: 'n', v: vnpt.G11.v as number, f: `${vnpt.G11.v as number}*1` };
  vnpt.H7 = { t: 'e', v: 0x07, w: '#DIV/0!' };
  vnpt['!ref'] = 'A1:H11';
  write(dir, 'vnpt.xlsx', bytesOf(workbookOf('BC 9T2015', vnpt), 'xlsx'));

  write(
    dir,
    'mobifone.xlsm',
    bytesOf(workbookOf('MobiFone', telecomSheet('Công ty Dịch vụ MobiFone Khu vực 5', 2)), 'xlsm'),
  );
  write(
    dir,
    'vietnamobile.xls',
    bytesOf(workbookOf('Vietnamobile', telecomSheet('Vietnamobile Quảng Ninh', 3)), 'biff8'),
  );
  write(dir, 'fpt-telecom.ods', bytesOf(workbookOf('FPT', telecomSheet('FPT Telecom Quảng Ninh', 4)), 'ods'));

  // CSV, UTF-8 with BOM, semicolons (Excel "CSV UTF-8" under a Vietnamese Windows); numbers as Vietnamese text.
  const cmc = telecomRows('CMC Telecom', 5).map((row, r) =>
    r >= 6 ? row.map((v, c) => (c >= 3 && typeof v === 'number' ? vn(v) : v)) : row,
  );
  cmc[1] = ['BÁO CÁO SỐ LIỆU VIỄN THÔNG, INTERNET'];
  cmc[4] = ['STT', 'Chỉ tiêu', 'ĐVT', 'Tăng trong kỳ', 'Giảm trong kỳ', 'Hiện có', 'Cùng kỳ năm 2014'];
  cmc.splice(5, 1);
  write(
    dir,
    'cmc-telecom.csv',
    Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csvText(cmc, ';'), 'utf8')]),
  );

  // UTF-16 with tabs: Excel's "Unicode text" (LE with BOM); and BE without a BOM.
  write(dir, 'ems.csv', utf16(csvText(postalRows('EMS Quảng Ninh', 6), '\t'), 'le', true));
  write(dir, 'viettel-post.csv', utf16(csvText(postalRows('Viettel Post Quảng Ninh', 7), '\t'), 'be', false));

  // An Excel 97-2003 file renamed .xlsx.
  write(dir, 'gmobile.xlsx', bytesOf(workbookOf('Gmobile', telecomSheet('Gmobile Quảng Ninh', 8)), 'biff8'));

  // Hidden row and column, and formats that change what is seen.
  const rows = postalRows('Bưu điện tỉnh Quảng Ninh', 9);
  rows[4] = [...rows[4], 'Ghi chú nội bộ', 'So sánh (%)'];
  for (let r = 5; r < rows.length; r++) {
    const [cur, prev] = [rows[r][3] as number, rows[r][4] as number];
    rows[r] = [...rows[r], 999999, Math.round((cur / prev - 1) * 100) / 100];
  }
  // Revenue stored in đồng and shown in thousands of đồng ("#,##0,"): the table reads nghìn đồng.
  rows[8][2] = 'Nghìn đồng';
  rows.splice(8, 0, [null, 'Dòng ẩn: số liệu nháp', 'Cái', 123456, 654321, 1, 0]);
  const ws = sheetOf(rows);
  for (const a of ['D10', 'E10']) (ws[a] as XLSX.CellObject).v = ((ws[a] as XLSX.CellObject).v as number) * 1000;
  for (const a of ['D10', 'E10']) (ws[a] as XLSX.CellObject).z = '#,##0,';
  for (let r = 6; r <= 10; r++) (ws[`G${r}`] as XLSX.CellObject).z = '0%';
  ws['!rows'] = [];
  ws['!rows'][8] = { hidden: true };
  ws['!cols'] = [];
  ws['!cols'][5] = { hidden: true };
  write(dir, 'buu-dien.xlsx', bytesOf(workbookOf('BC', ws), 'xlsx'));
  return fs.readdirSync(dir).sort();
}

export function writeBadFiles(dir = BAD_DIR): string[] {
  fs.mkdirSync(dir, { recursive: true });
  for (const f of fs.readdirSync(dir)) fs.rmSync(path.join(dir, f));
  write(dir, 'empty.xlsx', new Uint8Array(0));
  write(dir, 'random.xlsx', randomBytes(4096));
  // Office stores a password-protected workbook as a Compound File with these two streams.
  const enc = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(
    enc,
    '/EncryptionInfo',
    Buffer.concat([Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]), Buffer.from('<?xml version="1.0"?><encryption/>')]),
  );
  XLSX.CFB.utils.cfb_add(enc, '/EncryptedPackage', randomBytes(8192, 88172645));
  write(dir, 'password.xlsx', XLSX.CFB.write(enc, { type: 'buffer' }) as Buffer);
  // An Excel 97-2003 file with a password to open: a FILEPASS record (RC4) right after the first BOF.
  const xls = XLSX.CFB.read(bytesOf(workbookOf('BC', sheetOf(telecomRows('Khóa', 10))), 'biff8'), { type: 'buffer' });
  const stream = XLSX.CFB.find(xls, '/Workbook') as { content: Uint8Array };
  const body = Buffer.from(stream.content);
  const bofEnd = 4 + body.readUInt16LE(2);
  const filePass = Buffer.concat([
    Buffer.from([0x2f, 0x00, 54, 0x00, 0x01, 0x00, 0x01, 0x00, 0x01, 0x00]),
    randomBytes(48, 1),
  ]);
  stream.content = Buffer.concat([body.subarray(0, bofEnd), filePass, body.subarray(bofEnd)]);
  write(dir, 'password.xls', XLSX.CFB.write(xls, { type: 'buffer' }) as Buffer);
  // A zip holding a Word document's parts.
  const docx = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(docx, '/[Content_Types].xml', Buffer.from('<?xml version="1.0"?><Types/>'));
  XLSX.CFB.utils.cfb_add(docx, '/word/document.xml', Buffer.from('<?xml version="1.0"?><w:document/>'));
  write(dir, 'not-a-workbook.xlsx', XLSX.CFB.write(docx, { type: 'buffer', fileType: 'zip' }) as Buffer);
  write(dir, 'text.xlsx', 'Báo cáo gửi kèm công văn số 12/BC\r\n');
  return fs.readdirSync(dir).sort();
}

if (require.main === module) {
  const formats = writeFormats();
  const bad = writeBadFiles();
  process.stdout.write(`${path.relative(ROOT, FORMATS_DIR)}: ${formats.join(', ')}\n`);
  process.stdout.write(`${path.relative(ROOT, BAD_DIR)}: ${bad.join(', ')}\n`);
}
