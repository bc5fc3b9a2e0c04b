/**
 * Cost at the edges (not a test): a 100,000-character label, a 5,000- and a 50,000-row table and a
 * 1,000,000-row sheet, each as an .xlsx submission, read by the command line's reader
 * (src/cli/sheetGrids.ts) and then built by the core (`build`). Each case runs in a fresh child
 * process; prints one table: file size, reader time, build time, build ÷ read, peak RSS, and what
 * the build said (submissions, figures, the limit it stopped at).
 *
 * The reader reads at most MAX_ROWS rows of a sheet (src/cli/sheetGrids.ts): the 1,000,000-row
 * sheet is cut there with a warning naming the sheet, and the rest of the folder still builds.
 *
 * Run: npm run bench:limits (BENCH_CASES=label to run only the cases whose names contain a word).
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { build } from '../src/core/build';
import { MAX_ROWS, readSubmissionBytes } from '../src/cli/sheetGrids';

const LABELS = [
  'Điện thoại cố định có dây',
  'Điện thoại DĐ trả sau',
  'Điện thoại DĐ trả trước',
  'Internet băng rộng xDSL',
  'Thuê bao FTTH',
];

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A minimal .xlsx written part by part (inline strings, stored without compression), so a sheet of a
 * million rows is made in seconds without building a workbook object first.
 */
function writeXlsx(file: string, rows: (string | number | null)[][]): void {
  const col = (c: number) => String.fromCharCode(65 + c);
  const parts: string[] = [];
  rows.forEach((row, r) => {
    let cells = '';
    row.forEach((v, c) => {
      if (v === null) return;
      const ref = `${col(c)}${r + 1}`;
      cells +=
        typeof v === 'number'
          ? `<c r="${ref}"><v>${v}</v></c>`
          : `<c r="${ref}" t="inlineStr"><is><t>${escape(v)}</t></is></c>`;
    });
    parts.push(`<row r="${r + 1}">${cells}</row>`);
  });
  const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const zip = XLSX.CFB.utils.cfb_new();
  const add = (name: string, text: string) => XLSX.CFB.utils.cfb_add(zip, name, Buffer.from(text, 'utf8'));
  add(
    '/[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
  );
  add(
    '/_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  add(
    '/xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${ns}" xmlns:r="${rel}"><sheets><sheet name="BC" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  );
  add(
    '/xl/_rels/workbook.xml.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${rel}/styles" Target="styles.xml"/></Relationships>`,
  );
  // Excel always writes a styles part; without one SheetJS fails (and recovers) on every cell's style.
  add(
    '/xl/styles.xml',
    `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${ns}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>` +
      '<fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders>' +
      '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellXfs></styleSheet>',
  );
  XLSX.CFB.utils.cfb_add(
    zip,
    '/xl/worksheets/sheet1.xml',
    Buffer.concat([
      Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${ns}"><sheetData>`),
      ...parts.map((p) => Buffer.from(p)),
      Buffer.from('</sheetData></worksheet>'),
    ]),
  );
  fs.writeFileSync(file, XLSX.CFB.write(zip, { type: 'buffer', fileType: 'zip', compression: false }) as Buffer);
}

const TITLE = ['VNPT QUẢNG NINH', 'Lũy kế 9 tháng năm 2015', ''];
const HEADER = ['STT', 'Chỉ tiêu', 'ĐVT', 'Tăng trong kỳ', 'Giảm trong kỳ', 'Hiện có', 'Cùng kỳ năm 2014'];

function table(rows: number, label: (i: number) => string): (string | number | null)[][] {
  const out: (string | number | null)[][] = [...TITLE.map((t) => [t || null]), HEADER];
  for (let i = 0; i < rows; i++)
    out.push([i + 1, label(i), 'Thuê bao', 100 + (i % 97), 50 + (i % 89), 1000 + i, 900 + i]);
  return out;
}

/** A case still running after this long is stopped and reported as such (BENCH_CASE_SECONDS). */
const CASE_SECONDS = Number(process.env.BENCH_CASE_SECONDS ?? 300);

interface Case {
  name: string;
  make: (file: string) => void;
}

const CASES: Case[] = [
  {
    // The same table with its own labels: what any build costs in a fresh process (the catalogue, first calls).
    name: '5-row table (baseline)',
    make: (file) =>
      writeXlsx(
        file,
        table(5, (i) => LABELS[i]),
      ),
  },
  {
    name: '100,000-character label',
    make: (file) =>
      writeXlsx(
        file,
        table(5, (i) =>
          i === 2 ? 'Điện thoại di động trả trước (bao gồm Dcom, '.repeat(2300).slice(0, 100_000) : LABELS[i],
        ),
      ),
  },
  {
    name: '5,000-row table',
    make: (file) =>
      writeXlsx(
        file,
        table(5_000, (i) => LABELS[i % LABELS.length]),
      ),
  },
  {
    name: '50,000-row table',
    make: (file) =>
      writeXlsx(
        file,
        table(50_000, (i) => LABELS[i % LABELS.length]),
      ),
  },
  {
    name: '1,000,000-row sheet',
    make: (file) =>
      writeXlsx(
        file,
        table(1_000_000, (i) => LABELS[i % LABELS.length]),
      ),
  },
];

interface Result {
  readSeconds: number;
  buildSeconds: number;
  peakMb: number;
  rows: number;
  submissions: number;
  facts: number;
  said: string;
}

/** In a child: read the file with the command line's reader, then build. */
function child(file: string): void {
  const bytes = fs.readFileSync(file);
  let t = process.hrtime.bigint();
  const reading = readSubmissionBytes(bytes, path.basename(file), 'en');
  const readSeconds = Number(process.hrtime.bigint() - t) / 1e9;
  const rows = reading.grids.reduce((n, g) => n + g.values.length, 0);
  const limits = reading.issues.map((i) => i.message);
  // What the reader did, written before the build: a build stopped by the time limit still shows it.
  process.stdout.write(JSON.stringify({ readSeconds, rows, said: limits.join('; ') }) + '\n');
  t = process.hrtime.bigint();
  const result = build(reading.grids, { locale: 'en', period: '9T/2015' });
  const buildSeconds = Number(process.hrtime.bigint() - t) / 1e9;
  const out: Result = {
    readSeconds,
    buildSeconds,
    peakMb: process.resourceUsage().maxRSS / 1024,
    rows,
    submissions: result.submissions.length,
    facts: result.facts.length,
    said: limits.join('; '),
  };
  process.stdout.write(JSON.stringify(out) + '\n');
}

function main(): void {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tttt-limits-'));
  const rows: string[][] = [];
  try {
    // BENCH_CASES=label,50,000 runs only the cases whose names contain one of these words.
    const only = process.env.BENCH_CASES?.split(',').map((w) => w.trim().toLowerCase());
    for (const c of CASES.filter((c) => !only || only.some((w) => c.name.toLowerCase().includes(w)))) {
      const file = path.join(tmp, `${c.name.replace(/[^a-z0-9]+/gi, '-')}.xlsx`);
      process.stderr.write(`${c.name}: writing …`);
      c.make(file);
      process.stderr.write(' measuring …\n');
      let r: Result;
      try {
        const output = execFileSync(
          process.execPath,
          ['--require', require.resolve('tsx/cjs'), __filename, '--child', file],
          {
            encoding: 'utf8',
            maxBuffer: 16 * 1024 * 1024,
            stdio: ['ignore', 'pipe', 'inherit'],
            timeout: CASE_SECONDS * 1000,
          },
        );
        r = JSON.parse(output.trim().split('\n').pop()!) as Result;
      } catch (err) {
        const failed = err as { signal?: string; stdout?: string; message: string };
        const timedOut = failed.signal === 'SIGTERM';
        const why = timedOut ? `build not done after ${CASE_SECONDS} s (stopped)` : failed.message.split('\n')[0];
        const first = (failed.stdout ?? '').trim().split('\n')[0];
        const read = first ? (JSON.parse(first) as Pick<Result, 'readSeconds' | 'rows' | 'said'>) : null;
        rows.push([
          c.name,
          `${(fs.statSync(file).size / 1e6).toFixed(1)} MB`,
          read ? read.readSeconds.toFixed(2) : '',
          timedOut ? `> ${CASE_SECONDS}` : '',
          read && timedOut ? `> ${(CASE_SECONDS / read.readSeconds).toFixed(0)}×` : '',
          '',
          `${read ? `${read.rows.toLocaleString('en-US')} rows read; ` : ''}${why}${read?.said ? `; ${read.said}` : ''}`,
        ]);
        continue;
      }
      rows.push([
        c.name,
        `${(fs.statSync(file).size / 1e6).toFixed(1)} MB`,
        r.readSeconds.toFixed(2),
        r.buildSeconds.toFixed(2),
        `${(r.buildSeconds / r.readSeconds).toFixed(2)}×`,
        r.peakMb.toFixed(0),
        `${r.rows.toLocaleString('en-US')} rows read, ${r.submissions} submission(s), ${r.facts.toLocaleString('en-US')} facts${r.said ? `; ${r.said}` : ''}`,
      ]);
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  const head = ['case', 'file', 'read (s)', 'build (s)', 'build ÷ read', 'peak RSS (MB)', 'result'];
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (r: string[]) =>
    `| ${r.map((x, c) => (c === 0 || c === 6 ? x.padEnd(widths[c]) : x.padStart(widths[c]))).join(' | ')} |`;
  console.log(line(head));
  console.log(
    `|${widths.map((w, c) => (c === 0 || c === 6 ? ':' + '-'.repeat(w + 1) : '-'.repeat(w + 1) + ':')).join('|')}|`,
  );
  for (const r of rows) console.log(line(r));
  console.log(
    `\nReader: src/cli/sheetGrids.ts (SheetJS), at most ${MAX_ROWS.toLocaleString('en-US')} rows a sheet. Node ${process.version}, ${os.cpus().length} cores; each case in a fresh process.`,
  );
}

if (process.argv[2] === '--child') child(process.argv[3]);
else main();
