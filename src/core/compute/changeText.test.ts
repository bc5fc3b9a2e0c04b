import { rowSentence } from '../sentences';
import { changeText, describeChange } from './changeText';

describe('describeChange: one wording for a change against the same period', () => {
  it.each([
    [0, 'vi', 'bằng cùng kỳ'],
    [0.002, 'vi', 'xấp xỉ cùng kỳ'],
    [-0.004999, 'vi', 'xấp xỉ cùng kỳ'],
    [0.005, 'vi', 'tăng 1%'],
    [-0.005, 'vi', 'giảm 1%'],
    [0.28, 'vi', 'tăng 28%'],
    [0, 'en', 'the same as the same period last year'],
    [-0.001, 'en', 'about the same as the same period last year'],
    [2.99, 'en', 'up 299%'],
    [-0.57, 'en', 'down 57%'],
  ] as const)('%p (%s) → %s', (change, locale, text) => {
    expect(describeChange(change, locale)).toBe(text);
  });

  it('names what a percentage is against only when asked; the nil phrases already do', () => {
    expect(describeChange(0.28, 'vi', true)).toBe('tăng 28% so với cùng kỳ');
    expect(describeChange(-0.04, 'en', true)).toBe('down 4% on the same period last year');
    expect(describeChange(0, 'vi', true)).toBe('bằng cùng kỳ');
    expect(describeChange(0.001, 'vi', true)).toBe('xấp xỉ cùng kỳ');
  });

  it('is what TTTT.CHANGETEXT (changeText) and the sentences say for the same figures', () => {
    const row = {
      stt: 6,
      indicator: 'ftth' as const,
      label: 'Thuê bao FTTH',
      unit: '',
      increase: 10,
      decrease: 5,
      current: 1002,
    };
    for (const [current, previous] of [
      [1000, 1000],
      [1002, 1000],
      [998, 1000],
      [1280, 1000],
    ]) {
      for (const locale of ['vi', 'en'] as const) {
        const phrase = changeText(current, previous, locale);
        const sentence = rowSentence({ ...row, current, yoy: current / previous - 1 }, locale);
        expect(sentence).toContain(`, ${phrase}`);
      }
    }
  });
});
