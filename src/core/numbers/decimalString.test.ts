import { plainDecimal, roundDecimal, shiftDecimal, vietnameseDigits } from './decimalString';

describe('plainDecimal', () => {
  it('spells exponent forms in full, whatever the mantissa', () => {
    expect(plainDecimal(1e-7)).toBe('0.0000001');
    expect(plainDecimal(1.2345e-7)).toBe('0.00000012345');
    expect(plainDecimal(1.25e21)).toBe('1250000000000000000000');
    expect(plainDecimal(1234.5)).toBe('1234.5');
  });
});

describe('shiftDecimal', () => {
  it('multiplies by 10^places on the digits, dropping a point with nothing after it', () => {
    expect(shiftDecimal('0.28', 2)).toBe('28');
    expect(shiftDecimal('0.2851', 2)).toBe('28.51');
    expect(shiftDecimal('3', 2)).toBe('300');
  });

  it('drops every leading zero but the last', () => {
    expect(shiftDecimal('0.001', 2)).toBe('0.1');
    expect(shiftDecimal('0.0001', 2)).toBe('0.01');
    expect(shiftDecimal('0.00', 2)).toBe('0');
  });
});

describe('roundDecimal', () => {
  it('rounds half away from zero on the digits', () => {
    expect(roundDecimal('1.005', 2)).toBe('1.01');
    expect(roundDecimal('1.004', 2)).toBe('1.00');
    expect(roundDecimal('2.5', 0)).toBe('3');
    expect(roundDecimal('0.05', 1)).toBe('0.1');
    expect(roundDecimal('9.99', 1)).toBe('10.0');
    expect(roundDecimal('7', 2)).toBe('7.00');
  });
});

describe('vietnameseDigits', () => {
  it('groups thousands with "." and writes "," before the decimals', () => {
    expect(vietnameseDigits('1234567.25')).toBe('1.234.567,25');
    expect(vietnameseDigits('123')).toBe('123');
  });
});
