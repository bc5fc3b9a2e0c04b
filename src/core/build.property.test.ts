/**
 * Whatever comes in, `build` stays within bounds: arbitrary grids — submissions with their figures
 * replaced by huge and tiny numbers (1.8e303, 5e-324, NaN, ±Infinity), Excel error values, long
 * strings and control characters, ragged rows, holes, odd fonts, formats and hidden rows — never
 * make it throw, never put NaN or Infinity anywhere in its result, and every issue it raises has a
 * message in both languages.
 */
import fc from 'fast-check';
import { build } from './build';
import type { BuildResult, CellValue, SheetGrid } from './model';

const LABELS = [
  'Điện thoại cố định có dây',
  'Điện thoại DĐ trả sau',
  'TB trả trước',
  'Thuê bao FTTH',
  'Internet băng rộng xDSL',
  'Doanh thu',
  'Doanh thu (tr.đồng)',
  'Bưu phẩm thường',
  'Bưu kiện',
  'Chuyển phát nhanh',
  'Số tiền chuyển',
  'Trong đó: trả trước',
  'Tổng cộng',
  'Ghi chú',
  '§iÖn tho¹i di ®éng tr¶ tr\u00adíc',
  'Ñieän thoaïi',
];
const HEADERS = [
  'STT',
  'Chỉ tiêu',
  'ĐVT',
  'Tăng trong kỳ',
  'Giảm trong kỳ',
  'Hiện có',
  'Cùng kỳ năm 2014',
  'Thực hiện 9 tháng năm 2015',
  'So sánh (%)',
  'Kỳ này',
];
const TITLES = [
  'VNPT QUẢNG NINH',
  'BƯU ĐIỆN TỈNH QUẢNG NINH',
  'CÔNG TY VIỄN THÔNG SỐ 7',
  'Lũy kế 9 tháng năm 2015',
  'Quý III/2015',
  'Tháng 9/2015',
  'Đơn vị tính: nghìn đồng',
  'Số: 12/BC-VNPT',
];
const ERRORS = ['#DIV/0!', '#N/A', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#GETTING_DATA'];

/** Numbers at and beyond every edge a figure can reach. */
const edgeNumber = fc.oneof(
  fc.constantFrom(
    1.8e303,
    -1.8e303,
    1.7976931348623157e308,
    5e-324,
    -0,
    0,
    1e15,
    1e16,
    Number.MAX_SAFE_INTEGER + 2,
    NaN,
  ),
  fc.constantFrom(Infinity, -Infinity),
  fc.double(),
  fc.integer({ min: -1e9, max: 1e9 }),
);

/** Text that is hostile: control characters, Excel errors, Vietnamese number text, long strings. */
const edgeText = fc.oneof(
  fc.constantFrom(...ERRORS, '-', 'x', '', ' ', '1.234.567', '1.234,5', '16.000 (*)', '1e308', '-1,8E+303', '100%'),
  fc.string({
    unit: fc.constantFrom('\u0000', '\u0007', '\u001b', '\u00ad', '\u200b', '\ufeff', 'a', ' ', '\n', '\t'),
  }),
  fc.string({ maxLength: 40 }),
  fc.integer({ min: 1000, max: 5000 }).map((n) => 'Điện thoại '.repeat(n).slice(0, n * 3)),
);

const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 3, arbitrary: edgeNumber },
  { weight: 3, arbitrary: edgeText },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: fc.constant(null) },
);

/** A submission-shaped grid (title lines, a header, labelled rows) whose figures are hostile. */
const submissionGrid: fc.Arbitrary<SheetGrid> = fc
  .record({
    titles: fc.oneof(
      fc.constant<string[]>(['VNPT QUẢNG NINH', 'Lũy kế 9 tháng năm 2015']),
      fc.array(fc.constantFrom<string>(...TITLES), { minLength: 0, maxLength: 4 }),
    ),
    header: fc.oneof(
      fc.constant<string[]>([
        'STT',
        'Chỉ tiêu',
        'ĐVT',
        'Tăng trong kỳ',
        'Giảm trong kỳ',
        'Hiện có',
        'Cùng kỳ năm 2014',
      ]),
      fc.shuffledSubarray<string>(HEADERS, { minLength: 2 }),
    ),
    rows: fc.array(
      fc.tuple(fc.constantFrom(...LABELS), fc.array(anyCell, { minLength: 0, maxLength: 9 }), fc.boolean()),
      { minLength: 0, maxLength: 12 },
    ),
    hiddenRows: fc.array(fc.integer({ min: -2, max: 20 }), { maxLength: 3 }),
    hiddenColumns: fc.array(fc.integer({ min: -2, max: 10 }), { maxLength: 2 }),
    format: fc.constantFrom(null, '0%', '#,##0,', '#,##0,,', '0.0%;[Red]-0.0%', '"x"#,##0,', '@'),
    font: fc.constantFrom(null, '.VnTime', 'VNI-Times', '.VnTimeH', 'Arial'),
    top: fc.integer({ min: 0, max: 3 }),
    left: fc.integer({ min: 0, max: 3 }),
  })
  .map(({ titles, header, rows, hiddenRows, hiddenColumns, format, font, top, left }) => {
    const values: CellValue[][] = [
      ...titles.map((t) => [t]),
      header,
      ...rows.map(([label, cells, numbered], i) => [numbered ? i + 1 : null, label, 'Thuê bao', ...cells]),
    ];
    const width = Math.max(...values.map((r) => r.length));
    const grid: SheetGrid = { file: 'f.xlsx', sheet: 'S', top, left, values };
    if (format) grid.formats = values.map((r) => r.map((v) => (typeof v === 'number' ? format : null)));
    if (font) grid.fonts = values.map((r) => r.map(() => font));
    if (hiddenRows.length) grid.hiddenRows = hiddenRows;
    if (hiddenColumns.length) grid.hiddenColumns = hiddenColumns;
    return width > 0 ? grid : { ...grid, values: [] };
  });

/** A grid of anything, ragged. */
const raggedGrid: fc.Arbitrary<SheetGrid> = fc
  .array(fc.array(anyCell, { maxLength: 8 }), { maxLength: 10 })
  .map((values) => ({ file: 'r.csv', sheet: 'r', top: 0, left: 0, values }));

const grids = fc.array(fc.oneof({ weight: 4, arbitrary: submissionGrid }, { weight: 1, arbitrary: raggedGrid }), {
  minLength: 1,
  maxLength: 4,
});

/** Every number in a value, with the path to it, that is NaN or ±Infinity. */
function nonFinite(value: unknown, path = 'result', seen = new Set<unknown>()): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${path} = ${value}`];
  if (value === null || typeof value !== 'object' || seen.has(value)) return [];
  seen.add(value);
  const out: string[] = [];
  for (const [key, v] of Object.entries(value)) out.push(...nonFinite(v, `${path}.${key}`, seen));
  return out;
}

function check(result: BuildResult): void {
  expect(nonFinite(result)).toEqual([]);
  for (const issue of result.issues) {
    expect(typeof issue.message).toBe('string');
    expect(issue.message.trim()).not.toBe('');
    expect(issue.message).not.toMatch(/undefined|NaN|Infinity|\[object Object\]/);
  }
}

describe('build on arbitrary grids', () => {
  it('never throws, never yields NaN or Infinity, and speaks both languages', () => {
    fc.assert(
      fc.property(grids, fc.constantFrom(undefined, '9T/2015', 'Q3/2015', 'xyz'), (input, period) => {
        const vi = build(input, { locale: 'vi', period });
        const en = build(input, { locale: 'en', period });
        check(vi);
        check(en);
        expect(en.issues.map((i) => i.code)).toEqual(vi.issues.map((i) => i.code));
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 150) },
    );
  });

  it('holds on the cases that once broke it', () => {
    const grid = (values: CellValue[][]): SheetGrid => ({ file: 'a.xlsx', sheet: 'S', top: 0, left: 0, values });
    const cases: SheetGrid[][] = [
      [grid([['Lũy kế 9 tháng năm 2015'], ['STT', 'Chỉ tiêu', 'Hiện có'], [1, 'Doanh thu', 1.8e303]])],
      [
        grid([
          ['Lũy kế 9 tháng năm 2015'],
          ['STT', 'Chỉ tiêu', 'Hiện có', 'Cùng kỳ năm 2014'],
          [1, 'Thuê bao FTTH', 1e308, 5e-324],
        ]),
        grid([['Lũy kế 9 tháng năm 2015'], ['STT', 'Chỉ tiêu', 'Hiện có'], [1, 'Thuê bao FTTH', 1e308]]),
      ],
      [grid([['9T/2015'], ['Chỉ tiêu', 'Tăng trong kỳ', 'Giảm trong kỳ'], ['Thuê bao FTTH', 1.7e308, -1.7e308]])],
      [
        grid([
          ['STT', 'Chỉ tiêu', 'Hiện có'],
          [1, 'Doanh thu', '#DIV/0!'],
          [2, 'Bưu kiện', NaN],
          [3, 'CPN', Infinity],
        ]),
      ],
    ];
    for (const input of cases) for (const locale of ['vi', 'en'] as const) check(build(input, { locale }));
  });
});
