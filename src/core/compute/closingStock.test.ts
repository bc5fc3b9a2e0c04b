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
