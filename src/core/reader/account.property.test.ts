/**
 * The accounting's promise over generated tables: every numeric cell a person sees ends in exactly
 * one class — a fact, a cell known not to be a figure, or an issue that names it — none in two,
 * none in none, whatever the table's wording, units, numbers and hidden rows.
 */
import fc from 'fast-check';
import { cellAddress } from '../issues';
import type { CellValue, SheetGrid } from '../model';
import { namedCells } from './account';
import { readCells } from './cells';
import { isFigure } from './figures';
import { readSheet } from './readSheet';

const LABELS = [
  'Thuê bao FTTH',
  'Điện thoại DĐ trả trước',
  'TB trả sau',
  'Doanh thu',
  'Bưu kiện',
  'CPN',
  'Số trạm BTS',
  'Trong đó: 3G',
  '- Trả trước',
  'Tổng cộng',
  'TP Hạ Long',
  'Ghi chú: số liệu ước tính',
  'Chỉ tiêu lạ',
  '',
];
const HEADERS = [
  'Tăng',
  'Giảm',
  'Hiện có',
  'Thực hiện',
  'Kế hoạch',
  'So sánh (%)',
  'Cùng kỳ năm 2014',
  'T9',
  'Lũy kế',
  'Cột lạ',
  'ĐVT',
];
const UNITS = ['Thuê bao', 'Nghìn TB', 'Triệu đồng', 'Cái', 'kg', 'đồng', '???'];
const TITLES = ['VNPT Bắc Ninh', 'Báo cáo 9 tháng năm 2015', 'Đơn vị tính: nghìn đồng', 'Số: 12/BC-VNPT', ''];

const number = fc.oneof(
  fc.integer({ min: -5000, max: 5_000_000 }),
  fc.double({ min: -1e6, max: 1e18, noNaN: true }),
  fc.constantFrom('1.234.567', '12,345', '16.000 (*)', '-', 'x', '28%', '1,234,567', '0,5', '2.060'),
);
const cell: fc.Arbitrary<CellValue> = fc.oneof(number, fc.constantFrom(...UNITS), fc.constant(null));

const grid: fc.Arbitrary<SheetGrid> = fc
  .record({
    titles: fc.array(fc.constantFrom(...TITLES), { maxLength: 3 }),
    header: fc.array(fc.constantFrom(...HEADERS), { minLength: 1, maxLength: 5 }),
    rows: fc.array(fc.tuple(fc.constantFrom(...LABELS), fc.array(cell, { maxLength: 6 })), { maxLength: 10 }),
    footer: fc.array(number, { maxLength: 2 }),
    hidden: fc.array(fc.nat({ max: 16 }), { maxLength: 2 }),
    formats: fc.boolean(),
  })
  .map(({ titles, header, rows, footer, hidden, formats }) => {
    const values: CellValue[][] = [
      ...titles.map((t) => [t]),
      ['STT', 'Chỉ tiêu', ...header],
      ...rows.map(([label, figures], i) => [i + 1, label, ...figures]),
      footer,
    ];
    return {
      file: 'g.xlsx',
      sheet: 'S',
      top: 0,
      left: 0,
      values,
      hiddenRows: hidden,
      ...(formats ? { formats: values.map((row) => row.map((_, c) => (c === 2 ? '#,##0,' : null))) } : {}),
    };
  });

describe('accounting (property)', () => {
  it('puts every visible numeric cell in a table in exactly one class, and names every one it did not use', () => {
    fc.assert(
      fc.property(grid, (g) => {
        const reading = readSheet(g);
        const accounts = reading.accounts ?? [];
        const seen = new Set<string>();
        for (const account of accounts) {
          expect(seen.has(account.cell)).toBe(false);
          seen.add(account.cell);
        }
        const facts = new Set(reading.submissions.flatMap((s) => s.facts.map((f) => f.source.cell)));
        const named = new Set(reading.issues.flatMap((i) => namedCells(i)));
        for (const account of accounts) {
          if (account.class === 'fact') expect(facts.has(account.cell)).toBe(true);
          if (account.class === 'issue') expect(named.has(account.cell)).toBe(true);
        }
        // None in none: every visible number is accounted for, or is a year outside every table.
        const { cells } = readCells(g);
        for (const row of cells)
          for (const c of row) {
            if (!isFigure(c, false)) continue;
            expect(seen.has(cellAddress(c.row, c.col))).toBe(true);
          }
        // Every fact's cell is in the accounts as a fact.
        for (const cellRef of facts) expect(accounts.find((a) => a.cell === cellRef)?.class).toBe('fact');
      }),
      // PROPERTY_RUNS: fewer grids where speed matters more than reach (the mutation runs, stryker.config.mjs).
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 500), seed: 7 },
    );
  });
});
