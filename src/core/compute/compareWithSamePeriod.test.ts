import { CoreError } from '../errors';
import { comparisonFromChange, compareWithSamePeriod } from './compareWithSamePeriod';

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

describe('what a comparison that cannot be made says, in both languages', () => {
  const thrown = (run: () => unknown): CoreError => {
    try {
      run();
    } catch (error) {
      return error as CoreError;
    }
    throw new Error('expected a CoreError');
  };

  it('names the figure that is not a number', () => {
    const error = thrown(() => compareWithSamePeriod(Infinity, 10));
    expect(error).toMatchObject({ code: 'bad-number', kind: 'value' });
    expect(error.messages).toEqual({
      vi: 'Số liệu kỳ này không phải là số: Infinity',
      en: 'The current figure is not a number: Infinity',
    });
  });

  it("names last year's figure it cannot compare with", () => {
    const error = thrown(() => compareWithSamePeriod(10, 0));
    expect(error).toMatchObject({ code: 'no-previous', kind: 'not-available' });
    expect(error.messages.en).toBe('No figure for the same period last year to compare with (0)');
    expect(thrown(() => compareWithSamePeriod(10, Infinity)).code).toBe('no-previous');
  });

  it('names the convention it does not know', () => {
    const error = thrown(() => compareWithSamePeriod(1, 2, 'percent' as never));
    expect(error.messages).toEqual({
      vi: 'Không biết cách so sánh "percent" (dùng change, ratio hoặc index)',
      en: 'Unknown comparison convention "percent" (use change, ratio or index)',
    });
  });
});

describe('comparisonFromChange', () => {
  it('reads the change the tables keep in each convention', () => {
    expect(comparisonFromChange(-0.28, 'ratio')).toBeCloseTo(0.72, 12);
    expect(comparisonFromChange(0.5, 'index')).toBeCloseTo(150, 12);
    expect(comparisonFromChange(0.5)).toBeCloseTo(0.5, 12);
  });
});
