import fc from 'fast-check';
import { formatVietnameseNumber } from './formatVietnameseNumber';
import { parseVietnameseNumber } from './parseVietnameseNumber';

const value = (input: unknown): number | null | 'not ok' => {
  const r = parseVietnameseNumber(input);
  return r.ok ? r.value : 'not ok';
};

describe('parseVietnameseNumber', () => {
  it('passes finite numbers through and refuses NaN and infinities', () => {
    expect(parseVietnameseNumber(1234.5)).toEqual({ ok: true, value: 1234.5 });
    expect(parseVietnameseNumber(-0)).toEqual({ ok: true, value: 0 });
    expect(parseVietnameseNumber(NaN)).toEqual({ ok: false, text: 'NaN' });
    expect(parseVietnameseNumber(Infinity)).toEqual({ ok: false, text: 'Infinity' });
  });

  it('reads "nothing" as null', () => {
    for (const nothing of ['-', '–', '—', 'x', 'X', '', '   ', '\u00a0', null, undefined]) {
      expect(parseVietnameseNumber(nothing)).toEqual({ ok: true, value: null });
    }
  });

  it('reads dots and commas the Vietnamese way', () => {
    expect(value('1.234.567')).toBe(1234567);
    expect(value('1.234,5')).toBe(1234.5);
    expect(value('16.000')).toBe(16000);
    expect(value('3.5')).toBe(3.5);
    expect(value('1234.567')).toBe(1234.567);
    expect(value('0.500')).toBe(0.5);
    expect(value('1,5')).toBe(1.5);
    expect(value('1,234')).toBe(1.234);
    expect(value('1,234,567')).toBe(1234567);
    expect(value('1,234.5')).toBe(1234.5);
    expect(value('1.234.567,89')).toBe(1234567.89);
    expect(value('  42  ')).toBe(42);
  });

  it('reads spaces and NBSP as thousands separators', () => {
    expect(value('1 234 567')).toBe(1234567);
    expect(value('1\u00a0234\u00a0567,5')).toBe(1234567.5);
    expect(value('1 23')).toBe('not ok');
  });

  it('reads negatives, including the accounting form', () => {
    expect(value('-1.234')).toBe(-1234);
    expect(value('−1.234')).toBe(-1234);
    expect(value('(1.234)')).toBe(-1234);
    expect(value('( 1.234,5 )')).toBe(-1234.5);
    expect(value('+5')).toBe(5);
  });

  it('reads percentages as fractions', () => {
    expect(parseVietnameseNumber('28%')).toEqual({ ok: true, value: 0.28, percent: true });
    expect(parseVietnameseNumber('28,5 %')).toEqual({ ok: true, value: 0.285, percent: true });
    expect(parseVietnameseNumber('-28,57%')).toEqual({ ok: true, value: -0.2857, percent: true });
    expect(parseVietnameseNumber('299%')).toEqual({ ok: true, value: 2.99, percent: true });
  });

  it('keeps a glued footnote mark as a note', () => {
    expect(parseVietnameseNumber('16.000 (*)')).toEqual({ ok: true, value: 16000, note: '(*)' });
    expect(parseVietnameseNumber('16.000*')).toEqual({ ok: true, value: 16000, note: '*' });
    expect(parseVietnameseNumber('16.000 (1)')).toEqual({ ok: true, value: 16000, note: '(1)' });
    expect(parseVietnameseNumber('(1.234) (**)')).toEqual({ ok: true, value: -1234, note: '(**)' });
    expect(parseVietnameseNumber('12% (a)')).toEqual({ ok: true, value: 0.12, percent: true, note: '(a)' });
  });

  it('refuses what is not a number', () => {
    for (const bad of ['1,2,3', '1.2.3', '1.23.456', 'abc', '12a', '5.', '1.234,5,6', '..', 'Tổng']) {
      expect(parseVietnameseNumber(bad)).toEqual({ ok: false, text: bad });
    }
    expect(parseVietnameseNumber(true)).toEqual({ ok: false, text: 'true' });
    expect(parseVietnameseNumber({})).toEqual({ ok: false, text: '[object Object]' });
    expect(parseVietnameseNumber(Object.create(null)).ok).toBe(false);
  });

  it('round-trips integers through formatVietnameseNumber (property)', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (n) => {
        expect(parseVietnameseNumber(formatVietnameseNumber(n))).toEqual({ ok: true, value: n === 0 ? 0 : n });
      }),
    );
  });

  it('round-trips one-decimal values through formatVietnameseNumber (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (tenths) => {
        const v = tenths / 10;
        expect(value(formatVietnameseNumber(v, 1))).toBe(v === 0 ? 0 : v);
        expect(value(formatVietnameseNumber(v))).toBe(v === 0 ? 0 : v);
      }),
    );
  });

  it('never throws, on any string or any value (property)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => void parseVietnameseNumber(s)));
    fc.assert(fc.property(fc.stringMatching(/^[-(]?[\d., %*()]{0,12}$/), (s) => void parseVietnameseNumber(s)));
    fc.assert(fc.property(fc.anything(), (x) => void parseVietnameseNumber(x)));
  });
});

describe('parseVietnameseNumber, boundaries', () => {
  it('reads every "nothing" mark, the minus sign and the double dash included', () => {
    for (const nothing of ['−', '--', '–', '—', 'x', 'X', '  '])
      expect(parseVietnameseNumber(nothing)).toStrictEqual({ ok: true, value: null });
  });

  it('takes runs of spaces as one separator, and only groups of three after the first', () => {
    expect(value('1  234  567')).toBe(1234567);
    expect(value('12 345')).toBe(12345);
    expect(value('1 234,56')).toBe(1234.56);
    expect(value('1234 567')).toBe('not ok');
    expect(value('1 234 567 8')).toBe('not ok');
  });

  it('reads a single "." as thousands only before exactly three digits and after a non-zero integer', () => {
    expect(value('1.2345')).toBe(1.2345);
    expect(value('1.23')).toBe(1.23);
    expect(value('16.000')).toBe(16000);
    expect(value('0.500')).toBe(0.5);
    expect(value('1000.500')).toBe(1000.5);
    expect(value('1,234')).toBe(1.234);
  });

  it('refuses thousands groups that are not 1–3 digits then exactly 3', () => {
    expect(value('1234.567.890')).toBe('not ok');
    expect(value('1.2345.678')).toBe('not ok');
    expect(value('1.23.456')).toBe('not ok');
    expect(value('12.345.678')).toBe(12345678);
  });

  it('refuses what Number() would take but a person does not write', () => {
    for (const text of ['1e5', '0x1A', '1,', '1.', '--1', '1(234)', '(234)5', '16.000 (*) x'])
      expect([text, value(text)]).toEqual([text, 'not ok']);
  });

  it('reads a footnote mark with spaces, two digits, several stars or superscripts', () => {
    expect(parseVietnameseNumber('16.000 ( * )')).toStrictEqual({ ok: true, value: 16000, note: '(*)' });
    expect(parseVietnameseNumber('16.000 (12)')).toStrictEqual({ ok: true, value: 16000, note: '(12)' });
    expect(parseVietnameseNumber('16.000**')).toStrictEqual({ ok: true, value: 16000, note: '**' });
    expect(parseVietnameseNumber('16.000¹²')).toStrictEqual({ ok: true, value: 16000, note: '¹²' });
  });

  it('takes a sign with a space after it, and never gives minus zero or an empty note', () => {
    expect(value('- 1.234')).toBe(-1234);
    expect(value('+ 1.234')).toBe(1234);
    expect(value('-0')).toBe(0);
    expect(Object.is(value('-0,0'), 0)).toBe(true);
    expect(parseVietnameseNumber('5')).toStrictEqual({ ok: true, value: 5 });
    expect(parseVietnameseNumber('5%')).toStrictEqual({ ok: true, value: 0.05, percent: true });
  });

  it('reads big integers while they are exact', () => {
    expect(parseVietnameseNumber(10n)).toStrictEqual({ ok: true, value: 10 });
    expect(parseVietnameseNumber(2n ** 60n)).toStrictEqual({ ok: false, text: String(2n ** 60n) });
  });
});
