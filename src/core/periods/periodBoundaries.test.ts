import { findPeriod } from './findPeriod';
import { isMonth, isYear, periodFromMonths } from './makePeriod';
import { parsePeriod } from './parsePeriod';
import { isShortPeriod } from './periodFromCode';
import { shortPeriod } from './shortPeriod';

const code = (text: string) => parsePeriod(text)?.code ?? null;

describe('years and months at their edges', () => {
  it('takes 1900–2199 and whole months 1–12 only', () => {
    expect([1899, 1900, 2199, 2200, 2015.5].map(isYear)).toEqual([false, true, true, false, false]);
    expect([0, 1, 12, 13, 1.5].map(isMonth)).toEqual([false, true, true, false, false]);
  });

  it('makes a period of months only from a real span of one year', () => {
    expect(periodFromMonths(2015, 9, 9)?.code).toBe('T9/2015');
    expect(periodFromMonths(2015, 4, 6)?.code).toBe('Q2/2015');
    expect(periodFromMonths(2015, 1, 3)?.code).toBe('Q1/2015');
    expect(periodFromMonths(2015, 1, 9)?.code).toBe('9T/2015');
    for (const [year, start, end] of [
      [2015, 2, 4],
      [2015, 9, 3],
      [2015, 0, 3],
      [2015, 1, 13],
      [1899, 1, 3],
      [2200, 1, 3],
    ])
      expect([year, start, end, periodFromMonths(year, start, end)]).toEqual([year, start, end, null]);
  });
});

describe('parsePeriod, what it refuses', () => {
  it('needs a span from the first day of a month to the last day of one', () => {
    expect(code('từ 01/01/2015 đến 30/9/2015')).toBe('9T/2015');
    expect(code('từ 02/01/2015 đến 30/9/2015')).toBeNull();
    expect(code('từ 01/01/2015 đến 29/9/2015')).toBeNull();
  });

  it('reads a running total up to the last day of a month, and nothing short of it', () => {
    expect(code('Lũy kế đến 30/9/2015')).toBe('9T/2015');
    expect(code('lũy kế từ đầu năm đến hết ngày 31/12/2015')).toBe('2015');
    expect(code('Lũy kế đến 29/9/2015')).toBeNull();
    expect(code('Lũy kế đến 31/1/1899')).toBeNull();
  });

  it('refuses a count of months or a year that does not exist', () => {
    expect(code('13 tháng 2015')).toBeNull();
    expect(code('9 tháng 1899')).toBeNull();
    expect(code('9 tháng 2015')).toBe('9T/2015');
  });

  it('is null for anything but text', () => {
    expect(parsePeriod(null as unknown as string)).toBeNull();
    expect(findPeriod([null as unknown as string, 42 as unknown as string, 'Quý 3/2015'])?.code).toBe('Q3/2015');
  });
});

describe('isShortPeriod', () => {
  it('is a single month or quarter only', () => {
    expect(['T9/2015', 'Q3/2015', '9T/2015', '2015', 'xyz', null].map(isShortPeriod)).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('shortPeriod', () => {
  it('leaves a header with a year to parsePeriod, and anything but text', () => {
    expect(shortPeriod('Tháng 9/2015', 2015)).toBeNull();
    expect(shortPeriod(null as unknown as string, 2015)).toBeNull();
  });

  it('takes an English month name in a header of at most three words, however spaced', () => {
    expect(shortPeriod('September', 2015)?.code).toBe('T9/2015');
    expect(shortPeriod('Revenue in September', 2015)?.code).toBe('T9/2015');
    expect(shortPeriod(' Revenue in  September ', 2015)?.code).toBe('T9/2015');
    expect(shortPeriod('Total revenue in September', 2015)).toBeNull();
  });
});
