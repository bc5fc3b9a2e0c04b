import { fileKind, utf16Order } from './fileKind';
import { decodeText } from './textFile';

const bytes = (...b: number[]) => new Uint8Array(b);

describe('fileKind', () => {
  it('tells a file from its first bytes', () => {
    expect(fileKind(new Uint8Array(0))).toBe('empty');
    expect(fileKind(bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0))).toBe('zip');
    expect(fileKind(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0))).toBe('ole2');
    expect(fileKind(bytes(0x09, 0x04, 0x06, 0x00, 0, 0, 0x10, 0))).toBe('biff');
    expect(fileKind(new TextEncoder().encode('STT;Chỉ tiêu;Hiện có\r\n'))).toBe('text');
    expect(fileKind(bytes(0xff, 0xfe, 0x53, 0))).toBe('text');
    expect(fileKind(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d))).toBe('binary');
    expect(fileKind(bytes(0x25, 0x50, 0x44, 0x46, 0x2d, 1, 2, 3, 4, 0))).toBe('binary');
  });
  it('sees UTF-16 without a byte-order mark from where the zero bytes fall', () => {
    expect(utf16Order(bytes(0x61, 0, 0x3b, 0, 0x62, 0))).toBe('le');
    expect(utf16Order(bytes(0, 0x61, 0, 0x3b, 0, 0x62))).toBe('be');
    expect(utf16Order(new TextEncoder().encode('abc;def'))).toBeNull();
  });
});

describe('decodeText', () => {
  it('reads UTF-8 with and without BOM, UTF-16 LE/BE with and without BOM, and Windows-1258', () => {
    const text = 'Điện thoại;Hiện có';
    const le = new Uint8Array(Buffer.from(text, 'utf16le'));
    const be = new Uint8Array(le.length);
    for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1], le[i]];
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]))).toBe(text);
    expect(decodeText(new TextEncoder().encode(text))).toBe(text);
    expect(decodeText(new Uint8Array([0xff, 0xfe, ...le]))).toBe(text);
    expect(decodeText(new Uint8Array([0xfe, 0xff, ...be]))).toBe(text);
    expect(decodeText(le)).toBe(text);
    expect(decodeText(be)).toBe(text);
    // "Điện" in Windows-1258: Đ = 0xD0, i, ê = 0xEA, combining dot below = 0xF2, n.
    expect(decodeText(bytes(0xd0, 0x69, 0xea, 0xf2, 0x6e)).normalize('NFC')).toBe('Điện');
  });
});
