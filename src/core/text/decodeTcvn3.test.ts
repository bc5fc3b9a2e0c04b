import fc from 'fast-check';
import { decodeTcvn3 } from './decodeTcvn3';
import { encodeTcvn3 } from '../../../test/support/encodeTcvn3';
import { PHRASES, VIETNAMESE_LOWER } from '../../../test/support/textSamples';

describe('decodeTcvn3', () => {
  it('decodes the sentence of the domain notes, ư being the soft hyphen 0xAD', () => {
    expect(decodeTcvn3('§iÖn tho¹i di ®éng tr¶ tr\u00adíc')).toBe('Điện thoại di động trả trước');
  });

  it('decodes every letter of its table', () => {
    expect(decodeTcvn3('µ¸¶·¹ ¨»¾¼½Æ ©ÇÊÈÉË ®')).toBe('àáảãạ ăằắẳẵặ âầấẩẫậ đ');
    expect(decodeTcvn3('ÌÐÎÏÑ ªÒÕÓÔÖ ×ÝØÜÞ ßãáâä')).toBe('èéẻẽẹ êềếểễệ ìíỉĩị òóỏõọ');
    expect(decodeTcvn3('«åèæçé ¬êíëìî ïóñòô \u00adõøö÷ù úýûüþ')).toBe('ôồốổỗộ ơờớởỡợ ùúủũụ ưừứửữự ỳýỷỹỵ');
    expect(decodeTcvn3('¡¢£¤¥¦§')).toBe('ĂÂÊÔƠƯĐ');
  });

  it('leaves ASCII, unassigned bytes and Unicode letters alone', () => {
    expect(decodeTcvn3('Doanh thu 2015 (VND)')).toBe('Doanh thu 2015 (VND)');
    expect(decodeTcvn3('\u00a0°²')).toBe('\u00a0°²');
    expect(decodeTcvn3('ơư đ')).toBe('ơư đ');
  });

  it('encodes the phrases of real submissions so that they decode back', () => {
    for (const phrase of PHRASES) {
      expect(decodeTcvn3(encodeTcvn3(phrase))).toBe(phrase);
      expect(encodeTcvn3(phrase)).toMatch(/^[\x20-\xff]*$/);
    }
  });

  // Toned capitals ("Ấ") have no VN3 code: typed in a capitals font they are the small letter's.
  it('round-trips any Vietnamese NFC text, toned capitals as small letters (property)', () => {
    const letters = [...(VIETNAMESE_LOWER + 'ĂÂĐÊÔƠƯẤỆ .,:()-0123456789ABCXYZ')];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...letters)).map((a) => a.join('')),
        (s) => {
          expect(decodeTcvn3(encodeTcvn3(s))).toBe(s.replace(/[ẤỆ]/g, (c) => c.toLowerCase()));
        },
      ),
    );
  });
});
