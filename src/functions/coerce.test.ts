import { inLanguage, plain } from '../../test/support/customFunctionsStub';
import { CoreError } from '../core';
import {
  cellwise,
  convention,
  gridValues,
  isBlank,
  language,
  messageLocale,
  number,
  plainCell,
  sector,
  text,
  toExcelError,
  whole,
} from './coerce';

describe('cellwise: one coercion layer for every function', () => {
  const add = cellwise([number, number], (a, b) => (a ?? 0) + (b ?? 0));

  it('broadcasts a single cell (or a scalar) over a range of any shape', () => {
    expect(add([[1], [2], [3]], [[10]])).toEqual([[11], [12], [13]]);
    expect(add([[1, 2, 3]], 10)).toEqual([[11, 12, 13]]);
    expect(add(1, 2)).toEqual([[3]]);
    expect(
      add(
        [
          [1, 2],
          [3, 4],
        ],
        [
          [10, 20],
          [30, 40],
        ],
      ),
    ).toEqual([
      [11, 22],
      [33, 44],
    ]);
  });

  it('refuses ranges of different shapes with one #VALUE!, even when the counts agree', () => {
    expect(plain(add([[1, 2]], [[1], [2]]))).toEqual([
      [{ error: '#VALUE!', message: 'The ranges differ in size (1×2, 2×1)' }],
    ]);
    expect(plain(add([], [[1]]))).toEqual([[{ error: '#VALUE!', message: 'The range is empty' }]]);
  });

  it('keeps a failure in its own cell and computes the others', () => {
    expect(plain(add([['1.000'], ['abc'], [3]], [[1]]))).toEqual([
      [1001],
      [{ error: '#VALUE!', message: 'Cannot read the number "abc"' }],
      [4],
    ]);
  });

  it('gives "" where every range is blank, but computes when a scalar option alone is blank', () => {
    expect(add([[null], [''], ['  ']], [[null], [null], ['']])).toEqual([[''], [''], ['']]);
    expect(add(null, null)).toEqual([[0]]);
  });

  it('reads Excel data-type values by their basic value', () => {
    expect(add([[{ type: 'Double', basicValue: 5 }]], [[{ type: 'String', basicValue: '1.000' }]])).toEqual([[1005]]);
  });

  it('turns an unexpected exception into #VALUE! rather than a number or a crash', () => {
    const broken = cellwise([number], () => {
      throw new TypeError('boom');
    });
    expect(plain(broken([[1]]))).toEqual([[{ error: '#VALUE!', message: 'Unexpected failure: boom' }]]);
  });
});

describe('coercers', () => {
  it('number: numbers as they are, Vietnamese text read, nothing as null, Infinity refused', () => {
    expect(number(2907)).toBe(2907);
    expect(number('1.234,5')).toBe(1234.5);
    expect(number('-')).toBeNull();
    expect(number('   ')).toBeNull();
    expect(number(undefined)).toBeNull();
    expect(() => number(Infinity)).toThrow('Cannot read the number "Infinity"');
    expect(() => number(false)).toThrow('Cannot read the number "FALSE"');
  });

  it('text: blanks as "", numbers as their digits, booleans refused', () => {
    expect(text(null)).toBe('');
    expect(text(2015)).toBe('2015');
    expect(() => text(true)).toThrow(CoreError);
  });

  it('options match either language, any case, with or without diacritics', () => {
    expect(convention(undefined)).toBe('change');
    expect(convention('RATIO')).toBe('ratio');
    expect(convention('chi so')).toBe('index');
    expect(sector('BƯU CHÍNH')).toBe('postal');
    expect(sector('')).toBeUndefined();
    expect(language(null)).toBe('vi');
    expect(language('English')).toBe('en');
    expect(() => sector('ngân hàng')).toThrow('Cannot understand "ngân hàng"; use one of: telecom, postal');
  });

  it('plainCell, isBlank and gridValues keep only what a reader can use', () => {
    expect(plainCell({ code: '#N/A' })).toBeNull();
    expect(isBlank(' ')).toBe(true);
    expect(isBlank(0)).toBe(false);
    expect(gridValues([[1, 'a', { code: '#REF!' }, undefined]])).toEqual([[1, 'a', null, null]]);
    expect(gridValues('x')).toEqual([['x']]);
  });
});

describe('errors', () => {
  const noPrevious = new CoreError(
    'no-previous',
    { vi: 'Không có số liệu cùng kỳ', en: 'No previous figure' },
    'not-available',
  );
  const badUnit = new CoreError('unknown-unit', { vi: 'Không biết đơn vị "xyz"', en: 'Unknown unit "xyz"' });

  it('maps a CoreError to #N/A or #VALUE! with its message in the language Office runs in', () => {
    expect(plain(toExcelError(noPrevious))).toEqual({ error: '#N/A', message: 'No previous figure' });
    expect(plain(toExcelError(badUnit))).toEqual({ error: '#VALUE!', message: 'Unknown unit "xyz"' });
    inLanguage('vi-VN', () => {
      expect(messageLocale()).toBe('vi');
      expect(plain(toExcelError(noPrevious))).toEqual({ error: '#N/A', message: 'Không có số liệu cùng kỳ' });
    });
    inLanguage('en-GB', () => expect(messageLocale()).toBe('en'));
    expect(messageLocale()).toBe('en');
  });

  it('whole: a failure is the result, not an exception', () => {
    const sum = whole((...xs: number[]) => {
      if (xs.length === 0) throw badUnit;
      return xs.reduce((a, b) => a + b, 0);
    });
    expect(sum(1, 2)).toBe(3);
    expect(plain(sum())).toEqual({ error: '#VALUE!', message: 'Unknown unit "xyz"' });
  });
});
