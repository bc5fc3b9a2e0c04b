/**
 * How `tttt build` grows with the number of submission files (not a test).
 *
 * Generates 1,000 submission files (half telecom, half postal, each in its own enterprise's name)
 * into a temp folder, then for 10, 100 and 1,000 of them runs, each in a fresh child process:
 * ExcelJS reading every sheet and nothing else, and the full `tttt build` (read, build the tables,
 * write the report). Prints one table: files | ExcelJS read only (s) | full build (s) | peak RSS (MB)
 * of the full build.
 *
 * Run: npm run bench:cli
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { run } from '../src/cli/main';

const SIZES = [10, 100, 1000];

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

/** In a child: read every sheet of every file with ExcelJS, nothing else. */
async function readOnly(dir: string): Promise<void> {
  let cells = 0;
  for (const f of fs.readdirSync(dir).sort()) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, f));
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell(() => void cells++)));
  }
  if (cells === 0) throw new Error('read nothing');
}

/** In a child: the full command, quiet. */
async function fullBuild(dir: string, out: string): Promise<void> {
  const json = `${out}.json`;
  const code = await run(['build', dir, '--period', '9T/2015', '--out', out, '--json', json], {
    stdout: () => undefined,
    stderr: () => undefined,
    cwd: dir,
    interactive: false,
  });
  if (code !== 0) throw new Error(`tttt build exited ${code}`);
  // A benchmark of a build that read nothing would be a lie: every file must be a submission.
  const read = (JSON.parse(fs.readFileSync(json, 'utf8')) as { submissions: unknown[] }).submissions.length;
  const files = fs.readdirSync(dir).length;
  if (read !== files) throw new Error(`read ${read} submissions from ${files} files`);
}

async function child(mode: string, dir: string, out: string): Promise<void> {
  const start = process.hrtime.bigint();
  if (mode === 'read') await readOnly(dir);
  else await fullBuild(dir, out);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  // maxRSS is in kilobytes: the peak resident set of this process.
  process.stdout.write(JSON.stringify({ seconds, peakMb: process.resourceUsage().maxRSS / 1024 }) + '\n');
}

function measure(mode: 'read' | 'build', dir: string, out: string): { seconds: number; peakMb: number } {
  const output = execFileSync(
    process.execPath,
    ['--require', require.resolve('tsx/cjs'), __filename, '--child', mode, dir, out],
    {
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  return JSON.parse(output.trim().split('\n').pop()!) as { seconds: number; peakMb: number };
}

async function main(): Promise<void> {
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
      process.stderr.write(`Measuring ${n} files …\n`);
      const read = measure('read', dir, '');
      const build = measure('build', dir, path.join(tmp, `report-${n}.xlsx`));
      rows.push([
        n.toLocaleString('en-US'),
        read.seconds.toFixed(2),
        build.seconds.toFixed(2),
        build.peakMb.toFixed(0),
      ]);
    }
    const head = ['files', 'ExcelJS read only (s)', 'full build (s)', 'peak RSS (MB)'];
    const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
    const line = (r: string[]) =>
      `| ${r.map((x, c) => (c === 0 ? x.padStart(widths[c]) : x.padStart(widths[c]))).join(' | ')} |`;
    console.log(line(head));
    console.log(`|${widths.map((w) => '-'.repeat(w + 1) + ':').join('|')}|`);
    for (const r of rows) console.log(line(r));
    console.log(
      `\nNode ${process.version}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}); each cell is one fresh child process.`,
    );
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') {
  child(process.argv[3], process.argv[4], process.argv[5]).catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  });
} else {
  main().catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  });
}
