/**
 * How fast the =TTTT.* functions are: calls per second for YOY, NUM, INDICATOR and SUMIND over
 * 100,000 inputs, printed as one table.
 *
 * Two ways Excel calls a function: a formula filled down a column calls it once per cell (a 1×1
 * range each time: "per cell"), a formula over a whole column calls it once with the column
 * ("one range"). SUMIND's input is a submission range (an enterprise's sheet of ~20 rows).
 *
 * Run: `npm run bench:functions` (or `npx tsx bench/functions.ts [inputs]`).
 */
import '../test/functions/customFunctionsStub';
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
    ['VIỄN THÔNG QUẢNG NINH', null, null, null, null, null],
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

function time(fn: string, mode: string, inputs: number, calls: number, run: () => number): Row {
  run(); // warm up on the same work (JIT), then measure
  const start = process.hrtime.bigint();
  const errors = run();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return { fn, mode, inputs, calls, ms, errors };
}

const column = <T>(values: T[], count: number) => Array.from({ length: count }, (_, i) => [values[i % values.length]]);
const currents = Array.from({ length: INPUTS }, (_, i) => [1000 + (i % 500)]);
const previous = Array.from({ length: INPUTS }, (_, i) => [i % 1000 === 0 ? 0 : 900 + (i % 300)]);
const numbers = column(NUMBER_TEXTS, INPUTS);
const labels = column(LABELS, INPUTS);
const SUMIND_INPUTS = Math.min(INPUTS, Number(process.env.SUMIND_INPUTS ?? INPUTS));
const ranges = Array.from({ length: Math.min(SUMIND_INPUTS, 1000) }, (_, i) => submissionRange(i));

const rows: Row[] = [
  time('YOY', 'one range', INPUTS, 1, () => errorsIn(yoy(currents, previous))),
  time('YOY', 'per cell', INPUTS, INPUTS, () => {
    let errors = 0;
    for (let i = 0; i < INPUTS; i++) errors += errorsIn(yoy([currents[i]], [previous[i]]));
    return errors;
  }),
  time('NUM', 'one range', INPUTS, 1, () => errorsIn(num(numbers))),
  time('NUM', 'per cell', INPUTS, INPUTS, () => {
    let errors = 0;
    for (let i = 0; i < INPUTS; i++) errors += errorsIn(num([numbers[i]]));
    return errors;
  }),
  time('INDICATOR', 'one range', INPUTS, 1, () => errorsIn(indicator(labels, 'telecom'))),
  time('INDICATOR', 'per cell', INPUTS, INPUTS, () => {
    let errors = 0;
    for (let i = 0; i < INPUTS; i++) errors += errorsIn(indicator([labels[i]], 'telecom'));
    return errors;
  }),
  time('SUMIND', 'one range per call', SUMIND_INPUTS, SUMIND_INPUTS, () => {
    let errors = 0;
    for (let i = 0; i < SUMIND_INPUTS; i++) errors += errorsIn(sumInd('mobile-prepaid', ranges[i % ranges.length]));
    return errors;
  }),
  time('SUMIND', '100 ranges per call', SUMIND_INPUTS, SUMIND_INPUTS / 100, () => {
    let errors = 0;
    for (let i = 0; i < SUMIND_INPUTS; i += 100) errors += errorsIn(sumInd('ftth', ...ranges.slice(i % ranges.length, (i % ranges.length) + 100)));
    return errors;
  }),
];

const format = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const table = [
  ['function', 'mode', 'inputs', 'calls', 'time (ms)', 'calls/s', 'inputs/s', 'error cells'],
  ...rows.map((r) => [r.fn, r.mode, format(r.inputs), format(r.calls), format(r.ms, 1), format(r.calls / (r.ms / 1000)), format(r.inputs / (r.ms / 1000)), format(r.errors)]),
];
const widths = table[0].map((_, c) => Math.max(...table.map((row) => row[c].length)));
const line = (row: string[]) => `| ${row.map((cell, c) => (c < 2 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join(' | ')} |`;
console.log(`TTTT custom functions, ${format(INPUTS)} inputs, Node ${process.version}`);
console.log(line(table[0]));
console.log(`|${widths.map((w, c) => (c < 2 ? ` ${'-'.repeat(w)} ` : ` ${'-'.repeat(w - 1)}: `)).join('|')}|`);
for (const row of table.slice(1)) console.log(line(row));
