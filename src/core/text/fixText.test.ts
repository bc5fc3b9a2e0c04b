import fc from 'fast-check';
import { encodeTcvn3 } from '../../../test/support/encodeTcvn3';
import { encodeVni } from '../../../test/support/encodeVni';
import { fixText } from './fixText';
import { NOT_LEGACY, PHRASES } from '../../../test/support/textSamples';

describe('fixText', () => {
  it('decodes TCVN3 and VNI, by font or by detection', () => {
    expect(fixText('§iÖn tho¹i di ®éng tr¶ tr\u00adíc')).toBe('Điện thoại di động trả trước');
    expect(fixText('§iÖn tho¹i', '.VnTime')).toBe('Điện thoại');
    expect(fixText('Ñieän thoaïi')).toBe('Điện thoại');
    expect(fixText('Soá', 'VNI-Times')).toBe('Số');
    expect(fixText('Tªn', '.VnTime')).toBe('Tên');
  });

  it('shows ABC "H" fonts in capitals, as Excel does', () => {
    expect(fixText('tæng sè', '.VnTimeH')).toBe('TỔNG SỐ');
    expect(fixText('tæng sè', '.VnTime')).toBe('tổng số');
  });

  it('composes decomposed Unicode (NFD)', () => {
    const nfd = 'Điện thoại di động'.normalize('NFD');
    expect(nfd).not.toBe('Điện thoại di động');
    expect(fixText(nfd)).toBe('Điện thoại di động');
    expect(fixText(nfd, '.VnTime')).toBe('Điện thoại di động');
  });

  it('brings back every real phrase from either legacy encoding without a font', () => {
    for (const phrase of PHRASES) {
      expect(fixText(encodeTcvn3(phrase))).toBe(phrase);
      expect(fixText(encodeVni(phrase))).toBe(phrase);
      expect(fixText(phrase.normalize('NFD'))).toBe(phrase);
    }
  });

  it('needs the font where TCVN3 text is also valid Unicode Vietnamese', () => {
    // "Ghi chú" in TCVN3 is "Ghi chó", which is Vietnamese as it stands: only the font can tell.
    expect(encodeTcvn3('Ghi chú')).toBe('Ghi chó');
    expect(fixText('Ghi chó')).toBe('Ghi chó');
    expect(fixText('Ghi chó', '.VnTime')).toBe('Ghi chú');
  });

  it('leaves Unicode Vietnamese and English unchanged', () => {
    for (const text of NOT_LEGACY) expect(fixText(text)).toBe(text.normalize('NFC'));
  });

  it('never throws and always returns NFC (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }),
        fc.option(fc.constantFrom('.VnTime', '.VnTimeH', 'VNI-Times', 'Arial')),
        (s, font) => {
          const out = fixText(s, font);
          expect(out).toBe(out.normalize('NFC'));
        },
      ),
    );
    fc.assert(fc.property(fc.string({ unit: 'binary-ascii' }), (s) => void fixText(s)));
  });
});
