import fc from 'fast-check';
import { decodeVni } from './decodeVni';
import { encodeVni } from '../../../test/support/encodeVni';
import { PHRASES, VIETNAMESE_LOWER, VIETNAMESE_UPPER } from '../../../test/support/textSamples';

describe('decodeVni', () => {
  it('decodes base letters followed by mark bytes', () => {
    expect(decodeVni('Ñieän thoaïi di ñoäng traû tröôùc')).toBe('Điện thoại di động trả trước');
    expect(decodeVni('Böu phaåm, böu kieän')).toBe('Bưu phẩm, bưu kiện');
  });

  it('decodes the one-byte letters of i, y, đ, ơ, ư', () => {
    expect(decodeVni('í ì æ ó ò î ñ ô ö')).toBe('í ì ỉ ĩ ị ỵ đ ơ ư');
    expect(decodeVni('Æ Ó Ò Î Ñ Ô Ö')).toBe('Ỉ Ĩ Ị Ỵ Đ Ơ Ư');
  });

  it('decodes capitals, and lets the base letter decide the case', () => {
    expect(decodeVni('TOÅNG SOÁ THUEÂ BAO')).toBe('TỔNG SỐ THUÊ BAO');
    expect(decodeVni('Aùnh aÙnh')).toBe('Ánh ánh');
  });

  it('leaves ASCII alone', () => {
    expect(decodeVni('Doanh thu 2015 (VND)')).toBe('Doanh thu 2015 (VND)');
  });

  it('encodes the phrases of real submissions so that they decode back', () => {
    for (const phrase of PHRASES) expect(decodeVni(encodeVni(phrase))).toBe(phrase);
    expect(encodeVni('Điện thoại')).toBe('Ñieän thoaïi');
  });

  it('round-trips any Vietnamese NFC text, capitals included (property)', () => {
    const letters = [...(VIETNAMESE_LOWER + VIETNAMESE_UPPER + ' .,:()-0123456789')];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...letters)).map((a) => a.join('')),
        (s) => {
          expect(decodeVni(encodeVni(s))).toBe(s);
        },
      ),
    );
  });
});
