import fc from 'fast-check';
import { detectLegacyEncoding, fontEncoding } from './detectLegacyEncoding';
import { encodeTcvn3 } from '../../../test/support/encodeTcvn3';
import { encodeVni } from '../../../test/support/encodeVni';
import { NOT_LEGACY, PHRASES, VIETNAMESE_LOWER } from '../../../test/support/textSamples';

describe('detectLegacyEncoding', () => {
  it('recognises TCVN3 and VNI text without a font', () => {
    expect(detectLegacyEncoding('§iÖn tho¹i di ®éng tr¶ tr\u00adíc')).toBe('tcvn3');
    expect(detectLegacyEncoding('Ñieän thoaïi')).toBe('vni');
    expect(detectLegacyEncoding('Böu chính')).toBe('vni');
    expect(detectLegacyEncoding('B\u00adu chÝnh')).toBe('tcvn3');
  });

  it('recognises every real phrase once encoded', () => {
    for (const phrase of PHRASES) {
      expect([phrase, detectLegacyEncoding(encodeTcvn3(phrase))]).toEqual([phrase, 'tcvn3']);
      expect([phrase, detectLegacyEncoding(encodeVni(phrase))]).toEqual([phrase, 'vni']);
    }
  });

  it('does not misfire on Unicode Vietnamese or English', () => {
    for (const text of NOT_LEGACY) expect([text, detectLegacyEncoding(text)]).toEqual([text, null]);
    expect(detectLegacyEncoding('Đie\u0302\u0323n thoa\u0323i')).toBeNull();
  });

  it('never calls text with letters only Unicode has legacy (property)', () => {
    const letters = [...VIETNAMESE_LOWER, ' '];
    const unicodeOnly = [...'ăđơưạếờữỹ'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...letters)), fc.constantFrom(...unicodeOnly), (a, u) => {
        expect(detectLegacyEncoding(a.join('') + u)).toBeNull();
        expect(detectLegacyEncoding(a.join('') + u, '.VnTime')).toBeNull();
      }),
    );
  });

  it('follows the font when the text could be legacy', () => {
    expect(detectLegacyEncoding('Tên', '.VnTime')).toBe('tcvn3');
    expect(detectLegacyEncoding('Tên', '.VnArialH')).toBe('tcvn3');
    expect(detectLegacyEncoding('Soá', 'VNI-Times')).toBe('vni');
    expect(detectLegacyEncoding('Tên', 'Times New Roman')).toBeNull();
    expect(detectLegacyEncoding('Tên', null)).toBeNull();
  });

  it('reads the encoding a font name announces', () => {
    expect(fontEncoding('.VnTime')).toBe('tcvn3');
    expect(fontEncoding(' .vnTimeH ')).toBe('tcvn3');
    expect(fontEncoding('VNI-Helve')).toBe('vni');
    expect(fontEncoding('Arial')).toBeNull();
    expect(fontEncoding(undefined)).toBeNull();
  });
});
