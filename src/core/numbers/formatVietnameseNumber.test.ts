import { CoreError } from '../errors';
import { formatVietnameseNumber } from './formatVietnameseNumber';

describe('formatVietnameseNumber', () => {
  it('groups thousands with dots and writes a decimal comma', () => {
    expect(formatVietnameseNumber(1234567)).toBe('1.234.567');
    expect(formatVietnameseNumber(-1234.5, 1)).toBe('-1.234,5');
    expect(formatVietnameseNumber(999)).toBe('999');
    expect(formatVietnameseNumber(0.5)).toBe('0,5');
    expect(formatVietnameseNumber(1234.5678)).toBe('1.234,5678');
  });

  it('rounds half away from zero on the decimal spelling', () => {
    expect(formatVietnameseNumber(1.005, 2)).toBe('1,01');
    expect(formatVietnameseNumber(2.5, 0)).toBe('3');
    expect(formatVietnameseNumber(-2.5, 0)).toBe('-3');
    expect(formatVietnameseNumber(999.96, 1)).toBe('1.000,0');
    expect(formatVietnameseNumber(1234, 2)).toBe('1.234,00');
  });

  it('never writes minus zero', () => {
    expect(formatVietnameseNumber(-0)).toBe('0');
    expect(formatVietnameseNumber(-0.0001, 2)).toBe('0,00');
  });

  it('writes very large and very small numbers without exponent', () => {
    expect(formatVietnameseNumber(1e21)).toBe('1.000.000.000.000.000.000.000');
    expect(formatVietnameseNumber(1.5e-7)).toBe('0,00000015');
  });

  it('refuses NaN and infinities with a bilingual error', () => {
    expect(() => formatVietnameseNumber(NaN)).toThrow(CoreError);
    expect(() => formatVietnameseNumber(Infinity)).toThrow(
      expect.objectContaining({
        code: 'not-a-number',
        messages: expect.objectContaining({ vi: expect.stringContaining('Không phải là số') }),
      }),
    );
  });
});

describe('formatVietnameseNumber, edges', () => {
  it('names the bad value in English too', () => {
    expect(() => formatVietnameseNumber(-Infinity)).toThrow(
      expect.objectContaining({ messages: { vi: 'Không phải là số: -Infinity', en: 'Not a number: -Infinity' } }),
    );
  });

  it('writes the minus only where a digit shows', () => {
    expect(formatVietnameseNumber(-0.004, 2)).toBe('0,00');
    expect(formatVietnameseNumber(-0.005, 2)).toBe('-0,01');
    expect(formatVietnameseNumber(-1.2345e-7)).toBe('-0,00000012345');
  });
});
