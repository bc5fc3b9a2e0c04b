import { numbering } from './numbering';
import { Outline } from './outline';

/** Depths of rows given as [label, has figures, is a "Trong đó" row]. */
function depths(rows: [string, boolean, boolean?][]): number[] {
  const outline = new Outline();
  return rows.map(([label, figures, breakdown]) => outline.place(numbering(label), breakdown === true, figures));
}

describe('Outline', () => {
  it('follows the numbering: sections, items, sub-items and bullets', () => {
    expect(
      depths([
        ['I', false],
        ['1', true],
        ['- Trả trước', true],
        ['+ 3G', true],
        ['a) x', true],
        ['2', true],
        ['II', false],
        ['1', true],
      ]),
    ).toEqual([0, 1, 2, 3, 2, 1, 0, 1]);
  });

  it('puts unnumbered rows under the numbered row or heading above them', () => {
    expect(
      depths([
        ['1', true],
        ['Trong nước', true],
        ['Quốc tế', true],
        ['2', true],
      ]),
    ).toEqual([1, 2, 2, 1]);
    expect(
      depths([
        ['Điện thoại di động', false],
        ['Trả trước', true],
        ['Trả sau', true],
        ['Internet', false],
        ['FTTH', true],
      ]),
    ).toEqual([1, 2, 2, 1, 2]);
  });

  it('keeps a flat list flat', () => {
    expect(
      depths([
        ['Trả trước', true],
        ['Trả sau', true],
        ['Doanh thu', true],
      ]),
    ).toEqual([1, 1, 1]);
  });

  it('puts "Trong đó" rows and the rows after a bare "Trong đó:" under the row they break down', () => {
    expect(
      depths([
        ['1', true],
        ['Trong đó: 3G', true, true],
        ['4G', true],
        ['2', true],
      ]),
    ).toEqual([1, 2, 2, 1]);
    const outline = new Outline();
    expect(outline.place(numbering('Bưu phẩm'), false, true)).toBe(1);
    outline.openBreakdown(1);
    expect([
      outline.place(numbering('Trong nước'), false, true),
      outline.place(numbering('Quốc tế'), false, true),
    ]).toEqual([2, 2]);
    expect(outline.place(numbering('Bưu kiện'), false, false)).toBe(2);
  });
});
