/**
 * What a submission file really is, decided from its first bytes and never from its name: a
 * statistician's ".xlsx" is often an Excel 97-2003 file renamed, and a ".csv" may be a workbook.
 *
 * - `zip`: an Office Open XML workbook (.xlsx/.xlsm) or an OpenDocument spreadsheet (.ods), or
 *   some other zip (told apart when SheetJS opens it);
 * - `ole2`: a Compound File — an Excel 97-2003 workbook (.xls), or an encrypted (password-
 *   protected) .xlsx, which Office stores as a Compound File holding `EncryptedPackage`;
 * - `biff`: an Excel 2.x–4.x worksheet without a Compound File around it;
 * - `text`: CSV/TSV, or an HTML/XML spreadsheet export, in UTF-8, UTF-16 or an 8-bit code page;
 * - `empty`: no bytes at all; `binary`: anything else (random bytes, a picture, a PDF…).
 */
export type FileKind = 'zip' | 'ole2' | 'biff' | 'text' | 'empty' | 'binary';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, magic: number[]) =>
  bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);

/** BIFF2/3/4 BOF records (0x0009, 0x0209, 0x0409) and BIFF5/8's (0x0809) at the start of a bare stream. */
function isBiff(bytes: Uint8Array): boolean {
  if (bytes.length < 8) return false;
  const record = bytes[0] | (bytes[1] << 8);
  const length = bytes[2] | (bytes[3] << 8);
  return [0x0009, 0x0209, 0x0409, 0x0809].includes(record) && length >= 4 && length <= 20;
}

/**
 * Whether the bytes read as text: a byte-order mark, UTF-16 without one (every other byte zero),
 * or no NUL bytes and few control characters in the first 4 KB.
 */
function isText(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf]) || startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]))
    return true;
  const n = Math.min(bytes.length, 4096);
  if (utf16Order(bytes) !== null) return true;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return false;
    // Tab, line feed, carriage return and form feed are what text has; other C0 codes are not.
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control <= n / 100;
}

/**
 * The byte order of UTF-16 text without a byte-order mark, seen from where the zero bytes fall in
 * the first 1 KB (ASCII letters, digits and separators have a zero high byte), or null.
 *
 * @example
 * utf16Order(new Uint8Array([0x61, 0, 0x3b, 0, 0x62, 0])) //=> 'le'
 */
export function utf16Order(bytes: Uint8Array): 'le' | 'be' | null {
  const n = Math.min(bytes.length, 1024) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.6 && evenZero < pairs * 0.1) return 'le';
  if (evenZero > pairs * 0.6 && oddZero < pairs * 0.1) return 'be';
  return null;
}

/**
 * What the file is, from its bytes.
 *
 * @example
 * fileKind(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0])) //=> 'zip'
 * fileKind(new TextEncoder().encode('STT;Chỉ tiêu;Hiện có\n')) //=> 'text'
 * fileKind(new Uint8Array(0)) //=> 'empty'
 */
export function fileKind(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, ZIP) || startsWith(bytes, ZIP_EMPTY)) return 'zip';
  if (startsWith(bytes, OLE2)) return 'ole2';
  if (isBiff(bytes)) return 'biff';
  if (isText(bytes)) return 'text';
  return 'binary';
}
