import type { Cell } from './cells';
import { brokenFormula, figureOf, isFigure } from './figures';

const cell = (raw: Cell['raw'], format?: Cell['format']): Cell => ({
  raw,
  text: raw === null ? '' : String(raw),
  phrase: '',
  row: 0,
  col: 0,
  ...(format ? { format } : {}),
});

describe('isFigure: years', () => {
  it('takes a year typed as a number or as four digits for no figure when years are left out', () => {
    expect(isFigure(cell(2015), false)).toBe(false);
    expect(isFigure(cell('2015'), false)).toBe(false);
    expect(isFigure(cell(2100), false)).toBe(false);
    expect(isFigure(cell(2101), false)).toBe(true);
  });

  it('keeps a year-like value written with a separator or as a percent a figure', () => {
    expect(isFigure(cell('2.015'), false)).toBe(true);
    expect(isFigure(cell('12015'), false)).toBe(true);
    expect(isFigure(cell(2015, { percent: true, divisor: 1 }), false)).toBe(true);
    expect(isFigure(cell(2015), true)).toBe(true);
  });

  it('sees no figure in a blank cell, a dash or words', () => {
    expect([cell(null), cell('-'), cell('x'), cell('Doanh thu')].map((c) => isFigure(c))).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('figureOf: number formats', () => {
  it('reads a number under a percent format as a percent, and under a thousands format as shown', () => {
    expect(figureOf(cell(0.25, { percent: true, divisor: 1 }))).toMatchObject({ ok: true, value: 0.25, percent: true });
    expect(figureOf(cell(1234567, { percent: false, divisor: 1000 }))).toMatchObject({ ok: true, value: 1234.567 });
    expect(figureOf(cell(null))).toEqual({ ok: true, value: null });
  });
});

describe('brokenFormula', () => {
  it("names Excel's error values and formulas without their result, nothing else", () => {
    expect(['#REF!', '#N/A', '#DIV/0!', '#VALUE!', '#NAME?', '#n/a'].map(brokenFormula)).toEqual(
      Array(6).fill('error'),
    );
    expect(['=SUM(C5:C7)', '=C5-D5', "='BC 9T'!D7", '= 1+2'].map(brokenFormula)).toEqual(Array(4).fill('formula'));
    expect(
      ['x', '-', 'N/A', '#', '#1', '==', '= ', 'Ghi chú: =', '1.234', 'xem #REF!', '#N/A ở đây', 'Tổng = C5'].map(
        brokenFormula,
      ),
    ).toEqual(Array(12).fill(null));
  });
});
