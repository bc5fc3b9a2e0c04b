import { closingStock, roundSum } from './closingStock';
import { checkStock } from './checkStock';

describe('closingStock', () => {
  it('adds the increase and takes away the decrease', () => {
    expect(closingStock(100, 30, 10)).toBe(120);
    expect(closingStock(26209, 2907, 24060)).toBe(5056);
  });
  it('kills float noise', () => {
    expect(closingStock(0.1, 0.2, 0)).toBe(0.3);
    expect(roundSum(1234.5678901234)).toBe(1234.56789);
    expect(Object.is(roundSum(-0.0000000001), 0)).toBe(true);
  });
});

describe('checkStock', () => {
  it('accepts a stock that adds up', () => {
    expect(checkStock(100, 30, 10, 120)).toEqual({ ok: true, expected: 120, difference: 0 });
    expect(checkStock(0.1, 0.2, 0, 0.3).ok).toBe(true);
  });
  it('reports how far a broken stock is off', () => {
    expect(checkStock(100, 30, 10, 125)).toEqual({ ok: false, expected: 120, difference: 5 });
    expect(checkStock(100, 30, 10, 119)).toEqual({ ok: false, expected: 120, difference: -1 });
  });
});

describe('the sixth decimal', () => {
  it('rounds sums to exactly 6 decimals, half up', () => {
    expect(roundSum(0.1234567)).toBe(0.123457);
    expect(roundSum(2.0000004)).toBe(2);
    expect(roundSum(2.0000005)).toBe(2.000001);
    expect(closingStock(1.0000004, 0.0000004, 0)).toBe(1.000001);
  });

  it('calls a stock off by one millionth broken, and by less than half of one whole', () => {
    expect(checkStock(1, 0, 0, 1.000001)).toEqual({ ok: false, expected: 1, difference: 0.000001 });
    expect(checkStock(1, 0, 0, 0.999999)).toEqual({ ok: false, expected: 1, difference: -0.000001 });
    expect(checkStock(1, 0, 0, 1.0000004).ok).toBe(true);
    expect(checkStock(1, 0, 0, 0.9999996).ok).toBe(true);
  });
});
