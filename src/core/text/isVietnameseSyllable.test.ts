import { isVietnameseSyllable } from './isVietnameseSyllable';

describe('isVietnameseSyllable', () => {
  it('accepts real syllables, NFC or NFD, any case', () => {
    for (const w of [
      'Điện',
      'thoại',
      'nghiêng',
      'khuỷu',
      'quyết',
      'giữa',
      'xoong',
      'người',
      'ĐỒNG',
      'trước'.normalize('NFD'),
    ]) {
      expect([w, isVietnameseSyllable(w)]).toEqual([w, true]);
    }
  });

  it('rejects legacy garbage and impossible rhymes', () => {
    for (const w of ['§iÖn', 'tho¹i', 'thueâ', 'chởnh', 'tờánh', 'internet', 'ẵẵ', '']) {
      expect([w, isVietnameseSyllable(w)]).toEqual([w, false]);
    }
  });
});
