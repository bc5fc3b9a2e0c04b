/**
 * How fast the =TTTT.* functions are: calls per second for YOY, NUM, INDICATOR and SUMIND over
 * 100,000 inputs, printed as one table.
 *
 * Two ways Excel calls a function: a formula filled down a column calls it once per cell (a 1×1
 * range each time: "per cell"), a formula over a whole column calls it once with the column
 * ("one range"). An input is one row a statistician fills: a current/previous pair for YOY, a
 * cell for NUM, a label for INDICATOR, an indicator row of a submission for SUMIND (whose ranges
 * are small telecom submissions of 7 indicator rows under title lines and a header).
 *
 * Run: `npm run bench:functions` (or `npx tsx bench/functions.ts [inputs]`).
 */
import '../test/support/customFunctionsStub';
import { indicator, num, sumInd, yoy } from '../src/functions/functions';

const INPUTS = Number(process.argv[2] ?? 100_000);

/** Numbers as submissions write them, a blank and a dash among them. */
const NUMBER_TEXTS = ['1.234.567', '2.907', '1.234,5', '16.000 (*)', '-', 826963, '24.060', '', '142.153', '7.162.000'];
/** Labels in many wordings and encodings. */
const LABELS = [
  'Điện thoại cố định có dây',
  'Điện thoại DD trả trước',
  'TB DĐ trả sau',
  '§iÖn tho¹i di ®éng tr¶ tr\u00adíc',
  'Thuê bao FTTH',
  'Thue bao Internet bang rong xDSL',
  'Doanh thu',
  'Bưu phẩm thường',
  'Chuyển phát nhanh (EMS)',
  'Sản lượng phát hành báo chí',
];

/** A small telecom submission as a range: title lines, a header and the indicator rows. */
function submissionRange(seed: number): unknown[][] {
  const n = (base: number) => base + (seed % 97);
  return [
    [`CÔNG TY CỔ PHẦN SỐ ${seed + 1}`, null, null, null, null, null],
    ['BÁO CÁO KẾT QUẢ HOẠT ĐỘNG VIỄN THÔNG 9 THÁNG ĐẦU NĂM 2015', null, null, null, null, null],
    ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Phát triển mới', 'Rời mạng', 'Hiện có'],
    [1, 'Điện thoại cố định có dây', 'Thuê bao', n(2907), n(24060), n(2907)],
    [2, 'Điện thoại cố định không dây', 'Thuê bao', n(730), n(2907), n(24060)],
    [3, 'Điện thoại di động trả sau', 'Thuê bao', n(38120), n(17245), n(40318)],
    [4, 'Điện thoại di động trả trước', 'Thuê bao', n(182455), n(151320), n(402118)],
    [5, 'Thuê bao Internet băng rộng xDSL', 'Thuê bao', n(11240), n(8715), n(61820)],
    [6, 'Thuê bao FTTH', 'Thuê bao', n(10215), n(2430), n(11362)],
    [7, 'Doanh thu', 'Triệu đồng', null, null, n(812345)],
  ];
}

interface Row {
  fn: string;
  mode: string;
  inputs: number;
  calls: number;
  ms: number;
  errors: number;
}

/** Counts Excel errors in a result, so a benchmark that only produced errors is seen as such. */
function errorsIn(result: unknown): number {
  if (Array.isArray(result)) return result.reduce((sum: number, row) => sum + errorsIn(row), 0);
  return result instanceof CustomFunctions.Error ? 1 : 0;
}

/** Times `run(n)` over all inputs after a warm-up on at most 2,000 of them (JIT). */
function time(fn: string, mode: string, inputs: number, calls: number, run: (n: number) => number): Row {
  run(Math.min(inputs, 2000));
  const start = process.hrtime.bigint();
  const errors = run(inputs);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return { fn, mode, inputs, calls, ms, errors };
}

const column = <T>(values: T[], count: number) => Array.from({ length: count }, (_, i) => [values[i % values.length]]);
const currents = Array.from({ length: INPUTS }, (_, i) => [1000 + (i % 500)]);
const previous = Array.from({ length: INPUTS }, (_, i) => [i % 1000 === 0 ? 0 : 900 + (i % 300)]);
const numbers = column(NUMBER_TEXTS, INPUTS);
const labels = column(LABELS, INPUTS);
const ROWS_PER_RANGE = submissionRange(0).length - 3;
const rangeCount = Math.ceil(INPUTS / ROWS_PER_RANGE);
const ranges = Array.from({ length: rangeCount }, (_, i) => submissionRange(i));

/** Calls `call` on i = 0, step, 2·step … below n, adding up the error cells. */
function loop(n: number, step: number, call: (i: number) => unknown): number {
  let errors = 0;
  for (let i = 0; i < n; i += step) errors += errorsIn(call(i));
  return errors;
}

const rows: Row[] = [
  time('YOY', 'one range', INPUTS, 1, (n) => errorsIn(yoy(currents.slice(0, n), previous.slice(0, n)))),
  time('YOY', 'per cell', INPUTS, INPUTS, (n) => loop(n, 1, (i) => yoy([currents[i]], [previous[i]]))),
  time('NUM', 'one range', INPUTS, 1, (n) => errorsIn(num(numbers.slice(0, n)))),
  time('NUM', 'per cell', INPUTS, INPUTS, (n) => loop(n, 1, (i) => num([numbers[i]]))),
  time('INDICATOR', 'one range', INPUTS, 1, (n) => errorsIn(indicator(labels.slice(0, n), 'telecom'))),
  time('INDICATOR', 'per cell', INPUTS, INPUTS, (n) => loop(n, 1, (i) => indicator([labels[i]], 'telecom'))),
  time('SUMIND', 'one range per call', rangeCount * ROWS_PER_RANGE, rangeCount, (n) =>
    loop(Math.ceil(n / ROWS_PER_RANGE), 1, (i) => sumInd('mobile-prepaid', ranges[i])),
  ),
  time('SUMIND', '100 ranges per call', rangeCount * ROWS_PER_RANGE, Math.ceil(rangeCount / 100), (n) =>
    loop(Math.ceil(n / ROWS_PER_RANGE), 100, (i) => sumInd('ftth', ...ranges.slice(i, i + 100))),
  ),
];

const format = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const table = [
  ['function', 'mode', 'inputs', 'calls', 'time (ms)', 'calls/s', 'inputs/s', 'error cells'],
  ...rows.map((r) => [
    r.fn,
    r.mode,
    format(r.inputs),
    format(r.calls),
    format(r.ms, 1),
    format(r.calls / (r.ms / 1000)),
    format(r.inputs / (r.ms / 1000)),
    format(r.errors),
  ]),
];
const widths = table[0].map((_, c) => Math.max(...table.map((row) => row[c].length)));
const line = (row: string[]) =>
  `| ${row.map((cell, c) => (c < 2 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join(' | ')} |`;
console.log(`TTTT custom functions, ${format(INPUTS)} inputs, Node ${process.version}`);
console.log(line(table[0]));
console.log(`|${widths.map((w, c) => (c < 2 ? ` ${'-'.repeat(w)} ` : ` ${'-'.repeat(w - 1)}: `)).join('|')}|`);
for (const row of table.slice(1)) console.log(line(row));
