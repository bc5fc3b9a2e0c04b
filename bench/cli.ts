/**
 * How `tttt build` compares with merely reading the same files, and how it grows with their number
 * (not a test).
 *
 * Generates submission files (half telecom, half postal, each in its own enterprise's name) into a
 * temp folder with ExcelJS, then for 10, 100, 1,000 and 5,000 of them measures, each in a fresh
 * child process and as the median of RUNS runs:
 * - ExcelJS read only: ExcelJS reading every sheet of every file, one after another, nothing else;
 * - SheetJS read only: the command line's reader (src/cli/sheetGrids.ts) turning every file into
 *   grids, one after another, nothing else;
 * - the same reader in a pool of one worker thread per CPU, as the build reads: nothing else, the
 *   floor of the build's reading on this machine (no build can read its files faster);
 * - `tttt build`: the compiled command (dist-cli/tttt.cjs, as `npx tttt` runs it) reading, building
 *   the tables and writing the report and the JSON, its wall time from process start;
 * - the same build reading in this thread only (TTTT_WORKERS=0), to show what the worker pool gives.
 * Prints one table with the ratios to ExcelJS read only and the build's peak RSS, then
 * `tttt --help`'s wall time.
 *
 * Run: npm run bench:cli (builds the bundle first when it is missing). BENCH_SIZES=10,100 to choose sizes.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { Worker, isMainThread, parentPort } from 'node:worker_threads';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { defaultWorkers } from '../src/cli/readFiles';
import { readWorkbook } from '../src/cli/readWorkbook';

const SIZES = (process.env.BENCH_SIZES ?? '10,100,1000,5000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const ROOT = path.resolve(__dirname, '..');
const BUNDLE = path.join(ROOT, 'dist-cli', 'tttt.cjs');
const TELECOM_ROWS: [string, string][] = [
  ['Điện thoại cố định có dây', 'Thuê bao'],
  ['Điện thoại DĐ trả sau', 'Thuê bao'],
  ['Điện thoại DĐ trả trước', 'Thuê bao'],
  ['Internet băng rộng xDSL', 'Thuê bao'],
  ['Thuê bao FTTH', 'Thuê bao'],
];
const POSTAL_ROWS: [string, string][] = [
  ['Phát hành báo chí', 'Tờ, cuốn'],
  ['Bưu phẩm thường', 'Kg'],
  ['Bưu kiện', 'Cái'],
  ['Chuyển phát nhanh', 'Cái'],
  ['Thư, điện chuyển tiền', 'Cái, bức'],
  ['Số tiền chuyển', 'Tr.đồng'],
  ['Doanh thu', 'Tr.đồng'],
];

/** A deterministic figure for file i, row r, column c. */
const fig = (i: number, r: number, c: number) => 1000 + ((i * 7919 + r * 104729 + c * 1299709) % 90000);

/** Writes submission number `i` (telecom when even, postal when odd). */
async function writeSubmission(dir: string, i: number): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const telecom = i % 2 === 0;
  // Enterprises outside the catalogue go by their sheet's name, so each file names its sheet after its enterprise.
  const ws = wb.addWorksheet(`${telecom ? 'VT' : 'BC'} ${i}`);
  const name = telecom ? `CÔNG TY VIỄN THÔNG SỐ ${i}` : `CÔNG TY CHUYỂN PHÁT SỐ ${i}`;
  ws.addRow([name]);
  ws.addRow([`Số: ${i}/BC`, null, null, 'Quảng Ninh, ngày 08 tháng 10 năm 2015']);
  ws.addRow([telecom ? 'BÁO CÁO SỐ LIỆU VIỄN THÔNG' : 'BÁO CÁO SỐ LIỆU BƯU CHÍNH']);
  ws.addRow(['Lũy kế 9 tháng năm 2015']);
  ws.addRow([]);
  if (telecom) {
    ws.addRow(['STT', 'Chỉ tiêu', 'ĐVT', 'Tăng trong kỳ', 'Giảm trong kỳ', 'Hiện có', 'Cùng kỳ năm 2014']);
    TELECOM_ROWS.forEach(([label, unit], r) =>
      ws.addRow([r + 1, label, unit, fig(i, r, 0), fig(i, r, 1), fig(i, r, 2) * 3, fig(i, r, 3) * 3]),
    );
    ws.addRow([6, 'Doanh thu', 'Triệu đồng', null, null, fig(i, 9, 2), fig(i, 9, 3)]);
  } else {
    ws.addRow(['STT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện 9 tháng năm 2015', 'Cùng kỳ năm 2014']);
    POSTAL_ROWS.forEach(([label, unit], r) => ws.addRow([r + 1, label, unit, fig(i, r, 0), fig(i, r, 1)]));
  }
  await wb.xlsx.writeFile(path.join(dir, `dn-${String(i).padStart(4, '0')}.xlsx`));
}

interface Measure {
  seconds: number;
  peakMb: number;
}

/** In a child: read every sheet of every file with ExcelJS, nothing else. */
async function excelJsReadOnly(dir: string): Promise<void> {
  let cells = 0;
  for (const f of fs.readdirSync(dir).sort()) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, f));
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell(() => void cells++)));
  }
  if (cells === 0) throw new Error('read nothing');
}

/** In a child: the command line's SheetJS reader, every file into grids, nothing else. */
async function sheetJsReadOnly(dir: string): Promise<void> {
  let cells = 0;
  for (const f of fs.readdirSync(dir).sort()) {
    const { grids } = await readWorkbook(path.join(dir, f), f);
    for (const g of grids) for (const row of g.values) cells += row.length;
  }
  if (cells === 0) throw new Error('read nothing');
}

/** In a pool worker: the files it is given into grids with the command line's reader, nothing else. */
function poolWorker(port: NonNullable<typeof parentPort>): void {
  port.on('message', (files: string[]) => {
    void (async () => {
      let cells = 0;
      for (const f of files) {
        const { grids } = await readWorkbook(f, path.basename(f));
        for (const g of grids) for (const row of g.values) cells += row.length;
      }
      port.postMessage(cells);
    })();
  });
  port.postMessage('ready');
}

/**
 * In a child: the SheetJS reader in a pool of one worker per CPU, as `tttt build` reads (each
 * worker takes every n-th file), nothing else: the floor of the build's reading on this machine.
 * Timed from when every worker is loaded, as the other read-only modes start at the first file.
 */
async function sheetJsPool(dir: string): Promise<void> {
  const files = fs
    .readdirSync(dir)
    .sort()
    .map((f) => path.join(dir, f));
  const n = defaultWorkers();
  const workers = Array.from(
    { length: n },
    () => new Worker(__filename, { execArgv: ['--require', require.resolve('tsx/cjs')] }),
  );
  const next = (w: Worker) =>
    new Promise<unknown>((resolve, reject) => w.once('message', resolve).once('error', reject));
  await Promise.all(workers.map(next));
  const start = process.hrtime.bigint();
  const cells = await Promise.all(
    workers.map((w, k) => {
      const answer = next(w);
      w.postMessage(files.filter((_, i) => i % n === k));
      return answer;
    }),
  );
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  await Promise.all(workers.map((w) => w.terminate()));
  if ((cells as number[]).reduce((a, b) => a + b, 0) === 0) throw new Error('read nothing');
  process.stdout.write(JSON.stringify({ seconds, peakMb: process.resourceUsage().maxRSS / 1024 }) + '\n');
}

/** In a child: one read-only mode, timed from just before the first file (start-up not counted). */
async function child(mode: string, dir: string): Promise<void> {
  if (mode === 'pool') return sheetJsPool(dir);
  const start = process.hrtime.bigint();
  if (mode === 'exceljs') await excelJsReadOnly(dir);
  else await sheetJsReadOnly(dir);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  // maxRSS is in kilobytes: the peak resident set of this process.
  process.stdout.write(JSON.stringify({ seconds, peakMb: process.resourceUsage().maxRSS / 1024 }) + '\n');
}

function readOnly(mode: 'exceljs' | 'sheetjs' | 'pool', dir: string): Measure {
  const output = execFileSync(
    process.execPath,
    ['--require', require.resolve('tsx/cjs'), __filename, '--child', mode, dir],
    {
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  return JSON.parse(output.trim().split('\n').pop()!) as Measure;
}

/**
 * The compiled command in a fresh process, timed from the process's start (node's own start-up
 * included): what a person waits for. Checks every file became a submission.
 */
function tttt(dir: string, out: string, workers?: number): Measure {
  const json = `${out}.json`;
  const script = `
    const started = process.hrtime.bigint() - BigInt(Math.round(process.uptime() * 1e9));
    require(${JSON.stringify(BUNDLE)}).run(${JSON.stringify(['build', dir, '--period', '9T/2015', '--out', out, '--json', json])}, {
      stdout: () => undefined, stderr: () => undefined, cwd: ${JSON.stringify(dir)}, interactive: false,
    }).then((code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      process.stdout.write(JSON.stringify({ code, seconds, peakMb: process.resourceUsage().maxRSS / 1024 }) + '\\n');
    });`;
  const env = { ...process.env, ...(workers === undefined ? {} : { TTTT_WORKERS: String(workers) }) };
  const output = execFileSync(process.execPath, ['-e', script], { encoding: 'utf8', env, maxBuffer: 16 * 1024 * 1024 });
  const result = JSON.parse(output.trim().split('\n').pop()!) as Measure & { code: number };
  if (result.code !== 0) throw new Error(`tttt build exited ${result.code}`);
  // A benchmark of a build that read nothing would be a lie: every file must be a submission.
  const read = (JSON.parse(fs.readFileSync(json, 'utf8')) as { submissions: unknown[] }).submissions.length;
  const files = fs.readdirSync(dir).length;
  if (read !== files) throw new Error(`read ${read} submissions from ${files} files`);
  return result;
}

/** The median run (by time) of `runs` runs. */
function median(runs: number, measure: () => Measure): Measure {
  const all = Array.from({ length: runs }, measure).sort((a, b) => a.seconds - b.seconds);
  const mid = all[Math.floor(all.length / 2)];
  return { seconds: mid.seconds, peakMb: Math.max(...all.map((m) => m.peakMb)) };
}

function helpSeconds(): number {
  const times = Array.from({ length: 5 }, () => {
    const start = process.hrtime.bigint();
    spawnSync(process.execPath, [path.join(ROOT, 'bin', 'tttt.cjs'), '--help'], { encoding: 'utf8' });
    return Number(process.hrtime.bigint() - start) / 1e9;
  }).sort((a, b) => a - b);
  return times[2];
}

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (r: string[]) => `| ${r.map((x, c) => x.padStart(widths[c])).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 1) + ':').join('|')}|`, ...rows.map(line)].join('\n');
}

async function main(): Promise<void> {
  if (!fs.existsSync(BUNDLE)) execFileSync('npm', ['run', 'build:cli'], { cwd: ROOT, stdio: 'inherit' });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tttt-bench-'));
  try {
    const all = path.join(tmp, 'all');
    fs.mkdirSync(all);
    const max = Math.max(...SIZES);
    process.stderr.write(`Generating ${max} submission files in ${tmp} …\n`);
    for (let i = 0; i < max; i++) await writeSubmission(all, i);
    const files = fs.readdirSync(all).sort();

    const rows: string[][] = [];
    for (const n of SIZES) {
      const dir = path.join(tmp, `n${n}`);
      fs.mkdirSync(dir);
      for (const f of files.slice(0, n)) fs.linkSync(path.join(all, f), path.join(dir, f));
      const runs = n >= 5000 ? 1 : RUNS;
      process.stderr.write(`Measuring ${n} files (${runs} run${runs > 1 ? 's' : ''} each) …\n`);
      const exceljs = median(runs, () => readOnly('exceljs', dir));
      const sheetjs = median(runs, () => readOnly('sheetjs', dir));
      const pool = median(runs, () => readOnly('pool', dir));
      const build = median(runs, () => tttt(dir, path.join(tmp, `report-${n}.xlsx`)));
      const oneThread = median(runs, () => tttt(dir, path.join(tmp, `report-${n}-1.xlsx`), 0));
      const ratio = (m: Measure) => `${(m.seconds / exceljs.seconds).toFixed(2)}×`;
      rows.push([
        n.toLocaleString('en-US'),
        exceljs.seconds.toFixed(2),
        `${sheetjs.seconds.toFixed(2)} (${ratio(sheetjs)})`,
        `${pool.seconds.toFixed(2)} (${ratio(pool)})`,
        `${build.seconds.toFixed(2)} (${ratio(build)})`,
        `${oneThread.seconds.toFixed(2)} (${ratio(oneThread)})`,
        exceljs.peakMb.toFixed(0),
        sheetjs.peakMb.toFixed(0),
        build.peakMb.toFixed(0),
        oneThread.peakMb.toFixed(0),
      ]);
    }
    console.log(
      table(
        [
          'files',
          'ExcelJS read only (s)',
          'SheetJS read only (s)',
          `SheetJS read only, ${defaultWorkers()} workers (s)`,
          '`tttt build` (s)',
          'build, no workers (s)',
          'ExcelJS MB',
          'SheetJS MB',
          'build MB',
          'no workers MB',
        ],
        rows,
      ),
    );
    console.log(`\n\`tttt --help\`: ${helpSeconds().toFixed(2)} s (median of 5, wall, process start to exit)`);
    console.log(
      `\nNode ${process.version}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}); times are wall seconds, the median of ${RUNS} runs (1 from 5,000 files up), each in a fresh process; read-only times start at the first file, build times at the process's start; ratios are to ExcelJS read only; MB is peak RSS.`,
    );
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (!isMainThread && parentPort) {
  poolWorker(parentPort);
} else if (process.argv[2] === '--generate') {
  // npm run bench:cli -- --generate DIR N: only write the N files (for profiling by hand).
  const [dir, n] = [process.argv[3], Number(process.argv[4])];
  fs.mkdirSync(dir, { recursive: true });
  void (async () => {
    for (let i = 0; i < n; i++) await writeSubmission(dir, i);
  })();
} else if (process.argv[2] === '--child') {
  child(process.argv[3], process.argv[4]).catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  });
} else {
  main().catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  });
}
