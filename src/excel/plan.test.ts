import {
  freeSheetName,
  halve,
  needsCellFonts,
  planReads,
  rectsBy,
  sliceCost,
  widthInPoints,
  DEFAULT_BUDGET,
} from './plan';

const sheet = (rowCount: number, columnCount: number, perCellFonts = false) => ({
  rowIndex: 0,
  columnIndex: 0,
  rowCount,
  columnCount,
  perCellFonts,
});

describe('planReads', () => {
  it('puts 100 ordinary sheets in one sync; the count grows with volume, not sheets', () => {
    const plan = planReads(Array.from({ length: 100 }, () => sheet(60, 12)));
    expect(plan).toHaveLength(1);
    expect(plan[0]).toHaveLength(100);
    // 500 × 720 cells × 30 bytes (values and number formats) + 60 rows × 24 bytes ≈ 11.5 MB
    // estimated: three syncs under the 4 MB budget.
    expect(planReads(Array.from({ length: 500 }, () => sheet(60, 12)))).toHaveLength(3);
  });

  it('cuts a huge sheet by rows under the byte budget, covering every row once', () => {
    const plan = planReads([sheet(300_000, 20)]);
    expect(plan.length).toBeGreaterThan(1);
    const slices = plan.flat();
    expect(slices.reduce((n, s) => n + s.rows, 0)).toBe(300_000);
    slices.forEach((s, i) => expect(s.row).toBe(i === 0 ? 0 : slices[i - 1].row + slices[i - 1].rows));
    for (const group of plan)
      expect(group.reduce((b, s) => b + sliceCost(sheet(0, 20), s.rows), 0)).toBeLessThanOrEqual(DEFAULT_BUDGET.bytes);
  });

  it('respects the cell budget as well as the byte budget', () => {
    const plan = planReads([sheet(1000, 100)], { bytes: 1e12, cells: 10_000, bytesPerCell: 1, bytesPerFontCell: 0 });
    expect(plan).toHaveLength(10);
    expect(plan.every((g) => g.every((s) => s.rows * 100 <= 10_000))).toBe(true);
  });

  it('counts per-cell fonts in the cost', () => {
    expect(sliceCost(sheet(10, 10, true), 10)).toBe(
      100 * (DEFAULT_BUDGET.bytesPerCell + DEFAULT_BUDGET.bytesPerFontCell),
    );
  });

  it('halve splits every slice in two', () => {
    expect(halve([{ sheet: 0, row: 0, rows: 5 }])).toEqual([
      [{ sheet: 0, row: 0, rows: 3 }],
      [{ sheet: 0, row: 3, rows: 2 }],
    ]);
  });
});

describe('rectsBy', () => {
  it('merges runs across rows with the same columns', () => {
    const grid = [
      [true, true, null],
      [true, true, null],
      [null, true, true],
    ];
    expect(rectsBy(grid, (v) => v)).toEqual([
      { key: true, rect: { row: 0, col: 0, rows: 2, cols: 2 } },
      { key: true, rect: { row: 2, col: 1, rows: 1, cols: 2 } },
    ]);
  });

  it('keeps different keys apart', () => {
    expect(rectsBy([['left', 'right']], (v) => v).map((r) => r.key)).toEqual(['left', 'right']);
  });
});

describe('freeSheetName / widthInPoints', () => {
  it('finds the first free numbered name, without case', () => {
    expect(freeSheetName('TTTT Biểu', ['tttt biểu'])).toBe('TTTT Biểu (2)');
    expect(freeSheetName('TTTT Biểu', ['Khác'])).toBe('TTTT Biểu');
    expect(freeSheetName('x'.repeat(31), ['x'.repeat(31)])).toHaveLength(31);
  });
  it('converts characters to points', () => {
    expect(widthInPoints(10)).toBe(56.25);
  });
});

describe('needsCellFonts', () => {
  it('asks for per-cell fonts only where fonts are mixed and text looks TCVN3 or VNI', () => {
    expect(needsCellFonts(null, [['§iÖn tho¹i di ®éng', 5]])).toBe(true);
    expect(needsCellFonts(null, [[1], [null, 'Ñieän thoaïi']])).toBe(true);
    expect(needsCellFonts(null, [['Điện thoại di động', 'Tháng 9', 'Mã số', 5]])).toBe(false);
    expect(needsCellFonts(null, [['Thuê bao', 'Total']])).toBe(false);
    expect(needsCellFonts('.VnTime', [['§iÖn tho¹i']])).toBe(false);
  });
});
