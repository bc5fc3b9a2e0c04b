import { CoreError } from '../errors';
import { compareWithSamePeriod } from './compareWithSamePeriod';

describe('compareWithSamePeriod', () => {
  it('gives the change as an unrounded fraction by default', () => {
    expect(compareWithSamePeriod(72, 100)).toBeCloseTo(-0.28, 12);
    expect(compareWithSamePeriod(25126, 6297)).toBeCloseTo(25126 / 6297 - 1, 12);
    expect(compareWithSamePeriod(100, 100)).toBe(0);
  });

  it('gives the ratio and the index (năm trước = 100)', () => {
    expect(compareWithSamePeriod(72, 100, 'ratio')).toBeCloseTo(0.72, 12);
    expect(compareWithSamePeriod(72, 100, 'index')).toBeCloseTo(72, 10);
    expect(compareWithSamePeriod(300, 200, 'index')).toBeCloseTo(150, 10);
  });

  it.each([0, -5, NaN, Infinity, undefined as unknown as number, null as unknown as number])(
    'refuses previous = %p as not available',
    (previous) => {
      expect(() => compareWithSamePeriod(10, previous)).toThrow(CoreError);
      expect(() => compareWithSamePeriod(10, previous)).toThrow(
        expect.objectContaining({
          code: 'no-previous',
          kind: 'not-available',
          messages: expect.objectContaining({ vi: expect.stringContaining('cùng kỳ') }),
        }),
      );
    },
  );

  it('refuses a current figure that is not a number', () => {
    expect(() => compareWithSamePeriod(NaN, 10)).toThrow(expect.objectContaining({ code: 'bad-number' }));
    expect(() => compareWithSamePeriod('7' as unknown as number, 10)).toThrow(CoreError);
  });

  it('refuses an unknown convention', () => {
    expect(() => compareWithSamePeriod(1, 2, 'percent' as never)).toThrow(
      expect.objectContaining({ code: 'bad-convention' }),
    );
  });
});
