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

describe('findPhrase from a position', () => {
  it('finds the next whole-word occurrence at or after `from`', () => {
    expect(findPhrase('tb tra truoc tb tra sau', 'tb', 1)).toBe(13);
    expect(findPhrase('tbx tb', 'tb')).toBe(4);
    expect(findPhrase('tb tb', 'tb', 2)).toBe(3);
    expect(findPhrase('tb', 'tb', 1)).toBe(-1);
  });
});

describe('cost', () => {
  it('is linear in the label: a 100,000-character label and a word repeated 20,000 times', () => {
    const long = 'Điện thoại di động trả trước '.repeat(3500).slice(0, 100_000);
    const many = Array.from({ length: 20_000 }, () => 'tb').join(' ');
    const start = Date.now();
    expect(toPhrase(long).length).toBeGreaterThan(90_000);
    expect(findPhrase(toPhrase(long), 'khong co')).toBe(-1);
    let hits = 0;
    for (let at = findPhrase(many, 'tb'); at >= 0; at = findPhrase(many, 'tb', at + 2)) hits++;
    expect(hits).toBe(20_000);
    expect(findPhrase(`${'a'.repeat(100_000)} ab`, 'ab')).toBe(100_001);
    expect(Date.now() - start).toBeLessThan(1000);
  });
});
