import fc from 'fast-check';
import { foldDiacritics } from './foldDiacritics';

describe('foldDiacritics', () => {
  it('lower-cases, removes marks, folds đ and collapses whitespace', () => {
    expect(foldDiacritics('Điện thoại DĐ trả trước')).toBe('dien thoai dd tra truoc');
    expect(foldDiacritics('  Bưu\u00a0phẩm,\tbưu   kiện ')).toBe('buu pham, buu kien');
    expect(foldDiacritics('ƠƯĂÂÊÔ ơưăâêô')).toBe('ouaaeo ouaaeo');
  });

  it('treats NFC and NFD alike, and the eth of old fonts as đ', () => {
    expect(foldDiacritics('Nghìn đồng'.normalize('NFD'))).toBe('nghin dong');
    expect(foldDiacritics('Ðồng ðiện')).toBe('dong dien');
  });

  it('gives plain lower-case ASCII letters for Vietnamese text (property)', () => {
    const letters = [...'aàáảãạăằắẳẵặâầấẩẫậđeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...letters, ...letters.map((l) => l.toUpperCase()))), (a) => {
        expect(foldDiacritics(a.join(''))).toMatch(/^[a-z]*$/);
      }),
    );
  });
});
