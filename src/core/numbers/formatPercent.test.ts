import fc from 'fast-check';
import { formatPercent } from './formatPercent';
import { parseVietnameseNumber } from './parseVietnameseNumber';

describe('formatPercent', () => {
  it('writes fractions as whole percentages by default', () => {
    expect(formatPercent(-0.2801)).toBe('-28%');
    expect(formatPercent(2.99)).toBe('299%');
    expect(formatPercent(0)).toBe('0%');
    expect(formatPercent(-0.001)).toBe('0%');
  });

  it('writes decimals with a comma', () => {
    expect(formatPercent(0.125, 1)).toBe('12,5%');
    expect(formatPercent(12.3456, 2)).toBe('1.234,56%');
  });

  it('rounds on the decimal spelling, not on the float product', () => {
    expect(0.285 * 100).not.toBe(28.5);
    expect(formatPercent(0.285)).toBe('29%');
    expect(formatPercent(0.565)).toBe('57%');
  });

  it('is read back by parseVietnameseNumber (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100000, max: 100000 }), (thousandths) => {
        const fraction = thousandths / 1000;
        const back = parseVietnameseNumber(formatPercent(fraction, 1));
        expect(back).toEqual({ ok: true, value: fraction === 0 ? 0 : fraction, percent: true });
      }),
    );
  });
});

describe('formatPercent, edges', () => {
  it('refuses NaN and infinities in both languages', () => {
    for (const bad of [NaN, Infinity, -Infinity]) {
      expect(() => formatPercent(bad)).toThrow(
        expect.objectContaining({
          code: 'not-a-number',
          messages: { vi: `Không phải là số: ${bad}`, en: `Not a number: ${bad}` },
        }),
      );
    }
  });

  it('keeps small fractions exact and never writes a minus zero', () => {
    expect(formatPercent(0.001, 1)).toBe('0,1%');
    expect(formatPercent(0.0001, 2)).toBe('0,01%');
    expect(formatPercent(0.285)).toBe('29%');
    expect(formatPercent(0.2851, 2)).toBe('28,51%');
    expect(formatPercent(-0.001)).toBe('0%');
    expect(formatPercent(-0.005)).toBe('-1%');
  });
});
