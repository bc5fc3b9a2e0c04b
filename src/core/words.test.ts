import { CONVENTIONS, CONVENTION_WORDS, LOCALE_WORDS, SECTOR_WORDS, choiceOf } from './words';

describe('choiceOf', () => {
  it.each([
    [CONVENTION_WORDS, 'change', 'change'],
    [CONVENTION_WORDS, 'Tỷ lệ', 'ratio'],
    [CONVENTION_WORDS, 'ti le', 'ratio'],
    [CONVENTION_WORDS, '  CHỈ SỐ ', 'index'],
    [SECTOR_WORDS, 'Bưu chính', 'postal'],
    [SECTOR_WORDS, 'vt', 'telecom'],
    [SECTOR_WORDS, 'Bưu chính'.normalize('NFD'), 'postal'],
    [LOCALE_WORDS, 'Tiếng Anh', 'en'],
  ] as const)('reads %#: "%s" as %s', (words, text, expected) => {
    expect(choiceOf(words as Record<string, readonly string[]>, text)).toBe(expected);
  });

  it('gives null for a word that names no choice', () => {
    expect(choiceOf(CONVENTION_WORDS, 'percent')).toBeNull();
    expect(choiceOf(SECTOR_WORDS, '')).toBeNull();
  });

  it('lists the conventions with their canonical word first', () => {
    expect(CONVENTIONS).toEqual(['change', 'ratio', 'index']);
    for (const c of CONVENTIONS) expect(CONVENTION_WORDS[c][0]).toBe(c);
  });
});
