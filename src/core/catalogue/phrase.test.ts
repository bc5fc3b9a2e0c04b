import { findPhrase, toPhrase } from './phrase';

describe('toPhrase', () => {
  it('folds marks and cuts at punctuation', () => {
    expect(toPhrase('Điện thoại DĐ/trả trước (tr.đồng)')).toBe('dien thoai dd tra truoc tr dong');
    expect(toPhrase('  So sánh (%) ')).toBe('so sanh %');
  });
});

describe('findPhrase', () => {
  it('finds whole words only', () => {
    expect(findPhrase('dien thoai di dong tra truoc', 'tra truoc')).toBe(19);
    expect(findPhrase('thuong mai', 'thu')).toBe(-1);
    expect(findPhrase('abc', '')).toBe(-1);
  });
});
