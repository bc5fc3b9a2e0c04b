import { utf16Order } from './fileKind';

/**
 * The text of a CSV (or HTML/XML spreadsheet) file, whatever encoding it came in:
 * UTF-8 with or without a byte-order mark, UTF-16 LE/BE with or without one, and — when the
 * bytes are not valid UTF-8 — Windows-1258, the code page Excel's plain "CSV" uses on a
 * Vietnamese Windows. The byte-order mark is dropped.
 *
 * @example
 * decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x53, 0x54, 0x54])) //=> 'STT'
 * decodeText(new Uint8Array([0xff, 0xfe, 0x53, 0, 0x54, 0, 0x54, 0])) //=> 'STT'
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const order = utf16Order(bytes);
  if (order) return new TextDecoder(order === 'le' ? 'utf-16le' : 'utf-16be').decode(bytes);
  return utf8(bytes);
}

function utf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return legacy(bytes);
  }
}

/** Windows-1258 where the runtime knows it (Node with full ICU, every browser), else Windows-1252. */
function legacy(bytes: Uint8Array): string {
  try {
    return new TextDecoder('windows-1258').decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
