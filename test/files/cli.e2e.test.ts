/**
 * End to end: the sample submissions → `tttt build` → the report workbook and the JSON, checked
 * against the reference report's two tables; the report opened by LibreOffice in a Vietnamese
 * locale; bad inputs give issues, not crashes.
 */
import { execFile, execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { EXIT, run, type Io } from '../../src/cli/main';
import type { JsonResult } from '../../src/cli/jsonResult';
import { REFERENCE } from '../../scripts/make-examples';
import { convert, parseCsv, vietnameseProfile } from './libreoffice';
import { REFERENCE_POSTAL, REFERENCE_TELECOM, referenceRows } from '../support/fixtures';

const ROOT = path.resolve(__dirname, '..', '..');
const EXAMPLES = 'examples/9T-2015';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function runInProcess(args: string[], cwd = ROOT): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: Io = { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), cwd, interactive: false };
  const code = await run(args, io);
  return { code, stdout, stderr };
}

const readJson = (file: string): JsonResult => JSON.parse(fs.readFileSync(file, 'utf8')) as JsonResult;

let tmp: string;
let main: Run;
let json: JsonResult;
const report = () => path.join(tmp, 'report.xlsx');

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tttt-e2e-'));
  main = await runInProcess([
    'build',
    EXAMPLES,
    '--period',
    '9T/2015',
    '--out',
    report(),
    '--json',
    path.join(tmp, 'r.json'),
  ]);
  json = readJson(path.join(tmp, 'r.json'));
}, 120_000);
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('tttt build examples/9T-2015', () => {
  it('succeeds, says where it wrote, and prints the tables in the Vietnamese format', () => {
    expect(main.code).toBe(EXIT.ok);
    expect(main.stdout).toContain(`Đã ghi báo cáo: ${report()}`);
    expect(main.stdout).toContain(`Đã ghi JSON: ${path.join(tmp, 'r.json')}`);
    expect(main.stdout).toMatch(/Điện thoại cố định có dây\s+Thuê bao\s+2\.907\s+24\.060\s+-28%\s+2\.907/);
    expect(main.stdout).toMatch(/Doanh thu\s+Tr\.đồng\s+74\.735\s+16%/);
    expect(fs.existsSync(report())).toBe(true);
  });

  it('writes JSON of exactly the documented shape', () => {
    expect(Object.keys(json)).toEqual(['period', 'figures', 'tables', 'submissions', 'issues']);
    expect(json.period).toBe('9T/2015');
    expect(json.tables.map((t) => [t.id, Object.keys(t)])).toEqual([
      ['telecom', ['id', 'title', 'rows']],
      ['postal', ['id', 'title', 'rows']],
    ]);
    for (const row of json.tables[0].rows)
      expect(Object.keys(row)).toEqual(['stt', 'indicator', 'label', 'unit', 'increase', 'decrease', 'yoy', 'current']);
    for (const row of json.tables[1].rows)
      expect(Object.keys(row)).toEqual(['stt', 'indicator', 'label', 'unit', 'increase', 'yoy']);
    expect(json.submissions.length).toBeGreaterThanOrEqual(10);
    for (const s of json.submissions)
      expect(Object.keys(s)).toEqual(['file', 'sheet', 'enterprise', 'sector', 'period', 'rows', 'unrecognised']);
    for (const i of json.issues)
      expect(Object.keys(i)).toEqual(
        i.cells
          ? ['severity', 'code', 'message', 'file', 'sheet', 'cell', 'cells']
          : ['severity', 'code', 'message', 'file', 'sheet', 'cell'],
      );
    expect(json.figures).toEqual({ used: 151, unused: 8 });
  });

  it('reproduces every figure of both reference tables, comparisons to the whole percent', () => {
    const rows = [...json.tables[0].rows, ...json.tables[1].rows];
    expect(rows.map((r) => r.stt)).toEqual([1, 2, 3, 4, 5, 6, 7, 1, 2, 3, 4, 5, 6, 7]);
    for (const row of rows) {
      const ref = REFERENCE[row.indicator];
      const got = {
        indicator: row.indicator,
        increase: row.increase,
        decrease: row.decrease ?? null,
        current: row.current ?? null,
        yoy: row.yoy === null ? null : Math.round(row.yoy * 100),
      };
      expect(got).toEqual({
        indicator: row.indicator,
        increase: ref.inc,
        decrease: ref.dec,
        current: ref.cur,
        yoy: ref.yoyPercent,
      });
    }
    expect(json.tables[0].rows[0].yoy).toBeCloseTo(-0.2801, 4);
  });

  it('uses the reference labels and units in the reference order', () => {
    const labels = (table: string) => referenceRows(table).rows.map((r) => [Number(r[0]), r[1], r[2]]);
    expect(json.tables[0].rows.map((r) => [r.stt, r.label, r.unit])).toEqual(labels(REFERENCE_TELECOM));
    expect(json.tables[1].rows.map((r) => [r.stt, r.label, r.unit])).toEqual(labels(REFERENCE_POSTAL));
  });

  it('flags the repeated figures of telecom rows 1–2 in the VNPT sheet', () => {
    const repeated = json.issues.filter((i) => i.code === 'repeated-figure');
    const inVnpt = repeated.filter((i) => i.file.includes('vnpt'));
    expect(inVnpt.some((i) => i.message.includes('2.907'))).toBe(true);
    expect(inVnpt.some((i) => i.message.includes('24.060'))).toBe(true);
    expect(inVnpt.every((i) => /^[A-Z]+\d+$/.test(i.cell))).toBe(true);
    // ... and nowhere else: the sample data has no accidental repeats, and the tables' copies of
    // VNPT's two are the same slip, named once at VNPT's cells.
    expect(repeated.filter((i) => !i.file.includes('vnpt'))).toEqual([]);
  });

  it('uses the corrected VNPost submission and says so', () => {
    const used = json.submissions.filter((s) => s.file.includes('buu-dien-tinh'));
    expect(used.map((s) => s.file)).toEqual([`${EXAMPLES}/buu-dien-tinh-quang-ninh-dieu-chinh.xlsx`]);
    expect(json.issues).toContainEqual(
      expect.objectContaining({ code: 'resubmission', file: `${EXAMPLES}/buu-dien-tinh-quang-ninh.xlsx` }),
    );
  });

  it('reads Viettel telecom and postal as two submissions of one file', () => {
    const viettel = json.submissions.filter((s) => s.file.includes('viettel'));
    expect(viettel.map((s) => s.sector).sort()).toEqual(['postal', 'telecom']);
  });

  it('writes the same JSON when run as a child process (node bin/tttt.cjs)', async () => {
    const out = path.join(tmp, 'child');
    fs.mkdirSync(out);
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        'bin/tttt.cjs',
        'build',
        EXAMPLES,
        '--period',
        '9T/2015',
        '--out',
        path.join(out, 'report.xlsx'),
        '--json',
        path.join(out, 'r.json'),
      ],
      { cwd: ROOT, timeout: 120_000 },
    );
    expect(stdout).toContain('Đã ghi báo cáo');
    expect(readJson(path.join(out, 'r.json'))).toEqual(json);
    expect(fs.statSync(path.join(out, 'report.xlsx')).size).toBeGreaterThan(5000);
  }, 120_000);
});

describe('the report as LibreOffice reads it (vi-VN locale)', () => {
  let sheets: Map<string, string[][]>;
  let profile: string;
  beforeAll(() => {
    profile = vietnameseProfile(path.join(tmp, 'lo-profile'));
    const csvs = convert(report(), 'csv', path.join(tmp, 'csv'), profile);
    sheets = new Map(
      csvs.map((f) => [path.basename(f, '.csv').replace(/^report-/, ''), parseCsv(fs.readFileSync(f, 'utf8'))]),
    );
  }, 180_000);

  it('has the three sheets', () => {
    expect([...sheets.keys()].sort()).toEqual(['TTTT Biểu', 'TTTT Chi tiết', 'TTTT Câu văn', 'TTTT Kiểm tra']);
  });

  it('shows both tables cell for cell as the reference report prints them (1.234.567, -28%)', () => {
    const cells = sheets.get('TTTT Biểu')!;
    const find = (title: string) => cells.findIndex((r) => r[0].startsWith(title));
    for (const table of [REFERENCE_TELECOM, REFERENCE_POSTAL]) {
      const ref = referenceRows(table);
      const at = find(ref.title);
      expect(at).toBeGreaterThanOrEqual(0);
      expect(cells[at][0]).toContain('9 THÁNG ĐẦU NĂM 2015');
      const width = ref.header.length;
      expect(cells[at + 1].slice(0, width)).toEqual(ref.header);
      ref.rows.forEach((row, i) => expect(cells[at + 2 + i].slice(0, width)).toEqual(row));
    }
  });

  it('lists each enterprise figure with its source cell, and each problem with its cell', () => {
    const breakdown = sheets.get('TTTT Chi tiết')!.flat().join('\n');
    expect(breakdown).toMatch(/vnpt-quang-ninh\.xlsx › BC 9T2015!F\d+/);
    expect(breakdown).toContain('2.907');
    const checks = sheets.get('TTTT Kiểm tra')!;
    expect(checks[1]).toEqual(['Mức độ', 'Mã', 'Nội dung', 'Tệp', 'Trang tính', 'Ô']);
    expect(checks.some((r) => r[1] === 'repeated-figure' && r[2].includes('2.907'))).toBe(true);
  });

  it('prints to PDF with the figures on the first page', () => {
    const [pdf] = convert(report(), 'pdf', path.join(tmp, 'pdf'), profile);
    const text = execFileSync('pdftotext', ['-layout', '-f', '1', '-l', '1', pdf, '-']).toString('utf8');
    for (const figure of ['2.907', '24.060', '-28%', '1.826.191', '299%', '2.466.410', '7.162.000', '-4%', '74.735']) {
      expect(text).toContain(figure);
    }
  }, 180_000);
});

describe('a folder of monthly submissions, no period chosen', () => {
  it('is built for the last month, and the terminal says how to build the year to date', async () => {
    const dir = path.join(tmp, 'thang');
    fs.mkdirSync(dir);
    for (const m of [7, 8, 9])
      fs.writeFileSync(
        path.join(dir, `vnpt-thang-${m}.csv`),
        `VIỄN THÔNG QUẢNG NINH\nBÁO CÁO THÁNG ${m} NĂM 2016\nSTT,Chỉ tiêu,Đơn vị tính,Số tăng trong kỳ,Hiện có\n1,Thuê bao FTTH,Thuê bao,${100 + m},${1000 + m}\n`,
      );
    const r = await runInProcess(['build', dir, '--out', path.join(tmp, 'thang.xlsx')]);
    expect(r.code).toBe(EXIT.ok);
    expect(r.stdout).toContain(
      'Kỳ báo cáo: T9/2016\nBiểu lập cho kỳ T9/2016, kỳ nhiều báo cáo ghi nhất; các báo cáo còn có kỳ trước đó trong năm (T7/2016, T8/2016): muốn cộng dồn từ đầu năm, hãy chọn kỳ 9T/2016 (--period).\n',
    );
  });
});

describe('bad inputs', () => {
  it('a submission stating no period, none chosen: no table, and the way out named (--period), not "no submission"', async () => {
    const out = path.join(tmp, 'no-period.xlsx');
    const r = await runInProcess(['build', 'examples/habits/khong-ghi-ky.xlsx', '--out', out]);
    expect(r.code).toBe(EXIT.noTable);
    expect(r.stderr).toContain('Lỗi: Không xác định được kỳ báo cáo');
    expect(r.stderr).toContain('chọn kỳ bằng --period');
    expect(r.stderr).not.toContain('không tìm thấy báo cáo');
    expect(fs.existsSync(out)).toBe(false);
    // Given the period, the same file builds.
    const given = await runInProcess([
      'build',
      'examples/habits/khong-ghi-ky.xlsx',
      '--period',
      '9T/2015',
      '--out',
      out,
    ]);
    expect(given.code).toBe(EXIT.ok);
  });

  it('turns a damaged .xlsx and a .txt into issues and still builds the tables', async () => {
    const dir = path.join(tmp, 'bad');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'hong.xlsx'), 'this is not a zip file');
    fs.writeFileSync(path.join(dir, 'ghi-chu.txt'), 'Báo cáo gửi kèm');
    const r = await runInProcess([
      'build',
      EXAMPLES,
      path.join(dir, 'hong.xlsx'),
      path.join(dir, 'ghi-chu.txt'),
      '--out',
      path.join(dir, 'report.xlsx'),
      '--json',
      path.join(dir, 'r.json'),
    ]);
    expect(r.code).toBe(EXIT.ok);
    const result = readJson(path.join(dir, 'r.json'));
    const codes = result.issues.filter((i) => i.file.includes('/bad/')).map((i) => [i.code, path.basename(i.file)]);
    expect(codes).toEqual([
      ['not-xlsx', 'ghi-chu.txt'],
      ['unreadable-file', 'hong.xlsx'],
    ]);
    expect(result.tables[0].rows[0].increase).toBe(2907);
  });

  it('exits 1 when no table can be built, 2 on wrong arguments, with a usage message', async () => {
    const dir = path.join(tmp, 'only-bad');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'hong.xlsx'), 'garbage');
    const none = await runInProcess(['build', dir, '--out', path.join(dir, 'report.xlsx')]);
    expect(none.code).toBe(EXIT.noTable);
    expect(none.stderr).toContain('Không lập được biểu nào');
    expect(fs.existsSync(path.join(dir, 'report.xlsx'))).toBe(false);

    const noArgs = await runInProcess([]);
    expect(noArgs.code).toBe(EXIT.usage);
    expect(noArgs.stderr).toContain('tttt build <tệp hoặc thư mục…>');
    const badConvention = await runInProcess(['build', EXAMPLES, '--convention', 'percent', '--lang', 'en']);
    expect(badConvention.code).toBe(EXIT.usage);
    expect(badConvention.stderr).toContain('--convention must be change, ratio or index');
    const unknown = await runInProcess(['build', EXAMPLES, '--outt', 'x.xlsx']);
    expect(unknown.code).toBe(EXIT.usage);
    const help = await runInProcess(['--help', '--lang', 'en']);
    expect(help.code).toBe(EXIT.ok);
    expect(help.stdout).toContain('Usage:');
  });
});

describe('progress', () => {
  it('reports progress on stderr for a long run, and keeps stdout for the tables', async () => {
    const dir = path.join(tmp, 'many');
    for (const copy of ['a', 'b']) {
      fs.mkdirSync(path.join(dir, copy), { recursive: true });
      for (const f of fs.readdirSync(path.join(ROOT, EXAMPLES)))
        fs.copyFileSync(path.join(ROOT, EXAMPLES, f), path.join(dir, copy, f));
    }
    const r = await runInProcess(['build', dir, '--out', path.join(dir, 'report.xlsx')]);
    expect(r.code).toBe(EXIT.ok);
    expect(r.stderr).toContain('Đọc tệp 22/22');
    expect(r.stdout).not.toContain('Đọc tệp');
  });
});

describe('conventions and language', () => {
  it('shows ratio in the terminal and report but keeps yoy as the unrounded change in JSON; English with --lang en', async () => {
    const dir = path.join(tmp, 'ratio');
    fs.mkdirSync(dir);
    const r = await runInProcess([
      'build',
      EXAMPLES,
      '--convention',
      'ratio',
      '--lang',
      'en',
      '--out',
      path.join(dir, 'report.xlsx'),
      '--json',
      path.join(dir, 'r.json'),
    ]);
    expect(r.code).toBe(EXIT.ok);
    expect(r.stdout).toContain('Report written to');
    expect(r.stdout).toMatch(/2,907\s+24,060\s+72% of\s+2,907/);
    const result = readJson(path.join(dir, 'r.json'));
    expect(result.tables[0].rows[0].yoy).toBeCloseTo(json.tables[0].rows[0].yoy!, 12);
  });
});
