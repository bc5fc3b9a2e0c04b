import { changeText } from './changeText';
import { compareWithSamePeriod } from './compareWithSamePeriod';
import { englishDigits, formatComparison, writeFigure } from './formatComparison';

describe('formatComparison', () => {
  it.each([
    [-0.2801, 'change', 'vi', '-28%'],
    [2.99, 'change', 'vi', '299%'],
    [0.47, 'change', 'en', '47%'],
    [0.72, 'ratio', 'vi', 'bằng 72%'],
    [0.72, 'ratio', 'en', '72% of'],
    [72, 'index', 'vi', '72,0'],
    [72.04, 'index', 'en', '72.0'],
    [1234.56, 'index', 'vi', '1.234,6'],
  ] as const)('writes %p as %s (%s) → %s', (value, convention, locale, text) => {
    expect(formatComparison(value, convention, locale)).toBe(text);
  });

  it('writes the reference report’s first row from its figures', () => {
    expect(formatComparison(compareWithSamePeriod(72, 100), 'change', 'vi')).toBe('-28%');
    expect(formatComparison(compareWithSamePeriod(72, 100, 'ratio'), 'ratio', 'vi')).toBe('bằng 72%');
    expect(formatComparison(compareWithSamePeriod(72, 100, 'index'), 'index', 'vi')).toBe('72,0');
  });

  it('refuses an unknown convention', () => {
    expect(() => formatComparison(1, 'odd' as never, 'vi')).toThrow(
      expect.objectContaining({ code: 'bad-convention' }),
    );
  });
});

describe('changeText', () => {
  it.each([
    [128, 100, 'vi', 'tăng 28%'],
    [96, 100, 'vi', 'giảm 4%'],
    [1000, 1000, 'vi', 'bằng cùng kỳ'],
    [1002, 1000, 'vi', 'xấp xỉ cùng kỳ'],
    [998, 1000, 'vi', 'xấp xỉ cùng kỳ'],
    [1000, 1000, 'en', 'the same as the same period last year'],
    [1002, 1000, 'en', 'about the same as the same period last year'],
    [128, 100, 'en', 'up 28%'],
    [96, 100, 'en', 'down 4%'],
    [25126, 6297, 'vi', 'tăng 299%'],
    [1345, 10, 'en', 'up 13,350%'],
  ] as const)('%p against %p (%s) → %s', (current, previous, locale, text) => {
    expect(changeText(current, previous, locale)).toBe(text);
  });

  it('has nothing to say without last year', () => {
    expect(() => changeText(5, 0)).toThrow(expect.objectContaining({ code: 'no-previous' }));
  });
});

describe('writeFigure and englishDigits', () => {
  it('writes figures for messages', () => {
    expect(writeFigure(2907, 'vi')).toBe('2.907');
    expect(writeFigure(2466410, 'en')).toBe('2,466,410');
    expect(writeFigure(1234.5, 'vi')).toBe('1.234,5');
    expect(writeFigure(1234.567, 'en')).toBe('1,234.57');
    expect(writeFigure(-50, 'vi')).toBe('-50');
    expect(englishDigits('1.234.567,89')).toBe('1,234,567.89');
  });
});
